"""CI gate: the default engine stays above its pinned floor and above Lead-3 on a dev slice."""

import pytest

from eval.config import has_data


@pytest.mark.skipif(not has_data(), reason="shared data folder not found (set SUMMARIZE_DATA)")
def test_quality_gate():
    from eval.measure.gate import check

    ok, message = check()
    assert ok, message


@pytest.mark.skipif(not has_data(), reason="shared data folder not found (set SUMMARIZE_DATA)")
def test_web_page_gate():
    from eval.measure.gate import check_web

    ok, message = check_web()
    assert ok, message
