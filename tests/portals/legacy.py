"""Fixture portal: a lower-secondary school site whose archive still serves pre-Unicode pages.

Why (issue 13, item 4): old school archives keep news typed in the 8-bit Vietnamese *font*
encodings. Each page here is a way such text reaches a crawler today:

- ``/luu-tru/``: the archive index, a 2007 page in TCVN3 (ABC) shown through ``<font face=".VnTime">``;
- 412: TCVN3 in the .VnTime font, declared iso-8859-1; the headline in the all-capitals .VnTimeH
  font, and the capitals with a tone mark inside sentences typed in .VnTimeH as the ABC keyboard
  driver did (``<font face=".VnTimeH">ñ</font>y ban``);
- 437: TCVN3 with no charset anywhere (read as windows-1258, whose tone marks are combining
  characters) and the font named only in a ``<style>`` sheet; a photo with its caption line;
- 455: VNI-Windows in ``<font face="VNI-Times">``, declared windows-1252 in the HTTP header;
- 468: VNI-Windows with no font named at all (the page's CSS file did it), iso-8859-1 header;
- 503: the new Unicode CMS (UTF-8) with an old article pasted in: a ``<font face=".VnTime">``
  block of TCVN3 between Unicode paragraphs;
- 517: UTF-8 with Word's windows-1252 punctuation bytes (“ ” – …) and an é left in;
- 530: UTF-8 template whose article text is windows-1258 bytes (a migration that missed it).

The news section ``/tin-tuc/`` (UTF-8) lists the three new-CMS articles; the archive index lists
the four old ones. Gold is written by hand from the stories below (what a reader sees on screen),
never from the pages; the pages are encoded with the hand-written tables of ``_common``.
"""

from __future__ import annotations

from crawler.demo.server import Request, Response, html

from ._common import (
    P,
    Story,
    cp1258_bytes,
    esc,
    gold_record,
    static_file,
    tcvn3_text,
    to_tcvn3,
    to_vni,
)

NAME = "legacy"
START_PATH = "/"
PLATFORM = "static-legacy"

SITE = "Trường THCS Nguyễn Du - huyện Đức Phổ"
NEWS = "Tin tức - Sự kiện"
ARCHIVE_PATH = "/luu-tru/"
NEWS_PATH = "/tin-tuc/"

# opts: style (which page shape and encoding), date (dd/mm/yyyy as printed), byline (printed line),
# image (src, caption line) for the page that has a photo
STORIES: list[Story] = [
    Story(
        id=412,
        slug="khai-giang-nam-hoc-2007-2008",
        title="TRƯỜNG THCS NGUYỄN DU KHAI GIẢNG NĂM HỌC 2007 - 2008",
        cat=ARCHIVE_PATH,
        published_at="2007-09-05",
        blocks=[
            P("Sáng ngày 5/9/2007, Trường THCS Nguyễn Du tổ chức Lễ khai giảng năm học 2007 - 2008 "
              "trong không khí vui tươi, phấn khởi. Đến dự có đại diện Phòng Giáo dục huyện, lãnh đạo "
              "Đảng ủy, Ủy ban nhân dân xã cùng đông đảo phụ huynh học sinh."),
            P("Năm học này nhà trường có 18 lớp với 742 học sinh, trong đó khối 6 có 196 em. Đội ngũ "
              "cán bộ, giáo viên, nhân viên gồm 45 người, 100% giáo viên đạt chuẩn, 12 giáo viên trên chuẩn."),
            P("Ở năm học trước, nhà trường có 38 học sinh giỏi cấp huyện và 7 học sinh giỏi cấp tỉnh; "
              "tỉ lệ học sinh lên lớp đạt 98,6%."),
            P("Thầy Hiệu trưởng Phạm Văn Bình đã đánh trống khai giảng năm học mới, phát động phong "
              "trào thi đua “Dạy tốt - Học tốt” trong toàn trường."),
        ],
        authors=["Lê Thị Hoa"],
        opts={"style": "tcvn3-font", "date": "05/09/2007", "byline": "Tin: Lê Thị Hoa"},
    ),
    Story(
        id=437,
        slug="hoi-giang-chao-mung-ngay-nha-giao-viet-nam",
        title="Hội giảng chào mừng ngày Nhà giáo Việt Nam 20/11",
        cat=ARCHIVE_PATH,
        published_at="2008-11-18",
        blocks=[
            P("Hưởng ứng phong trào thi đua chào mừng kỷ niệm 26 năm ngày Nhà giáo Việt Nam "
              "20/11/2008, từ ngày 3 đến ngày 15/11, các tổ chuyên môn Ngữ văn, Toán, Tiếng Anh đã tổ "
              "chức hội giảng với 24 tiết dạy."),
            P("Các tiết dạy được chuẩn bị chu đáo, nhiều giáo viên mạnh dạn ứng dụng công nghệ thông "
              "tin, sử dụng bài giảng điện tử giúp học sinh hứng thú, tiếp thu bài tốt hơn."),
            P("Kết quả, có 15 tiết đạt loại giỏi, 9 tiết đạt loại khá. Ban giám hiệu đã chọn 4 giáo "
              "viên tiêu biểu tham dự hội thi giáo viên dạy giỏi cấp huyện."),
        ],
        authors=["Trần Văn Nam"],
        photographers=["Trần Văn Nam"],
        opts={"style": "tcvn3-css", "date": "18/11/2008", "byline": "Bài, ảnh: Trần Văn Nam",
              "image": ("/luu-tru/anh/hoi-giang-2008.jpg", "Cô Nguyễn Thị Mai dạy tiết Ngữ văn lớp 8A")},
    ),
    Story(
        id=455,
        slug="hoi-thi-giao-vien-day-gioi-cap-huyen-2008-2009",
        title="Hội thi giáo viên dạy giỏi cấp huyện năm học 2008 - 2009",
        cat=ARCHIVE_PATH,
        published_at="2009-03-12",
        blocks=[
            P("Từ ngày 2 đến ngày 10/3/2009, Phòng Giáo dục và Đào tạo huyện tổ chức Hội thi giáo viên "
              "dạy giỏi cấp huyện bậc trung học cơ sở với 86 giáo viên của 14 trường tham gia."),
            P("Mỗi giáo viên dự thi trình bày một sáng kiến kinh nghiệm và dạy hai tiết thực hành trên "
              "lớp. Ban giám khảo gồm các chuyên viên của Phòng và giáo viên cốt cán các bộ môn."),
            P("Trường THCS Nguyễn Du có 5 giáo viên dự thi, cả 5 đều được công nhận giáo viên dạy giỏi "
              "cấp huyện, trong đó cô Đỗ Thị Lan xếp thứ nhất môn Hóa học."),
        ],
        source="Phòng GD&ĐT Đức Phổ",
        opts={"style": "vni-font", "date": "12/03/2009", "byline": "Nguồn: Phòng GD&ĐT Đức Phổ"},
    ),
    Story(
        id=468,
        slug="hoc-sinh-tham-gia-hoi-khoe-phu-dong-cap-huyen",
        title="Học sinh trường tham gia Hội khỏe Phù Đổng cấp huyện",
        cat=ARCHIVE_PATH,
        published_at="2009-04-20",
        blocks=[
            P("Trong hai ngày 18 và 19/4/2009, đoàn vận động viên của trường gồm 32 em đã tham gia Hội "
              "khỏe Phù Đổng cấp huyện lần thứ VII ở các môn điền kinh, bóng đá, cầu lông và cờ vua."),
            P("Với tinh thần thi đấu quyết tâm, các em đã giành được 4 huy chương vàng, 6 huy chương "
              "bạc và 5 huy chương đồng, xếp thứ ba toàn đoàn."),
            P("Nhà trường biểu dương tinh thần thi đấu của các vận động viên và cảm ơn các thầy cô giáo "
              "đã nhiệt tình tập luyện cho các em trong suốt hai tháng qua."),
        ],
        authors=["Nguyễn Văn Tùng"],
        opts={"style": "vni-plain", "date": "20/04/2009", "byline": "Tin: Nguyễn Văn Tùng"},
    ),
    Story(
        id=503,
        slug="nhin-lai-30-nam-xay-dung-va-phat-trien",
        title="Nhìn lại 30 năm xây dựng và phát triển nhà trường",
        cat=NEWS_PATH,
        published_at="2010-10-08",
        blocks=[
            P("Nhân dịp kỷ niệm 30 năm thành lập trường, chúng tôi đăng lại bài viết của thầy Hiệu "
              "trưởng đầu tiên trên bản tin nội bộ năm 1998."),
            P("Trường được thành lập năm 1980 trên cơ sở sáp nhập hai trường cấp hai của xã. Những năm "
              "đầu, cơ sở vật chất còn thiếu thốn, nhiều lớp học phải mượn nhà dân, học sinh học ba ca.",
              "legacy"),
            P("Bằng sự nỗ lực của các thế hệ thầy và trò, sự quan tâm của chính quyền và nhân dân địa "
              "phương, đến nay trường đã có 24 phòng học kiên cố và được công nhận trường đạt chuẩn "
              "quốc gia.", "legacy"),
            P("Bài viết được giữ nguyên như bản gốc, chỉ sửa một số lỗi chính tả."),
        ],
        authors=["Hoàng Minh Tuấn"],
        opts={"style": "mixed-font", "date": "08/10/2010", "byline": "Tin: Hoàng Minh Tuấn"},
    ),
    Story(
        id=517,
        slug="soi-noi-hoi-thi-rung-chuong-vang-khoi-9",
        title="Sôi nổi hội thi Rung chuông vàng khối 9",
        cat=NEWS_PATH,
        published_at="2011-03-26",
        blocks=[
            P("Chiều 25/3, Liên đội Trường THCS Nguyễn Du tổ chức hội thi “Rung chuông vàng” dành cho "
              "120 học sinh khối 9 – hoạt động chào mừng 80 năm ngày thành lập Đoàn TNCS Hồ Chí Minh."),
            P("Các câu hỏi xoay quanh kiến thức các môn học, lịch sử Đoàn và hiểu biết xã hội… Sau 20 "
              "câu hỏi, em Lê Minh Khôi lớp 9A là người duy nhất trụ lại đến cuối cùng."),
            P("Ban tổ chức trao cho em Khôi bộ sách “Những người khốn khổ” (Les Misérables) và giấy "
              "khen của Liên đội; 5 em xuất sắc khác nhận phần quà của Hội Cha mẹ học sinh."),
        ],
        authors=["Nguyễn Thu Trang"],
        opts={"style": "mixed-1252", "date": "26/03/2011", "byline": "Tin: Nguyễn Thu Trang"},
    ),
    Story(
        id=530,
        slug="tap-huan-phuong-phap-day-hoc-tich-cuc",
        title="Tập huấn phương pháp dạy học tích cực cho giáo viên",
        cat=NEWS_PATH,
        published_at="2011-08-14",
        blocks=[
            P("Từ ngày 10 đến 12/8/2011, nhà trường tổ chức lớp tập huấn về phương pháp dạy học tích "
              "cực và kỹ thuật dạy học theo nhóm cho toàn thể 45 giáo viên."),
            P("Báo cáo viên là các giảng viên Trường Cao đẳng Sư phạm tỉnh. Giáo viên được thực hành "
              "thiết kế bài dạy, tổ chức dạy học theo góc và sử dụng bản đồ tư duy."),
            P("Kết thúc lớp tập huấn, mỗi tổ chuyên môn đăng ký ít nhất hai chuyên đề đổi mới phương "
              "pháp dạy học để triển khai trong học kỳ I năm học 2011 - 2012."),
        ],
        authors=["Phạm Thị Thu"],
        opts={"style": "mixed-1258", "date": "14/08/2011", "byline": "Tin: Phạm Thị Thu"},
    ),
]
_BY_PATH: dict[str, Story] = {}


def article_path(story: Story) -> str:
    return f"{story.cat}{story.slug}-{story.id}.htm"


for _story in STORIES:
    _BY_PATH[article_path(_story)] = _story

# --- the old site (2007-2009): layout tables, one font for the whole page -------------------


def _old_page(story: Story, font: str, text: str) -> str:
    """An archive page as its 2007 editor saved it; ``text`` renders article text for the font."""
    title = text(story.title)
    if story.opts["style"] == "tcvn3-font":  # an all-capitals headline, typed in lower case
        title = f'<font face=".VnTimeH" size="4">{esc(story.title.lower())}</font>'
    paragraphs = []
    for block in story.blocks:
        paragraphs.append(f"<p align=justify>{text(block.text)}</p>")
    if "image" in story.opts:
        src, caption = story.opts["image"]
        paragraphs.insert(2, f'<p align=center><img src="{src}" width="400" border="0"></p>\n'
                             f"<p align=center><i>{text(caption)}</i></p>")
    face = f'<font face="{font}" size="3">' if font else ""
    body = "\n".join(paragraphs)
    return f"""<html>
<head>
<title>{text(SITE)}</title>
{story.opts.get("head", "")}
</head>
<body bgcolor="#FFFFFF">
{face}
<table width="760" align="center" border="0">
<tr><td align=center><b>{text(SITE)}</b></td></tr>
<tr><td><a href="/">Trang chu</a> | <a href="{ARCHIVE_PATH}">Luu tru tin cu</a></td></tr>
<tr><td class="tieude"><b>{title}</b></td></tr>
<tr><td>
<p><i>{text("Ngày " + story.opts["date"])}</i></p>
{body}
<p align=right><b>{text(story.opts["byline"])}</b></p>
</td></tr></table>
{"</font>" if font else ""}
</body>
</html>
"""


def _old_article(story: Story) -> Response:
    style = story.opts["style"]
    if style == "tcvn3-font":
        head = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        page = _old_page(Story(**{**story.__dict__, "opts": {**story.opts, "head": head}}), ".VnTime", tcvn3_text)
        return html(to_tcvn3(page), charset=None)
    if style == "tcvn3-css":  # no charset in the header or the page: readers fall back to windows-1258
        head = '<style type="text/css">td, p { font-family: ".VnTime"; font-size: 12pt; }</style>'
        page = _old_page(Story(**{**story.__dict__, "opts": {**story.opts, "head": head}}), "", tcvn3_text)
        return html(to_tcvn3(page), charset=None)
    if style == "vni-font":
        return html(to_vni(_old_page(story, "VNI-Times", esc)), charset="windows-1252")
    # vni-plain: the font came from a style sheet file the archive no longer serves
    head = '<link rel="stylesheet" type="text/css" href="/luu-tru/vni.css">'
    page = _old_page(Story(**{**story.__dict__, "opts": {**story.opts, "head": head}}), "", esc)
    return html(to_vni(page), charset="iso-8859-1")


def _archive_index() -> Response:
    """The 2007 archive index, still TCVN3 in .VnTime."""
    old = [s for s in STORIES if s.cat == ARCHIVE_PATH]
    rows = "\n".join(
        f'<tr><td><a href="{article_path(s)}">{tcvn3_text(s.title)}</a> ({s.opts["date"]})</td></tr>' for s in old
    )
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>{tcvn3_text("Lưu trữ tin cũ")}</title>
</head>
<body>
<font face=".VnTime">
<table width="760" align="center">
<tr><td align=center><b>{tcvn3_text(SITE)}</b></td></tr>
<tr><td><b>{tcvn3_text("Lưu trữ tin tức các năm học 2007 - 2009")}</b></td></tr>
{rows}
</table>
</font>
</body>
</html>
"""
    return html(to_tcvn3(page), charset=None)


# --- the new CMS (2010 on): UTF-8 -------------------------------------------------------------


def _layout(title: str, main: str, crumbs: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)} - {esc(SITE)}</title>
</head>
<body>
<div id="header"><div class="logo">{esc(SITE)}</div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="{NEWS_PATH}">Tin tức - Sự kiện</a></li>
<li><a href="{ARCHIVE_PATH}">Lưu trữ tin cũ</a></li></ul></div>
{crumbs}
<div id="main">
{main}
</div>
<div id="footer">Bản quyền thuộc {esc(SITE)}. Địa chỉ: xã Phổ Văn, huyện Đức Phổ.</div>
</body>
</html>
"""


_MARK = "\x00{}\x00"  # placeholder for a paragraph whose bytes are not UTF-8


def _new_article(story: Story) -> Response:
    style = story.opts["style"]
    crumbs = (
        f'<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="{NEWS_PATH}">{esc(NEWS)}</a></div>'
    )
    odd: list[bytes] = []  # paragraphs written in another encoding, spliced in after UTF-8 encoding
    parts = []
    legacy_open = False
    for block in story.blocks:
        if block.style == "legacy" and not legacy_open:
            parts.append('<div><font face=".VnTime">')
            legacy_open = True
        elif block.style != "legacy" and legacy_open:
            parts.append("</font></div>")
            legacy_open = False
        if block.style == "legacy":  # TCVN3 bytes pasted into the Unicode editor: latin-1 letters
            parts.append(f"<p>{to_tcvn3(tcvn3_text(block.text)).decode('latin-1')}</p>")
        elif style == "mixed-1252":
            odd.append(_cp1252_punctuation(block.text))
            parts.append(f"<p>{_MARK.format(len(odd) - 1)}</p>")
        elif style == "mixed-1258":
            odd.append(cp1258_bytes(esc(block.text)))
            parts.append(f"<p>{_MARK.format(len(odd) - 1)}</p>")
        else:
            parts.append(f"<p>{esc(block.text)}</p>")
    byline = story.opts["byline"]
    if style == "mixed-1258":
        odd.append(cp1258_bytes(esc(byline)))
        byline_html = _MARK.format(len(odd) - 1)
    else:
        byline_html = esc(byline)
    main = f"""<div class="news-detail">
<h1 class="title">{esc(story.title)}</h1>
<div class="date">Ngày đăng: {story.opts["date"]}</div>
<div class="content">
{chr(10).join(parts)}
<p style="text-align: right;"><strong>{byline_html}</strong></p>
</div>
</div>"""
    data = _layout(story.title, main, crumbs).encode("utf-8")
    for i, chunk in enumerate(odd):
        data = data.replace(_MARK.format(i).encode(), chunk)
    return html(data, charset="utf-8")


def _cp1252_punctuation(value: str) -> bytes:
    """UTF-8 text whose typographic punctuation and French é came in as windows-1252 bytes."""
    out = bytearray()
    for ch in esc(value):
        out += ch.encode("cp1252") if ch in "“”‘’–—…é" else ch.encode("utf-8")
    return bytes(out)


def _news_listing() -> Response:
    new = sorted((s for s in STORIES if s.cat == NEWS_PATH), key=lambda s: s.published_at or "", reverse=True)
    items = "\n".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="date">({s.opts["date"]})</span></li>'
        for s in new
    )
    crumbs = f'<div class="breadcrumb"><a href="/">Trang chủ</a> » {esc(NEWS)}</div>'
    main = f'<h2 class="cat-title">{esc(NEWS)}</h2>\n<ul class="news-list">\n{items}\n</ul>'
    return html(_layout(NEWS, main, crumbs))


def _home() -> Response:
    main = f"""<div class="intro"><h2>Chào mừng đến với website {esc(SITE)}</h2>
<p>Trường được thành lập năm 1980. Chuyên mục <a href="{ARCHIVE_PATH}">Lưu trữ tin cũ</a> giữ các bài
viết từ trang web cũ của trường (2007 - 2009).</p></div>
<h2><a href="{NEWS_PATH}">{esc(NEWS)}</a></h2>
<p><a href="{NEWS_PATH}">Xem tất cả tin tức</a></p>"""
    return html(_layout("Trang chủ", main))


class LegacySite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        static = static_file(path)
        if static is not None:
            return static
        if path == "/":
            return _home()
        if path == NEWS_PATH:
            return _news_listing()
        if path == ARCHIVE_PATH:
            return _archive_index()
        story = _BY_PATH.get(path)
        if story is None:
            return None
        return _old_article(story) if story.cat == ARCHIVE_PATH else _new_article(story)


def build_site() -> LegacySite:
    return LegacySite()


def _gold(story: Story) -> dict:
    record = gold_record(story, article_path(story), NEWS if story.cat == NEWS_PATH else None)
    if "image" in story.opts:
        src, caption = story.opts["image"]
        record["images"] = [{"path": src, "caption": caption}]
    return record


GOLD: list[dict] = [_gold(s) for s in STORIES]
NON_ARTICLES: list[str] = ["/", NEWS_PATH, ARCHIVE_PATH]
_STYLE_REPAIR = {"tcvn3-font": "tcvn3", "tcvn3-css": "tcvn3", "vni-font": "vni", "vni-plain": "vni",
                 "mixed-font": "tcvn3", "mixed-1252": "mixed-bytes", "mixed-1258": "mixed-bytes"}
#: every page that needs its text repaired, and the repair (``Page.repair``; a crawl counts it)
REPAIRS: dict[str, str] = {
    ARCHIVE_PATH: "tcvn3",
    **{article_path(s): _STYLE_REPAIR[s.opts["style"]] for s in STORIES},
}
