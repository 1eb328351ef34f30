"""Writing briefs and fair packs as PDF: one account on one or two pages, or many behind a cover and contents."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, PageBreak, Spacer

from services import dates
from services.briefs import labels
from services.briefs.data import BriefData, PackData
from services.briefs.layout import para
from services.briefs.markup import prepare
from services.briefs.page import BriefDocument, Furniture, TocEntry, canvas_maker, page_size, toc_capacity
from services.briefs.sections import brief_story
from services.paths import write_output

Output = str | Path | BinaryIO


class BriefCancelled(Exception):  # noqa: N818 - the name the callers know
    """The user stopped a pack while it was being laid out; nothing was written."""


class _Mark(Flowable):
    """Invisible marker: tells the build where an account starts or ends."""

    def __init__(self, index: int, start: bool) -> None:
        super().__init__()
        self.index, self.start = index, start

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self) -> None:
        pass


def render_brief(data: BriefData, out: Output, paper: str = "a4") -> None:
    """Write one account's brief as a PDF to a path (replaced atomically) or a binary file object."""
    width, height = page_size(paper)
    furniture = Furniture(data.lang, data.generated_at, width, height, starts=[2], accounts=[data.account.name])
    with output_target(out) as target:
        title = f"{labels.text('brief', data.lang)} · {prepare(data.account.name, 120)}"
        doc = BriefDocument(target, paper, title=title)
        doc.build(brief_story(data, doc.body_width), canvasmaker=canvas_maker(furniture))


def render_pack(pack: PackData, out: Output, paper: str = "a4",
                progress: Callable[[int, int], bool] | None = None) -> int:
    """Write a cover, contents and one section per account; return the page count.

    progress(done, total) is called after each account is laid out; returning False raises BriefCancelled and
    leaves no file at out when out is a path.
    """
    total = pack.total()
    width, height = page_size(paper)
    rows_first, rows_next = toc_capacity(paper)
    toc_count = 1 if total <= rows_first else 1 + -(-(total - rows_first) // rows_next)
    furniture = Furniture(pack.lang, pack.generated_at, width, height, header_title=pack.title,
                          toc_pages=range(2, 2 + toc_count), rows_first=rows_first, rows_next=rows_next)
    briefs: Iterator[BriefData] = iter(pack.briefs)
    story: list[Flowable] = []
    done = 0

    def next_account() -> list[Flowable]:
        data = next(briefs, None)
        if data is None:
            return []
        if len(furniture.entries) >= total:
            raise ValueError(f"PackData.count is {total} but more briefs were given")
        index = len(furniture.entries)
        place = " · ".join(p for p in (data.account.country_name, data.account.city) if p)
        furniture.entries.append(TocEntry(data.account.name, place))
        furniture.accounts.append(data.account.name)
        return [PageBreak(), _Mark(index, True), *brief_story(data, doc.body_width), _Mark(index, False)]

    def follow(flowable: object) -> None:
        nonlocal done
        if not isinstance(flowable, _Mark):
            return
        if flowable.start:
            page = doc.canv.getPageNumber()
            furniture.starts.append(page)
            furniture.entries[flowable.index].page = page
            return
        done += 1
        if progress is not None and progress(done, total) is False:
            raise BriefCancelled("Pack cancelled")
        story.extend(next_account())

    with output_target(out) as target:
        doc = BriefDocument(target, paper, title=prepare(pack.title, 160), after_flowable=follow)
        story += _cover(pack, total, doc.body_width) + _contents(pack, toc_count)
        story += next_account()
        doc.build(story, canvasmaker=canvas_maker(furniture))
    return doc.page


def _cover(pack: PackData, total: int, width: float) -> list[Flowable]:
    lang = pack.lang
    out: list[Flowable] = [Spacer(1, 170), para(pack.title, "cover_title", width, limit=160)]
    if pack.subtitle:
        out += [Spacer(1, 6), para(pack.subtitle, "cover_sub", width, limit=200)]
    out += [Spacer(1, 28), para(dates.full_date(pack.generated_at.date(), lang), "subtitle", width),
            para(labels.text("pack_count", lang, n=total), "subtitle", width)]
    return out


def _contents(pack: PackData, pages: int) -> list[Flowable]:
    """The contents pages: a title now, the rows once every account's first page is known."""
    out: list[Flowable] = [PageBreak(), para(labels.text("contents", pack.lang), "cover_sub")]
    for _ in range(pages - 1):
        out += [PageBreak(), Spacer(1, 1)]
    return out


@contextlib.contextmanager
def output_target(out: Output) -> Iterator[str | BinaryIO]:
    """A .part next to out, moved into place only when the PDF is complete; file objects as they are."""
    if not isinstance(out, str | os.PathLike):
        yield out
        return
    with write_output(out) as part:
        yield str(part)
