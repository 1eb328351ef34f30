"""Screens that load their data when first shown, and reload when shown again after a change."""

from __future__ import annotations


class LoadWhenShown:
    """Mixin for a QWidget: call request_reload() on changes; refresh() runs now if visible, else on show."""

    _stale = True

    def request_reload(self) -> None:
        if self.isVisible():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        raise NotImplementedError
