"""clean_text: scraping debris out, glued paragraphs split, article sentences kept word for word."""

from __future__ import annotations

import re

import pytest

from crosstally.ingest import clean_text, debris_version
from crosstally.vocab import load_vocab

SEED_PHRASES = [
    "over 1,200 Alawite civilians dead",
    "roughly 250 fighters were killed on both sides",
    "100,000 civilians",
    "Hay’at Tahrir al-Sham (HTS) swept to power in Damascus",
    "the now besuited ex-ISIS, ex-Al Qaeda commander al-Jolani",
    "men, women and children killed for being Alawites.",
    "What we’ve seen ongoing since Friday is an atrocious pogrom conducted by HTS forces.",
    "On Thursday, clashes erupted in north west Syria between armed Alawite militias and fighters loyal to the HTS regime.",
    "“The European Union strongly condemns the recent attacks, reportedly by pro-Assad elements,",
    "After the clashes in the coastal areas, al-Jolani announced a ‘combing operation’",
    "According to Le Monde, this call was joined by other calls",
    "Over the next 72 hours, these gangs slaughtered Alawites indiscriminately.",
    "And with such “democratic”, “peaceful”, “inclusive” jihadists in power back home",
    "immediately before HTS’ offensive, one Free Syrian Army commander",
    "With Trump in power, however, the US is striking a very different tone",
    "a joint call for a closed session of the UN Security Council.",
    "who make up 10 percent of Syria’s population",
]


@pytest.fixture(scope="module")
def cleaned(seed_text: str) -> str:
    return clean_text(seed_text)


def test_seed_debris_removed(cleaned: str) -> None:
    for debris in ("Image:", "Share Tweet", "fair use", "Wikimedia Commons", "OstensibleOyster", "Ministery of Oman"):
        assert debris not in cleaned, debris


def test_seed_key_phrases_survive_verbatim(cleaned: str) -> None:
    missing = [p for p in SEED_PHRASES if p not in cleaned]
    assert not missing


def test_seed_glued_words_split(cleaned: str) -> None:
    assert "useAfter" not in cleaned
    assert "\n\nAfter the clashes in the coastal areas" in cleaned
    assert "Alawites.\n\nWhat we’ve seen" in cleaned
    assert "guilty party!\n\n“The European Union" in cleaned
    assert "What next?\n\nBeyond what he would call" in cleaned
    assert "slaughter innocents\n\nSince December" in cleaned
    assert "‘violent factions’\n\n2015 was a long time ago" in cleaned
    assert "\n\nAnd with such “democratic”" in cleaned


def test_seed_subheading_separated(cleaned: str) -> None:
    assert "\n\nAn indiscriminate pogrom\n\nOn Thursday, clashes erupted" in cleaned
    assert "pogromOn" not in cleaned


def test_seed_duplicate_captions_dropped_not_the_sentences(cleaned: str) -> None:
    # Each caption repeated a sentence of the article: the copy goes, the sentence stays once.
    assert cleaned.count("On Thursday, clashes erupted in north west Syria") == 1
    assert cleaned.count("Around this bloody mess stand the imperialists") == 1
    assert cleaned.count("The fact is, this is just Al Qaeda in power by another name") == 1
    assert "jihadist ranks, who do what they want anyway." in cleaned


def test_seed_every_sentence_kept(seed_text: str, cleaned: str) -> None:
    # Every sentence of the raw text whose words carry no debris is still there word for word.
    flat = re.sub(r"\s+", " ", cleaned)
    pieces = re.split(r"(?<=[.!?”’])\s*(?=[A-Z“‘\d])", seed_text)
    checked = 0
    for piece in pieces:
        if any(d in piece for d in ("Image:", "Share Tweet", "pogromOn", "next?Beyond", "factions’2015")):
            continue
        assert piece.strip() in flat, piece[:80]
        checked += 1
    assert checked > 90


def test_idempotent(seed_text: str, cleaned: str) -> None:
    assert clean_text(cleaned) == cleaned


@pytest.mark.parametrize(
    "text",
    [
        "McDonald said the iPhone footage was posted on YouTube before DeSantis spoke.",
        "Ahmed al-Sharaa met envoys after HTS’ offensive; ex-ISIS fighters were seen, the UN said.",
        "LinkedIn said it removed the posts. WhatsApp groups shared the video on Tuesday.",
        "The U.S. envoy, e.g. in Geneva, said 3.5 million people were displaced by 2024.",
        "PayPal and eBay were named. The BBC quoted Mr. Smith at 10 a.m. on Friday.",
        "Share prices fell. She said the photo showed the damage, and the print edition carried it.",
        "He posted a tweet, then shared it on Facebook and Telegram.",
    ],
)
def test_legitimate_text_untouched(text: str) -> None:
    assert clean_text(text) == text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Troops entered the town. (AFP via Getty Images)\nResidents fled.", "Troops entered the town.\nResidents fled."),
        ("Smoke rises over the city (Photo by Jane Roe/Getty Images) after the strike.",
         "Smoke rises over the city after the strike."),
        ("Advertisement\nFive people were injured.\nShare this article", "Five people were injured."),
        ("Photo: Reuters\nThe army said two soldiers died.", "The army said two soldiers died."),
        ("Credit: Anadolu Agency\nProtesters gathered in the square.", "Protesters gathered in the square."),
        ("Ten were killed.Police said the attackers fled.", "Ten were killed.\n\nPolice said the attackers fled."),
        ("Police said so. Copyright 2015 The Associated Press. All rights reserved. This material may not be "
         "published, broadcast, rewritten or redistributed.", "Police said so."),
        ("It was filed. (Source: Example Wire © Example Times 2016. All Rights Reserved.) Next.", "It was filed. Next."),
        ("Photo: Reuters Police said, citing AFP, that two died.", "Police said, citing AFP, that two died."),
        ("Photo: County Sheriff's Office via AP This undated photo shows him.", "This undated photo shows him."),
        ("A school was hit / Image: public domainThe strike came at dawn.",
         "A school was hit\n\nThe strike came at dawn."),
    ],
)
def test_debris_patterns(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


def test_unique_caption_kept_as_its_own_paragraph() -> None:
    raw = "Two people died on Monday. Rescuers search the rubble in Jableh / Image: Reuters The search went on."
    out = clean_text(raw)
    assert out == "Two people died on Monday.\n\nRescuers search the rubble in Jableh\n\nThe search went on."


def test_whitespace_and_invisible_characters() -> None:
    raw = "  Two\u00a0people  were\u200b hurt.\r\n\r\n\r\n\r\nPolice\tsaid so.  "
    assert clean_text(raw) == "Two people were hurt.\n\nPolice said so."
    assert clean_text("") == ""


def test_debris_vocabulary_is_versioned_data() -> None:
    data = load_vocab("debris")
    assert data["version"] == debris_version()
    assert data["sources"]
    entries = data["entries"]
    assert "fair use" in entries["credit_terms"]
    assert "On" in entries["sentence_starters"]  # a YAML 1.1 trap: unquoted On is a boolean
    for key, values in entries.items():
        assert all(isinstance(v, str) for v in values), key


@pytest.mark.parametrize(
    "text",
    [
        "Details at www.DrExample.com and at news.example.org/Story today.",
        "The WalkOver result and the ObserverToday.com site were cited.",
        "Results for U.S.Army units, e.g.Syria, and 3.5 million people.",
    ],
)
def test_addresses_and_title_case_words_not_split(text: str) -> None:
    assert clean_text(text) == text
