"""Reported statements whose cue the parse leaves loose: "told me on a call last week that …" (the "that"
after the cue's object and adverbials) and "Data from X show …" (a finding shown without "that"), and
look-alikes that are no claim. Each case is one article's text and the claims a reader expects from it:
(content, speaker name or None, forecast)."""
import pytest

CASES = [
    pytest.param("Ada Okafor, chief executive of Trellis Pay, told me on a call last week that the company now "
                 "processes about 3 billion naira a month.",
                 [("the company now processes about 3 billion naira a month", "Ada Okafor", False)],
                 id="told-me-on-a-call-that"),
    pytest.param("Ada Okafor told me that story twice.", [], id="told-me-that-story"),
    pytest.param("Data from the Harbour Statistics Office show timber exports to Japan fell 8 percent in June.",
                 [("timber exports to Japan fell 8 percent in June", "Harbour Statistics Office", False)],
                 id="data-from-x-show"),
    pytest.param("The results show the team played well.", [], id="results-show-no-source"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_loose_cues(claims_of, text, expected):
    assert claims_of(text) == expected
