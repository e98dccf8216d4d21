"""TCVN3 (ABC) and VNI to Unicode and back: every letter with every tone, real sentences, the
decision of which reading a text has, and conversion of legacy segments only."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import lxml.html
import pytest

from crawler.core import vnlegacy as v
from tests.portals._common import from_tcvn3, from_vni, to_tcvn3, to_vni
from tests.unit.cp1258 import to_cp1258

BASES = "aăâeêioôơuưy"
TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # none, grave, hook, tilde, acute, dot
#: every Vietnamese letter with every tone: 12 vowels x 6 tones, and đ
LOWER = [unicodedata.normalize("NFC", b + t) for b in BASES for t in TONES] + ["đ"]
UPPER = [ch.upper() for ch in LOWER]
assert len(set(LOWER)) == len(set(UPPER)) == 73

SENTENCES = [
    "Trường Chính trị tỉnh tổ chức hội nghị triển khai công tác xây dựng Đảng",
    "Sáng ngày 14/9/2009, Trường Chính trị tỉnh Bạc Liêu long trọng tổ chức Lễ khai giảng năm học.",
    "Hưởng ứng phong trào thi đua “Dạy tốt – Học tốt”, các thầy cô đã tích cực đổi mới phương pháp…",
    "Kết quả, có 15 tiết đạt loại giỏi; em Nguyễn Hoàng Bảo Anh đạt giải Nhì môn Toán với 27,5 điểm.",
    "Quỹ khuyến học đã trao 12 suất học bổng, mỗi suất trị giá 500.000 đồng, cho học sinh nghèo vượt khó.",
]
# the same first sentence as the fonts' own keyboards typed it (written by hand, not by the code)
TCVN3_SENTENCE = "Tr­êng ChÝnh trÞ tØnh tæ chøc héi nghÞ triÓn khai c«ng t¸c x©y dùng §¶ng"
VNI_SENTENCE = "Tröôøng Chính trò tænh toå chöùc hoäi nghò trieån khai coâng taùc xaây döïng Ñaûng"


# --- tables, both ways --------------------------------------------------------------------


@pytest.mark.parametrize("letter", LOWER)
def test_tcvn3_every_lower_case_letter_both_ways(letter: str) -> None:
    data = v.unicode_to_tcvn3(letter)
    assert data == to_tcvn3(letter)  # the fixtures' hand-written table agrees
    assert (len(data) == 1 and data[0] >= 0xA0) or letter in BASES
    for codec in ("latin-1", "cp1252"):
        assert v.tcvn3_to_unicode(data.decode(codec)) == letter


@pytest.mark.parametrize("letter", UPPER)
def test_tcvn3_every_capital_both_ways(letter: str) -> None:
    # .VnTimeH draws the lower-case codes as capitals
    data = v.unicode_to_tcvn3(letter, capitals=True)
    assert data == to_tcvn3(letter.lower())
    assert v.tcvn3_to_unicode(data.decode("cp1252"), capitals=True) == letter
    # .VnTime itself has the ASCII capitals and Ă Â Ê Ô Ơ Ư Đ, and no capital with a tone mark
    if letter.isascii() or letter in "ĂÂÊÔƠƯĐ":
        assert v.tcvn3_to_unicode(v.unicode_to_tcvn3(letter).decode("latin-1")) == letter
    else:
        with pytest.raises(ValueError):
            v.unicode_to_tcvn3(letter)


@pytest.mark.parametrize("letter", LOWER + UPPER)
def test_vni_every_letter_both_ways(letter: str) -> None:
    data = v.unicode_to_vni(letter)
    assert data == to_vni(letter)  # the fixtures' hand-written table agrees
    for codec in ("latin-1", "cp1252", "cp1258"):
        assert v.vni_to_unicode(data.decode(codec)) == letter


@pytest.mark.parametrize("sentence", SENTENCES)
def test_real_sentences_both_ways_whatever_code_page_read_the_bytes(sentence: str) -> None:
    tcvn3 = v.unicode_to_tcvn3(sentence)
    vni = v.unicode_to_vni(sentence)
    assert from_tcvn3(tcvn3) == sentence and from_vni(vni) == sentence
    # cp1258 reads five legacy bytes as combining tone marks: converted before NFC, nothing is lost
    for codec in ("latin-1", "cp1252", "cp1258"):
        assert v.tcvn3_to_unicode(tcvn3.decode(codec, errors="ignore")) == sentence
        assert v.vni_to_unicode(vni.decode(codec, errors="ignore")) == sentence
    assert unicodedata.is_normalized("NFC", v.tcvn3_to_unicode(tcvn3.decode("cp1258")))


def test_hand_typed_sentences() -> None:
    assert v.tcvn3_to_unicode(TCVN3_SENTENCE) == SENTENCES[0]
    assert v.unicode_to_tcvn3(SENTENCES[0]).decode("latin-1") == TCVN3_SENTENCE
    assert v.vni_to_unicode(VNI_SENTENCE) == SENTENCES[0]
    assert v.unicode_to_vni(SENTENCES[0]).decode("latin-1") == VNI_SENTENCE
    assert v.tcvn3_to_unicode("TR\xadêNG", capitals=True) == "TRƯỜNG"
    assert v.vni_to_unicode("TRÖÔØNG ÑAÛNG") == "TRƯỜNG ĐẢNG"


def test_tcvn3_upper_half_is_tcvn_5712() -> None:
    # spot checks from the standard's table (TCVN 5712:1993; GNU libiconv lib/tcvn.h)
    table = {0xA0: "\u00a0", 0xA1: "Ă", 0xA7: "Đ", 0xAD: "ư", 0xAE: "đ", 0xAF: "Ằ", 0xB0: "\u0300",
             0xB4: "\u0323", 0xB8: "á", 0xC0: "Ắ", 0xC6: "ặ", 0xDC: "ĩ", 0xDE: "ị", 0xFD: "ý", 0xFF: "Ố"}  # fmt: skip
    for byte, ch in table.items():
        assert v.TCVN3_DECODE[byte] == ch, hex(byte)


@pytest.mark.skipif(not shutil.which("iconv"), reason="no iconv on this machine")
def test_tcvn3_upper_half_equals_iconv_tcvn5712_1() -> None:
    for byte, ch in v.TCVN3_DECODE.items():
        command = ["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"]
        done = subprocess.run(command, input=bytes([byte]), capture_output=True, check=False)
        if done.returncode:
            pytest.skip("this iconv does not know TCVN5712-1")
        assert done.stdout.decode() == ch, hex(byte)


def test_windows_punctuation_is_left_to_cp1252() -> None:
    assert v.tcvn3_to_unicode("\x93D\xb9y t\xe8t\x94 \x96 \x85") == "“Dạy tốt” – …"  # latin-1 reading
    assert v.vni_to_unicode("“Daïy toát” – …") == "“Dạy tốt” – …"


# --- which reading --------------------------------------------------------------------------


def test_syllables() -> None:
    for word in ("trường", "nghiêng", "khuỷu", "Đảng", "ĐẢNG", "quốc", "giữa", "tác", "học", "thuyết", "oái"):
        assert v.is_syllable(word), word
    for word in ("tỏc", "ChÝnh", "tr\xadêng", "c«ng", "coâng", "kan", "ngiêng", "ăn" + "h", "héi", "tæ"):
        assert not v.is_syllable(word), word


def test_reading_of_legacy_and_of_unicode_text() -> None:
    assert v.reading(TCVN3_SENTENCE) == "tcvn3"
    assert v.reading(VNI_SENTENCE) == "vni"
    for sentence in SENTENCES:
        assert v.reading(sentence) is None
        assert v.reading(unicodedata.normalize("NFD", sentence)) is None
        assert v.reading(to_cp1258(sentence).decode("cp1258")) is None  # tone marks combining
        assert v.reading(v.unicode_to_tcvn3(sentence).decode("cp1258")) == "tcvn3"
        assert v.reading(v.unicode_to_vni(sentence).decode("cp1252")) == "vni"
    # Unicode whose letters all exist in latin-1 would read as TCVN3 too ("Cụng tỏc"): as is wins
    assert v.reading("Công tác", prior="tcvn3") is None
    # nothing to score: the declared font decides
    assert v.reading("2009 - 2010", prior="tcvn3") == "tcvn3" and v.reading("2009 - 2010") is None


def test_font_names() -> None:
    assert v.font_kind(".VnTime") == "tcvn3"
    assert v.font_kind("'.VnArial NarrowH', sans-serif") == "tcvn3-caps"
    assert v.font_kind('"VNI-Times", serif') == "vni"
    assert v.font_kind("Times New Roman") == "unicode"
    assert v.font_kind("") is None
    assert v.declared_font(None, "color: red; font-family: .VnTimeH; font-size: 12pt") == "tcvn3-caps"
    assert v.declared_font(None, "font: bold 12pt VNI-Helve") == "vni"
    assert v.declared_font(None, "color: red") is None


def test_suspect_is_cheap_and_quiet_on_unicode() -> None:
    page = "<html><body>" + "".join(f"<p>{s} © 2024 » Trang chủ</p>" for s in SENTENCES * 20) + "</body></html>"
    assert not v.suspect(page)
    assert not v.suspect(to_cp1258(page).decode("cp1258"))
    assert not v.suspect(unicodedata.normalize("NFD", page))
    assert v.suspect('<font face=".VnTime">x</font>') and v.suspect("<p style='font-family: VNI-Times'>")
    assert v.suspect("<p>" + TCVN3_SENTENCE + ". " + TCVN3_SENTENCE + "</p>")  # two lines of legacy text


# --- pages: only the legacy segments --------------------------------------------------------


def _tree(markup: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(markup)


def test_a_legacy_block_inside_a_unicode_page_is_the_only_text_converted() -> None:
    old = v.unicode_to_tcvn3(SENTENCES[1]).decode("latin-1")
    tree = _tree(
        f"<html><head><title>Tin tức</title></head><body><p>Công tác {SENTENCES[0]}</p>"
        f'<div><font face=".VnTime"><p>{old}</p><p><font face=".VnTimeH">tr\xadêng</font> líp 9</p>'
        f'<p><font face="Arial">Công tác</font></p></font></div><p>Công tác cuối năm</p>'
        f'<font face=".VnTime"><p>Bản tin được gõ lại bằng Unicode</p></font></body></html>'
    )
    assert v.convert_tree(tree) == {"tcvn3"}
    paragraphs = [p.text_content() for p in tree.iter("p")]
    assert paragraphs == [
        f"Công tác {SENTENCES[0]}",
        SENTENCES[1],
        "TRƯỜNG lớp 9",
        "Công tác",  # an Arial span inside the .VnTime block: Unicode
        "Công tác cuối năm",
        "Bản tin được gõ lại bằng Unicode",  # styled .VnTime but Unicode: left alone
    ]


def test_unicode_styled_with_a_legacy_font_is_left_alone_even_in_short_spans() -> None:
    # Word exports of documents converted to Unicode keep the old font name on every run of text;
    # "Tôi" alone reads as TCVN3 too ("Tụi"): the page's other .VnTime text says which it is
    spans = "".join(f'<p><span style="font-family:.VnTime">{s}</span></p>' for s in SENTENCES)
    tree = _tree(f'<html><body>{spans}<p><span style="font-family:.VnTime">Tôi</span> và bạn</p></body></html>')
    assert v.convert_tree(tree) == set()
    assert [p.text_content() for p in tree.iter("p")] == [*SENTENCES, "Tôi và bạn"]
    assert v.reading("Tôi", prior="tcvn3") == "tcvn3"  # what the span alone would have given


def test_a_page_without_font_names_is_read_page_wide() -> None:
    old = [v.unicode_to_vni(s).decode("cp1252") for s in SENTENCES]
    markup = f'<html><head><title>{old[0]}</title><meta name="description" content="{old[1]}"></head><body>'
    markup += "".join(f'<p><img src="a.jpg" alt="{s}"> {s}</p>' for s in old) + "<p>2009</p></body></html>"
    tree = _tree(markup)
    assert v.convert_tree(tree) == {"vni"}
    assert tree.findtext(".//title") == SENTENCES[0]
    assert [p.text_content().strip() for p in tree.iter("p")] == [*SENTENCES, "2009"]
    assert tree.find(".//img").get("alt") == SENTENCES[0]
    assert tree.find(".//meta").get("content") == SENTENCES[1]


def test_unicode_pages_come_out_nfc_and_unchanged() -> None:
    markup = "<html><body>" + "".join(f"<p title='{s}'>{s}</p>" for s in SENTENCES) + "</body></html>"
    tree = _tree(unicodedata.normalize("NFD", markup))
    assert v.convert_tree(tree) == set()
    assert [p.text for p in tree.iter("p")] == SENTENCES
    assert [p.get("title") for p in tree.iter("p")] == SENTENCES


def test_kinds_label() -> None:
    assert v.kinds_label(["vni", "", "mixed-bytes", "tcvn3"]) == "mixed-bytes+tcvn3+vni"
    assert v.kinds_label([]) is None


def test_marker_count_is_the_regex_count() -> None:
    """The two-pass C count of legacy marker characters agrees with the marker regex on every
    Latin-1 character, on Vietnamese Unicode, and on legacy text read as cp1252."""
    every_latin1 = "".join(chr(c) for c in range(256))
    samples = [every_latin1, every_latin1 * 3 + "Trường Chính trị ©«»", "Tr\u00f6\u00f4\u00f8ng t\u00b8c \u00b5 \u2126 \U0001f600", ""]
    for text in samples:
        assert v._marker_count(text) == len(v._MARKERS.findall(text))
