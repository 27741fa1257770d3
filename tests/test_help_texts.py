"""--help texts are whole sentences: never cut mid-phrase, every option explained."""

from __future__ import annotations

import re

from cli_helpers import run_in_process
from test_bad_input import listed_commands


def _entries(help_text: str, section: str) -> dict[str, str]:
    """{name: its text, continuation lines joined} from a section of --help."""
    if f"{section}:\n" not in help_text:
        return {}
    body = help_text.split(f"{section}:\n", 1)[1].split("\n\n", 1)[0]
    entries: dict[str, str] = {}
    name = ""
    for line in body.splitlines():
        match = re.match(r"^  (\S.*?)(?:\s{2,}(.*))?$", line)
        if match and not line.startswith("   "):
            name = match[1]
            entries[name] = match[2] or ""
        else:
            entries[name] += " " + line.strip()
    return {key: " ".join(value.split()) for key, value in entries.items()}


def test_every_command_and_option_is_explained_in_whole_sentences(home, capsys):
    paths = [(), *listed_commands(capsys)]
    assert len(paths) > 30
    for path in paths:
        run = run_in_process(capsys, *path, "--help")
        assert run.code == 0
        for name, text in _entries(run.out, "Commands").items():
            assert text.endswith(".") and "..." not in text, (path, name, text)
        for name, text in _entries(run.out, "Options").items():
            assert text, (path, name)
            cleaned = re.sub(r"\s*\[[^\]]*\]$", "", text)  # [default: 7], [required]
            assert cleaned.endswith((".", ")")), (path, name, text)


def test_shell_completion_as_the_readme_documents_it(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    program = str(Path(sys.executable).parent / "sessionmate")  # the installed console script
    env = {
        **os.environ,
        "SESSIONMATE_HOME": str(tmp_path / "home"),
        "_SESSIONMATE_COMPLETE": "bash_complete",
        "COMP_WORDS": "sessionmate ref",
        "COMP_CWORD": "1",
    }
    done = subprocess.run([program], capture_output=True, text=True, env=env, timeout=60)
    assert done.stdout.split() == ["plain,refile", "plain,reflect"]
    readme = (Path(__file__).parents[1] / "README.md").read_text()
    assert 'eval "$(_SESSIONMATE_COMPLETE=bash_source sessionmate)"' in readme
