"""The manifest of downloadable models: well-formed, pinned, looked up by either name."""

from __future__ import annotations

import re

import pytest

from speech.errors import ModelError
from speech.model_manifest import normalize_sha256
from speech.models import DEFAULT_BASE_URL, MANIFEST, lookup


@pytest.mark.parametrize("entry", MANIFEST, ids=lambda e: e.name)
def test_every_entry_is_well_formed(entry):
    assert entry.url() == f"https://alphacephei.com/vosk/models/{entry.folder}.zip"
    assert entry.folder.startswith("vosk-model-") and entry.language == "en-us"
    assert entry.sha256 is None or re.fullmatch(r"[0-9a-f]{64}", entry.sha256)
    assert entry.size is None or entry.size > 1_000_000


def test_names_are_unique():
    names = [n for e in MANIFEST for n in (e.name, e.folder)]
    assert len(names) == len(set(names))


def test_the_small_english_model_is_pinned_to_its_published_archive():
    small = lookup("small-en-us")
    assert small.folder == "vosk-model-small-en-us-0.15"
    assert small.size == 41_205_931
    assert small.sha256 == "30f26242c4eb449f948e42cb302dd7a686cb29a3423a8367f99ff41780942498"


def test_a_larger_english_model_is_offered():
    sizes = {e.name: e.size for e in MANIFEST if e.size}
    assert any(size > sizes["small-en-us"] * 2 for size in sizes.values())


def test_lookup_by_full_folder_name():
    assert lookup("vosk-model-en-us-0.22-lgraph").name == "en-us-lgraph"


def test_an_unknown_name_lists_the_known_ones():
    with pytest.raises(ModelError) as unknown:
        lookup("small-en-gb")
    assert "'small-en-gb'" in str(unknown.value)
    assert all(e.name in str(unknown.value) for e in MANIFEST)


def test_the_base_url_can_point_at_a_mirror():
    small = lookup("small-en-us")
    assert small.url(None) == DEFAULT_BASE_URL + small.filename
    assert small.url("http://127.0.0.1:8000/mirror") == (
        "http://127.0.0.1:8000/mirror/vosk-model-small-en-us-0.15.zip"
    )


@pytest.mark.parametrize("bad", ["", "abc", "g" * 64, "0" * 63, "0" * 65])
def test_a_malformed_sha256_is_refused_with_what_is_valid(bad):
    with pytest.raises(ModelError, match="64 hexadecimal digits"):
        normalize_sha256(bad)


def test_a_sha256_is_normalized():
    assert normalize_sha256(" " + "AB" * 32 + "\n") == "ab" * 32
