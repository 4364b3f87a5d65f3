"""A benchmark's run rewrites its own section of bench/RESULTS.md and nothing else."""

from bench.results_file import write_section


def test_a_run_replaces_its_section_in_place_and_keeps_the_rest(tmp_path):
    results = tmp_path / "RESULTS.md"
    results.write_text("# Figures\n\n<!-- load:start -->\nold load\n<!-- load:end -->\n\nA note kept by hand.\n")
    write_section("load", "new load", results)
    write_section("peer", "peer figures", results)
    write_section("peer", "peer figures again", results)
    assert results.read_text() == (
        "# Figures\n\n<!-- load:start -->\nnew load\n<!-- load:end -->\n\nA note kept by hand.\n\n"
        "<!-- peer:start -->\npeer figures again\n<!-- peer:end -->\n"
    )


def test_the_first_run_creates_the_file(tmp_path):
    results = tmp_path / "RESULTS.md"
    write_section("load", "figures\n", results)
    assert results.read_text() == "<!-- load:start -->\nfigures\n<!-- load:end -->\n"
