"""httpx's command line, loaded when it is used rather than with httpx.

`import httpx` runs `from ._main import main`: httpx's own CLI (the `httpx URL` command), which
imports click, rich and pygments whenever they are installed, as they often are on CI images
(other tools bring them). That is about half of httpx's import time, and a few MiB, in a process
that never runs httpx's CLI (benchmarks/README.md, the "with click and rich" rows).

So before this package first imports httpx, `defer()` has the import system answer httpx's
import of `httpx._main` with a stand-in (a finder on `sys.meta_path`, used once). The
stand-in's `main` forwards every call and attribute to the real click command, which it loads
on first use and then puts in its place (`sys.modules["httpx._main"]`, `httpx._main`,
`httpx.main`); any other name read from the stand-in loads it too. So `httpx.main()`,
`CliRunner().invoke(httpx.main, ...)`, `import httpx._main` and
`from httpx._main import print_help` keep working. The `httpx` command never imports this
package, so it runs as it always did.

`defer()` does nothing when there is nothing to gain or something could differ:
- httpx is already imported (the program has paid for the CLI already);
- `httpx._main` is already in sys.modules (someone else manages it);
- click, rich or pygments is missing: httpx's import of its CLI would fail at once, and it
  would install its own `main` that tells how to install them; that stays httpx's to do.
What still differs: until first use, `httpx.main` is a forwarding object, not the click
command itself (`isinstance(httpx.main, click.Command)` is False; calls, attributes, and click's
own test runner work through it).
"""

from __future__ import annotations

import sys
from contextlib import suppress
from importlib import import_module
from importlib.machinery import ModuleSpec
from importlib.util import find_spec
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from importlib.abc import Loader  # 20 ms of imports (importlib.resources): not at run time

NAME = "httpx._main"
_NEEDS = ("click", "rich", "pygments")  # what httpx._main imports beyond httpx and the stdlib


def defer() -> None:
    """Have the import system give httpx the stand-in, if it can change nothing but the cost."""
    if "httpx" in sys.modules or NAME in sys.modules:
        return
    if any(isinstance(finder, _Finder) for finder in sys.meta_path):
        return
    if not all(find_spec(name) for name in _NEEDS):
        return
    sys.meta_path.insert(0, _Finder())


class _Finder:
    """Answers the first import of httpx._main with the stand-in, then steps aside.

    Going through the import system (rather than writing to sys.modules) gives the stand-in
    its __spec__ and makes it httpx's `_main` attribute, as for any submodule.
    """

    def find_spec(self, name: str, path: object = None, target: object = None) -> ModuleSpec | None:
        if name != NAME:
            return None
        with suppress(ValueError):
            sys.meta_path.remove(self)
        return ModuleSpec(NAME, cast("Loader", self))

    def create_module(self, spec: ModuleSpec) -> ModuleType:
        return _StandIn(spec.name)

    def exec_module(self, module: ModuleType) -> None:
        pass


def _load() -> ModuleType:
    """The real httpx._main, imported now and put where the stand-in was."""
    current = sys.modules.get(NAME)
    if isinstance(current, _StandIn):
        del sys.modules[NAME]
    real = import_module(NAME)  # the import system sets httpx._main too
    httpx = sys.modules["httpx"]
    if isinstance(getattr(httpx, "main", None), _Main):
        httpx.main = real.main  # type: ignore[attr-defined]
    return real


class _StandIn(ModuleType):
    """`httpx._main` until a name is read from it."""

    def __init__(self, name: str) -> None:
        super().__init__(name, "httpx's CLI module, loaded on first use (datadog_deployments)")
        self.main = _Main()

    def __getattr__(self, name: str) -> Any:
        # Dunder probes (the import system's __path__, tools' __file__ or __spec__) do not
        # load the CLI; every other name is the real module's.
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(_load(), name)


class _Main:
    """`httpx.main` until it is used: the real click command, loaded on first use."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return _load().main(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(_load().main, name)

    def __repr__(self) -> str:
        return "<httpx.main: httpx's CLI, loaded on first use>"
