"""Errors a user can act on, with messages fit to show them."""


class UserError(Exception):
    """Something the user can fix; str(err) says what happened and what to do."""


class ValidationError(UserError):
    """Input that cannot be saved; errors maps field name -> message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))


class NotFoundError(UserError):
    pass


class UnknownCountryError(UserError):
    pass
