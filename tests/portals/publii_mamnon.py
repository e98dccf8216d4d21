"""Trường Mầm non Hoa Sen (phường Nông Trang, tỉnh Phú Thọ): a Publii static blog.

Platform
--------
Publii, the desktop CMS that renders a site to static HTML and uploads it (here with the
"relative URLs" option on: every internal link is written relative to the page, ``../tags/…``).
The theme is Publii's "Simple" as a local web vendor customised it for kindergartens: a top bar
with the day, a sidebar of custom-HTML blocks (notice marquee, most-read, poll, links, visitor
counter, fan page), a breadcrumb above the post title. The server behaves like the static host
it was uploaded to: a folder answers at ``/x/`` and at ``/x/index.html``, ``/x`` gets a 301 to
``/x/``, query strings are ignored, an unknown path gets the theme's 404 page with status 404.

URL scheme
----------
- ``/``, ``/page/2/``, ``/page/3/``: the front page feed (6 posts a page, newest first);
- ``/<slug>/``: posts *and* Publii pages (intro, contact, daily routine) share the scheme;
- ``/tags/``, ``/tags/<tag>/``, ``/tags/<tag>/page/2/`` (5 posts a page); ``/authors/<author>/``;
- ``/search.html`` (static search: a form and a script, no results in the HTML);
- ``/feed.xml`` (RSS, excerpts), ``/sitemap.xml``, ``/robots.txt``;
- ``/media/posts/<post id>/<file>.jpg`` (+ ``responsive/<file>-xs.jpg`` …, ``gallery/<file>
  -thumbnail.jpg``), ``/media/website/…``, ``/media/files/*.pdf``, ``/assets/…``.

Page templates
--------------
- feed (front page, tag, author pages): cards with the featured image's ``-xs`` thumbnail, the
  author account, the *modified* date (the theme's "feed date: modified" option), the title, an
  automatic excerpt cut from the text (the letterhead of a notice included), "Xem tiếp";
  "Bài cũ hơn"/"Bài mới hơn" pagination links;
- post: breadcrumb (Trang chủ › main tag), ``<h1>``, meta line (avatar, author account,
  ``<time datetime="YYYY-MM-DDTHH:mm">`` printed "thứ năm, 03/12/2026 - 09:15"), optional hero
  (featured image + ``<figcaption>`` of caption *and* credits), ``div.content__entry`` with the
  text, then footer: "Cập nhật lần cuối: …", tag list (alphabetical), share/print buttons,
  author bio box, previous/next post, Facebook comments, "Bài viết liên quan";
- page (Publii page): breadcrumb, ``<h1>``, text, no date and no author.

How each gold article is reached
--------------------------------
- front page 1: Tết notice (#1), Lá 2 vườn rau (#3), Ngày hội bé khỏe notice (#12), cold weather
  advice (#8); page 2: 20/11 ceremony (#6), Hội giảng (#5), poem lesson (#7), traffic safety (#10),
  first-aid training (#9), 20/10 (#4); page 3 only: Bảo tàng Hùng Vương (#13), Hội nghị viên chức
  (#11) — both also on ``/tags/tin-tuc-su-kien/page/2/`` (and #13 on
  ``/tags/hoat-dong-cua-be/page/2/``);
- the tag pages of the menu carry the others again (several tags per post);
- the health-check results (#2) are a *hidden* Publii post: in no feed, tag page, sitemap, RSS,
  related list or post navigation; the one link to it is the "Xem thêm:" line inside #8, written
  as ``../ket-qua-…/index.html``.

Traps
-----
1. Duplicate URLs of one post: ``/<slug>/index.html`` (the "Xem thêm" link, a most-read link),
   a most-read link carrying ``?fbclid=…`` (query ignored by the static host), a most-read link
   without the trailing slash (301 to ``/<slug>/``). Gold: one record at ``/<slug>/`` (the
   canonical link's path), the others in ``alt_paths``. One most-read link is stale (the slug was
   renamed) and answers 404.
2. Hidden post reachable only through a link inside another article's text (#2, see above).
   Gold: it is an article like the others.
3. Several tags per post; the footer lists them alphabetically, so for #12 the first tag printed
   is "Hoạt động của bé" and the post is listed under that tag too. Gold category: the main tag,
   the one in the breadcrumb ("Thông báo").
4. Dates: feed cards print the *modified* day; the post footer prints "Cập nhật lần cuối: chủ
   nhật, 22/11/2026 - 08:05" (a later date with a time); texts open with the event's day ("Sáng
   ngày 19/11/2026 …"); the FB-copied post (#4) was dated at "00:00"; the official notice (#1)
   was posted on 04/12 at 15:20 but its letterhead says "ngày 03 tháng 12 năm 2026". Gold: the
   post header's date with its time; "2026-10-20" for the midnight one; "2026-12-03" for the
   notice; never the footer, the feed card or the header's "Thứ Bảy, 05/12/2026".
5. Bylines: the header's author is a Publii account. "Quản trị viên" (administrator) credits
   nobody; "Đỗ Thị Mai" is a teacher's own account and is the author of #3 (no other byline). The
   real signatures close the text: "Tin, ảnh: X"; "Tin: X - Ảnh: Y"; "ThS. X" + post on the next
   line; "ThS. X – Phó Hiệu trưởng"; "Giáo viên: X"; a plain name; units ("Tổ Văn phòng",
   "Bộ phận Y tế"); "BBT" (nobody); the notice's signer under "HIỆU TRƯỞNG / (Đã ký)".
6. Captions: the hero's ``<figcaption>`` glues caption and credits ("Các bé … của trường Ảnh: Đỗ
   Thị Mai"); captions in parentheses; a figcaption that only credits ("Ảnh: Trần Thị Ngọc Ánh");
   gallery items with and without figcaptions whose ``<img>`` is the ``-thumbnail`` file (the
   full file is the ``<a href>``); Word tables with the photo in one row and its italic caption in
   the row below (#13) — the caption row is no table text.
7. Text pasted from Facebook (#4): each line a ``<div dir="auto">`` in FB's class soup, "👉"
   bullets drawn as ``<img alt="👉">`` from static.xx.fbcdn.net (no text, no photo), an emoji
   typed as a character kept, a closing line of hashtags (tags: not body). The title starts with
   "💐" (kept).
8. One post (#5) typed with Unikey's "Unicode tổ hợp": title, text, caption and byline are NFD in
   the HTML. Gold: NFC.
9. Word paste (#9): ``MsoNormal`` paragraphs, list items whose "-" marker sits in
   ``<span style="mso-list:Ignore">`` (no text) next to paragraphs where the teacher typed "- "
   herself (kept).
10. Non-articles in a post's clothes: a photo album, a video post and a "Công khai" document
    entry are Publii posts with the post template (author, date, tags, share bar) at ``/<slug>/``;
    the album and video are in the front page feed. Gold: NON_ARTICLES.
11. Boundaries of the text: a "Xem thêm: <link>" line in the middle of #8, a "📎 Tải về:" file
    line and "BBT" in #12, a YouTube iframe in #10; a closing "Theo Báo Sức khỏe & Đời sống" line
    (source) after a body paragraph that starts "Theo các bác sĩ nhi khoa, …" (text).
12. The official notice (#1): letterhead table, "THÔNG BÁO / Về việc …", typed "1. 2. 3." items,
    then the "Nơi nhận | HIỆU TRƯỞNG" table. Gold: only the "Căn cứ …" lines, the items and the
    closing sentence are body; author the signer.
13. A poem (#7) whose lines are separated by ``<br>`` inside one ``<p>`` per stanza: each line a
    paragraph.

Gold decisions on ambiguous points
----------------------------------
- ``published_at``: the post header prints day and time ("thứ năm, 03/12/2026 - 09:15"), so the
  gold carries the time with +07:00; the ``<time datetime>`` and the JSON-LD say the same.
- The hero (featured image) shown on the post page is the article's first photo. Its caption is
  the figcaption's line as printed, its glued "Ảnh: X" credit included (harmonised with the
  house's convention, tests/portals/README.md: "the line the page prints"); X is a photographer.
  A photo line that only credits ("Ảnh: X") gives caption None and X as photographer.
- Gallery photos: the ``<img src>`` as printed (the ``-thumbnail`` file), not the linked full
  file; for figures, ``src`` (not the largest ``srcset`` candidate).
- A bold first paragraph (#6, #8) is the sapo; elsewhere the summary is null (the feed excerpt
  and the meta description are not sapos).
- The centred bold poem title in #7 is a paragraph of the text (a heading).
- "Giáo viên: Bùi Thị Thảo": the label is not part of the name.
- The hashtag line closing #4 is tags (not body).
- The notice's "./." closing mark stays in its sentence as printed.
"""

from __future__ import annotations

import html as _html
import json
import posixpath
import re
import unicodedata
from datetime import datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "publii_mamnon"
PLATFORM = "Publii static blog (Simple theme customised by a local vendor), relative URLs"
START_PATH = "/"

SITE = "Trường Mầm non Hoa Sen"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
FRONT_PER_PAGE = 6
TAG_PER_PAGE = 5

TAGS: dict[str, tuple[str, str]] = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", "Tin tức, sự kiện của nhà trường."),
    "hoat-dong-cua-be": ("Hoạt động của bé", "Những hoạt động học mà chơi, chơi mà học của các bé."),
    "chuyen-mon": ("Chuyên môn", "Hoạt động chuyên môn, hội giảng, chuyên đề."),
    "thong-bao": ("Thông báo", "Thông báo của nhà trường tới phụ huynh."),
    "goc-phu-huynh": ("Góc phụ huynh", "Kiến thức nuôi dạy trẻ, dinh dưỡng, sức khỏe."),
    "thu-vien-anh": ("Thư viện ảnh", "Album ảnh các hoạt động."),
    "video": ("Video", "Video các hoạt động của nhà trường."),
    "cong-khai": ("Công khai", "Công khai theo Thông tư 09/2024/TT-BGDĐT."),
}

AUTHORS: dict[str, tuple[str, str, str]] = {
    "quan-tri-vien": (
        "Quản trị viên",
        "Tài khoản quản trị Trang thông tin điện tử Trường Mầm non Hoa Sen.",
        "/media/website/avatar-qtv.png",
    ),
    "do-thi-mai": (
        "Đỗ Thị Mai",
        "Giáo viên lớp Lá 2, thành viên Tổ truyền thông của nhà trường.",
        "/media/authors/2/do-thi-mai-thumbnail.jpg",
    ),
}

_WEEKDAYS = ["thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"]
_EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%dT%H:%M")


def long_date(value: str) -> str:
    """The theme's custom format ``dddd, DD/MM/YYYY - HH:mm`` in Moment's "vi" locale."""
    d = _dt(value)
    return f"{_WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y - %H:%M}"


def short_date(value: str) -> str:
    return f"{_dt(value):%d/%m/%Y}"


def rss_date(value: str) -> str:
    d = _dt(value)
    return f"{_EN_DAYS[d.weekday()]}, {d:%d} {_EN_MONTHS[d.month - 1]} {d:%Y %H:%M}:00 +0700"


def rel(from_path: str, target: str) -> str:
    """``target`` (a site path, maybe with a query) written relative to the page at ``from_path``."""
    query = ""
    if "?" in target:
        target, query = target.split("?", 1)
        query = "?" + query
    base = from_path if from_path.endswith("/") else posixpath.dirname(from_path) + "/"
    trail = "/" if target.endswith("/") and target != "/" else ""
    out = posixpath.relpath(target.rstrip("/") or "/", base.rstrip("/") or "/")
    if out == ".":
        out = "./"
    elif target == "/":
        out = out + "/"
    else:
        out = out + trail
    return out + query


# --- the posts ------------------------------------------------------------------------------

FB_LINE = "x11i5rnm xat24cr x1mh8g0r x1vvkbs xtlvy1s x126k92a"
FB_EMOJI = {
    "👉": "https://static.xx.fbcdn.net/images/emoji.php/v9/t51/1/16/1f449.png",
}


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


def _story(
    pid: int,
    slug: str,
    title: str,
    created: str,
    modified: str,
    tags: list[str],
    author: str,
    published_at: str | None,
    blocks: list,
    **kw,
) -> Story:
    opts = {
        "created": created,
        "modified": modified,
        "tags": tags,
        "author": author,
        "hidden": kw.pop("hidden", False),
        "exclude_home": kw.pop("exclude_home", False),
        "nfd": kw.pop("nfd", False),
        "justify": kw.pop("justify", False),
        "credits": kw.pop("credits", None),
        "related": kw.pop("related", True),
    }
    return Story(
        id=pid,
        slug=slug,
        title=title,
        cat=TAGS[tags[0]][0],
        published_at=published_at,
        blocks=blocks,
        opts=opts,
        **kw,
    )


LETTERHEAD = """<table style="border-collapse: collapse; width: 100%; border: none;" border="0">
<tbody>
<tr>
<td style="width: 42%; text-align: center; vertical-align: top; border: none;">
<p style="text-align: center; margin: 0;">UBND PHƯỜNG NÔNG TRANG<br><strong>TRƯỜNG MẦM NON HOA SEN</strong></p>
<p style="text-align: center; margin: 0;">-------</p>
<p style="text-align: center; margin: 0;">Số: 95/TB-MNHS</p>
</td>
<td style="width: 58%; text-align: center; vertical-align: top; border: none;">
<p style="text-align: center; margin: 0;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></p>
<p style="text-align: right; margin: 0;"><em>Nông Trang, ngày 03 tháng 12 năm 2026</em></p>
</td>
</tr>
</tbody>
</table>
<p style="text-align: center;"><strong>THÔNG BÁO</strong><br><strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>"""

CLOSING = """<table style="border-collapse: collapse; width: 100%; border: none;" border="0">
<tbody>
<tr>
<td style="width: 50%; vertical-align: top; border: none;">
<p style="margin: 0;"><strong><em>Nơi nhận:</em></strong><br><span style="font-size: 10pt;">- Phụ huynh học sinh (qua nhóm Zalo các lớp);<br>- Website nhà trường;<br>- Lưu: VT.</span></p>
</td>
<td style="width: 50%; text-align: center; vertical-align: top; border: none;">
<p style="text-align: center; margin: 0;"><strong>HIỆU TRƯỞNG</strong></p>
<p style="text-align: center; margin: 0;"><em>(Đã ký)</em></p>
<p style="text-align: center; margin: 0;">&nbsp;</p>
<p style="text-align: center; margin: 0;"><strong>Nguyễn Thị Thanh Hương</strong></p>
</td>
</tr>
</tbody>
</table>"""

S1 = _story(
    44,
    "thong-bao-lich-nghi-tet-duong-lich-nam-2027",
    "Thông báo lịch nghỉ Tết Dương lịch năm 2027",
    "2026-12-04T15:20",
    "2026-12-04T15:26",
    ["thong-bao"],
    "quan-tri-vien",
    "2026-12-03",
    [
        Raw(LETTERHEAD),
        P(
            "Căn cứ Quyết định số 2150/QĐ-UBND ngày 08/8/2026 của UBND tỉnh Phú Thọ ban hành Kế hoạch "
            "thời gian năm học 2026–2027 đối với giáo dục mầm non, giáo dục phổ thông và giáo dục "
            "thường xuyên trên địa bàn tỉnh;",
            "em",
        ),
        P(
            "Căn cứ Bộ luật Lao động năm 2019 và văn bản hướng dẫn của UBND phường Nông Trang về việc "
            "nghỉ Tết Dương lịch năm 2027,",
            "em",
        ),
        P("Trường Mầm non Hoa Sen thông báo lịch nghỉ Tết Dương lịch năm 2027 như sau:"),
        P(
            "1. Thời gian nghỉ: Trẻ và cán bộ, giáo viên, nhân viên nhà trường được nghỉ 01 ngày vào "
            "thứ Sáu, ngày 01/01/2027."
        ),
        P("2. Trẻ đi học trở lại bình thường từ thứ Hai, ngày 04/01/2027."),
        P(
            "3. Trong thời gian nghỉ, nhà trường phân công cán bộ trực, bảo vệ tài sản theo lịch; đề "
            "nghị các bậc phụ huynh quan tâm, chăm sóc và đảm bảo an toàn cho trẻ khi ở nhà."
        ),
        P(
            "Nhà trường trân trọng thông báo để các bậc phụ huynh được biết và phối hợp thực hiện./."
        ),
        Raw(CLOSING),
    ],
    authors=["Nguyễn Thị Thanh Hương"],
    related=False,
)

S2 = _story(
    38,
    "ket-qua-can-do-kham-suc-khoe-cho-tre-dot-1-nam-hoc-2026-2027",
    "Kết quả cân đo, khám sức khỏe cho trẻ đợt 1 năm học 2026–2027",
    "2026-11-27T16:00",
    "2026-11-28T07:40",
    ["goc-phu-huynh"],
    "quan-tri-vien",
    "2026-11-27T16:00:00+07:00",
    [
        P(
            "Thực hiện công tác chăm sóc sức khỏe ban đầu cho trẻ, trong hai ngày 23 và 24/11/2026, "
            "Trường Mầm non Hoa Sen phối hợp với Trạm Y tế phường Nông Trang tổ chức cân đo, khám "
            "sức khỏe định kỳ đợt 1 cho 412 trẻ của nhà trường."
        ),
        P("Kết quả theo dõi sự phát triển của trẻ trên biểu đồ tăng trưởng như sau:"),
        P(
            "Khối lớp | Số trẻ được khám | Phát triển bình thường | Suy dinh dưỡng thể nhẹ cân | "
            "Suy dinh dưỡng thể thấp còi | Thừa cân, béo phì",
            "hrow",
        ),
        P("Nhà trẻ | 58 | 53 | 2 | 2 | 1", "row"),
        P("Mẫu giáo bé | 112 | 104 | 3 | 2 | 3", "row"),
        P("Mẫu giáo nhỡ | 118 | 110 | 2 | 3 | 3", "row"),
        P("Mẫu giáo lớn | 124 | 114 | 2 | 3 | 5", "row"),
        P("Tổng cộng | 412 | 381 | 9 | 10 | 12", "row"),
        P(
            "Nhà trường đã thông báo kết quả đến từng phụ huynh qua sổ theo dõi sức khỏe của trẻ. Đối "
            "với trẻ suy dinh dưỡng và trẻ thừa cân, béo phì, nhà trường xây dựng chế độ ăn, chế độ "
            "vận động phù hợp và phối hợp chặt chẽ với gia đình để can thiệp kịp thời."
        ),
        _right("<strong>Bộ phận Y tế</strong>"),
    ],
    authors=["Bộ phận Y tế"],
    hidden=True,
)

S3 = _story(
    41,
    "be-lop-la-2-trai-nghiem-mot-ngay-lam-bac-nong-dan",
    "Bé lớp Lá 2 trải nghiệm “Một ngày làm bác nông dân”",
    "2026-12-03T09:15",
    "2026-12-03T09:48",
    ["hoat-dong-cua-be", "tin-tuc-su-kien"],
    "do-thi-mai",
    "2026-12-03T09:15:00+07:00",
    [
        Img(
            "../media/posts/41/vuon-rau-1.jpg",
            "Các bé lớp Lá 2 tại vườn rau sạch của trường",
            # (gold harmonised with the house's convention: the caption as printed, credit
            # included, one line on the screen; its credit also names the photographer)
            "Các bé lớp Lá 2 tại vườn rau sạch của trường Ảnh: Đỗ Thị Mai",
            "hero",
        ),
        P(
            "Nhằm giúp trẻ có cơ hội khám phá thiên nhiên, hiểu thêm về công việc của người nông dân "
            "và biết trân trọng thành quả lao động, sáng ngày 02/12/2026, lớp Lá 2 đã tổ chức cho "
            "trẻ hoạt động trải nghiệm “Một ngày làm bác nông dân” tại vườn rau của nhà trường."
        ),
        P(
            "Dưới sự hướng dẫn của cô giáo, các bé được tìm hiểu về các loại rau quen thuộc như rau "
            "cải, su hào, bắp cải, xà lách; được quan sát cách làm đất, gieo hạt, tưới nước và nhổ "
            "cỏ cho rau. Bé nào cũng hào hứng đội mũ, đeo găng tay, cầm bình tưới nhỏ để tự tay chăm "
            "sóc luống rau của lớp mình."
        ),
        P(
            "Sau phần trải nghiệm, các bé cùng cô thu hoạch những cây cải đầu tiên để chuyển xuống "
            "bếp ăn của trường, chế biến thành món canh cho bữa trưa. Nhiều bé còn hăng hái kể cho "
            "các bạn nghe về “vườn rau của bà” ở quê."
        ),
        Img(
            "../media/posts/41/gallery/vuon-rau-2-thumbnail.jpg",
            "Bé tìm hiểu về các loại rau",
            "Bé tìm hiểu về các loại rau",
            "gal",
        ),
        Img(
            "../media/posts/41/gallery/vuon-rau-3-thumbnail.jpg",
            "Cô hướng dẫn bé cách tưới rau",
            "Cô hướng dẫn bé cách tưới rau",
            "gal",
        ),
        Img("../media/posts/41/gallery/vuon-rau-4-thumbnail.jpg", None, None, "gal"),
        Img(
            "../media/posts/41/gallery/vuon-rau-5-thumbnail.jpg",
            "Thành quả lao động của các bé",
            "Thành quả lao động của các bé",
            "gal",
        ),
        P(
            "Hoạt động trải nghiệm không chỉ mang lại cho trẻ những giây phút vui tươi, bổ ích mà còn "
            "góp phần hình thành ở trẻ tình yêu lao động, ý thức giữ gìn môi trường xanh – sạch – "
            "đẹp."
        ),
    ],
    authors=["Đỗ Thị Mai"],
    photographers=["Đỗ Thị Mai"],
    credits="Ảnh: Đỗ Thị Mai",
)

S4 = _story(
    28,
    "cac-be-chuc-mung-ngay-phu-nu-viet-nam-20-10",
    "💐 Các bé chúc mừng Ngày Phụ nữ Việt Nam 20/10",
    "2026-10-20T00:00",
    "2026-10-20T07:12",
    ["hoat-dong-cua-be", "tin-tuc-su-kien"],
    "quan-tri-vien",
    "2026-10-20",
    [
        P("CHÀO MỪNG NGÀY PHỤ NỮ VIỆT NAM 20/10", "fb"),
        P(
            "Hòa chung không khí kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam "
            "(20/10/1930 – 20/10/2026), sáng nay các bé Trường Mầm non Hoa Sen đã có những hoạt động "
            "thật ý nghĩa dành tặng bà, mẹ và các cô giáo.",
            "fb",
        ),
        P("Các bé khối Nhà trẻ tô màu những tấm thiệp hoa xinh xắn tặng mẹ.", "fb:👉"),
        P("Các bé khối Mẫu giáo bé, nhỡ tập cắm những lẵng hoa nhỏ.", "fb:👉"),
        P(
            "Các bé khối Mẫu giáo lớn tổ chức “Tiệc trà chiều”, mời mẹ và cô cùng thưởng thức.",
            "fb:👉",
        ),
        P(
            "Những món quà tuy nhỏ nhưng chứa đựng bao yêu thương và sự khéo léo của các bé đã khiến "
            "các bà, các mẹ, các cô vô cùng xúc động.",
            "fb",
        ),
        P("Chúc các bà, các mẹ, các cô luôn mạnh khỏe, xinh đẹp và hạnh phúc! ❤️", "fb"),
        Img("../media/posts/28/gallery/20-10-1-thumbnail.jpg", None, None, "gal"),
        Img("../media/posts/28/gallery/20-10-2-thumbnail.jpg", None, None, "gal"),
        Img("../media/posts/28/gallery/20-10-3-thumbnail.jpg", None, None, "gal"),
        Raw(
            f'<div class="{FB_LINE}"><div dir="auto" style="text-align: start;">'
            '<a class="x1i10hfl xjbqb8w x1ejq31n" href="https://www.facebook.com/hashtag/mamnonhoasen" '
            'role="link" tabindex="0">#MamNonHoaSen</a> '
            '<a class="x1i10hfl xjbqb8w x1ejq31n" href="https://www.facebook.com/hashtag/20thang10" '
            'role="link" tabindex="0">#20thang10</a></div></div>'
        ),
        _right("<strong>Tin, ảnh: Lê Thu Hà</strong>"),
    ],
    authors=["Lê Thu Hà"],
    photographers=["Lê Thu Hà"],
)

S5 = _story(
    33,
    "hoi-giang-chao-mung-ngay-nha-giao-viet-nam-20-11-nam-hoc-2026-2027",
    "Hội giảng chào mừng Ngày Nhà giáo Việt Nam 20/11 năm học 2026–2027",
    "2026-11-12T14:00",
    "2026-11-12T14:20",
    ["chuyen-mon", "tin-tuc-su-kien"],
    "quan-tri-vien",
    "2026-11-12T14:00:00+07:00",
    [
        P(
            "Hưởng ứng phong trào thi đua chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11, từ "
            "ngày 02/11 đến ngày 06/11/2026, Trường Mầm non Hoa Sen đã tổ chức Hội giảng cấp trường "
            "với sự tham gia của 24 giáo viên thuộc các khối lớp."
        ),
        P(
            "Các tiết dạy được giáo viên đầu tư công phu từ khâu lựa chọn đề tài, chuẩn bị đồ dùng, đồ "
            "chơi đến việc ứng dụng công nghệ thông tin trong tổ chức hoạt động. Nhiều tiết dạy lồng "
            "ghép nhẹ nhàng nội dung giáo dục kỹ năng sống, giáo dục bảo vệ môi trường, giúp trẻ được "
            "“học mà chơi, chơi mà học”."
        ),
        Img(
            "../media/posts/33/hoi-giang-choi-3.jpg",
            "Tiết dạy khám phá “Bé biết gì về nước?” của cô Bùi Thị Thảo, lớp Chồi 3",
            "Tiết dạy khám phá “Bé biết gì về nước?” của cô Bùi Thị Thảo, lớp Chồi 3",
            "fig",
        ),
        P(
            "Kết quả, Ban Giám khảo đã xếp loại 9 tiết dạy Tốt, 13 tiết dạy Khá và 2 tiết dạy Đạt yêu "
            "cầu. Ban Giám hiệu lựa chọn 06 giáo viên có tiết dạy xuất sắc nhất tham gia Hội thi giáo "
            "viên dạy giỏi cấp phường."
        ),
        P(
            "Hội giảng là dịp để giáo viên trao đổi, học tập kinh nghiệm lẫn nhau, không ngừng đổi mới "
            "phương pháp, hình thức tổ chức các hoạt động giáo dục theo hướng lấy trẻ làm trung tâm."
        ),
        _right(
            "<strong>ThS. Phạm Thị Hồng Nhung</strong><br><em>Tổ trưởng chuyên môn khối Mẫu giáo lớn</em>"
        ),
    ],
    authors=["Phạm Thị Hồng Nhung"],
    nfd=True,
    justify=True,
)

S6 = _story(
    35,
    "le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
    "2026-11-20T11:30",
    "2026-11-22T08:05",
    ["tin-tuc-su-kien"],
    "quan-tri-vien",
    "2026-11-20T11:30:00+07:00",
    [
        P(
            "Sáng ngày 19/11/2026, Trường Mầm non Hoa Sen long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam (20/11/1982 – 20/11/2026). Về dự buổi lễ có đại diện lãnh đạo Đảng "
            "ủy, UBND phường Nông Trang, Ban đại diện cha mẹ trẻ cùng toàn thể cán bộ, giáo viên, "
            "nhân viên nhà trường.",
            "lead",
        ),
        P(
            "Mở đầu chương trình là những tiết mục văn nghệ đặc sắc do các cô giáo và các bé biểu "
            "diễn, với những ca khúc, điệu múa ca ngợi tình cảm cô trò, ca ngợi mái trường thân yêu."
        ),
        Img(
            "../media/posts/35/le-ky-niem-2011-1.jpg",
            "(Cô Nguyễn Thị Thanh Hương, Hiệu trưởng nhà trường phát biểu tại buổi lễ)",
            "Cô Nguyễn Thị Thanh Hương, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
            "fig",
        ),
        P(
            "Phát biểu tại buổi lễ, cô Nguyễn Thị Thanh Hương, Hiệu trưởng nhà trường ôn lại truyền "
            "thống vẻ vang của ngành Giáo dục Việt Nam, đánh giá những kết quả nổi bật mà tập thể sư "
            "phạm nhà trường đạt được trong năm học 2025–2026:"
        ),
        P(
            "“Năm học vừa qua, nhà trường tiếp tục giữ vững danh hiệu Tập thể lao động xuất sắc, 100% "
            "trẻ được ăn bán trú tại trường, tỷ lệ chuyên cần đạt 96,5%. Đó là kết quả của sự tận "
            "tụy, yêu nghề, mến trẻ của mỗi cô giáo.”",
            "quote",
        ),
        P(
            "Nhân dịp này, nhà trường đã khen thưởng 12 cô giáo có thành tích xuất sắc trong Hội giảng "
            "chào mừng ngày 20/11 và phong trào thi đua “Dạy tốt – Học tốt”."
        ),
        Img(
            "../media/posts/35/le-ky-niem-2011-2.jpg",
            "(Ban Giám hiệu trao giấy khen cho các cô giáo đạt giải cao trong Hội giảng)",
            "Ban Giám hiệu trao giấy khen cho các cô giáo đạt giải cao trong Hội giảng",
            "fig",
        ),
        P(
            "Buổi lễ khép lại trong không khí ấm áp, thân tình, để lại trong mỗi cán bộ, giáo viên, "
            "nhân viên niềm tự hào và quyết tâm tiếp tục phấn đấu vì sự nghiệp chăm sóc, giáo dục "
            "trẻ."
        ),
        _right("<strong>Tin: Hoàng Minh Thư - Ảnh: Vũ Thị Lan Anh</strong>"),
    ],
    authors=["Hoàng Minh Thư"],
    photographers=["Vũ Thị Lan Anh"],
    summary=(
        "Sáng ngày 19/11/2026, Trường Mầm non Hoa Sen long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
        "Nhà giáo Việt Nam (20/11/1982 – 20/11/2026). Về dự buổi lễ có đại diện lãnh đạo Đảng "
        "ủy, UBND phường Nông Trang, Ban đại diện cha mẹ trẻ cùng toàn thể cán bộ, giáo viên, "
        "nhân viên nhà trường."
    ),
)

S7 = _story(
    32,
    "lop-choi-3-voi-gio-hoc-tho-co-giao-cua-con",
    "Lớp Chồi 3 với giờ học thơ “Cô giáo của con”",
    "2026-11-06T08:00",
    "2026-11-06T08:31",
    ["chuyen-mon", "hoat-dong-cua-be"],
    "quan-tri-vien",
    "2026-11-06T08:00:00+07:00",
    [
        P(
            "Trong tháng 11, hướng tới Ngày Nhà giáo Việt Nam, lớp Chồi 3 tổ chức cho trẻ làm quen với "
            "bài thơ “Cô giáo của con”. Bài thơ ngắn gọn, giàu hình ảnh giúp trẻ cảm nhận được tình "
            "yêu thương, sự chăm sóc ân cần của cô giáo dành cho các con."
        ),
        P("Cô giáo của con", "center"),
        P("Sáng nào con đến lớp", "br1"),
        P("Cô đứng đón ở cửa", "br1"),
        P("Cô cười như nắng sớm", "br1"),
        P("Ấm cả lòng con thơ.", "br1"),
        P("Cô dạy con hát múa", "br2"),
        P("Cô dạy con đọc thơ", "br2"),
        P("Con yêu cô nhiều lắm", "br2"),
        P("Như yêu mẹ ở nhà.", "br2"),
        P(
            "Trong giờ học, trẻ được nghe cô đọc diễn cảm, đàm thoại về nội dung bài thơ, sau đó đọc "
            "thơ theo tổ, nhóm, cá nhân và thể hiện tình cảm qua các động tác minh họa. Cuối giờ, các "
            "bé cùng nhau làm những bông hoa giấy nhỏ để tặng cô nhân ngày 20/11."
        ),
        Img(
            "../media/posts/32/tho-choi-3.jpg",
            "Các bé lớp Chồi 3 đọc thơ theo nhóm",
            "Các bé lớp Chồi 3 đọc thơ theo nhóm",
            "fig",
        ),
        _right("Giáo viên: <strong>Bùi Thị Thảo</strong>"),
    ],
    authors=["Bùi Thị Thảo"],
)

S8 = _story(
    39,
    "cham-soc-tre-mam-non-khi-thoi-tiet-chuyen-lanh",
    "Chăm sóc trẻ mầm non khi thời tiết chuyển lạnh",
    "2026-11-29T20:10",
    "2026-11-30T06:52",
    ["goc-phu-huynh"],
    "quan-tri-vien",
    "2026-11-29T20:10:00+07:00",
    [
        P(
            "Miền Bắc đang bước vào những đợt không khí lạnh đầu mùa, nhiệt độ ngày và đêm chênh lệch "
            "lớn. Đây là thời điểm trẻ nhỏ dễ mắc các bệnh về đường hô hấp nếu không được chăm sóc "
            "đúng cách.",
            "lead",
        ),
        P(
            "Theo các bác sĩ nhi khoa, hệ miễn dịch của trẻ dưới 6 tuổi chưa hoàn thiện nên khả năng "
            "thích nghi với sự thay đổi của thời tiết còn kém. Các bệnh thường gặp khi trời lạnh là "
            "viêm mũi họng, viêm phế quản, viêm phổi, tiêu chảy do vi rút…"
        ),
        Img(
            "../media/posts/39/giu-am-cho-tre.jpg",
            "Giữ ấm cho trẻ khi ra ngoài trời lạnh",
            "Giữ ấm cho trẻ khi ra ngoài trời lạnh",
            "fig",
        ),
        P("1. Giữ ấm đúng cách", "h3"),
        P(
            "Cha mẹ cần giữ ấm cho trẻ, đặc biệt là vùng cổ, ngực, bàn chân và bàn tay. Tuy nhiên "
            "không nên mặc quá nhiều lớp áo khiến trẻ ra mồ hôi; mồ hôi thấm ngược trở lại khiến trẻ "
            "càng dễ bị nhiễm lạnh."
        ),
        P("2. Bảo đảm dinh dưỡng", "h3"),
        P(
            "Cho trẻ ăn đủ bữa, đủ chất, uống đủ nước ấm; tăng cường rau xanh, hoa quả giàu vitamin C "
            "như cam, quýt, bưởi để nâng cao sức đề kháng."
        ),
        Raw(
            '<p><em>Xem thêm: <a href="../ket-qua-can-do-kham-suc-khoe-cho-tre-dot-1-nam-hoc-2026-2027/'
            'index.html">Kết quả cân đo, khám sức khỏe cho trẻ đợt 1 năm học 2026–2027</a></em></p>'
        ),
        P("3. Vệ sinh cá nhân", "h3"),
        P(
            "Tắm cho trẻ bằng nước ấm trong phòng kín gió, thời gian tắm ngắn; thường xuyên vệ sinh "
            "mũi họng cho trẻ bằng nước muối sinh lý."
        ),
        P(
            "Khi trẻ có các biểu hiện sốt cao, ho nhiều, thở nhanh, bỏ ăn, cha mẹ cần đưa trẻ đến cơ "
            "sở y tế để được khám và điều trị kịp thời, không tự ý cho trẻ dùng kháng sinh."
        ),
        _right("<em>Theo Báo Sức khỏe &amp; Đời sống</em>"),
    ],
    source="Báo Sức khỏe & Đời sống",
    summary=(
        "Miền Bắc đang bước vào những đợt không khí lạnh đầu mùa, nhiệt độ ngày và đêm chênh lệch "
        "lớn. Đây là thời điểm trẻ nhỏ dễ mắc các bệnh về đường hô hấp nếu không được chăm sóc "
        "đúng cách."
    ),
)

S9 = _story(
    29,
    "tap-huan-ky-nang-so-cap-cuu-phong-chong-duoi-nuoc",
    "Tập huấn kỹ năng sơ cấp cứu, phòng chống đuối nước cho cán bộ, giáo viên, nhân viên",
    "2026-10-24T15:30",
    "2026-10-24T15:44",
    ["chuyen-mon", "tin-tuc-su-kien"],
    "quan-tri-vien",
    "2026-10-24T15:30:00+07:00",
    [
        P(
            "Chiều ngày 23/10/2026, Trường Mầm non Hoa Sen phối hợp với Trung tâm Y tế khu vực Việt Trì "
            "tổ chức buổi tập huấn kỹ năng sơ cấp cứu ban đầu, phòng chống đuối nước và tai nạn thương "
            "tích cho 46 cán bộ, giáo viên, nhân viên nhà trường.",
            "mso",
        ),
        P("Tại buổi tập huấn, bác sĩ Trung tâm Y tế đã hướng dẫn các nội dung:", "mso"),
        P("Cách xử trí khi trẻ bị hóc dị vật đường thở, ngạt thở;", "msolist"),
        P("Sơ cứu trẻ bị đuối nước, bỏng, chảy máu cam, ngã chấn thương;", "msolist"),
        P(
            "Phòng tránh các tai nạn thương tích thường gặp ở trẻ tại trường và tại gia đình.",
            "msolist",
        ),
        P(
            "Sau phần lý thuyết, các cô giáo được trực tiếp thực hành trên mô hình dưới sự giám sát của "
            "các bác sĩ. Một số lưu ý được nhấn mạnh:",
            "mso",
        ),
        P("- Không dốc ngược trẻ để chạy vòng khi trẻ bị đuối nước.", "mso"),
        P(
            "- Gọi ngay cấp cứu 115 và tiếp tục hồi sức tim phổi cho đến khi nhân viên y tế có mặt.",
            "mso",
        ),
        Img("../media/posts/29/tap-huan-so-cuu.jpg", "Ảnh: Trần Thị Ngọc Ánh", None, "fig"),
        P(
            "Buổi tập huấn giúp đội ngũ nâng cao kỹ năng xử lý tình huống, góp phần xây dựng trường học "
            "an toàn, phòng chống tai nạn thương tích cho trẻ.",
            "mso",
        ),
        Raw(
            '<p class="MsoNormal" style="text-align: right;"><b><span style="font-size: 14.0pt; '
            "font-family: 'Times New Roman',serif;\">ThS. Trần Thị Ngọc Ánh – Phó Hiệu trưởng"
            "</span></b></p>"
        ),
    ],
    authors=["Trần Thị Ngọc Ánh"],
    photographers=["Trần Thị Ngọc Ánh"],
)

S10 = _story(
    30,
    "cac-be-khoi-choi-hao-hung-voi-chuyen-de-be-di-duong-an-toan",
    "Các bé khối Chồi hào hứng với chuyên đề “Bé đi đường an toàn”",
    "2026-10-30T10:20",
    "2026-10-30T10:41",
    ["hoat-dong-cua-be"],
    "quan-tri-vien",
    "2026-10-30T10:20:00+07:00",
    [
        Img("../media/posts/30/sa-hinh-giao-thong.jpg", None, None, "hero"),
        P(
            "Nhằm trang bị cho trẻ những hiểu biết ban đầu về Luật Giao thông đường bộ, hình thành thói "
            "quen chấp hành đúng quy định khi tham gia giao thông, ngày 28/10/2026, khối Chồi Trường "
            "Mầm non Hoa Sen tổ chức chuyên đề “Bé đi đường an toàn”."
        ),
        P(
            "Tại sa hình giao thông mini được các cô bố trí ngay trên sân trường, các bé được nhận biết "
            "đèn tín hiệu, một số biển báo giao thông đơn giản; thực hành đi bộ trên vỉa hè, sang "
            "đường ở nơi có vạch kẻ dành cho người đi bộ và đội mũ bảo hiểm đúng cách khi ngồi sau xe "
            "máy."
        ),
        Img(
            "../media/posts/30/sang-duong.jpg",
            "Bé thực hành sang đường đúng vạch kẻ dành cho người đi bộ",
            "Bé thực hành sang đường đúng vạch kẻ dành cho người đi bộ",
            "fig",
        ),
        P(
            "Xen kẽ các phần thực hành là trò chơi “Đèn xanh – đèn đỏ”, “Ai nhanh nhất” và bài hát "
            "“Đèn giao thông” khiến buổi học trở nên sôi nổi, hấp dẫn."
        ),
        Raw(
            '<figure class="post__video"><iframe loading="lazy" width="560" height="314" '
            'src="https://www.youtube.com/embed/kJ8x2Qp0vTs" allowfullscreen="allowfullscreen">'
            "</iframe></figure>"
        ),
        P(
            "Thông qua chuyên đề, nhà trường mong muốn phụ huynh cùng đồng hành, làm gương cho trẻ trong "
            "việc chấp hành luật giao thông hằng ngày."
        ),
        _right("<em>Vũ Thị Lan Anh</em>"),
    ],
    authors=["Vũ Thị Lan Anh"],
)

S11 = _story(
    26,
    "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    "Hội nghị viên chức, người lao động năm học 2026–2027",
    "2026-10-09T14:00",
    "2026-10-09T14:12",
    ["tin-tuc-su-kien"],
    "quan-tri-vien",
    "2026-10-09T14:00:00+07:00",
    [
        Img("../media/posts/26/hoi-nghi-1.jpg", "Toàn cảnh Hội nghị", "Toàn cảnh Hội nghị", "hero"),
        P(
            "Chiều ngày 08/10/2026, Trường Mầm non Hoa Sen long trọng tổ chức Hội nghị viên chức, người "
            "lao động năm học 2026–2027. Tham dự hội nghị có 52 cán bộ, giáo viên, nhân viên nhà "
            "trường."
        ),
        P(
            "Hội nghị đã nghe báo cáo tổng kết năm học 2025–2026, phương hướng nhiệm vụ năm học "
            "2026–2027; báo cáo công khai tài chính, báo cáo hoạt động của Ban Thanh tra nhân dân và "
            "thảo luận, đóng góp ý kiến cho Quy chế chi tiêu nội bộ, Quy chế dân chủ của nhà trường."
        ),
        P("Một số chỉ tiêu chủ yếu năm học 2026–2027", "h3"),
        P(
            "Huy động 100% trẻ trong độ tuổi trên địa bàn ra lớp; tỷ lệ chuyên cần đạt từ 95% trở lên.",
            "ol",
        ),
        P("100% trẻ được đảm bảo an toàn tuyệt đối về thể chất và tinh thần.", "ol"),
        P("Giảm tỷ lệ trẻ suy dinh dưỡng xuống dưới 4%.", "ol"),
        P(
            "Phấn đấu có 12 giáo viên dạy giỏi cấp trường, 04 giáo viên dạy giỏi cấp phường.",
            "ol",
        ),
        P(
            "Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026–2028 gồm 03 đồng chí và thông qua "
            "Nghị quyết hội nghị với 100% đại biểu nhất trí."
        ),
        Img(
            "../media/posts/26/hoi-nghi-2.jpg",
            "Các đại biểu biểu quyết thông qua Nghị quyết hội nghị",
            "Các đại biểu biểu quyết thông qua Nghị quyết hội nghị",
            "fig",
        ),
        _right("<strong>Tổ Văn phòng</strong>"),
    ],
    authors=["Tổ Văn phòng"],
)

S12 = _story(
    42,
    "thong-bao-ke-hoach-to-chuc-ngay-hoi-be-khoe-nam-hoc-2026-2027",
    "Thông báo: Kế hoạch tổ chức “Ngày hội bé khỏe” năm học 2026–2027",
    "2026-12-02T10:00",
    "2026-12-02T10:05",
    ["thong-bao", "hoat-dong-cua-be"],
    "quan-tri-vien",
    "2026-12-02T10:00:00+07:00",
    [
        P(
            "Thực hiện kế hoạch giáo dục năm học 2026–2027, nhằm tạo sân chơi bổ ích giúp trẻ rèn luyện "
            "thể lực, phát triển vận động, mạnh dạn và tự tin trong giao tiếp, Trường Mầm non Hoa Sen "
            "tổ chức “Ngày hội bé khỏe” dành cho trẻ các khối lớp."
        ),
        P("Thời gian, địa điểm", "h4"),
        P("Thời gian: 7 giờ 30 phút, thứ Bảy ngày 12/12/2026.", "ul"),
        P("Địa điểm: Sân trường Mầm non Hoa Sen.", "ul"),
        P("Nội dung thi", "h4"),
        P("Khối Nhà trẻ: Bé tập đi trong đường hẹp, bò chui qua cổng.", "ul"),
        P("Khối Mẫu giáo bé và nhỡ: Bật liên tục qua vòng, ném bóng trúng đích.", "ul"),
        P("Khối Mẫu giáo lớn: Thi chạy tiếp sức, kéo co cùng bố mẹ.", "ul"),
        P(
            "Nhà trường kính mời các bậc phụ huynh sắp xếp thời gian đến tham dự, cổ vũ và cùng tham "
            "gia các trò chơi vận động với con. Phụ huynh lưu ý cho trẻ mặc trang phục thể thao, đi "
            "giày vải hoặc dép quai hậu."
        ),
        Raw(
            '<p>📎 Tải về: <a href="../media/files/ke-hoach-87-kh-mnhs-ngay-hoi-be-khoe.pdf" '
            'target="_blank" rel="noopener">Kế hoạch số 87/KH-MNHS.pdf</a> (215 KB)</p>'
        ),
        _right("<strong>BBT</strong>"),
    ],
)

S13 = _story(
    27,
    "be-tham-quan-trai-nghiem-tai-bao-tang-hung-vuong",
    "Bé tham quan, trải nghiệm tại Bảo tàng Hùng Vương",
    "2026-10-16T09:40",
    "2026-10-16T10:02",
    ["hoat-dong-cua-be", "tin-tuc-su-kien"],
    "quan-tri-vien",
    "2026-10-16T09:40:00+07:00",
    [
        P(
            "Nằm trong chuỗi hoạt động giáo dục truyền thống “Bé yêu quê hương đất Tổ”, ngày 15/10/2026, "
            "124 trẻ khối Mẫu giáo lớn Trường Mầm non Hoa Sen đã được tham quan, trải nghiệm tại Bảo "
            "tàng Hùng Vương."
        ),
        P(
            "Tại đây, các bé được nghe cô thuyết minh viên kể những câu chuyện về thời đại các Vua Hùng "
            "dựng nước, được ngắm nhìn trống đồng, rìu đồng, đồ gốm cổ và nhiều hiện vật quý giá gắn "
            "với vùng đất Tổ."
        ),
        Img(
            "../media/posts/27/bao-tang-1.jpg",
            "Các bé chăm chú nghe thuyết minh viên giới thiệu về trống đồng",
            "Các bé chăm chú nghe thuyết minh viên giới thiệu về trống đồng",
            "tbl",
        ),
        P(
            "Các bé còn được chơi trò chơi dân gian, thi kể chuyện “Sự tích bánh chưng, bánh giầy” và "
            "cùng nhau hát những làn điệu hát Xoan mộc mạc của quê hương Phú Thọ."
        ),
        Img(
            "../media/posts/27/bao-tang-2.jpg",
            "Cô và trò chụp ảnh lưu niệm trước cổng Bảo tàng",
            "Cô và trò chụp ảnh lưu niệm trước cổng Bảo tàng",
            "tbl",
        ),
        P(
            "Chuyến tham quan giúp các bé thêm hiểu biết, tự hào về lịch sử, truyền thống của quê "
            "hương, bồi dưỡng tình yêu đất nước ngay từ những năm tháng đầu đời."
        ),
        _right("<strong><em>Tin, ảnh: Hoàng Minh Thư</em></strong>"),
    ],
    authors=["Hoàng Minh Thư"],
    photographers=["Hoàng Minh Thư"],
    justify=True,
)

ARTICLES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]

# --- posts that are not articles (same template) ---------------------------------------------

NA_ALBUM = _story(
    36,
    "album-anh-le-ky-niem-ngay-nha-giao-viet-nam-20-11-2026",
    "Album ảnh: Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026",
    "2026-11-21T09:00",
    "2026-11-21T09:00",
    ["thu-vien-anh"],
    "do-thi-mai",
    None,
    [
        Img("../media/posts/36/album-2011-bia.jpg", None, None, "hero"),
        P("Một số hình ảnh tại Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam của nhà trường."),
        *[
            Img(f"../media/posts/36/gallery/album-2011-{i}-thumbnail.jpg", None, None, "gal")
            for i in range(1, 7)
        ],
    ],
    related=False,
)

NA_VIDEO = _story(
    37,
    "video-tiet-muc-mua-co-giao-em-chao-mung-20-11",
    "Video: Tiết mục múa “Cô giáo em” chào mừng 20/11",
    "2026-11-22T08:00",
    "2026-11-22T08:00",
    ["video"],
    "quan-tri-vien",
    None,
    [
        Raw(
            '<figure class="post__video"><iframe loading="lazy" width="560" height="314" '
            'src="https://www.youtube.com/embed/Qm3vX7pLr2E" allowfullscreen="allowfullscreen">'
            "</iframe></figure>"
        ),
        P("Tiết mục múa do các bé lớp Lá 1 biểu diễn tại Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11."),
    ],
    related=False,
)

NA_DOC = _story(
    25,
    "cong-khai-cam-ket-chat-luong-giao-duc-nam-hoc-2026-2027",
    "Công khai cam kết chất lượng giáo dục năm học 2026–2027",
    "2026-10-05T08:00",
    "2026-10-05T08:00",
    ["cong-khai"],
    "quan-tri-vien",
    None,
    [
        P(
            "Thực hiện Thông tư số 09/2024/TT-BGDĐT ngày 03/6/2024 của Bộ Giáo dục và Đào tạo quy định "
            "về công khai trong hoạt động của các cơ sở giáo dục thuộc hệ thống giáo dục quốc dân, "
            "Trường Mầm non Hoa Sen công khai các nội dung sau:"
        ),
        Raw(
            '<ul>\n<li><a href="../media/files/bieu-mau-01-cam-ket-chat-luong-2026-2027.pdf">Biểu mẫu '
            "01 – Cam kết chất lượng giáo dục năm học 2026–2027 (PDF)</a></li>\n"
            '<li><a href="../media/files/bieu-mau-02-chat-luong-thuc-te-2025-2026.pdf">Biểu mẫu 02 – '
            "Chất lượng giáo dục thực tế năm học 2025–2026 (PDF)</a></li>\n"
            '<li><a href="../media/files/bieu-mau-03-co-so-vat-chat-2026-2027.pdf">Biểu mẫu 03 – '
            "Cơ sở vật chất năm học 2026–2027 (PDF)</a></li>\n</ul>\n"
            '<p><iframe src="https://drive.google.com/file/d/1hS0aQ9cB2vX7mNq4LrT8yUe3WkPzJdFo/preview" '
            'width="100%" height="720"></iframe></p>'
        ),
    ],
    exclude_home=True,
    related=False,
)

POSTS = [*ARTICLES, NA_ALBUM, NA_VIDEO, NA_DOC]
PDFS = {
    "/media/files/ke-hoach-87-kh-mnhs-ngay-hoi-be-khoe.pdf",
    "/media/files/bieu-mau-01-cam-ket-chat-luong-2026-2027.pdf",
    "/media/files/bieu-mau-02-chat-luong-thuc-te-2025-2026.pdf",
    "/media/files/bieu-mau-03-co-so-vat-chat-2026-2027.pdf",
}

#: hand-written links in the "Xem nhiều" block (pasted from the address bar and from Facebook)
FBCLID = "IwAR3Hk_Mn0aQv7sZ2pXr9LxWc1TbYdE4uFgKjN8oPq5sA"
MOST_READ = [
    (f"/{S6.slug}/?fbclid={FBCLID}", S6.title),
    (f"/{S1.slug}", S1.title),
    (f"/{S3.slug}/index.html", S3.title),
    ("/hoi-giang-chao-mung-20-11/", "Hội giảng chào mừng ngày Nhà giáo Việt Nam 20/11"),
    (f"/{S10.slug}/", S10.title),
]


def _visible(post: Story) -> bool:
    return not post.opts["hidden"]


def _by_date(posts: list[Story]) -> list[Story]:
    return sorted(posts, key=lambda p: p.opts["created"], reverse=True)


FRONT_FEED = _by_date([p for p in POSTS if _visible(p) and not p.opts["exclude_home"]])
TAG_FEEDS = {
    slug: _by_date([p for p in POSTS if _visible(p) and slug in p.opts["tags"]]) for slug in TAGS
}
NAV_ORDER = _by_date([p for p in POSTS if _visible(p)])


def _pages(items: list, per: int) -> list[list]:
    return [items[i : i + per] for i in range(0, len(items), per)] or [[]]


# --- rendering of a post's text --------------------------------------------------------------


def _disp(post: Story, value: str) -> str:
    """A value the editor typed, as stored: decomposed for the Unikey "tổ hợp" post."""
    return unicodedata.normalize("NFD", value) if post.opts["nfd"] else value


def _srcset(src: str) -> str:
    stem, ext = posixpath.splitext(src)
    folder, name = posixpath.split(stem)
    sizes = [("xs", 300), ("sm", 480), ("md", 768), ("lg", 1024), ("xl", 1360), ("2xl", 1600)]
    return ", ".join(f"{folder}/responsive/{name}-{k}{ext} {w}w" for k, w in sizes)


def _xs(src: str) -> str:
    stem, ext = posixpath.splitext(src)
    folder, name = posixpath.split(stem)
    return f"{folder}/responsive/{name}-xs{ext}"


def _p(post: Story, inner: str) -> str:
    if post.opts["justify"]:
        return f'<p style="text-align: justify;">{inner}</p>'
    return f"<p>{inner}</p>"


def _mso(inner: str) -> str:
    return (
        '<p class="MsoNormal" style="margin-bottom: 6.0pt; text-align: justify; text-indent: 36.0pt; '
        'line-height: 115%;"><span style="font-size: 14.0pt; line-height: 115%; font-family: '
        f"'Times New Roman',serif;\">{inner}</span></p>"
    )


def _mso_list(inner: str, n: int) -> str:
    return (
        f'<p class="MsoListParagraphCxSp{"First" if n == 0 else "Middle"}" style="margin-left: 54.0pt; '
        'text-align: justify; text-indent: -18.0pt; line-height: 115%; mso-list: l0 level1 lfo1;">'
        '<!-- [if !supportLists]--><span style="font-size: 14.0pt; line-height: 115%; font-family: '
        "'Times New Roman',serif; mso-fareast-font-family: 'Times New Roman';\"><span "
        'style="mso-list: Ignore;">-<span style="font: 7.0pt \'Times New Roman\';">&nbsp;&nbsp;&nbsp;'
        '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]--><span style="font-size: '
        f"14.0pt; line-height: 115%; font-family: 'Times New Roman',serif;\">{inner}</span></p>"
    )


def _fb(inner: str) -> str:
    return f'<div class="{FB_LINE}"><div dir="auto" style="text-align: start;">{inner}</div></div>'


def _figure(img: Img) -> str:
    cap = f"<figcaption>{esc(img.printed)}</figcaption>" if img.printed else ""
    return (
        '<figure class="post__image post__image--center"><img loading="lazy" '
        f'src="{img.src}" sizes="(min-width: 760px) 660px, calc(93.18vw - 30px)" '
        f'srcset="{_srcset(img.src)}" alt="" width="1280" height="853">{cap}</figure>'
    )


def _gallery(imgs: list[Img]) -> str:
    items = []
    for img in imgs:
        full = img.src.replace("-thumbnail", "")
        cap = f"<figcaption>{esc(img.printed)}</figcaption>" if img.printed else ""
        items.append(
            f'<figure class="gallery__item"><a href="{full}" data-size="1280x853">'
            f'<img loading="lazy" src="{img.src}" alt="" width="720" height="480"></a>{cap}</figure>'
        )
    cols = 2 if len(imgs) % 2 == 0 else 3
    return (
        '<div class="gallery-wrapper gallery-wrapper--wide"><div class="gallery" '
        f'data-is-empty="false" data-translation="Thêm ảnh" data-columns="{cols}">\n'
        + "\n".join(items)
        + "\n</div></div>"
    )


def _word_table_img(img: Img) -> str:
    return (
        '<table style="border-collapse: collapse; width: 100%; margin-left: auto; margin-right: auto;" '
        'border="0" cellpadding="4">\n<tbody>\n<tr>\n<td style="text-align: center;">'
        f'<img src="{img.src}" alt="" width="600" height="400"></td>\n</tr>\n<tr>\n'
        '<td style="text-align: center;"><span style="font-size: 10pt;"><em>'
        f"{esc(img.printed or '')}</em></span></td>\n</tr>\n</tbody>\n</table>"
    )


def _table(rows: list[P]) -> str:
    out = ['<table style="border-collapse: collapse; width: 100%;" border="1">', "<tbody>"]
    for row in rows:
        cells = row.text.split(" | ")
        width = round(100 / len(cells), 4)
        if row.style == "hrow":
            tds = "".join(
                f'<td style="width: {width}%; text-align: center;"><strong>{esc(c)}</strong></td>'
                for c in cells
            )
        else:
            tds = "".join(f'<td style="width: {width}%;">{esc(c)}</td>' for c in cells)
        out.append(f"<tr>{tds}</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


_GROUPED = {"ul", "ol", "quote", "br1", "br2", "row", "hrow", "msolist"}


def _group_key(b) -> str | None:
    if isinstance(b, P) and b.style in _GROUPED:
        return "row" if b.style == "hrow" else b.style
    if isinstance(b, Img) and b.style == "gal":
        return "gal"
    return None


def render_text(post: Story) -> str:
    """The entry's HTML as Publii's editor saved it (the hero is printed by the template)."""
    blocks = [b for b in post.blocks if not (isinstance(b, Img) and b.style == "hero")]
    out: list[str] = []
    i = 0
    while i < len(blocks):
        key = _group_key(blocks[i])
        if key:
            j = i
            while j < len(blocks) and _group_key(blocks[j]) == key:
                j += 1
            group = blocks[i:j]
            i = j
            if key == "gal":
                out.append(_gallery(group))
            elif key in ("ul", "ol"):
                lis = "\n".join(f"<li>{esc(b.text)}</li>" for b in group)
                out.append(f"<{key}>\n{lis}\n</{key}>")
            elif key == "quote":
                out.append(
                    "<blockquote>" + "".join(f"<p>{esc(b.text)}</p>" for b in group) + "</blockquote>"
                )
            elif key in ("br1", "br2"):
                lines = "<br>\n".join(esc(b.text) for b in group)
                out.append(f'<p style="text-align: center;"><em>{lines}</em></p>')
            elif key == "row":
                out.append(_table(group))
            elif key == "msolist":
                out.append("\n".join(_mso_list(esc(b.text), n) for n, b in enumerate(group)))
            continue
        b = blocks[i]
        i += 1
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_word_table_img(b) if b.style == "tbl" else _figure(b))
        elif b.style == "lead":
            out.append(_p(post, f"<strong>{esc(b.text)}</strong>"))
        elif b.style in ("h3", "h4"):
            out.append(f"<{b.style}>{esc(b.text)}</{b.style}>")
        elif b.style == "center":
            out.append(f'<p style="text-align: center;"><strong>{esc(b.text)}</strong></p>')
        elif b.style == "em":
            out.append(_p(post, f"<em>{esc(b.text)}</em>"))
        elif b.style == "mso":
            out.append(_mso(esc(b.text)))
        elif b.style == "fb":
            out.append(_fb(esc(b.text)))
        elif b.style.startswith("fb:"):
            emoji = b.style[3:]
            pic = (
                '<span class="x3nfvp2 x1j61x8r x1fcty0u xdj266r xhhsvwb xat24cr xgzva0m xxymvpz '
                f'xlup9mm x1kky2od"><img height="16" width="16" alt="{emoji}" '
                'referrerpolicy="origin-when-cross-origin" '
                f'src="{FB_EMOJI[emoji]}"></span>'
            )
            out.append(_fb(pic + esc(b.text)))
        else:
            out.append(_p(post, esc(b.text)))
    return _disp(post, "\n".join(out))


_TAG_RE = re.compile(r"<[^>]+>")


def excerpt(post: Story, words: int = 40) -> str:
    """Publii's automatic excerpt: the text's first words, tags stripped (letterheads and all)."""
    plain = _html.unescape(_TAG_RE.sub(" ", render_text(post)))
    parts = plain.split()
    cut = " ".join(parts[:words])
    return cut + ("…" if len(parts) > words else "")


# --- the chrome -----------------------------------------------------------------------------


def _menu(here: str) -> str:
    def a(target: str, label: str, sub: str = "") -> str:
        popup = ' aria-haspopup="true" aria-expanded="false"' if sub else ""
        cls = ' class="has-submenu"' if sub else ""
        active = " active" if target == here else ""
        return (
            f'<li{cls}><a href="{rel(here, target)}" class="nav-link{active}"{popup}>{label}</a>'
            f"{sub}</li>"
        )

    def sep(label: str, sub: str) -> str:
        return (
            f'<li class="has-submenu"><span class="is-separator" aria-haspopup="true" '
            f'aria-expanded="false" tabindex="0" role="button">{label}</span>{sub}</li>'
        )

    def submenu(*items: str) -> str:
        return (
            '<ul class="navbar__submenu level-2" aria-hidden="true">' + "".join(items) + "</ul>"
        )

    items = [
        a("/", "Trang chủ"),
        sep(
            "Giới thiệu",
            submenu(
                a("/gioi-thieu/", "Giới thiệu chung"),
                a("/che-do-sinh-hoat-mot-ngay-cua-tre/", "Chế độ sinh hoạt một ngày"),
                a("/lien-he/", "Liên hệ"),
            ),
        ),
        a(
            "/tags/tin-tuc-su-kien/",
            "Tin tức - Sự kiện",
            submenu(
                a("/tags/hoat-dong-cua-be/", "Hoạt động của bé"),
                a("/tags/chuyen-mon/", "Chuyên môn"),
            ),
        ),
        a("/tags/thong-bao/", "Thông báo"),
        a("/tags/goc-phu-huynh/", "Góc phụ huynh"),
        sep(
            "Thư viện",
            submenu(a("/tags/thu-vien-anh/", "Thư viện ảnh"), a("/tags/video/", "Video")),
        ),
        a("/tags/cong-khai/", "Công khai"),
    ]
    return (
        '<nav class="navbar js-navbar" aria-label="Menu chính">\n'
        '<button class="navbar__toggle js-toggle" aria-label="Menu" aria-haspopup="true" '
        'aria-expanded="false"><span class="navbar__toggle-box"><span class="navbar__toggle-inner">'
        "Menu</span></span></button>\n"
        '<ul class="navbar__menu">' + "\n".join(items) + "</ul>\n</nav>"
    )


def _sidebar(here: str) -> str:
    most = "\n".join(
        f'<li><span class="so-tt">{n}</span><a href="{href}">{esc(title)}</a></li>'
        for n, (href, title) in enumerate(MOST_READ, 1)
    )
    return f"""<aside class="cot-phai" id="sidebar_2">
<div class="khoi-tb" id="khoi_tb_1">
<h3 class="tieu-de-khoi"><span>Thông báo mới</span></h3>
<ul class="ds-tb">
<li><a href="{rel(here, f"/{S12.slug}/")}">{esc(S12.title)}</a> <img src="{rel(here, "/media/website/new.gif")}" alt="new" width="28" height="11"></li>
<li><a href="{rel(here, f"/{S1.slug}/")}">{esc(S1.title)}</a></li>
</ul>
</div>
<div class="khoi-xn" id="khoi_xemnhieu_3">
<h3 class="tieu-de-khoi"><span>Bài viết xem nhiều</span></h3>
<ol class="ds-xn">
{most}
</ol>
</div>
<div class="khoi-bc" id="khoi_binhchon_4">
<h3 class="tieu-de-khoi"><span>Thăm dò ý kiến</span></h3>
<form action="https://docs.google.com/forms/d/e/1FAIpQLSd8Hn2kqXwYv0pLmRz7tB3cQ9eUo4sJ1aF6gKhN5iWjP2x/formResponse" method="post" target="_blank">
<p>Phụ huynh đánh giá thế nào về chất lượng bữa ăn bán trú của trẻ?</p>
<label><input type="radio" name="entry.1187362541" value="Rất hài lòng"> Rất hài lòng</label><br>
<label><input type="radio" name="entry.1187362541" value="Hài lòng"> Hài lòng</label><br>
<label><input type="radio" name="entry.1187362541" value="Cần cải thiện"> Cần cải thiện</label><br>
<button type="submit" class="btn-bc">Bình chọn</button>
</form>
</div>
<div class="khoi-lk" id="khoi_lienket_5">
<h3 class="tieu-de-khoi"><span>Liên kết website</span></h3>
<ul>
<li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://sgddt.phutho.gov.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Phú Thọ</a></li>
<li><a href="https://nongtrang.phutho.gov.vn" target="_blank" rel="noopener">UBND phường Nông Trang</a></li>
<li><a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener">CSDL ngành Giáo dục</a></li>
</ul>
</div>
<div class="khoi-fb" id="khoi_fanpage_6">
<h3 class="tieu-de-khoi"><span>Fanpage nhà trường</span></h3>
<iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fmamnonhoasen.nongtrang&amp;tabs=timeline&amp;width=300&amp;height=320" width="300" height="320" style="border:none;overflow:hidden" scrolling="no" frameborder="0"></iframe>
</div>
<div class="khoi-tk" id="khoi_thongke_7">
<h3 class="tieu-de-khoi"><span>Thống kê truy cập</span></h3>
<table class="bang-tk">
<tr><td>Đang online:</td><td><b>14</b></td></tr>
<tr><td>Hôm nay:</td><td><b>326</b></td></tr>
<tr><td>Tháng này:</td><td><b>1.874</b></td></tr>
<tr><td>Tổng truy cập:</td><td><b>248.517</b></td></tr>
</table>
<img src="https://c.statcounter.com/12874563/0/9a1f3c2e/1/" alt="Web Analytics" width="1" height="1">
</div>
</aside>"""


def layout(
    request: Request,
    here: str,
    title: str,
    main: str,
    *,
    description: str,
    canonical: str,
    og_type: str = "website",
    og_image: str | None = None,
    jsonld: dict | None = None,
    head_extra: str = "",
    body_class: str = "",
) -> Response:
    base = base_url(request)
    og_img = f'\n<meta property="og:image" content="{base}{og_image}">' if og_image else ""
    ld = (
        f'\n<script type="application/ld+json">{json.dumps(jsonld, ensure_ascii=False)}</script>'
        if jsonld
        else ""
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{esc(description)}">
<meta name="generator" content="Publii Open-Source CMS for Static Site">
<link rel="canonical" href="{base}{canonical}">
<link rel="alternate" type="application/rss+xml" href="{base}/feed.xml" title="{SITE} - RSS">
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="{SITE}">
<meta property="og:description" content="{esc(description)}">
<meta property="og:url" content="{base}{canonical}">
<meta property="og:type" content="{og_type}">{og_img}
<meta name="twitter:card" content="summary_large_image">
<link rel="shortcut icon" href="{rel(here, "/media/website/favicon-hoa-sen.png")}" type="image/png">{head_extra}
<link rel="stylesheet" href="{rel(here, "/assets/css/style.css")}?v=5c3e9b1a0f27d41e8b62">{ld}
<style>.thanh-tren{{background:#e8f6ff;font-size:13px}}.cot-phai{{width:300px}}.tieu-de-khoi{{background:#f06292;color:#fff}}</style>
</head>
<body class="{body_class}">
<div class="site-container">
<div class="thanh-tren" id="thanhtren_0"><div class="wrapper">
<span class="ngay-ht" id="ngayHT">{TODAY_LINE}</span> &nbsp;|&nbsp; <span>Hotline: 0210 3 846 215</span> &nbsp;|&nbsp; <a href="mailto:mnhoasen.nongtrang@phutho.edu.vn">mnhoasen.nongtrang@phutho.edu.vn</a>
</div></div>
<header class="top js-header">
<a class="logo" href="{rel(here, "/")}"><img src="{rel(here, "/media/website/logo-mn-hoa-sen.png")}" alt="{SITE}" width="280" height="72"></a>
{_menu(here)}
<div class="search">
<div class="search__overlay js-search-overlay"><div class="wrapper search__overlay-inner">
<form action="{rel(here, "/search.html")}" class="search__form" method="get"><input class="search__input" type="search" name="q" placeholder="Nhập từ khóa tìm kiếm..." aria-label="Tìm kiếm"><button type="submit" class="search__button">Tìm</button></form>
</div></div>
<button class="search__btn btn--icon js-search-btn" aria-label="Tìm kiếm"><svg height="18" width="18" role="presentation" focusable="false"><use xlink:href="{rel(here, "/assets/svg/svg-map.svg")}#search"/></svg></button>
</div>
</header>
<div class="tb-chay" id="tbchay_1"><div class="wrapper"><b>THÔNG BÁO:</b> <marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><a href="{rel(here, f"/{S12.slug}/")}">{esc(S12.title)}</a> &nbsp;✿&nbsp; <a href="{rel(here, f"/{S1.slug}/")}">{esc(S1.title)}</a></marquee></div></div>
<div class="wrapper khung-chinh">
<div class="cot-trai">
{main}
</div>
{_sidebar(here)}
</div>
<footer class="footer">
<div class="wrapper">
<div class="footer__chan" id="chantrang_9">
<p><strong>TRƯỜNG MẦM NON HOA SEN – PHƯỜNG NÔNG TRANG, TỈNH PHÚ THỌ</strong></p>
<p>Địa chỉ: Số 18, đường Nguyễn Tất Thành, phường Nông Trang, tỉnh Phú Thọ</p>
<p>Điện thoại: 0210 3 846 215 – Email: mnhoasen.nongtrang@phutho.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Thị Thanh Hương</p>
</div>
<ul class="footer__menu">
<li><a href="{rel(here, "/tags/")}">Chủ đề</a></li>
<li><a href="{rel(here, "/lien-he/")}">Liên hệ</a></li>
<li><a href="{rel(here, "/feed.xml")}">RSS</a></li>
</ul>
<div class="footer__copyright"><p>© 2026 {SITE}. Thiết kế &amp; vận hành trên nền tảng Publii.</p></div>
<button class="footer__bttop js-footer__bttop" aria-label="Lên đầu trang">↑</button>
</div>
</footer>
</div>
<script defer src="{rel(here, "/assets/js/scripts.min.js")}?v=0d2a6e4f1b"></script>
<script>(function(){{var t=["Chủ Nhật","Thứ Hai","Thứ Ba","Thứ Tư","Thứ Năm","Thứ Sáu","Thứ Bảy"],d=new Date(),p=function(n){{return(n<10?"0":"")+n}};document.getElementById("ngayHT").innerHTML=t[d.getDay()]+", "+p(d.getDate())+"/"+p(d.getMonth()+1)+"/"+d.getFullYear();}})();</script>
</body>
</html>"""
    return html(page)


def _card(here: str, post: Story) -> str:
    name = AUTHORS[post.opts["author"]][0]
    hero = next((b for b in post.blocks if isinstance(b, Img) and b.style == "hero"), None)
    fig = ""
    if hero:
        src = posixpath.normpath(posixpath.join(f"/{post.slug}/", hero.src))
        fig = (
            f'<figure class="feed__image"><img src="{rel(here, _xs(src))}" loading="lazy" '
            f'height="200" width="300" alt=""></figure>\n'
        )
    mod = post.opts["modified"]
    author_url = f"/authors/{post.opts['author']}/"
    return f"""<article class="feed__item">
{fig}<div class="feed__content">
<header>
<div class="feed__meta">
<a href="{rel(here, author_url)}" class="feed__author">{esc(name)}</a>
<time datetime="{mod}" class="feed__date">{short_date(mod)}</time>
</div>
<h2 class="feed__title"><a href="{rel(here, f"/{post.slug}/")}">{esc(_disp(post, post.title))}</a></h2>
</header>
<p>{esc(excerpt(post))}</p>
<a href="{rel(here, f"/{post.slug}/")}" class="readmore feed__readmore">Xem tiếp »</a>
</div>
</article>"""


def _pagination(here: str, base: str, page: int, total: int) -> str:
    if total <= 1:
        return ""

    def url(n: int) -> str:
        return base if n == 1 else f"{base}page/{n}/"

    items = []
    if page < total:
        items.append(
            f'<div class="pagination__item"><a href="{rel(here, url(page + 1))}" class="readmore">'
            "« Bài cũ hơn</a></div>"
        )
    items.append(f'<div class="pagination__item pagination__info">Trang {page}/{total}</div>')
    if page > 1:
        items.append(
            f'<div class="pagination__item"><a href="{rel(here, url(page - 1))}" class="readmore">'
            "Bài mới hơn »</a></div>"
        )
    return '<nav class="wrapper pagination desc">\n' + "\n".join(items) + "\n</nav>"


def _pager_links(here: str, base: str, page: int, total: int, request: Request) -> str:
    out = ""
    b = base_url(request)
    if page > 1:
        prev = base if page == 2 else f"{base}page/{page - 1}/"
        out += f'\n<link rel="prev" href="{b}{prev}">'
    if page < total:
        out += f'\n<link rel="next" href="{b}{base}page/{page + 1}/">'
    return out


# --- pages ----------------------------------------------------------------------------------


def front_page(request: Request, page: int) -> Response:
    pages = _pages(FRONT_FEED, FRONT_PER_PAGE)
    here = "/" if page == 1 else f"/page/{page}/"
    hero = ""
    if page == 1:
        hero = f"""<div class="hero">
<header class="hero__content"><div class="wrapper">
<h1 class="chao-mung">Chào mừng quý phụ huynh đến với Trang thông tin điện tử {SITE}</h1>
<p>“Tất cả vì học sinh thân yêu” – Nơi bé được yêu thương, an toàn và vui mỗi ngày.</p>
</div></header>
<figure class="hero__image"><div class="hero__image-wrapper"><img src="{rel(here, "/media/website/banner-truong.jpg")}" loading="eager" height="420" width="1200" alt="Toàn cảnh Trường Mầm non Hoa Sen"></div></figure>
</div>"""
    cards = "\n".join(_card(here, p) for p in pages[page - 1])
    main = f"""<main>
{hero}
<div class="wrapper feed">
<h2 class="tieu-de-muc">Tin mới đăng</h2>
{cards}
{_pagination(here, "/", page, len(pages))}
</div>
</main>"""
    title = SITE if page == 1 else f"{SITE} - Trang {page}"
    ld = {
        "@context": "http://schema.org",
        "@type": "Organization",
        "name": SITE,
        "url": base_url(request) + "/",
        "logo": {"@type": "ImageObject", "url": base_url(request) + "/media/website/logo-mn-hoa-sen.png"},
    }
    return layout(
        request,
        here,
        title,
        main,
        description="Trang thông tin điện tử Trường Mầm non Hoa Sen, phường Nông Trang, tỉnh Phú Thọ.",
        canonical=here,
        jsonld=ld,
        head_extra=_pager_links(here, "/", page, len(pages), request),
        body_class="home-template",
    )


def tag_page(request: Request, slug: str, page: int) -> Response:
    name, desc = TAGS[slug]
    base = f"/tags/{slug}/"
    here = base if page == 1 else f"{base}page/{page}/"
    pages = _pages(TAG_FEEDS[slug], TAG_PER_PAGE)
    cards = "\n".join(_card(here, p) for p in pages[page - 1])
    main = f"""<main>
<div class="hero hero--noimage">
<header class="hero__content"><div class="wrapper">
<div class="duong-dan"><a href="{rel(here, "/")}">Trang chủ</a> › <span>{esc(name)}</span></div>
<h1>{esc(name)}</h1>
<p>{esc(desc)}</p>
<div class="feed__meta">{len(TAG_FEEDS[slug])} bài viết</div>
</div></header>
</div>
<div class="wrapper feed">
{cards}
{_pagination(here, base, page, len(pages))}
</div>
</main>"""
    title = f"{name} - {SITE}" + (f" - Trang {page}" if page > 1 else "")
    return layout(
        request,
        here,
        title,
        main,
        description=desc,
        canonical=here,
        head_extra=_pager_links(here, base, page, len(pages), request),
        body_class="tag-template",
    )


def tags_index(request: Request) -> Response:
    here = "/tags/"
    items = "\n".join(
        f'<li><a href="{rel(here, f"/tags/{slug}/")}">{esc(name)}</a> <sup>{len(TAG_FEEDS[slug])}</sup></li>'
        for slug, (name, _d) in TAGS.items()
    )
    main = f"""<main class="page page--tags">
<div class="hero hero--noimage"><header class="hero__content"><div class="wrapper"><h1>Chủ đề</h1></div></header></div>
<div class="wrapper"><ul class="tags">
{items}
</ul></div>
</main>"""
    return layout(request, here, f"Chủ đề - {SITE}", main, description="Danh sách chủ đề", canonical=here)


def author_page(request: Request, slug: str) -> Response:
    name, bio, avatar = AUTHORS[slug]
    here = f"/authors/{slug}/"
    posts = _by_date([p for p in POSTS if _visible(p) and p.opts["author"] == slug])
    cards = "\n".join(_card(here, p) for p in posts)
    main = f"""<main>
<div class="hero hero--noimage"><header class="hero__content"><div class="wrapper">
<img src="{rel(here, avatar)}" class="author__avatar" width="60" height="60" alt="{esc(name)}">
<h1>{esc(name)}</h1>
<p class="author__desc">{esc(bio)}</p>
<div class="feed__meta">{len(posts)} bài viết</div>
</div></header></div>
<div class="wrapper feed">
{cards}
</div>
</main>"""
    return layout(
        request, here, f"{name} - {SITE}", main, description=bio, canonical=here, body_class="author-template"
    )


def _share(request: Request, post: Story) -> str:
    url = quote(f"{base_url(request)}/{post.slug}/", safe="")
    return f"""<div class="content__share">
<span class="chia-se-lbl">Chia sẻ:</span>
<a href="https://www.facebook.com/sharer/sharer.php?u={url}" class="js-share facebook" rel="nofollow noopener noreferrer" target="_blank"><img src="../assets/svg/facebook.svg" alt="Facebook" width="20" height="20"></a>
<a href="https://sp.zalo.me/share_inline?d={url}" class="js-share zalo" rel="nofollow noopener noreferrer" target="_blank"><img src="../assets/svg/zalo.svg" alt="Zalo" width="20" height="20"></a>
<a href="https://twitter.com/share?url={url}" class="js-share twitter" rel="nofollow noopener noreferrer" target="_blank"><img src="../assets/svg/twitter.svg" alt="Twitter" width="20" height="20"></a>
<button type="button" class="btn-in-bai" onclick="window.print();return false;">🖨 In bài</button>
</div>"""


def _related(here: str, post: Story) -> str:
    if not post.opts["related"]:
        return ""
    main_tag = post.opts["tags"][0]
    others = [
        p
        for p in TAG_FEEDS[main_tag]
        if p is not post and p.opts["related"] and p in ARTICLES
    ][:3]
    if not others:
        return ""
    items = []
    for p in others:
        items.append(
            f'<article class="feed__item"><div class="feed__content"><header>'
            f'<div class="feed__meta"><time datetime="{p.opts["created"]}" class="feed__date">'
            f"{short_date(p.opts['created'])}</time></div>"
            f'<h3 class="feed__title"><a href="{rel(here, f"/{p.slug}/")}">{esc(_disp(p, p.title))}</a></h3>'
            "</header></div></article>"
        )
    return (
        '<div class="content__related related"><div class="wrapper">\n'
        '<h2 class="h4 related__title">Bài viết liên quan</h2>\n' + "\n".join(items) + "\n</div></div>"
    )


def _post_nav(here: str, post: Story) -> str:
    if post not in NAV_ORDER:
        return ""
    i = NAV_ORDER.index(post)
    older = NAV_ORDER[i + 1] if i + 1 < len(NAV_ORDER) else None
    newer = NAV_ORDER[i - 1] if i > 0 else None
    parts = []
    if older:
        parts.append(
            f'<div class="content__nav-prev"><a href="{rel(here, f"/{older.slug}/")}" '
            f'class="content__nav-link" rel="prev"><div><span>Bài trước</span>'
            f"{esc(_disp(older, older.title))}</div></a></div>"
        )
    if newer:
        parts.append(
            f'<div class="content__nav-next"><a href="{rel(here, f"/{newer.slug}/")}" '
            f'class="content__nav-link" rel="next"><div><span>Bài sau</span>'
            f"{esc(_disp(newer, newer.title))}</div></a></div>"
        )
    return (
        '<nav class="content__nav"><div class="wrapper"><div class="content__nav-inner">\n'
        + "\n".join(parts)
        + "\n</div></div></nav>"
    )


def post_page(request: Request, post: Story) -> Response:
    here = f"/{post.slug}/"
    base = base_url(request)
    o = post.opts
    author_name, author_bio, avatar = AUTHORS[o["author"]]
    main_tag = o["tags"][0]
    author_url = f"/authors/{o['author']}/"
    title = _disp(post, post.title)
    hero = next((b for b in post.blocks if isinstance(b, Img) and b.style == "hero"), None)
    hero_html = ""
    if hero:
        cap = ""
        if hero.printed or o["credits"]:
            lines = "\n".join(
                f"   {esc(_disp(post, x))}" for x in (hero.printed, o["credits"]) if x
            )
            cap = f"\n<figcaption>\n{lines}\n</figcaption>"
        hero_html = (
            f'<figure class="hero__image"><div class="hero__image-wrapper">\n<img src="{hero.src}" '
            f'srcset="{_srcset(hero.src)}" sizes="(max-width: 1600px) 100vw, 1600px" loading="eager" '
            f'height="1067" width="1600" alt="{esc(_disp(post, hero.printed or ""))}">\n</div>{cap}\n</figure>'
        )
    tags_sorted = sorted(o["tags"], key=lambda s: _sort_key(TAGS[s][0]))
    tag_list = "\n".join(
        f'<li><a href="{rel(here, f"/tags/{s}/")}">{esc(TAGS[s][0])}</a></li>' for s in tags_sorted
    )
    updated = ""
    if o["modified"] != o["created"]:
        updated = f'<p class="content__updated">Cập nhật lần cuối: {long_date(o["modified"])}</p>\n'
    main = f"""<main class="post">
<article class="content">
<div class="hero {"" if hero else "hero--noimage"}">
<header class="hero__content"><div class="wrapper">
<div class="duong-dan"><a href="{rel(here, "/")}">Trang chủ</a> › <a href="{rel(here, f"/tags/{main_tag}/")}">{esc(TAGS[main_tag][0])}</a></div>
<h1>{esc(title)}</h1>
<div class="feed__meta content__meta">
<img src="{rel(here, avatar)}" loading="eager" height="30" width="30" class="feed__author-thumb" alt="">
<a href="{rel(here, author_url)}" class="feed__author">{esc(author_name)}</a>
<time datetime="{o["created"]}" class="feed__date">{long_date(o["created"])}</time>
</div>
</div></header>
{hero_html}
</div>
<div class="entry-wrapper content__entry">
{render_text(post)}
</div>
<footer class="content__footer">
<div class="entry-wrapper">
{updated}<div class="content__actions">
<ul class="content__tag">
{tag_list}
</ul>
{_share(request, post)}
</div>
<div class="content__bio bio">
<img src="{rel(here, avatar)}" loading="lazy" height="60" width="60" class="bio__avatar" alt="">
<div><h3 class="h4 bio__name"><a href="{rel(here, author_url)}" rel="author">{esc(author_name)}</a></h3>
<div class="bio__desc"><p>{esc(author_bio)}</p></div></div>
</div>
</div>
{_post_nav(here, post)}
</footer>
</article>
<div class="content__comments"><div class="entry-wrapper">
<h2 class="h5">Bình luận</h2>
<div id="fb-root"></div>
<div class="fb-comments" data-href="{base}{here}" data-width="100%" data-numposts="5"></div>
</div></div>
{_related(here, post)}
</main>"""
    first_img = next((b for b in post.blocks if isinstance(b, Img)), None)
    og_image = (
        posixpath.normpath(posixpath.join(here, first_img.src)) if first_img is not None else None
    )
    ld = {
        "@context": "http://schema.org",
        "@type": "Article",
        "mainEntityOfPage": {"@type": "WebPage", "@id": f"{base}{here}"},
        "headline": title,
        "datePublished": f"{o['created']}+07:00",
        "dateModified": f"{o['modified']}+07:00",
        "author": {"@type": "Person", "name": author_name, "url": f"{base}/authors/{o['author']}/"},
        "publisher": {
            "@type": "Organization",
            "name": SITE,
            "logo": {"@type": "ImageObject", "url": f"{base}/media/website/logo-mn-hoa-sen.png"},
        },
    }
    if og_image:
        ld["image"] = {"@type": "ImageObject", "url": f"{base}{og_image}", "height": 853, "width": 1280}
    head = ""
    if any(isinstance(b, Img) and b.style == "gal" for b in post.blocks):
        head = f'\n<link rel="stylesheet" href="{rel(here, "/assets/css/photoswipe.css")}?v=5c3e9b1a0f">'
    return layout(
        request,
        here,
        f"{title} - {SITE}",
        main,
        description=excerpt(post, 30),
        canonical=here,
        og_type="article",
        og_image=og_image,
        jsonld=ld,
        head_extra=head,
        body_class="post-template",
    )


def _sort_key(name: str) -> str:
    return unicodedata.normalize("NFD", name).encode("ascii", "ignore").decode().lower()


def static_page(request: Request, slug: str) -> Response:
    title, body = PAGES[slug]
    here = f"/{slug}/"
    main = f"""<main class="page">
<article class="content">
<div class="hero hero--noimage"><header class="hero__content"><div class="wrapper">
<div class="duong-dan"><a href="{rel(here, "/")}">Trang chủ</a> › <span>{esc(title)}</span></div>
<h1>{esc(title)}</h1>
</div></header></div>
<div class="entry-wrapper content__entry">
{body}
</div>
</article>
</main>"""
    return layout(
        request,
        here,
        f"{title} - {SITE}",
        main,
        description=f"{title} – {SITE}",
        canonical=here,
        body_class="page-template",
    )


PAGES: dict[str, tuple[str, str]] = {
    "gioi-thieu": (
        "Giới thiệu chung",
        """<p>Trường Mầm non Hoa Sen được thành lập năm 1978, tiền thân là Nhà trẻ liên cơ Nông Trang. Trải qua gần 50 năm xây dựng và phát triển, nhà trường luôn là địa chỉ tin cậy của phụ huynh trong công tác nuôi dưỡng, chăm sóc, giáo dục trẻ.</p>
<figure class="post__image post__image--center"><img loading="lazy" src="../media/pages/gioi-thieu/toan-canh-truong.jpg" alt="Toàn cảnh trường" width="1280" height="720"><figcaption>Toàn cảnh Trường Mầm non Hoa Sen</figcaption></figure>
<p>Năm học 2026–2027, trường có 14 nhóm, lớp với 412 trẻ; 52 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo. Trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</p>
<h3>Ban Giám hiệu</h3>
<ul>
<li>Hiệu trưởng: Nguyễn Thị Thanh Hương</li>
<li>Phó Hiệu trưởng: Trần Thị Ngọc Ánh</li>
<li>Phó Hiệu trưởng: Lương Thị Thu Trang</li>
</ul>""",
    ),
    "lien-he": (
        "Liên hệ",
        """<p><strong>TRƯỜNG MẦM NON HOA SEN</strong></p>
<p>Địa chỉ: Số 18, đường Nguyễn Tất Thành, phường Nông Trang, tỉnh Phú Thọ<br>Điện thoại: 0210 3 846 215<br>Email: mnhoasen.nongtrang@phutho.edu.vn</p>
<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3716.2!2d105.40!3d21.32" width="100%" height="360" style="border:0;" allowfullscreen="" loading="lazy"></iframe></p>
<form action="https://formspree.io/f/mnqrkgzw" method="post" class="lh-form">
<p><label>Họ và tên<br><input type="text" name="ho_ten"></label></p>
<p><label>Số điện thoại<br><input type="text" name="dien_thoai"></label></p>
<p><label>Nội dung<br><textarea name="noi_dung" rows="5"></textarea></label></p>
<p><button type="submit">Gửi liên hệ</button></p>
</form>""",
    ),
    "che-do-sinh-hoat-mot-ngay-cua-tre": (
        "Chế độ sinh hoạt một ngày của trẻ mẫu giáo",
        """<p>Áp dụng từ ngày 07/9/2026 (mùa đông điều chỉnh theo thông báo của nhà trường).</p>
<table style="border-collapse: collapse; width: 100%;" border="1">
<tbody>
<tr><td><strong>Thời gian</strong></td><td><strong>Hoạt động</strong></td></tr>
<tr><td>7h00 – 8h00</td><td>Đón trẻ – Chơi – Thể dục sáng</td></tr>
<tr><td>8h00 – 8h40</td><td>Hoạt động học</td></tr>
<tr><td>8h40 – 9h30</td><td>Chơi, hoạt động ngoài trời</td></tr>
<tr><td>9h30 – 10h30</td><td>Chơi, hoạt động ở các góc</td></tr>
<tr><td>10h30 – 11h30</td><td>Vệ sinh – Ăn trưa</td></tr>
<tr><td>11h30 – 14h00</td><td>Ngủ trưa</td></tr>
<tr><td>14h00 – 14h30</td><td>Vệ sinh – Ăn quà chiều</td></tr>
<tr><td>14h30 – 16h00</td><td>Chơi, hoạt động theo ý thích</td></tr>
<tr><td>16h00 – 17h00</td><td>Vệ sinh – Nêu gương – Trả trẻ</td></tr>
</tbody>
</table>""",
    ),
}


def search_page(request: Request) -> Response:
    here = "/search.html"
    main = f"""<main class="page page--search">
<div class="hero hero--noimage"><header class="hero__content"><div class="wrapper">
<h1>Kết quả tìm kiếm</h1>
<form action="{rel(here, "/search.html")}" method="get"><input type="search" name="q" placeholder="Nhập từ khóa..."><button type="submit">Tìm</button></form>
</div></header></div>
<div class="wrapper"><div id="search-results" class="feed"><p class="search-empty">Đang tải kết quả…</p></div></div>
<script src="{rel(here, "/assets/js/static-search.js")}"></script>
</main>"""
    return layout(request, here, f"Tìm kiếm - {SITE}", main, description="Tìm kiếm", canonical=here)


def not_found(request: Request) -> Response:
    """The theme's 404.html as the static host serves it: root-relative links only."""
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Không tìm thấy trang - {SITE}</title>
<meta name="robots" content="noindex, follow">
<link rel="stylesheet" href="/assets/css/style.css?v=5c3e9b1a0f27d41e8b62">
</head>
<body class="error-template">
<main class="page page--error">
<div class="hero hero--noimage"><header class="hero__content"><div class="wrapper">
<h1>404</h1>
<p>Xin lỗi, trang bạn tìm không tồn tại hoặc đã được chuyển sang địa chỉ khác.</p>
<p><a href="/">Về trang chủ</a></p>
</div></header></div>
</main>
</body>
</html>"""
    return html(page, status=404)


def feed_xml(request: Request) -> Response:
    base = base_url(request)
    items = []
    for post in NAV_ORDER[:10]:
        items.append(
            f"<item><title>{esc(_disp(post, post.title))}</title><link>{base}/{post.slug}/</link>"
            f"<guid isPermaLink=\"true\">{base}/{post.slug}/</guid>"
            f"<pubDate>{rss_date(post.opts['created'])}</pubDate>"
            f"<description>{esc(excerpt(post))}</description></item>"
        )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{SITE}</title><link>{base}/</link><description>Trang thông tin điện tử</description>"
        "<language>vi</language>" + "".join(items) + "</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def sitemap_xml(request: Request) -> Response:
    base = base_url(request)
    urls = [(f"{base}/", "2026-12-04T15:26:00+07:00")]
    urls += [(f"{base}/{p.slug}/", f"{p.opts['modified']}:00+07:00") for p in NAV_ORDER]
    urls += [(f"{base}/{slug}/", "2026-09-05T10:00:00+07:00") for slug in PAGES]
    urls += [(f"{base}/tags/{slug}/", "2026-12-04T15:26:00+07:00") for slug in TAGS]
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<url><loc>{u}</loc><lastmod>{m}</lastmod></url>" for u, m in urls)
        + "</urlset>"
    )
    return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})


# --- the site -------------------------------------------------------------------------------


class PubliiSite:
    """The uploaded output folder behind a plain static host."""

    def __init__(self) -> None:
        self.routes: dict[str, object] = {
            "/": lambda r: front_page(r, 1),
            "/tags/": tags_index,
            "/search.html": search_page,
            "/feed.xml": feed_xml,
            "/sitemap.xml": sitemap_xml,
        }
        for n in range(2, len(_pages(FRONT_FEED, FRONT_PER_PAGE)) + 1):
            self.routes[f"/page/{n}/"] = lambda r, n=n: front_page(r, n)
        for slug in TAGS:
            self.routes[f"/tags/{slug}/"] = lambda r, s=slug: tag_page(r, s, 1)
            for n in range(2, len(_pages(TAG_FEEDS[slug], TAG_PER_PAGE)) + 1):
                self.routes[f"/tags/{slug}/page/{n}/"] = lambda r, s=slug, n=n: tag_page(r, s, n)
        for slug in AUTHORS:
            self.routes[f"/authors/{slug}/"] = lambda r, s=slug: author_page(r, s)
        for post in POSTS:
            self.routes[f"/{post.slug}/"] = lambda r, p=post: post_page(r, p)
        for slug in PAGES:
            self.routes[f"/{slug}/"] = lambda r, s=slug: static_page(r, s)

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/robots.txt":
            body = f"User-agent: *\nDisallow:\n\nSitemap: {base_url(request)}/sitemap.xml\n"
            return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})
        if path.startswith(("/media/", "/assets/")):
            if path.endswith(".pdf"):
                if path in PDFS:
                    return Response(200, PDF, {"Content-Type": "application/pdf"})
                return not_found(request)
            if path.endswith(".svg"):
                return Response(200, b"<svg xmlns='http://www.w3.org/2000/svg'/>", {"Content-Type": "image/svg+xml"})
            return static_file(path) or not_found(request)
        if path.endswith("/index.html"):
            path = path[: -len("index.html")]
        route = self.routes.get(path)
        if route is None and not path.endswith("/") and path + "/" in self.routes:
            target = path + "/" + (f"?{request.query}" if request.query else "")
            return redirect(target, 301)
        if route is None:
            return not_found(request)
        return route(request)


def build_site() -> PubliiSite:
    return PubliiSite()


# --- gold -----------------------------------------------------------------------------------


def _gold(post: Story, *extra: str) -> dict:
    path = f"/{post.slug}/"
    return gold_record(
        post,
        path,
        post.cat,
        canonical_path=path,
        alt_paths=[f"{path}index.html", *extra],
    )


GOLD = [
    _gold(S1, f"/{S1.slug}"),
    _gold(S2),
    _gold(S3),
    _gold(S4),
    _gold(S5),
    _gold(S6, f"/{S6.slug}/?fbclid={FBCLID}"),
    _gold(S7),
    _gold(S8),
    _gold(S9),
    _gold(S10),
    _gold(S11),
    _gold(S12),
    _gold(S13),
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    "/che-do-sinh-hoat-mot-ngay-cua-tre/",
    f"/{NA_ALBUM.slug}/",
    f"/{NA_VIDEO.slug}/",
    f"/{NA_DOC.slug}/",
]
