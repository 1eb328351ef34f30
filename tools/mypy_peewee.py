"""A mypy plugin: rows of a peewee query asked for as tuples, dicts or named tuples are not model instances."""

from collections.abc import Callable

from mypy.plugin import MethodContext, Plugin
from mypy.types import AnyType, Type, TypeOfAny

# peewee-stubs declare these as returning Self, so a ModelSelect[Account] still iterates as Account after
# .tuples(); its rows are plain tuples whose shape the query decides, which mypy cannot know.
# The hook is asked with the receiver's class (peewee.ModelSelect.tuples), so any peewee query's method counts.
ROW_SHAPES = ("tuples", "dicts", "namedtuples")


def rows_of_any_shape(_context: MethodContext) -> Type:
    return AnyType(TypeOfAny.special_form)


class PeeweeRows(Plugin):
    def get_method_hook(self, fullname: str) -> Callable[[MethodContext], Type] | None:
        module, _, method = fullname.rpartition(".")
        return rows_of_any_shape if module.startswith("peewee.") and method in ROW_SHAPES else None


def plugin(_version: str) -> type[Plugin]:
    return PeeweeRows
