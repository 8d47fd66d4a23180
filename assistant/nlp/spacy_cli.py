"""Keep spaCy's command line (and its HTTP clients) out of our start-up.

``import spacy`` runs ``from .cli.info import info`` for the one name ``spacy.info``,
and ``spacy.cli`` imports every spaCy command: model downloads with httpx and requests,
typer, weasel. That is about 40% of importing spaCy (0.4-0.6 s on a 2-core machine) for
code Keukentafel never runs: it never downloads anything.

:func:`defer_spacy_cli` installs an import hook that answers spaCy's own import of
``spacy.cli`` and ``spacy.cli.info`` with stand-ins, once, and removes itself. The
stand-ins load the real modules the moment anything is asked of them (``spacy.info()``,
``spacy.cli.download``), so nothing changes for code that does use spaCy's CLI; it only
costs that code the time we saved.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import types
from typing import Any

_PACKAGE = "spacy.cli"
_INFO = "spacy.cli.info"


def _real_cli() -> types.ModuleType:
    """The real ``spacy.cli``, imported now if only the stand-in was there."""
    current = sys.modules.get(_PACKAGE)
    if isinstance(current, _DeferredCli):
        for name in (_PACKAGE, _INFO):
            if getattr(sys.modules.get(name), "__keukentafel_stand_in__", False):
                del sys.modules[name]
    return importlib.import_module(_PACKAGE)


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: spaCy's own, loaded on the first call."""
    return _real_cli().info(*args, **kwargs)


class _DeferredCli(types.ModuleType):
    """Stand-in for the ``spacy.cli`` package: any attribute loads the real one."""

    __keukentafel_stand_in__ = True

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(_real_cli(), name)


class _Hook(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Serves the two stand-ins during ``import spacy``, then leaves ``sys.meta_path``."""

    def find_spec(
        self, fullname: str, path: Any = None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in (_PACKAGE, _INFO):
            return None
        if fullname == _INFO:
            self.remove()  # spaCy asks for the package, then this module: we are done
        return importlib.util.spec_from_loader(fullname, self, is_package=fullname == _PACKAGE)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        if spec.name == _PACKAGE:
            module: types.ModuleType = _DeferredCli(spec.name)
            spacy_dirs = getattr(sys.modules.get("spacy"), "__path__", [])
            module.__path__ = [os.path.join(p, "cli") for p in spacy_dirs]  # submodules stay real
            return module
        return types.ModuleType(spec.name)

    def exec_module(self, module: types.ModuleType) -> None:
        if module.__name__ == _INFO:
            module.__keukentafel_stand_in__ = True  # type: ignore[attr-defined]
            module.info = _info  # type: ignore[attr-defined]

    def remove(self) -> None:
        if self in sys.meta_path:
            sys.meta_path.remove(self)


def defer_spacy_cli() -> None:
    """Install the hook, unless spaCy is already imported (then it is too late)."""
    if "spacy" in sys.modules or any(isinstance(f, _Hook) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _Hook())
