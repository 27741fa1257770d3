"""verify_model / check_model: a folder is a Vosk model, or we say exactly what is missing."""

from __future__ import annotations

import pytest
from test_models_support import KO_MODEL, STATIC_GRAPH, make_model

from speech.errors import ModelError
from speech.models import check_model, is_model, verify_model

GRAPH_MISSING = "graph/HCLG.fst (or graph/HCLr.fst + graph/Gr.fst)"


def test_the_real_korean_model_is_complete():
    assert verify_model(KO_MODEL) == []
    assert check_model(KO_MODEL) == KO_MODEL


def test_a_static_graph_model_is_complete(tmp_path):
    assert verify_model(make_model(tmp_path / "m", graph=STATIC_GRAPH)) == []


def test_ivector_is_optional(tmp_path):
    assert verify_model(make_model(tmp_path / "m", omit=("ivector/final.ie",))) == []


@pytest.mark.parametrize("part", ["am/final.mdl", "conf/model.conf", "conf/mfcc.conf"])
def test_each_required_file_is_named_when_missing(tmp_path, part):
    folder = make_model(tmp_path / "m", omit=(part,))
    assert verify_model(folder) == [part]
    with pytest.raises(ModelError, match=f"is not a Vosk model: missing {part}$"):
        check_model(folder)


def test_a_lookahead_graph_needs_both_halves(tmp_path):
    assert verify_model(make_model(tmp_path / "a", omit=("graph/Gr.fst",))) == ["graph/Gr.fst"]
    assert verify_model(make_model(tmp_path / "b", omit=("graph/HCLr.fst",))) == ["graph/HCLr.fst"]


def test_no_graph_at_all_names_both_choices(tmp_path):
    folder = make_model(tmp_path / "m", graph=())
    assert verify_model(folder) == [GRAPH_MISSING]


def test_an_empty_file_counts_as_missing(tmp_path):
    folder = make_model(tmp_path / "m")
    (folder / "am/final.mdl").write_bytes(b"")
    assert verify_model(folder) == ["am/final.mdl (empty file)"]


def test_a_folder_of_something_else_lists_everything_missing(tmp_path):
    (tmp_path / "notes.txt").write_text("not a model")
    assert verify_model(tmp_path) == [
        "am/final.mdl",
        "conf/model.conf",
        "conf/mfcc.conf",
        GRAPH_MISSING,
    ]
    assert not is_model(tmp_path)


def test_check_model_tells_a_missing_folder_from_a_file(tmp_path):
    with pytest.raises(ModelError, match="does not exist"):
        check_model(tmp_path / "nowhere")
    (tmp_path / "file").write_text("x")
    with pytest.raises(ModelError, match="is a file, not a model folder"):
        check_model(tmp_path / "file")
