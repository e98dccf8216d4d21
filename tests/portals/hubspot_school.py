"""A private bilingual school's site on HubSpot CMS Hub: the blog tool under a marketplace theme.

The platform
------------
Trường Tiểu học – THCS Song ngữ Ngôi Sao Sài Gòn (SGS), a private bilingual primary and lower
secondary school in Hồ Chí Minh City, runs its whole site on HubSpot CMS Hub (portal id 20418736)
with a bought marketplace theme. Content is Vietnamese; the menu mixes in English words
("About us", "Admissions"). Everything HubSpot prints is imitated: the ``hs_cos_wrapper`` spans
around every module and meta field, ``?hsLang=vi`` appended to *every* internal link (HubSpot's
multi-language parameter, added by the theme's link filter), the analytics snippet
(``_hsq.push(["setCanonicalUrl", …])``), the cookie banner (``#hs-eu-cookie-confirmation``),
CTA embeds (``hs-cta-wrapper`` with a button image linking ``/cs/c/?cta_guid=…``), hs-form
newsletter boxes, and images on HubSpot's file CDN
(``https://20418736.fs1.hubspotusercontent-na1.net/hubfs/20418736/Blog/…``).

The site is served here at HubSpot's system address (the loopback host stands for
``sgs-20418736.hs-sites.com``), while every page's ``<link rel="canonical">`` (and og:url, the
analytics call, the RSS items) names the primary domain ``https://www.sgs-bilingual.edu.vn``:
an absolute canonical on another host. Its *path* is the post's bare path. The AMP link
(``<link rel="amphtml">``) is printed on the serving host.

URL scheme and page kinds
-------------------------
- ``/``: the home page, a HubSpot *website page* built of modules (hero, "Vì sao chọn SGS",
  numbers, testimonials, a "Tin mới nhất" module with the 3 latest posts of "Tin tức", a
  "Bản tin SGS" newsletter box, a CTA). Not an article.
- ``/tin-tuc``: the blog "Tin tức" listing, 4 posts a page (the theme's setting), pages
  ``/tin-tuc/page/2`` and ``/tin-tuc/page/3``; ``/tin-tuc/page/1`` answers 301 to ``/tin-tuc``.
- ``/tin-tuc/<slug>``: a post (slug only, no id, no date in the URL).
- ``/tin-tuc/tag/<topic>`` (+ ``/page/N``): topic listings, other views of the same posts;
  "hoat-dong-ngoai-khoa" holds 5 posts and so has a ``/page/2``.
- ``/tin-tuc/author/<author>``: an author listing with the author's bio card and posts.
- ``/tin-tuc/rss.xml``: the RSS feed; its items link the primary domain (not this host).
- ``/goc-phu-huynh``: the second blog "Góc phụ huynh" (4 posts, one page), its posts at
  ``/goc-phu-huynh/<slug>``, its own tags, authors and ``rss.xml``.
- ``?hs_amp=true`` on a post: the AMP copy (``<html amp>``, ``amp-img``, ``amp-youtube``),
  same text, same canonical.
- Website pages (non-articles): ``/gioi-thieu`` ("About us"), ``/tuyen-sinh`` ("Admissions": a
  long page of text with the fee table), ``/lien-he`` (contact form and campuses),
  ``/chinh-sach-bao-mat`` (privacy policy, linked from the cookie banner and the footer), and
  the landing page ``/tham-quan-truong`` (HubSpot landing template: no menu, a form, marketing
  text).
- ``/hs-search-results?term=…``: HubSpot's site search results; reached only through the header's
  GET search form (``action="/hs-search-results"``), never linked.
- ``/cs/c/?cta_guid=…``: a CTA click: 302 to the landing page.
- ``/en/…``: the language switcher's "EN" links; the English site was never built: 404 (HubSpot's
  system 404 page).
- Listings and posts ignore tracking parameters (``hsLang``, ``utm_*``, ``__hstc``/``__hssc``/
  ``__hsfp``): any of them serves the same page.

Listing markup
--------------
``<div class="blog-index">`` of ``<article class="blog-index__post">`` cards: a featured image
twice (a ``div`` with ``style="background-image:url(…)"`` and an ``<img data-src>`` lazy), a
topic pill linking the tag listing, the title link, "Nguyễn Thu Hà • 14/11/2026", the post
summary, "Đọc tiếp". Pagination ``<div class="blog-pagination">``: "Trang trước", 1 2 3,
"Trang sau" (at either end the link is printed disabled, without href). A path with a trailing
slash answers 301 to the path without it.

Post markup
-----------
Breadcrumb "Trang chủ / Tin tức", ``<h1 class="blog-post__title">`` with the name meta field
span, the meta line (author link ``rel="author"`` and ``<time datetime="2026-11-14 08:30:00">14
tháng 11, 2026</time>``, local time), topic pills, ``<div class="blog-post__body">`` with the
``post_body`` rich text span (``<p>``, ``<h2>``, ``<h3>``, ``<ul>``, ``<blockquote>``, responsive
tables, images with width/height/loading/style/srcset, a centred ``<p style="text-align: center;
font-size: 14px;"><em>…</em></p>`` caption under some, a YouTube embed, CTA buttons in the middle
of some posts, ``<p>&nbsp;</p>`` spacers), then "Bài viết liên quan" (3 cards), the newsletter
hs-form "Nhận bản tin", and the comments box "Bình luận (0)". The sidebar prints "Tin mới" (the
blog's 5 latest posts), "Bản tin SGS" (newsletter links with utm/__hstc parameters), topics and
"Liên kết website". The header prints today's date (``TODAY``), the footer a visitor counter.

Gold and how each article is reached
------------------------------------
14 posts: 10 in "Tin tức", 4 in "Góc phụ huynh". ``path`` is the address the site links
(``/tin-tuc/<slug>?hsLang=vi``), ``canonical_path`` the bare path (the canonical's path),
``alt_paths`` the AMP copy and the newsletter box's tracking variants.
- Tin tức page 1: the four newest (TIMO, 20/11, holiday notice, STEAM); page 2: admissions,
  Củ Chi, seminar, robotics; page 3: reading festival and the opening ceremony (these two are
  on no page the home, /tin-tuc or the sidebars link: only /page/3, tag pages, the author page
  and related cards reach them).
- Góc phụ huynh: all four on its single listing page.

Gold decisions (as a careful reader decides)
--------------------------------------------
- Title: the ``h1`` (the ``<title>`` is "<title> | SGS"; the opening-ceremony post has a
  shorter SEO title "Lễ khai giảng 2026–2027 | SGS": the h1 wins). One title is printed in
  decomposed Unicode (the nutrition post, pasted from Word); gold is NFC.
- Date: the day the meta line prints ("14 tháng 11, 2026"); the header clock never. (The helper
  wrote the ``<time datetime>``'s time too; harmonised after the first crawl to the house
  convention of stop 29, as pelican_thcs: published_at carries a time only where the page prints
  one, and this theme prints the day; the time is only in the element's machine attribute.)
- Authors: HubSpot's blog author on the meta line when a person ("Nguyễn Thu Hà", "ThS. Trần
  Minh Khoa" -> "Trần Minh Khoa", "Phạm Ngọc Lan"); "Ban Truyền thông" (the communications
  unit) is the author when it alone signs; "Admin SGS" is a login account: nobody. A byline in
  the text naming a person wins over the unit in the author field ("Tin, ảnh: Đỗ Hoàng Nam" on
  the robotics post; "Bài: Hoàng Thị Mai (Phòng Y tế)" -> "Hoàng Thị Mai" on the nutrition post).
  "Bài: Nguyễn Thu Hà – Ảnh: Phòng Truyền thông" gives the photographer "Phòng Truyền thông" (a
  unit, as printed); "Ảnh: Lê Quốc Bảo" gives a photographer.
- Source: "Theo VnExpress" at the end of the bullying post -> "VnExpress" (the post is posted
  by "Admin SGS": no author).
- Summary: posts whose writer set the first paragraph in bold as a lead (it is also the listing
  summary and the meta description) have that paragraph as summary; posts whose first paragraph
  is plain text (the listing shows it cut at ~150 characters with "…", the meta description is a
  separate SEO sentence) have none.
- Body: the rich text's paragraphs, headings, list items and table rows (cells joined by " | ",
  header row included); no captions, bylines, "Theo …", CTA buttons, video embeds, related cards,
  newsletter or comment boxes.
- Images: the photos in the text, in order, at their hubfs address (the ``src``; ``srcset``
  sizes are the same photo); caption = the centred italic line under the photo, None when there
  is none. Not images: CTA buttons, featured images of cards, related thumbnails, the logo.
- Category: the blog's name as the breadcrumb prints it ("Tin tức" / "Góc phụ huynh"); the
  topic pills are tags, not the category.

Traps
-----
``?hsLang=vi`` on every link and the bare path (same page); ``utm_*`` and ``__hstc`` newsletter
variants; ``?hs_amp=true`` AMP copies; tag and author listings (5 topics, 4 authors in "Tin
tức"; 2 topics and 3 authors in "Góc phụ huynh"); the canonical on another host; CTA images in
the text; the cookie banner; ``/en/…`` 404s; the home page's "Tin mới nhất" module; the search
page behind the GET form; the landing page ``/tham-quan-truong``; the long "Tuyển sinh" website
page with a fee table (not a post); the RSS feeds linking the other host.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "hubspot_school"
PLATFORM = "HubSpot CMS Hub (blog tool, marketplace theme)"
START_PATH = "/"

DOMAIN = "https://www.sgs-bilingual.edu.vn"
PORTAL_ID = "20418736"
HUBFS = f"https://{PORTAL_ID}.fs1.hubspotusercontent-na1.net/hubfs/{PORTAL_ID}"
SCHOOL = "Trường Tiểu học – THCS Song ngữ Ngôi Sao Sài Gòn"
PER_PAGE = 4
HSTC = "__hstc=173620513.6f1a2c9e0b7d4e3f8a1b2c3d4e5f6a7b.1761800000000.1763900000000.1764050000000.7&__hssc=173620513.1.1764050000000&__hsfp=2394857710"
UTM = "utm_source=newsletter&utm_medium=email&utm_campaign=ban-tin-thang-11-2026"


@dataclass(frozen=True)
class Cta:
    """A HubSpot CTA embed in the rich text: a button image linking /cs/c/ (not text)."""

    guid: str


@dataclass(frozen=True)
class Video:
    """A YouTube embed (hs-embed-wrapper) in the rich text: no text, no image."""

    youtube_id: str


@dataclass(frozen=True)
class Author:
    slug: str
    display: str
    bio: str


@dataclass(frozen=True)
class Blog:
    key: str
    name: str
    base: str
    tags: dict[str, str]
    intro: str


AUTHORS = {
    a.slug: a
    for a in (
        Author(
            "nguyen-thu-ha",
            "Nguyễn Thu Hà",
            "Chuyên viên Truyền thông, phụ trách trang tin của trường từ năm 2022.",
        ),
        Author(
            "tran-minh-khoa",
            "ThS. Trần Minh Khoa",
            "Phó Hiệu trưởng phụ trách tuyển sinh và chương trình song ngữ.",
        ),
        Author("ban-truyen-thong", "Ban Truyền thông", "Ban Truyền thông – Quan hệ phụ huynh."),
        Author("admin-sgs", "Admin SGS", ""),
        Author(
            "pham-ngoc-lan",
            "Phạm Ngọc Lan",
            "Chuyên viên tâm lý học đường, phụ trách chuyên mục Góc phụ huynh.",
        ),
    )
}

BLOGS = {
    "tin-tuc": Blog(
        "tin-tuc",
        "Tin tức",
        "/tin-tuc",
        {
            "hoat-dong-ngoai-khoa": "Hoạt động ngoại khóa",
            "tuyen-sinh": "Tuyển sinh",
            "su-kien": "Sự kiện",
            "hoc-tap": "Học tập",
            "thong-bao": "Thông báo",
        },
        "Tin tức, sự kiện và thông báo của nhà trường.",
    ),
    "goc-phu-huynh": Blog(
        "goc-phu-huynh",
        "Góc phụ huynh",
        "/goc-phu-huynh",
        {
            "hoc-tap-tai-nha": "Học tập tại nhà",
            "tam-ly-suc-khoe": "Tâm lý – Sức khỏe",
        },
        "Chia sẻ kinh nghiệm nuôi dạy con cùng chuyên viên tâm lý và giáo viên của trường.",
    ),
}


def hub(name: str) -> str:
    """A photo of the blog on HubSpot's file CDN."""
    return f"{HUBFS}/Blog/{name}"


def cap(src: str, line: str) -> Img:
    """A photo with the theme's centred italic line under it, which is its caption."""
    return Img(hub(src), printed=line, caption=line)


def byline(markup: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{markup}</p>')


def lead(value: str) -> P:
    """The writer's bold lead paragraph (also the post summary before the read-more break)."""
    return P(value, "lead")


# --- the posts of "Tin tức", newest first ---------------------------------------------------

T01 = Story(
    1,
    "hoc-sinh-sgs-gianh-12-huy-chuong-timo-2026",
    "Học sinh SGS giành 12 huy chương tại Kỳ thi Toán quốc tế TIMO 2026",
    "tin-tuc",
    "2026-11-21T09:15:00+07:00",
    [
        lead(
            "Tại vòng chung kết quốc gia Kỳ thi Olympic Toán học Quốc tế Thái Lan (TIMO) 2026, "
            "đội tuyển gồm 15 học sinh Tiểu học và THCS của trường đã mang về 2 huy chương Vàng, "
            "4 huy chương Bạc và 6 huy chương Đồng."
        ),
        P(
            "Kỳ thi được tổ chức ngày 15/11/2026 tại Trường Đại học Sư phạm TP. Hồ Chí Minh với "
            "hơn 1.800 thí sinh từ 26 tỉnh, thành tham dự. Các em làm bài hoàn toàn bằng tiếng Anh "
            "trong 90 phút, gồm năm phần: Logic, Số học, Hình học, Tổ hợp và Lý thuyết số."
        ),
        cap(
            "timo-2026-doi-tuyen.jpg",
            "Đội tuyển TIMO của trường cùng thầy cô phụ trách sau lễ trao giải.",
        ),
        P(
            "Hai huy chương Vàng thuộc về em Lê Minh Anh (lớp 4A2) và em Vũ Gia Huy (lớp 7B1). "
            "Em Minh Anh chia sẻ: “Con thích nhất phần Tổ hợp vì các bài toán giống như trò chơi "
            "xếp hình, phải thử nhiều cách mới tìm ra đáp án.”"
        ),
        P(
            "Theo thầy Đỗ Hoàng Nam, trưởng bộ môn Toán, đội tuyển được bồi dưỡng từ tháng 8 với "
            "hai buổi mỗi tuần, tập trung vào kỹ năng đọc hiểu đề toán bằng tiếng Anh và cách "
            "trình bày lời giải ngắn gọn."
        ),
        cap("timo-2026-trao-giai.jpg", "Em Vũ Gia Huy (lớp 7B1) nhận huy chương Vàng khối 7."),
        P(
            "12 học sinh đạt huy chương sẽ tham dự vòng chung kết quốc tế TIMO tổ chức tại "
            "Bangkok (Thái Lan) vào tháng 2/2027."
        ),
        byline("<strong>Bài: Nguyễn Thu Hà – Ảnh: Phòng Truyền thông</strong>"),
    ],
    authors=["Nguyễn Thu Hà"],
    photographers=["Phòng Truyền thông"],
    opts={"author": "nguyen-thu-ha", "tags": ["hoc-tap"], "time": "2026-11-21 09:15:00"},
)
T01.summary = T01.blocks[0].text

T02 = Story(
    2,
    "le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
    "tin-tuc",
    "2026-11-20T15:40:00+07:00",
    [
        P(
            "Sáng ngày 20/11/2026, trong không khí ấm áp của những ngày tháng 11, Trường Tiểu học "
            "– THCS Song ngữ Ngôi Sao Sài Gòn long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam. Buổi lễ có sự tham dự của Ban Đại diện cha mẹ học sinh, toàn thể giáo viên, "
            "nhân viên và hơn 1.200 học sinh của hai cấp học."
        ),
        P(
            "Phát biểu tại buổi lễ, cô Hiệu trưởng Nguyễn Thị Bích Ngọc gửi lời tri ân đến các "
            "thầy cô đã và đang gắn bó với trường, đồng thời ghi nhận những đóng góp của đội ngũ "
            "giáo viên nước ngoài trong chương trình song ngữ."
        ),
        cap("20-11-van-nghe.jpg", "Tiết mục múa “Bụi phấn” của học sinh khối 8."),
        P(
            "Chương trình văn nghệ do học sinh tự dàn dựng gồm 12 tiết mục bằng tiếng Việt và "
            "tiếng Anh. Đặc biệt, ca khúc “Thank you, teachers” do dàn hợp xướng khối 3 trình bày "
            "đã khiến nhiều thầy cô xúc động."
        ),
        cap(
            "20-11-tang-hoa.jpg",
            "Đại diện Ban Đại diện cha mẹ học sinh tặng hoa chúc mừng các thầy cô.",
        ),
        P(
            "Dịp này, nhà trường khen thưởng 18 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp "
            "trường và trao Kỷ niệm chương 10 năm gắn bó cho 5 thầy cô."
        ),
        byline("<em>Ảnh: Lê Quốc Bảo</em>"),
    ],
    authors=["Ban Truyền thông"],
    photographers=["Lê Quốc Bảo"],
    opts={
        "author": "ban-truyen-thong",
        "tags": ["su-kien", "hoat-dong-ngoai-khoa"],
        "time": "2026-11-20 15:40:00",
        "meta": "SGS tri ân thầy cô nhân Ngày Nhà giáo Việt Nam 20/11 với chương trình văn nghệ "
        "song ngữ và khen thưởng giáo viên dạy giỏi.",
        "nbsp": True,
    },
)

T03 = Story(
    3,
    "thong-bao-lich-nghi-giang-sinh-va-tet-duong-lich-2027",
    "Thông báo lịch nghỉ Giáng sinh và Tết Dương lịch 2027",
    "tin-tuc",
    "2026-11-18T16:00:00+07:00",
    [
        P(
            "Nhà trường thông báo lịch nghỉ Giáng sinh và Tết Dương lịch năm 2027 của học sinh hai "
            "cấp học như sau: học sinh nghỉ từ thứ Năm, ngày 24/12/2026 đến hết Chủ nhật, ngày "
            "03/01/2027 và đi học lại vào thứ Hai, ngày 04/01/2027."
        ),
        P(
            "Xe đưa rước và bán trú ngừng phục vụ trong thời gian nghỉ. Quý phụ huynh cần hỗ trợ "
            "vui lòng liên hệ văn phòng trường qua số 028 3777 8899 trong giờ hành chính."
        ),
    ],
    opts={
        "author": "admin-sgs",
        "tags": ["thong-bao"],
        "time": "2026-11-18 16:00:00",
        "meta": "Lịch nghỉ Giáng sinh và Tết Dương lịch 2027 của học sinh SGS.",
    },
)

T04 = Story(
    4,
    "ngay-hoi-steam-2026-thanh-pho-xanh-cua-em",
    "Ngày hội STEAM 2026: “Thành phố xanh của em”",
    "tin-tuc",
    "2026-11-14T08:30:00+07:00",
    [
        lead(
            "Hơn 600 học sinh từ lớp 1 đến lớp 9 đã biến sân trường thành một “thành phố xanh” "
            "thu nhỏ với 48 gian trưng bày sản phẩm khoa học, công nghệ và nghệ thuật trong Ngày "
            "hội STEAM 2026 diễn ra sáng thứ Bảy, 07/11."
        ),
        P(
            "Năm nay, chủ đề “Thành phố xanh của em” được các tổ chuyên môn chọn từ đầu học kỳ I. "
            "Mỗi lớp có sáu tuần để tìm hiểu một vấn đề của thành phố – ngập nước, rác thải nhựa, "
            "tiếng ồn, khói bụi – và đề xuất giải pháp bằng một mô hình, một thí nghiệm hoặc một "
            "tác phẩm nghệ thuật."
        ),
        P("Từ ý tưởng đến mô hình", "h2"),
        P(
            "Ở khu vực Tiểu học, các em lớp 3 trình bày mô hình “ngôi nhà chống ngập” có sàn nâng "
            "bằng ống nhựa tái chế, trong khi học sinh lớp 5 chế tạo máy lọc nước mini từ cát, "
            "sỏi và than hoạt tính."
        ),
        cap(
            "steam-2026-mo-hinh.jpg",
            "Học sinh lớp 3A1 giới thiệu mô hình “ngôi nhà chống ngập” với phụ huynh.",
        ),
        P(
            "Khối THCS mang đến những sản phẩm có lập trình: hệ thống tưới cây tự động dùng cảm "
            "biến độ ẩm, đèn đường tự bật khi trời tối và một ứng dụng nhỏ đo mức độ ồn trong lớp "
            "học."
        ),
        Cta("4b7e2f1a-93c5-4d8e-a6b1-0c2d3e4f5a61"),
        P("Những con số ấn tượng", "h2"),
        P("48 gian trưng bày của 32 lớp và 4 câu lạc bộ.", "li"),
        P("Hơn 1.500 lượt phụ huynh và khách mời tham quan.", "li"),
        P("12 sản phẩm được chọn tham dự Cuộc thi Khoa học kỹ thuật cấp quận.", "li"),
        Img(hub("steam-2026-robot.jpg")),
        P("Xem lại khoảnh khắc ngày hội", "h2"),
        Video("Qm4xT7f0sGc"),
        P(
            "Ban giám khảo gồm giáo viên bộ môn và hai chuyên gia từ Trường Đại học Bách khoa đã "
            "trao 5 giải Nhất cho các sản phẩm xuất sắc nhất. Tất cả sản phẩm sẽ được trưng bày "
            "tại thư viện trường đến hết tháng 11."
        ),
    ],
    authors=["Nguyễn Thu Hà"],
    opts={
        "author": "nguyen-thu-ha",
        "tags": ["hoat-dong-ngoai-khoa", "su-kien"],
        "time": "2026-11-14 08:30:00",
    },
)
T04.summary = T04.blocks[0].text

T05 = Story(
    5,
    "tuyen-sinh-nam-hoc-2027-2028",
    "Tuyển sinh năm học 2027–2028: mở đăng ký từ ngày 01/12/2026",
    "tin-tuc",
    "2026-11-10T10:00:00+07:00",
    [
        lead(
            "Trường Tiểu học – THCS Song ngữ Ngôi Sao Sài Gòn thông báo kế hoạch tuyển sinh năm "
            "học 2027–2028 cho các lớp 1, lớp 6 và học sinh chuyển trường ở các khối lớp còn chỗ."
        ),
        P("1. Đối tượng và chỉ tiêu", "h3"),
        P(
            "Lớp 1: trẻ sinh năm 2021, chỉ tiêu 150 học sinh (6 lớp). Lớp 6: học sinh hoàn thành "
            "chương trình Tiểu học, chỉ tiêu 120 học sinh (4 lớp chương trình song ngữ và 1 lớp "
            "chương trình tiếng Anh tăng cường)."
        ),
        P("2. Lịch tuyển sinh", "h3"),
        P("Mốc thời gian | Nội dung", "th"),
        P(
            "01/12/2026 – 31/01/2027 | Nhận hồ sơ đăng ký trực tuyến và tại văn phòng tuyển sinh",
            "tr",
        ),
        P(
            "Thứ Bảy, 20/02/2027 | Buổi trải nghiệm cho học sinh lớp 1 và đánh giá năng lực "
            "tiếng Anh",
            "tr",
        ),
        P("Thứ Bảy, 27/02/2027 | Kiểm tra đầu vào lớp 6 (Toán, Tiếng Việt, Tiếng Anh)", "tr"),
        P("15/03/2027 | Thông báo kết quả qua email và tin nhắn", "tr"),
        Cta("0e9d8c7b-6a5f-4e3d-9c2b-1a0f9e8d7c6b"),
        P("3. Hồ sơ đăng ký", "h3"),
        P(
            "Đơn đăng ký theo mẫu của trường (điền trực tuyến hoặc nhận tại văn phòng).",
            "li",
        ),
        P("Bản sao giấy khai sinh và giấy xác nhận thông tin cư trú.", "li"),
        P(
            "Học bạ hoặc phiếu đánh giá năm học gần nhất (đối với học sinh lớp 6 và học sinh "
            "chuyển trường).",
            "li",
        ),
        P("Hai ảnh 3x4 chụp trong vòng 6 tháng.", "li"),
        P(
            "Học phí năm học 2027–2028 và chính sách ưu đãi dành cho anh chị em ruột được công bố "
            "tại trang Tuyển sinh. Mọi thắc mắc xin liên hệ văn phòng tuyển sinh: 028 3777 8899 "
            "(nhánh 2) hoặc email tuyensinh@sgs-bilingual.edu.vn."
        ),
    ],
    authors=["Trần Minh Khoa"],
    opts={
        "author": "tran-minh-khoa",
        "tags": ["tuyen-sinh", "thong-bao"],
        "time": "2026-11-10 10:00:00",
    },
)
T05.summary = T05.blocks[0].text

T06 = Story(
    6,
    "hoc-sinh-khoi-5-trai-nghiem-lam-nong-dan-tai-cu-chi",
    "Học sinh khối 5 trải nghiệm một ngày làm nông dân tại Củ Chi",
    "tin-tuc",
    "2026-11-05T14:20:00+07:00",
    [
        P(
            "Ngày 30/10/2026, 168 học sinh khối 5 đã có chuyến trải nghiệm tại Khu nông nghiệp "
            "công nghệ cao Củ Chi. Đây là hoạt động thuộc chủ đề “Cây lương thực” của môn Khoa học "
            "và chương trình Global Perspectives."
        ),
        cap("cu-chi-cay-lua.jpg", "Các em học cách cấy lúa dưới sự hướng dẫn của cô chú nông dân."),
        P(
            "Chia thành 12 nhóm, các em lần lượt tham gia cấy lúa, thu hoạch rau thủy canh, cho bò "
            "ăn và làm bánh tráng. Mỗi nhóm ghi lại quá trình bằng nhật ký ảnh và phỏng vấn ngắn "
            "bằng tiếng Anh với hướng dẫn viên."
        ),
        Img(hub("cu-chi-rau-thuy-canh.jpg")),
        cap("cu-chi-banh-trang.jpg", "Lần đầu tự tay tráng bánh, nhiều em reo lên thích thú."),
        P(
            "Trở về lớp, học sinh sẽ hoàn thành bài thuyết trình nhóm về chuỗi “từ nông trại đến "
            "bàn ăn” và chia sẻ trong tiết sinh hoạt dưới cờ tuần sau."
        ),
        byline("<strong>Bài: Nguyễn Thu Hà – Ảnh: Lê Quốc Bảo</strong>"),
    ],
    authors=["Nguyễn Thu Hà"],
    photographers=["Lê Quốc Bảo"],
    opts={
        "author": "nguyen-thu-ha",
        "tags": ["hoat-dong-ngoai-khoa"],
        "time": "2026-11-05 14:20:00",
        "meta": "Chuyến trải nghiệm nông trại của học sinh khối 5 SGS tại Củ Chi.",
        "nbsp": True,
    },
)

T07 = Story(
    7,
    "hoi-thao-chon-truong-song-ngu-cho-con",
    "Hội thảo “Chọn trường song ngữ cho con: những điều phụ huynh cần biết”",
    "tin-tuc",
    "2026-10-28T11:00:00+07:00",
    [
        lead(
            "Chiều Chủ nhật, 25/10/2026, hơn 200 phụ huynh có con chuẩn bị vào lớp 1 và lớp 6 đã "
            "tham dự hội thảo tư vấn chọn trường do nhà trường tổ chức tại hội trường cơ sở Thảo "
            "Điền."
        ),
        P(
            "Diễn giả chính của chương trình, TS. Lâm Quang Vinh – chuyên gia giáo dục song ngữ, "
            "phân tích sự khác nhau giữa các mô hình: chương trình tích hợp, chương trình song ngữ "
            "và chương trình quốc tế, cùng những câu hỏi cha mẹ nên đặt ra khi đi tham quan trường."
        ),
        P(
            "Ngôn ngữ thứ hai chỉ thực sự trở thành công cụ tư duy khi trẻ được dùng nó để học một "
            "điều gì đó có ý nghĩa, chứ không chỉ để học chính ngôn ngữ ấy.",
            "quote",
        ),
        P(
            "Phần hỏi đáp kéo dài gần một giờ với các câu hỏi về áp lực học tập, cách cân bằng "
            "tiếng Việt và tiếng Anh, cũng như lộ trình lấy chứng chỉ Cambridge ở bậc Tiểu học."
        ),
        cap("hoi-thao-chon-truong.jpg", "Phụ huynh đặt câu hỏi cho diễn giả trong phần giao lưu."),
        Cta("4b7e2f1a-93c5-4d8e-a6b1-0c2d3e4f5a61"),
        P(
            "Sau hội thảo, phụ huynh được tham quan lớp học, thư viện và phòng thí nghiệm cùng "
            "giáo viên chủ nhiệm các khối."
        ),
    ],
    authors=["Ban Truyền thông"],
    opts={
        "author": "ban-truyen-thong",
        "tags": ["tuyen-sinh", "su-kien"],
        "time": "2026-10-28 11:00:00",
    },
)
T07.summary = T07.blocks[0].text

T08 = Story(
    8,
    "clb-robotics-sgs-vao-chung-ket-wro-2026",
    "CLB Robotics SGS vào chung kết quốc gia WRO 2026",
    "tin-tuc",
    "2026-10-20T17:05:00+07:00",
    [
        P(
            "Hai đội của Câu lạc bộ Robotics gồm 6 học sinh khối 7 và khối 8 đã vượt qua 64 đội ở "
            "vòng loại khu vực phía Nam để giành vé vào vòng chung kết quốc gia cuộc thi World "
            "Robot Olympiad (WRO) 2026, bảng Robo Mission."
        ),
        P(
            "Với chủ đề năm nay “Earth Allies”, các đội phải lập trình robot hoàn thành nhiệm vụ "
            "thu gom và phân loại “rác thải” trên sa bàn trong 2 phút. Đội SGS Falcons đạt 215/240 "
            "điểm, xếp thứ ba toàn vòng loại."
        ),
        cap(
            "wro-2026-sa-ban.jpg",
            "Đội SGS Falcons chạy thử robot trên sa bàn trước lượt thi chính thức.",
        ),
        P("Vòng chung kết quốc gia sẽ diễn ra tại Hà Nội vào giữa tháng 12/2026."),
        byline("<strong>Tin, ảnh: Đỗ Hoàng Nam</strong>"),
    ],
    authors=["Đỗ Hoàng Nam"],
    photographers=["Đỗ Hoàng Nam"],
    opts={
        "author": "ban-truyen-thong",
        "tags": ["hoat-dong-ngoai-khoa", "hoc-tap"],
        "time": "2026-10-20 17:05:00",
        "meta": "Hai đội Robotics của SGS giành vé vào chung kết quốc gia WRO 2026.",
    },
)

T09 = Story(
    9,
    "ngay-hoi-doc-sach-moi-trang-sach-mot-chan-troi",
    "Ngày hội đọc sách “Mỗi trang sách, một chân trời”",
    "tin-tuc",
    "2026-10-12T09:00:00+07:00",
    [
        lead(
            "Tuần lễ đọc sách từ 05 đến 09/10/2026 khép lại với ngày hội đọc sách sôi nổi, nơi "
            "học sinh hóa thân thành nhân vật yêu thích và giới thiệu những cuốn sách đã đọc "
            "trong học kỳ."
        ),
        P(
            "Mỗi lớp Tiểu học chọn một cuốn sách tiếng Việt và một cuốn sách tiếng Anh để dựng "
            "thành hoạt cảnh ngắn. Những nhân vật quen thuộc như Dế Mèn, chú bé Tích Chu, Matilda "
            "hay Harry Potter lần lượt xuất hiện trên sân khấu."
        ),
        cap("doc-sach-hoat-canh.jpg", "Hoạt cảnh “Dế Mèn phiêu lưu ký” của lớp 4A3."),
        P(
            "Ở khu vực THCS, học sinh tổ chức “chợ sách cũ”, trao đổi hơn 900 cuốn sách. Toàn bộ "
            "số tiền bán sách được chuyển vào quỹ xây dựng tủ sách cho một trường tiểu học ở "
            "huyện Cần Giờ."
        ),
        P(
            "Cô Trương Mỹ Linh, phụ trách thư viện, cho biết số lượt mượn sách trong tháng 10 "
            "tăng gần gấp đôi so với cùng kỳ năm trước."
        ),
    ],
    authors=["Nguyễn Thu Hà"],
    opts={
        "author": "nguyen-thu-ha",
        "tags": ["hoat-dong-ngoai-khoa"],
        "time": "2026-10-12 09:00:00",
        "entities": 2,
    },
)
T09.summary = T09.blocks[0].text

T10 = Story(
    10,
    "le-khai-giang-nam-hoc-2026-2027",
    "Rộn ràng Lễ khai giảng năm học 2026–2027 tại hai cơ sở",
    "tin-tuc",
    "2026-09-05T10:30:00+07:00",
    [
        lead(
            "Sáng 05/9/2026, hơn 1.300 học sinh tại cơ sở Thảo Điền và cơ sở Phú Mỹ Hưng cùng hòa "
            "chung niềm vui trong ngày khai giảng năm học mới."
        ),
        P(
            "Tại cơ sở Thảo Điền, buổi lễ bắt đầu bằng nghi thức chào cờ và màn đánh trống khai "
            "trường của cô Hiệu trưởng Nguyễn Thị Bích Ngọc. Học sinh lớp 1 được các anh chị lớp 9 "
            "dắt tay đi qua “cổng chào tuổi thơ” để chính thức trở thành học sinh của trường."
        ),
        cap(
            "khai-giang-2026-thao-dien.jpg",
            "Học sinh lớp 1 bước qua “cổng chào tuổi thơ” tại cơ sở Thảo Điền.",
        ),
        P("Năm học của những trải nghiệm", "h2"),
        P(
            "Năm học 2026–2027, nhà trường tiếp tục triển khai chương trình song ngữ tích hợp, bổ "
            "sung môn Tư duy máy tính từ lớp 3 và mở rộng chương trình Cambridge Global "
            "Perspectives cho khối THCS."
        ),
        P(
            "Nhà trường cũng đưa vào sử dụng khu thể thao mới với bể bơi bốn mùa và sân bóng đá "
            "mini tại cơ sở Phú Mỹ Hưng."
        ),
        cap(
            "khai-giang-2026-phu-my-hung.jpg",
            "Màn đồng diễn của học sinh khối 4 tại cơ sở Phú Mỹ Hưng.",
        ),
        cap(
            "khai-giang-2026-bong-bay.jpg",
            "Khoảnh khắc thả bóng bay mang theo ước mơ của học sinh.",
        ),
        P(
            "Kết thúc buổi lễ, các lớp trở về phòng học để gặp gỡ giáo viên chủ nhiệm và nhận "
            "thời khóa biểu tuần đầu tiên."
        ),
    ],
    authors=["Ban Truyền thông"],
    opts={
        "author": "ban-truyen-thong",
        "tags": ["su-kien"],
        "time": "2026-09-05 10:30:00",
        "html_title": "Lễ khai giảng 2026–2027 | SGS",
    },
)
T10.summary = T10.blocks[0].text

# --- the posts of "Góc phụ huynh", newest first -----------------------------------------------

G01 = Story(
    21,
    "5-cach-giup-con-tu-hoc-tieng-anh-o-nha",
    "5 cách giúp con tự học tiếng Anh ở nhà",
    "goc-phu-huynh",
    "2026-11-16T20:00:00+07:00",
    [
        lead(
            "Không cần giỏi tiếng Anh, cha mẹ vẫn có thể tạo cho con một môi trường học ngoại ngữ "
            "tự nhiên ở nhà với những thói quen nhỏ mỗi ngày."
        ),
        P("1. Dành 15 phút đọc sách song ngữ trước giờ ngủ", "h3"),
        P(
            "Hãy để con chọn sách và đọc to cho cả nhà nghe. Với trẻ lớp 1–2, sách tranh có câu "
            "ngắn, lặp lại là lựa chọn phù hợp nhất."
        ),
        P("2. Biến việc nhà thành bài học từ vựng", "h3"),
        P(
            "Khi cùng con nấu ăn hay dọn dẹp, cha mẹ có thể gọi tên đồ vật bằng tiếng Anh, dán "
            "nhãn lên tủ lạnh, kệ sách, cửa ra vào."
        ),
        P("3. Chọn nội dung giải trí có chủ đích", "h3"),
        P(
            "Thay vì để con xem video ngẫu nhiên, hãy chọn trước các chương trình có phụ đề tiếng "
            "Anh và giới hạn thời gian xem không quá 45 phút mỗi ngày."
        ),
        P("4. Khuyến khích con “dạy lại” cha mẹ", "h3"),
        P(
            "Trẻ nhớ lâu hơn khi được giải thích lại điều mình vừa học. Hãy hỏi con hôm nay ở lớp "
            "học được từ mới nào và nhờ con dạy lại."
        ),
        P("5. Khen nỗ lực, không chỉ khen kết quả", "h3"),
        P(
            "Một lời khen cụ thể như “Con đã tự đọc hết trang sách này” có tác dụng hơn nhiều so "
            "với “Con giỏi quá”."
        ),
        cap(
            "goc-phu-huynh-doc-sach-cung-con.jpg",
            "Đọc sách cùng con mỗi tối là thói quen đơn giản mà hiệu quả.",
        ),
    ],
    authors=["Phạm Ngọc Lan"],
    opts={"author": "pham-ngoc-lan", "tags": ["hoc-tap-tai-nha"], "time": "2026-11-16 20:00:00"},
)
G01.summary = G01.blocks[0].text

G02 = Story(
    22,
    "con-bi-bat-nat-o-truong-cha-me-nen-lam-gi",
    "Con bị bắt nạt ở trường: cha mẹ nên làm gì?",
    "goc-phu-huynh",
    "2026-11-02T19:30:00+07:00",
    [
        P(
            "Con đột nhiên không muốn đến trường, hay đau bụng vào buổi sáng, đồ dùng học tập "
            "thường xuyên bị mất hoặc hỏng: đó có thể là những dấu hiệu cho thấy trẻ đang bị bạn "
            "bè bắt nạt."
        ),
        P(
            "Các chuyên gia tâm lý khuyên cha mẹ trước hết cần bình tĩnh lắng nghe, không vội "
            "trách con hay lập tức tìm gặp phụ huynh của bạn kia. Hãy hỏi con những câu hỏi mở như "
            "“Giờ ra chơi hôm nay con chơi với ai?” để con dễ chia sẻ."
        ),
        P(
            "Tiếp theo, cha mẹ nên liên hệ giáo viên chủ nhiệm để cùng tìm hiểu sự việc và thống "
            "nhất cách hỗ trợ. Nhà trường cần được biết để theo dõi cả hai phía, vì trẻ có hành vi "
            "bắt nạt cũng cần được giúp đỡ."
        ),
        P(
            "Cuối cùng, hãy giúp con xây dựng sự tự tin qua các hoạt động con yêu thích và dạy con "
            "cách nói “không” một cách dứt khoát, đồng thời biết tìm đến người lớn khi cần."
        ),
        byline("<em>Theo VnExpress</em>"),
    ],
    source="VnExpress",
    opts={
        "author": "admin-sgs",
        "tags": ["tam-ly-suc-khoe"],
        "time": "2026-11-02 19:30:00",
        "meta": "Dấu hiệu trẻ bị bắt nạt ở trường và những việc cha mẹ nên làm.",
    },
)

G03 = Story(
    23,
    "thuc-don-ban-tru-thang-11-va-luu-y-dinh-duong-mua-mua",
    # the title field was pasted from Word in decomposed Unicode: printed so everywhere
    unicodedata.normalize("NFD", "Thực đơn bán trú tháng 11 và lưu ý dinh dưỡng mùa mưa"),
    "goc-phu-huynh",
    "2026-10-30T14:00:00+07:00",
    [
        P(
            "Phòng Y tế học đường gửi đến quý phụ huynh thực đơn bán trú tháng 11/2026 đã được "
            "chuyên gia dinh dưỡng xây dựng, bảo đảm trung bình 650–700 kcal cho bữa trưa của học "
            "sinh Tiểu học và 750–800 kcal cho học sinh THCS."
        ),
        P("Tuần | Món chính | Món rau | Tráng miệng", "th"),
        P("02/11 – 06/11 | Cá hồi sốt cam, gà nướng mật ong | Bí đỏ xào tỏi | Sữa chua", "tr"),
        P("09/11 – 13/11 | Bò hầm rau củ, tôm rim | Cải ngọt luộc | Chuối", "tr"),
        P("16/11 – 20/11 | Gà kho gừng, đậu hũ nhồi thịt | Canh rau ngót | Thanh long", "tr"),
        P(
            "23/11 – 27/11 | Mì Ý sốt bò bằm, cá basa chiên giòn | Salad dưa leo | Bánh flan",
            "tr",
        ),
        P(
            "Trong mùa mưa, trẻ dễ bị cảm cúm và rối loạn tiêu hóa. Phụ huynh nên cho con uống đủ "
            "nước, bổ sung trái cây giàu vitamin C và giữ ấm cho con khi trời chuyển mưa."
        ),
        P(
            "Học sinh có tiền sử dị ứng thực phẩm vui lòng cập nhật thông tin với Phòng Y tế để "
            "được điều chỉnh khẩu phần."
        ),
        byline("<strong>Bài: Hoàng Thị Mai (Phòng Y tế)</strong>"),
    ],
    authors=["Hoàng Thị Mai"],
    opts={
        "author": "ban-truyen-thong",
        "tags": ["tam-ly-suc-khoe"],
        "time": "2026-10-30 14:00:00",
        "meta": "Thực đơn bán trú tháng 11/2026 và lời khuyên dinh dưỡng mùa mưa cho học sinh.",
        "nfd": True,
    },
)

G04 = Story(
    24,
    "chuan-bi-hanh-trang-cho-con-vao-lop-1-song-ngu",
    "Chuẩn bị hành trang cho con vào lớp 1 song ngữ",
    "goc-phu-huynh",
    "2026-09-20T08:00:00+07:00",
    [
        lead(
            "Bước vào lớp 1 là một thay đổi lớn với trẻ: từ giờ giấc, cách học đến việc làm quen "
            "với hai ngôn ngữ trong cùng một ngày học. Sự chuẩn bị của cha mẹ trong những tuần "
            "đầu có ý nghĩa rất quan trọng."
        ),
        P(
            "Trước hết, hãy giúp con ổn định giờ ngủ: trẻ 6 tuổi cần ngủ từ 10 đến 11 tiếng mỗi "
            "đêm. Cha mẹ nên cho con đi ngủ trước 21 giờ và dậy lúc 6 giờ 15 để kịp xe đưa rước."
        ),
        P(
            "Ở lớp song ngữ, con sẽ học khoảng một nửa thời gian bằng tiếng Anh với giáo viên nước "
            "ngoài. Cha mẹ đừng lo lắng nếu những tuần đầu con chưa hiểu hết lời cô: hãy hỏi con "
            "về hoạt động trong ngày thay vì kiểm tra con học được bao nhiêu từ."
        ),
        cap("lop-1-ngay-dau.jpg", "Học sinh lớp 1A2 trong tiết làm quen với giáo viên nước ngoài."),
        P(
            "Cuối cùng, hãy cùng con chuẩn bị góc học tập nhỏ ở nhà, để con tự sắp xếp cặp sách "
            "mỗi tối. Thói quen tự lập này sẽ theo con suốt những năm học sau."
        ),
    ],
    authors=["Phạm Ngọc Lan"],
    opts={
        "author": "pham-ngoc-lan",
        "tags": ["hoc-tap-tai-nha"],
        "time": "2026-09-20 08:00:00",
        "entities": 3,
    },
)
G04.summary = G04.blocks[0].text

POSTS: dict[str, list[Story]] = {
    "tin-tuc": [T01, T02, T03, T04, T05, T06, T07, T08, T09, T10],
    "goc-phu-huynh": [G01, G02, G03, G04],
}
ALL_POSTS = [s for posts in POSTS.values() for s in posts]
BY_PATH = {f"{BLOGS[s.cat].base}/{s.slug}": s for s in ALL_POSTS}

#: the "Bản tin SGS" newsletter box: posts linked with the e-mail's tracking parameters
NEWSLETTER = [
    (T04, f"?{UTM}"),
    (T05, f"?hsLang=vi&{HSTC}"),
    (G01, f"?{UTM}"),
]


# --- gold ------------------------------------------------------------------------------------
# Each post is linked as "<path>?hsLang=vi"; its canonical (on www.sgs-bilingual.edu.vn) names
# the bare path; the AMP copy and the newsletter box's tracking variants serve the same post.
TT = "Tin tức"
GPH = "Góc phụ huynh"


def post_gold(story: Story, bare: str, category: str, *tracked: str) -> dict:
    """A post's gold: linked as ``bare?hsLang=vi``, canonical ``bare``, AMP copy at
    ``bare?hs_amp=true``, plus the newsletter box's tracking variants when it has them."""
    return gold_record(
        story,
        f"{bare}?hsLang=vi",
        category,
        canonical_path=bare,
        alt_paths=[f"{bare}?hs_amp=true", *tracked],
    )


GOLD = [
    post_gold(T01, "/tin-tuc/hoc-sinh-sgs-gianh-12-huy-chuong-timo-2026", TT),
    post_gold(T02, "/tin-tuc/le-ky-niem-44-nam-ngay-nha-giao-viet-nam", TT),
    post_gold(T03, "/tin-tuc/thong-bao-lich-nghi-giang-sinh-va-tet-duong-lich-2027", TT),
    post_gold(
        T04,
        "/tin-tuc/ngay-hoi-steam-2026-thanh-pho-xanh-cua-em",
        TT,
        f"/tin-tuc/ngay-hoi-steam-2026-thanh-pho-xanh-cua-em?{UTM}",
    ),
    post_gold(
        T05,
        "/tin-tuc/tuyen-sinh-nam-hoc-2027-2028",
        TT,
        f"/tin-tuc/tuyen-sinh-nam-hoc-2027-2028?hsLang=vi&{HSTC}",
    ),
    post_gold(T06, "/tin-tuc/hoc-sinh-khoi-5-trai-nghiem-lam-nong-dan-tai-cu-chi", TT),
    post_gold(T07, "/tin-tuc/hoi-thao-chon-truong-song-ngu-cho-con", TT),
    post_gold(T08, "/tin-tuc/clb-robotics-sgs-vao-chung-ket-wro-2026", TT),
    post_gold(T09, "/tin-tuc/ngay-hoi-doc-sach-moi-trang-sach-mot-chan-troi", TT),
    post_gold(T10, "/tin-tuc/le-khai-giang-nam-hoc-2026-2027", TT),
    post_gold(
        G01,
        "/goc-phu-huynh/5-cach-giup-con-tu-hoc-tieng-anh-o-nha",
        GPH,
        f"/goc-phu-huynh/5-cach-giup-con-tu-hoc-tieng-anh-o-nha?{UTM}",
    ),
    post_gold(G02, "/goc-phu-huynh/con-bi-bat-nat-o-truong-cha-me-nen-lam-gi", GPH),
    post_gold(G03, "/goc-phu-huynh/thuc-don-ban-tru-thang-11-va-luu-y-dinh-duong-mua-mua", GPH),
    post_gold(G04, "/goc-phu-huynh/chuan-bi-hanh-trang-cho-con-vao-lop-1-song-ngu", GPH),
]

for _gold in GOLD:  # the house convention (see the docstring): the day the page prints
    _gold["published_at"] = _gold["published_at"][:10]

#: the website pages and the landing page a reader can open (not articles)
NON_ARTICLES = [
    "/gioi-thieu?hsLang=vi",
    "/tuyen-sinh?hsLang=vi",
    "/tham-quan-truong?hsLang=vi",
    "/lien-he?hsLang=vi",
    "/chinh-sach-bao-mat?hsLang=vi",
]


# --- the theme's chrome --------------------------------------------------------------------


def L(path: str) -> str:
    """An internal link as HubSpot's theme prints it: with the language parameter."""
    return esc(path + ("&" if "?" in path else "?") + "hsLang=vi")


def page_id(key: str) -> int:
    return 180000000000 + sum(ord(c) * (i + 7) for i, c in enumerate(key)) % 900000


def head(
    title: str,
    canonical: str,
    description: str,
    extra: str = "",
    og_image: str = f"{HUBFS}/Logo/sgs-og-default.jpg",
) -> str:
    return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<link rel="shortcut icon" href="{HUBFS}/Logo/favicon-sgs.png">
<meta name="description" content="{esc(description)}">
<link type="text/css" rel="stylesheet" href="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.css">
<link rel="stylesheet" href="/hubfs/hub_generated/template_assets/1/97412233610/1763980000000/template_main.min.css">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:description" content="{esc(description)}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:image" content="{esc(og_image)}">
<meta name="twitter:description" content="{esc(description)}">
<meta name="twitter:title" content="{esc(title)}">
<style>a.cta_button{{-moz-box-sizing:content-box!important;box-sizing:content-box!important}}</style>
<link rel="canonical" href="{DOMAIN}{canonical}">
<meta property="og:url" content="{DOMAIN}{canonical}">
<meta name="twitter:card" content="summary_large_image">
<meta http-equiv="content-language" content="vi">
{extra}
<meta name="generator" content="HubSpot">
</head>"""


def header(current: str, here: str) -> str:
    menu = [
        ("/", "Trang chủ"),
        ("/gioi-thieu", "About us"),
        ("/tuyen-sinh", "Admissions"),
        ("/tin-tuc", "Tin tức"),
        ("/goc-phu-huynh", "Góc phụ huynh"),
        ("/lien-he", "Liên hệ"),
    ]
    items = []
    for href, label in menu:
        active = " menu__item--active" if href == current else ""
        sub = ""
        if href == "/gioi-thieu":
            sub = (
                '<ul class="menu__submenu no-list">'
                f'<li class="menu__item"><a class="menu__link" href="{L("/gioi-thieu")}">'
                "Giới thiệu chung</a></li>"
                f'<li class="menu__item"><a class="menu__link" href="{L("/gioi-thieu")}#doi-ngu">'
                "Đội ngũ giáo viên</a></li></ul>"
            )
        items.append(
            f'<li class="menu__item menu__item--depth-1{active}">'
            f'<a class="menu__link" href="{L(href)}">{label}</a>{sub}</li>'
        )
    items.append(
        '<li class="menu__item menu__item--depth-1 menu__item--cta">'
        f'<a class="menu__link button" href="{L("/tham-quan-truong")}">Book a tour</a></li>'
    )
    en = "/en" if here == "/" else "/en" + here
    return f"""<div data-global-resource-path="@marketplace/Edulink_Theme/templates/partials/header.html">
<header class="header">
  <a href="#main-content" class="header__skip">Bỏ qua đến nội dung</a>
  <div class="header__top"><div class="header__top-inner content-wrapper">
    <span class="header__date">{TODAY}</span>
    <span class="header__hotline">Hotline: <a href="tel:02837778899">028 3777 8899</a></span>
    <div class="header__language-switcher header--element">
      <div id="hs_cos_wrapper_language-switcher" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_language_switcher" data-hs-cos-general-type="widget" data-hs-cos-type="language_switcher">
        <div class="lang_switcher_class"><div class="globe_class" role="button"><ul class="lang_list_class">
          <li><a class="lang_switcher_link" data-language="vi" lang="vi" href="{L(here)}">VI</a></li>
          <li>|</li>
          <li><a class="lang_switcher_link" data-language="en" lang="en" href="{esc(en)}?hsLang=en">EN</a></li>
        </ul></div></div>
      </div>
    </div>
  </div></div>
  <div class="header__container content-wrapper">
    <div class="header__logo"><a href="{L("/")}"><img src="{HUBFS}/Logo/sgs-logo.png" alt="Logo Trường Song ngữ Ngôi Sao Sài Gòn" width="180" height="60" loading="eager"></a></div>
    <div class="header__search">
      <div class="hs-search-field"><div class="hs-search-field__bar">
        <form data-hs-do-not-collect="true" action="/hs-search-results" method="GET">
          <label class="show-for-sr" for="search-term">Tìm kiếm</label>
          <input type="text" id="search-term" class="hs-search-field__input" name="term" autocomplete="off" placeholder="Tìm kiếm…">
          <input type="hidden" name="type" value="SITE_PAGE">
          <input type="hidden" name="type" value="BLOG_POST">
          <input type="hidden" name="type" value="LISTING_PAGE">
          <button aria-label="Search">Tìm</button>
        </form>
      </div><ul class="hs-search-field__suggestions"></ul></div>
    </div>
    <nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">{"".join(items)}</ul></nav>
  </div>
</header>
</div>"""


COOKIE_BANNER = f"""<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-banner="true" role="region">
  <div id="hs-eu-cookie-confirmation-inner">
    <div id="hs-eu-policy-wording">
      <p>Trang web này sử dụng cookie để cải thiện trải nghiệm của bạn và phân tích lưu lượng truy cập. Khi tiếp tục sử dụng trang web, bạn đồng ý với việc sử dụng cookie theo <a href="{L("/chinh-sach-bao-mat")}">Chính sách bảo mật</a> của chúng tôi.</p>
    </div>
    <div id="hs-en-cookie-confirmation-buttons-area">
      <a id="hs-eu-cookie-settings-button" role="button" href="#">Cài đặt cookie</a>
      <div id="hs-eu-confirmation-button-group">
        <a id="hs-eu-confirmation-button" role="button" href="#">Chấp nhận</a>
        <a id="hs-eu-decline-button" role="button" href="#">Từ chối</a>
      </div>
    </div>
  </div>
</div>"""


def hs_form(form_id: str, title: str, fields: list[tuple[str, str, str]], button: str) -> str:
    """An embedded HubSpot form (it posts to forms.hsforms.com, another host)."""
    rows = "".join(
        f'<div class="hs_{name} hs-{name} hs-fieldtype-text field hs-form-field">'
        f'<label for="{name}-{form_id}"><span>{label}</span><span class="hs-form-required">*</span></label>'
        f'<div class="input"><input id="{name}-{form_id}" name="{name}" required type="{kind}" '
        f'class="hs-input" value=""></div></div>'
        for name, label, kind in fields
    )
    return f"""<div id="hs_cos_wrapper_form_{form_id[:8]}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form" data-hs-cos-general-type="widget" data-hs-cos-type="form">
<h3 id="hs_cos_wrapper_form_{form_id[:8]}_title" class="hs_cos_wrapper form-title">{title}</h3>
<div id="hs_form_target_form_{form_id[:8]}">
<form novalidate accept-charset="UTF-8" action="https://forms-na1.hsforms.com/submissions/v3/public/submit/formsnext/multipart/{PORTAL_ID}/{form_id}" enctype="multipart/form-data" id="hsForm_{form_id}" method="POST" class="hs-form stacked hs-custom-form hs-form-private" data-form-id="{form_id}" data-portal-id="{PORTAL_ID}">
<fieldset class="form-columns-1">{rows}</fieldset>
<div class="legal-consent-container"><p>Chúng tôi tôn trọng quyền riêng tư của bạn và chỉ dùng thông tin để gửi nội dung bạn yêu cầu.</p></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="{button}"></div></div>
</form></div></div>"""


NEWSLETTER_FORM = hs_form(
    "6c1f0a2e-5b3d-4c7a-9e8f-1d2c3b4a5e6f",
    "Nhận bản tin",
    [("email", "Email của quý phụ huynh", "email")],
    "Đăng ký",
)


def footer() -> str:
    links = [
        ("/gioi-thieu", "About us"),
        ("/tuyen-sinh", "Admissions"),
        ("/tin-tuc", "Tin tức"),
        ("/goc-phu-huynh", "Góc phụ huynh"),
        ("/lien-he", "Liên hệ"),
        ("/chinh-sach-bao-mat", "Chính sách bảo mật"),
    ]
    quick = "".join(f'<li><a href="{L(h)}">{t}</a></li>' for h, t in links)
    subscribe = hs_form(
        "e2d4c6b8-a0f1-4e3d-8c5b-7a9f1e3d5c7b",
        "Subscribe",
        [("email", "Email", "email")],
        "Subscribe",
    )
    return f"""<div data-global-resource-path="@marketplace/Edulink_Theme/templates/partials/footer.html">
<footer class="footer"><div class="footer__container content-wrapper">
  <div class="footer__col footer__col--about">
    <img src="{HUBFS}/Logo/sgs-logo-white.png" alt="Logo SGS" width="160" height="54" loading="lazy">
    <p><strong>{SCHOOL}</strong></p>
    <p>Cơ sở Thảo Điền: 28 Quốc Hương, phường An Khánh, TP. Hồ Chí Minh</p>
    <p>Cơ sở Phú Mỹ Hưng: 15 Nguyễn Đức Cảnh, phường Tân Mỹ, TP. Hồ Chí Minh</p>
    <p>Điện thoại: 028 3777 8899 – Email: info@sgs-bilingual.edu.vn</p>
  </div>
  <div class="footer__col"><h4>Liên kết nhanh</h4><ul class="no-list">{quick}<li><a href="/tin-tuc/rss.xml">RSS</a></li></ul></div>
  <div class="footer__col footer__subscribe">{subscribe}<p>Nhận thông tin tuyển sinh và sự kiện mới nhất qua email.</p></div>
  <div class="footer__social">
    <a href="https://www.facebook.com/sgs.bilingual" target="_blank" rel="noopener">Facebook</a>
    <a href="https://www.youtube.com/@sgsbilingual" target="_blank" rel="noopener">YouTube</a>
    <a href="https://zalo.me/0283777889" target="_blank" rel="noopener">Zalo</a>
  </div>
  <div class="footer__counter">Lượt truy cập: 1.284.562 · Hôm nay: 1.037 · Đang online: 37</div>
  <p class="footer__copyright">© 2026 {SCHOOL}. All rights reserved.</p>
</div></footer>
</div>"""


def scripts(content_type: str, key: str, canonical: str, group: int | None = None) -> str:
    pid = page_id(key)
    group_js = group if group is not None else "null"
    return f"""<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script>
<script src="/hs/hsstatic/content-cta-embed/static-1.263/embed.js"></script>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script src="/hubfs/hub_generated/template_assets/1/97412233611/1763980000000/template_main.min.js"></script>
<!-- Start of HubSpot Analytics Code -->
<script type="text/javascript">
var _hsq = _hsq || [];
_hsq.push(["setContentType", "{content_type}"]);
_hsq.push(["setCanonicalUrl", "{DOMAIN}{canonical}"]);
_hsq.push(["setPageId", "{pid}"]);
_hsq.push(["setContentMetadata", {{"contentPageId": {pid}, "legacyPageId": "{pid}", "contentFolderId": null, "contentGroupId": {group_js}, "abTestId": null, "languageVariantId": {pid}, "languageCode": "vi"}}]);
</script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js-na1.hs-scripts.com/{PORTAL_ID}.js"></script>
<!-- End of HubSpot Analytics Code -->
<script type="text/javascript">
var hsVars = {{render_id: "{pid:x}-{key[:12]}", ticks: 1764050000000, page_id: {pid}, content_group_id: {group_js}, portal_id: {PORTAL_ID}, app_hs_base_url: "https://app-na1.hubspot.com", cp_hs_base_url: "https://cp-na1.hubspot.com", language: "vi", analytics_page_type: "{content_type}", scp_content_type: "", category_id: 3, folder_id: 0, is_hubspot_user: false}};
</script>
<script defer src="/hs/hsstatic/HubspotToolsMenu/static-1.432/js/index.js"></script>"""


def page(
    head_html: str,
    current: str,
    main: str,
    body_class: str,
    content_type: str,
    key: str,
    canonical: str,
    group: int | None = None,
) -> str:
    """A themed page; ``canonical`` is also the page's own path (the language switcher's)."""
    return f"""{head_html}
<body>
<div class="body-wrapper {body_class} hs-content-id-{page_id(key)}">
{header(current, canonical)}
<main id="main-content" class="body-container-wrapper">
{main}
</main>
{footer()}
</div>
{COOKIE_BANNER}
{scripts(content_type, key, canonical, group)}
</body>
</html>"""


# --- posts ---------------------------------------------------------------------------------

MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def vn_long_date(story: Story) -> str:
    """The meta line's date: "14 tháng 11, 2026"."""
    y, m, d = story.opts["time"][:10].split("-")
    return f"{int(d)} tháng {int(m)}, {y}"


def card_date(story: Story) -> str:
    y, m, d = story.opts["time"][:10].split("-")
    return f"{d}/{m}/{y}"


def post_path(story: Story) -> str:
    return f"{BLOGS[story.cat].base}/{story.slug}"


def featured(story: Story) -> str:
    return story.images[0].src if story.images else f"{HUBFS}/Blog/sgs-blog-default.jpg"


def sized(src: str, width: int) -> str:
    """HubSpot's resized copy of a hubfs image (cards, thumbnails, srcset)."""
    return f"{src}?width={width}&name={src.rsplit('/', 1)[-1]}"


def author_of(story: Story) -> Author:
    return AUTHORS[story.opts["author"]]


def card_summary(story: Story) -> str:
    """What the listing shows: the text before the read-more break, cut at ~150 characters."""
    first = next(b.text for b in story.blocks if isinstance(b, P))
    if story.summary or len(first) <= 150:
        return first
    return first[:150].rsplit(" ", 1)[0] + "…"


def meta_description(story: Story) -> str:
    return story.opts.get("meta") or card_summary(story)


def _txt(story: Story, value: str) -> str:
    """Article text as the editor stored it: decomposed or entity-encoded on some posts."""
    out = text(value, nfd=story.opts.get("nfd", False), entities=story.opts.get("entities", 0))
    if story.opts.get("nbsp"):
        out = out.replace(". ", ".&nbsp; ", 1)
    return out


def _img(img: Img, amp: bool) -> str:
    alt = img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if amp:
        tag = (
            f'<amp-img src="{esc(img.src)}" alt="{alt}" width="1200" height="800" '
            'layout="responsive"></amp-img>'
        )
    else:
        srcset = ", ".join(f"{esc(sized(img.src, w))} {w}w" for w in (600, 1200, 1800))
        tag = (
            f'<img src="{esc(img.src)}" alt="{alt}" width="1200" height="800" loading="lazy" '
            'style="height: auto; max-width: 100%; width: 1200px; margin-left: auto; '
            f'margin-right: auto; display: block;" srcset="{srcset}" '
            'sizes="(max-width: 1200px) 100vw, 1200px">'
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'\n<p style="text-align: center; font-size: 14px;"><em>{esc(img.printed)}</em></p>'
    return out


def _cta(cta: Cta, story: Story) -> str:
    g = cta.guid
    placement = g[::-1].replace("-", "")[:32]
    href = esc(
        f"/cs/c/?cta_guid={g}&signature=AAH58kF{placement[:20]}&placement_guid={placement}"
        f"&click=7d1e{placement[:8]}&hsutk=&canon={DOMAIN}{post_path(story)}"
        f"&portal_id={PORTAL_ID}&redirect_url=APefjpGq{placement[8:24]}"
    )
    return f"""<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-{g}"><span class="hs-cta-node hs-cta-{g}" id="hs-cta-{g}"><!--[if lte IE 8]><div id="hs-cta-ie-element"></div><![endif]--><a href="{href}"><img class="hs-cta-img" id="hs-cta-img-{g}" style="border-width:0px;" height="56" width="320" src="https://no-cache.hubspot.com/cta/default/{PORTAL_ID}/{g}.png" alt="Đăng ký tham quan trường"></a></span><script charset="utf-8" src="/hs/cta/cta/current.js"></script><script type="text/javascript"> hbspt.cta._relativeUrls=true;hbspt.cta.load({PORTAL_ID}, '{g}', {{"useNewLoader":"true","region":"na1"}}); </script></span><!-- end HubSpot Call-to-Action Code -->"""


def _video(video: Video, amp: bool) -> str:
    if amp:
        return (
            f'<amp-youtube data-videoid="{video.youtube_id}" layout="responsive" width="480" '
            'height="270"></amp-youtube>'
        )
    return f"""<div class="hs-embed-wrapper" style="position: relative; overflow: hidden; width: 100%; height: auto; padding: 0px; max-width: 560px; min-width: 256px; display: block; margin: auto;"><div class="hs-embed-content-wrapper"><div style="position: relative; overflow: hidden; max-width: 100%; padding-bottom: 56.25%; margin: 0px;"><iframe width="560" height="315" src="https://www.youtube.com/embed/{video.youtube_id}?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen style="position: absolute; top: 0px; left: 0px; width: 100%; height: 100%; border: none;" title="Ngày hội STEAM 2026 – SGS"></iframe></div></div></div>"""


def _table(story: Story, rows: list[P]) -> str:
    cell = 'style="padding: 4px; border: 1px solid #99acc2;"'
    trs = []
    for row in rows:
        cells = row.text.split(" | ")
        if row.style == "th":
            tds = "".join(f"<td {cell}><strong>{_txt(story, c)}</strong></td>" for c in cells)
        else:
            tds = "".join(f"<td {cell}>{_txt(story, c)}</td>" for c in cells)
        trs.append(f"<tr>{tds}</tr>")
    return (
        '<div data-hs-responsive-table="true" style="overflow-x: auto; max-width: 100%; width: '
        '100%; margin-left: auto; margin-right: auto;"><table style="width: 100%; '
        'border-collapse: collapse; table-layout: fixed; border: 1px solid #99acc2;"><tbody>'
        + "".join(trs)
        + "</tbody></table></div>"
    )


def rich_text(story: Story, amp: bool = False) -> str:
    """The post_body rich text as HubSpot's editor stores it."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    first_paragraph = True
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "th", "tr"):
            group = [b]
            kinds = ("li",) if b.style == "li" else ("th", "tr")
            while (
                i + 1 < len(blocks)
                and isinstance(blocks[i + 1], P)
                and blocks[i + 1].style in kinds
            ):
                i += 1
                group.append(blocks[i])
            if b.style == "li":
                out.append(
                    "<ul>" + "".join(f"<li>{_txt(story, g.text)}</li>" for g in group) + "</ul>"
                )
            else:
                out.append(_table(story, group))
        elif isinstance(b, P):
            t = _txt(story, b.text)
            if b.style == "lead":
                out.append(f"<p><strong>{t}</strong></p>")
            elif b.style in ("h2", "h3"):
                out.append(f"<{b.style}>{t}</{b.style}>")
            elif b.style == "quote":
                out.append(f"<blockquote><p><em>{t}</em></p></blockquote>")
            else:
                out.append(f"<p>{t}</p>")
            if first_paragraph:
                out.append("<!--more-->")
                first_paragraph = False
        elif isinstance(b, Img):
            out.append(_img(b, amp))
        elif isinstance(b, Cta):
            if not amp:
                out.append(_cta(b, story))
        elif isinstance(b, Video):
            out.append(_video(b, amp))
        elif isinstance(b, Raw):
            if story.opts.get("nbsp"):
                out.append("<p>&nbsp;</p>")
            out.append(b.html)
        i += 1
    return "\n".join(out)


def related(story: Story) -> list[Story]:
    """HubSpot's related_blog_posts: same blog, sharing a topic first, newest first."""
    others = [s for s in POSTS[story.cat] if s is not story]
    tags = set(story.opts["tags"])
    sharing = [s for s in others if tags & set(s.opts["tags"])]
    rest = [s for s in others if s not in sharing]
    return (sharing + rest)[:3]


def related_module(story: Story) -> str:
    cards = []
    for s in related(story):
        cards.append(
            f"""<article class="blog-related-posts__post">
  <a class="blog-related-posts__image-link" href="{L(post_path(s))}"><img class="blog-related-posts__image" src="{esc(sized(featured(s), 400))}" alt="{esc(s.title)}" loading="lazy" width="400" height="250"></a>
  <div class="blog-related-posts__content">
    <h3 class="blog-related-posts__title"><a href="{L(post_path(s))}">{esc(s.title)}</a></h3>
    <p class="blog-related-posts__date">{card_date(s)}</p>
  </div>
</article>"""
        )
    return (
        '<section class="blog-related-posts"><h2 class="blog-related-posts__heading">'
        'Bài viết liên quan</h2><div class="blog-related-posts__list">'
        + "\n".join(cards)
        + "</div></section>"
    )


def tag_pills(story: Story, css: str) -> str:
    blog = BLOGS[story.cat]
    return "".join(
        f'<a class="{css}" href="{L(f"{blog.base}/tag/{t}")}" rel="tag">{blog.tags[t]}</a>'
        for t in story.opts["tags"]
    )


def newsletter_box() -> str:
    items = "".join(
        f'<li><a href="{esc(post_path(s) + q)}">{esc(s.title)}</a></li>' for s, q in NEWSLETTER
    )
    return (
        '<div class="newsletter-box"><h3 class="newsletter-box__title">Bản tin SGS – tháng '
        f'11/2026</h3><ul class="newsletter-box__list no-list">{items}</ul>'
        '<p class="newsletter-box__note">Các bài viết nổi bật đã gửi đến phụ huynh qua email.</p>'
        "</div>"
    )


def sidebar(blog: Blog) -> str:
    latest = "".join(
        f'<li><a href="{L(post_path(s))}">{esc(s.title)}</a><span class="blog-sidebar__date">'
        f"{card_date(s)}</span></li>"
        for s in POSTS[blog.key][:5]
    )
    topics = "".join(
        f'<li><a href="{L(f"{blog.base}/tag/{t}")}">{label}</a></li>'
        for t, label in blog.tags.items()
    )
    return f"""<aside class="blog-sidebar">
  <div class="blog-sidebar__module"><h3 class="blog-sidebar__title">Tin mới</h3><ul class="no-list">{latest}</ul></div>
  <div class="blog-sidebar__module">{newsletter_box()}</div>
  <div class="blog-sidebar__module"><h3 class="blog-sidebar__title">Chủ đề</h3><ul class="no-list">{topics}</ul>
    <p><a class="blog-sidebar__rss" href="{blog.base}/rss.xml">RSS {esc(blog.name)}</a></p></div>
  <div class="blog-sidebar__module"><h3 class="blog-sidebar__title">Liên kết website</h3><ul class="no-list">
    <li><a href="https://hcm.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT TP. Hồ Chí Minh</a></li>
    <li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
    <li><a href="https://www.cambridgeinternational.org" target="_blank" rel="noopener">Cambridge International Education</a></li>
  </ul></div>
</aside>"""


def blog_group(blog: Blog) -> int:
    return 97000000000 + (1 if blog.key == "tin-tuc" else 2) * 1311


def post_page(story: Story, req: Request) -> str:
    blog = BLOGS[story.cat]
    path = post_path(story)
    author = author_of(story)
    title_markup = text(story.title, nfd=story.opts.get("nfd", False))
    extra = (
        f'<link rel="amphtml" href="{base_url(req)}{path}?hs_amp=true">\n'
        '<meta property="og:type" content="article">\n'
        f'<link rel="alternate" type="application/rss+xml" href="{DOMAIN}{blog.base}/rss.xml">'
    )
    main = f"""<div class="body-container body-container--blog-post">
<div class="content-wrapper">
  <nav class="breadcrumbs" aria-label="Breadcrumb"><a href="{L("/")}">Trang chủ</a> / <a href="{L(blog.base)}">{blog.name}</a></nav>
  <div class="blog-layout">
  <article class="blog-post">
    <h1 class="blog-post__title"><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="text">{title_markup}</span></h1>
    <div class="blog-post__meta"><a href="{L(f"{blog.base}/author/{author.slug}")}" rel="author">{esc(author.display)}</a> <time datetime="{story.opts["time"]}" class="blog-post__timestamp">{vn_long_date(story)}</time></div>
    <div class="blog-post__tags">{tag_pills(story, "blog-post__tag-link")}</div>
    <div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">{rich_text(story)}</span></div>
    <div class="blog-post__social-sharing"><span>Chia sẻ:</span>
      <a href="https://www.facebook.com/share.php?u={DOMAIN}{path}" target="_blank" rel="noopener">Facebook</a>
      <a href="https://www.linkedin.com/shareArticle?mini=true&amp;url={DOMAIN}{path}" target="_blank" rel="noopener">LinkedIn</a>
      <a href="https://twitter.com/intent/tweet?url={DOMAIN}{path}" target="_blank" rel="noopener">X</a>
    </div>
  </article>
  {sidebar(blog)}
  </div>
  {related_module(story)}
  <section class="blog-subscribe">{NEWSLETTER_FORM}</section>
  <section class="blog-comments"><h3 class="blog-comments__title">Bình luận (0)</h3>
    <div id="comments-listing" class="new-comments"></div>
    <div id="hs_form_target_comments"><p>Hãy là người đầu tiên bình luận về bài viết này.</p>
      {hs_form("3f5e7d9c-1b2a-4c6e-8d0f-2e4c6a8b0d1f", "Để lại bình luận", [("firstname", "Họ tên", "text"), ("email", "Email", "email"), ("comment", "Bình luận", "text")], "Gửi bình luận")}
    </div>
  </section>
</div>
</div>"""
    title = story.opts.get("html_title") or f"{story.title} | SGS"
    return page(
        head(title, path, meta_description(story), extra, og_image=featured(story)),
        blog.base,
        main,
        f"hs-blog-post hs-blog-id-{blog_group(blog)}",
        "blog-post",
        path,
        path,
        blog_group(blog),
    )


def amp_page(story: Story) -> str:
    blog = BLOGS[story.cat]
    path = post_path(story)
    author = author_of(story)
    return f"""<!doctype html>
<html amp lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(story.opts.get("html_title") or f"{story.title} | SGS")}</title>
<link rel="canonical" href="{DOMAIN}{path}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-youtube" src="https://cdn.ampproject.org/v0/amp-youtube-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>.hs-amp-title{{font-size:28px}}.hs-amp-meta{{color:#666}}</style>
</head>
<body>
<header class="hs-amp-header"><a href="{L("/")}"><amp-img src="{HUBFS}/Logo/sgs-logo.png" width="180" height="60" alt="Logo SGS"></amp-img></a></header>
<main>
<article class="hs-amp-post">
  <div class="hs-amp-breadcrumb"><a href="{L("/")}">Trang chủ</a> / <a href="{L(blog.base)}">{blog.name}</a></div>
  <h1 class="hs-amp-title">{text(story.title, nfd=story.opts.get("nfd", False))}</h1>
  <div class="hs-amp-meta"><a href="{L(f"{blog.base}/author/{author.slug}")}" rel="author">{esc(author.display)}</a> <time datetime="{story.opts["time"]}">{vn_long_date(story)}</time></div>
  <div class="hs-amp-body">{rich_text(story, amp=True)}</div>
</article>
</main>
<footer class="hs-amp-footer"><p>© 2026 {SCHOOL}</p></footer>
<amp-analytics config="https://js.hs-analytics.net/analytics/amp/{PORTAL_ID}.json" data-credentials="include"></amp-analytics>
</body>
</html>"""


# --- listings ------------------------------------------------------------------------------


def listing_card(story: Story) -> str:
    blog = BLOGS[story.cat]
    link = L(post_path(story))
    img = esc(sized(featured(story), 720))
    first_tag = story.opts["tags"][0]
    return f"""<article class="blog-index__post blog-index__post--small" aria-label="Blog post summary: {esc(story.title)}">
  <a class="blog-index__post-image-wrapper" href="{link}" aria-label="Read full post: {esc(story.title)}">
    <div class="blog-index__post-image" style="background-image: url('{img}');"></div>
    <img class="blog-index__post-image-lazy lazyload" data-src="{img}" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" alt="{esc(story.title)}">
  </a>
  <div class="blog-index__post-content">
    <div class="blog-index__post-tags"><a class="blog-index__post-tag" href="{L(f"{blog.base}/tag/{first_tag}")}">{blog.tags[first_tag]}</a></div>
    <h2 class="blog-index__post-title"><a href="{link}">{esc(story.title)}</a></h2>
    <div class="blog-index__post-meta"><span class="blog-index__post-author">{esc(author_of(story).display)}</span> • <span class="blog-index__post-date">{card_date(story)}</span></div>
    <p class="blog-index__post-summary">{text(card_summary(story), nfd=story.opts.get("nfd", False))}</p>
    <a class="blog-index__post-button" href="{link}">Đọc tiếp</a>
  </div>
</article>"""


def pagination(base: str, current: int, last: int) -> str:
    if last <= 1:
        return ""

    def href(n: int) -> str:
        return L(base if n == 1 else f"{base}/page/{n}")

    parts = []
    if current > 1:
        parts.append(
            '<a class="blog-pagination__link blog-pagination__prev-link" '
            f'href="{href(current - 1)}">Trang trước</a>'
        )
    else:
        parts.append(
            '<a class="blog-pagination__link blog-pagination__prev-link '
            'blog-pagination__prev-link--disabled">Trang trước</a>'
        )
    for n in range(1, last + 1):
        active = " blog-pagination__link--active" if n == current else ""
        parts.append(
            f'<a class="blog-pagination__link blog-pagination__number-link{active}" '
            f'href="{href(n)}">{n}</a>'
        )
    if current < last:
        parts.append(
            '<a class="blog-pagination__link blog-pagination__next-link" '
            f'href="{href(current + 1)}">Trang sau</a>'
        )
    else:
        parts.append(
            '<a class="blog-pagination__link blog-pagination__next-link '
            'blog-pagination__next-link--disabled">Trang sau</a>'
        )
    return '<div class="blog-pagination">' + "\n".join(parts) + "</div>"


def listing_page(blog: Blog, posts: list[Story], base: str, n: int, heading: str) -> str | None:
    last = max(1, -(-len(posts) // PER_PAGE))
    if n < 1 or n > last:
        return None
    shown = posts[(n - 1) * PER_PAGE : n * PER_PAGE]
    path = base if n == 1 else f"{base}/page/{n}"
    main = f"""<div class="body-container body-container--blog-index">
<div class="content-wrapper">
  <nav class="breadcrumbs" aria-label="Breadcrumb"><a href="{L("/")}">Trang chủ</a> / <a href="{L(blog.base)}">{blog.name}</a></nav>
  {heading}
  <div class="blog-layout">
    <div class="blog-main">
      <div class="blog-index">
{"".join(listing_card(s) for s in shown)}
      </div>
      {pagination(base, n, last)}
    </div>
    {sidebar(blog)}
  </div>
  <section class="blog-subscribe">{NEWSLETTER_FORM}</section>
</div>
</div>"""
    title = f"{blog.name} | SGS" + (f" | Trang {n}" if n > 1 else "")
    extra = f'<link rel="alternate" type="application/rss+xml" href="{DOMAIN}{blog.base}/rss.xml">'
    return page(
        head(title, path, blog.intro, extra),
        blog.base,
        main,
        f"hs-blog-listing hs-blog-id-{blog_group(blog)}",
        "listing-page",
        path,
        path,
        blog_group(blog),
    )


def blog_header(title: str, subtitle: str) -> str:
    return (
        f'<div class="blog-header"><h1 class="blog-header__title">{esc(title)}</h1>'
        f'<p class="blog-header__subtitle">{esc(subtitle)}</p></div>'
    )


def author_header(author: Author) -> str:
    return f"""<div class="blog-header blog-header--author">
  <img class="blog-header__author-avatar" src="{HUBFS}/Blog/authors/{author.slug}.jpg" alt="{esc(author.display)}" width="120" height="120" loading="lazy">
  <h1 class="blog-header__title">{esc(author.display)}</h1>
  <p class="blog-header__author-bio">{esc(author.bio)}</p>
</div>"""


def _gmt(story: Story) -> datetime:
    return datetime.strptime(story.opts["time"], "%Y-%m-%d %H:%M:%S") - timedelta(hours=7)


def rss(blog: Blog) -> Response:
    items = []
    for s in POSTS[blog.key]:
        t = _gmt(s)
        link = f"{DOMAIN}{post_path(s)}"
        cats = "".join(f"<category>{esc(blog.tags[x])}</category>" for x in s.opts["tags"])
        items.append(
            f"""<item>
<title>{esc(s.title)}</title>
<link>{link}</link>
<description>{esc(f'<div class="hs-featured-image-wrapper"><img src="{featured(s)}"></div><p>{card_summary(s)}</p>')}</description>
{cats}
<pubDate>{t.strftime("%a, %d")} {MONTHS_SHORT[t.month - 1]} {t.strftime("%Y %H:%M:%S")} GMT</pubDate>
<author>{esc(author_of(s).display)}</author>
<guid>{link}</guid>
<dc:date>{t.strftime("%Y-%m-%dT%H:%M:%SZ")}</dc:date>
</item>"""
        )
    body = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
<title>SGS | {esc(blog.name)}</title>
<link>{DOMAIN}{blog.base}</link>
<description>{esc(blog.intro)}</description>
<language>vi</language>
<atom:link href="{DOMAIN}{blog.base}/rss.xml" rel="self" type="application/rss+xml"/>
{"".join(items)}
</channel>
</rss>"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def blog_route(blog: Blog, rest: str, req: Request) -> Response | None:
    """Everything under a blog's base: listing pages, tags, authors, feed, posts."""
    posts = POSTS[blog.key]
    heading = blog_header(blog.name, blog.intro)
    if rest == "":
        body = listing_page(blog, posts, blog.base, 1, heading)
    elif rest == "/rss.xml":
        return rss(blog)
    elif m := re.fullmatch(r"/page/(\d+)", rest):
        if m.group(1) == "1":
            return redirect(blog.base, 301)
        body = listing_page(blog, posts, blog.base, int(m.group(1)), heading)
    elif m := re.fullmatch(r"/tag/([a-z0-9-]+)(?:/page/(\d+))?", rest):
        tag = m.group(1)
        if tag not in blog.tags:
            return None
        tagged = [s for s in posts if tag in s.opts["tags"]]
        head_html = blog_header(
            f"Chủ đề: {blog.tags[tag]}", f"Các bài viết thuộc chủ đề {blog.tags[tag]}."
        )
        body = listing_page(blog, tagged, f"{blog.base}/tag/{tag}", int(m.group(2) or 1), head_html)
    elif m := re.fullmatch(r"/author/([a-z0-9-]+)(?:/page/(\d+))?", rest):
        author = AUTHORS.get(m.group(1))
        written = [s for s in posts if author and s.opts["author"] == author.slug]
        if not written:
            return None
        body = listing_page(
            blog,
            written,
            f"{blog.base}/author/{author.slug}",
            int(m.group(2) or 1),
            author_header(author),
        )
    else:
        story = BY_PATH.get(blog.base + rest)
        if story is None:
            return None
        if req.params.get("hs_amp") == "true":
            return html(amp_page(story))
        body = post_page(story, req)
    return html(body) if body else None


# --- website pages -------------------------------------------------------------------------


def dnd(*modules: str) -> str:
    """A drag-and-drop page body: one section per module, as HubSpot prints them."""
    rows = []
    for n, inner in enumerate(modules, 1):
        rows.append(
            f'<div class="row-fluid-wrapper row-depth-1 row-number-{n} dnd-section">'
            '<div class="row-fluid"><div class="span12 widget-span widget-type-cell dnd-column">'
            f'<div id="hs_cos_wrapper_widget_17000{n:05d}" class="hs_cos_wrapper '
            'hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-general-type="widget" '
            f'data-hs-cos-type="module">{inner}</div></div></div></div>'
        )
    return (
        '<div class="container-fluid body-container body-container--page">'
        + "\n".join(rows)
        + "</div>"
    )


def site_page(path: str, title: str, description: str, main: str) -> str:
    return page(
        head(title, path, description), path, main, "hs-site-page", "standard-page", path, path
    )


def home_page() -> str:
    latest = "".join(
        f"""<div class="latest-posts__item">
  <a href="{L(post_path(s))}"><img src="{esc(sized(featured(s), 480))}" alt="{esc(s.title)}" loading="lazy" width="480" height="300"></a>
  <p class="latest-posts__date">{card_date(s)}</p>
  <h3 class="latest-posts__title"><a href="{L(post_path(s))}">{esc(s.title)}</a></h3>
</div>"""
        for s in POSTS["tin-tuc"][:3]
    )
    main = dnd(
        f"""<div class="hero" style="background-image:url('{HUBFS}/Home/hero-sgs-2026.jpg');">
  <h1 class="hero__title">Học song ngữ – Lớn lên toàn diện</h1>
  <p class="hero__text">Chương trình song ngữ tích hợp từ lớp 1 đến lớp 9, chuẩn đầu ra Cambridge, tại hai cơ sở Thảo Điền và Phú Mỹ Hưng.</p>
  <a class="button" href="{L("/tham-quan-truong")}">Book a tour</a> <a class="button button--secondary" href="{L("/tuyen-sinh")}">Admissions 2027–2028</a>
</div>""",
        """<div class="features"><h2>Vì sao chọn SGS?</h2>
  <div class="features__item"><h3>Song ngữ thực chất</h3><p>50% thời lượng học bằng tiếng Anh với giáo viên bản ngữ và giáo viên Việt Nam đồng giảng dạy.</p></div>
  <div class="features__item"><h3>Học qua trải nghiệm</h3><p>Dự án STEAM, câu lạc bộ và các chuyến đi thực tế mỗi học kỳ.</p></div>
  <div class="features__item"><h3>Chăm sóc từng em</h3><p>Sĩ số tối đa 25 học sinh mỗi lớp, có chuyên viên tâm lý và y tế học đường.</p></div>
</div>""",
        """<div class="numbers"><div class="numbers__item"><span class="numbers__value">1.300+</span> học sinh</div>
  <div class="numbers__item"><span class="numbers__value">120</span> giáo viên</div>
  <div class="numbers__item"><span class="numbers__value">2</span> cơ sở</div>
  <div class="numbers__item"><span class="numbers__value">98%</span> học sinh đạt chứng chỉ Cambridge</div></div>""",
        f"""<div class="latest-posts"><h2 class="latest-posts__heading">Tin mới nhất</h2>
<div class="latest-posts__list">{latest}</div>
<a class="latest-posts__more" href="{L("/tin-tuc")}">Xem tất cả tin tức</a></div>""",
        """<div class="testimonials"><h2>Cảm nhận của phụ huynh</h2>
  <blockquote class="testimonials__quote"><p>“Sau một năm, con tôi tự tin giao tiếp tiếng Anh và rất thích đến trường.”</p>
  <cite>Chị Ngô Thanh Vân, phụ huynh lớp 3A1</cite></blockquote></div>""",
        newsletter_box(),
        f"""<div class="cta-band"><h2>Đăng ký tham quan trường</h2><p>Gặp gỡ Ban Giám hiệu và dự giờ một tiết học song ngữ.</p>
  <a class="button" href="{L("/tham-quan-truong")}">Đăng ký ngay</a></div>""",
    )
    return site_page(
        "/", f"{SCHOOL} | SGS", "Trường song ngữ Tiểu học – THCS tại TP. Hồ Chí Minh.", main
    )


def about_page() -> str:
    main = dnd(
        """<div class="page-header"><h1>Giới thiệu</h1></div>""",
        """<div class="rich-text"><h2>Về chúng tôi</h2>
<p>Trường Tiểu học – THCS Song ngữ Ngôi Sao Sài Gòn được thành lập năm 2012 với cơ sở đầu tiên tại Thảo Điền. Năm 2019, trường mở thêm cơ sở Phú Mỹ Hưng, nâng tổng số học sinh lên hơn 1.300 em.</p>
<h2>Sứ mệnh</h2>
<p>Nuôi dưỡng những công dân toàn cầu mang bản sắc Việt: tự tin sử dụng hai ngôn ngữ, tư duy độc lập và biết quan tâm đến cộng đồng.</p>
<h2>Tầm nhìn</h2>
<p>Trở thành trường song ngữ được phụ huynh tin chọn hàng đầu tại TP. Hồ Chí Minh vào năm 2030.</p></div>""",
        """<div class="team" id="doi-ngu"><h2>Đội ngũ</h2>
<div class="team__member"><h3>Nguyễn Thị Bích Ngọc</h3><p>Hiệu trưởng</p></div>
<div class="team__member"><h3>ThS. Trần Minh Khoa</h3><p>Phó Hiệu trưởng</p></div>
<div class="team__member"><h3>Mr. Daniel Hughes</h3><p>Academic Director</p></div>
<p>Hơn 120 giáo viên Việt Nam và nước ngoài, 100% có bằng đại học sư phạm hoặc chứng chỉ giảng dạy quốc tế.</p></div>""",
    )
    return site_page(
        "/gioi-thieu", "Giới thiệu | SGS", "Giới thiệu Trường Song ngữ Ngôi Sao Sài Gòn.", main
    )


FEES = [
    ("Khối", "Học phí/năm", "Phí ghi danh", "Bán trú/tháng"),
    ("Lớp 1 – 2", "168.000.000 đ", "5.000.000 đ", "2.200.000 đ"),
    ("Lớp 3 – 5", "182.000.000 đ", "5.000.000 đ", "2.200.000 đ"),
    ("Lớp 6 – 7", "205.000.000 đ", "7.000.000 đ", "2.500.000 đ"),
    ("Lớp 8 – 9", "218.000.000 đ", "7.000.000 đ", "2.500.000 đ"),
]


def admissions_page() -> str:
    rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in FEES)
    main = dnd(
        """<div class="page-header"><h1>Tuyển sinh năm học 2027–2028</h1><p>Admissions</p></div>""",
        """<div class="rich-text"><h2>Chương trình đào tạo</h2>
<p>Nhà trường giảng dạy Chương trình giáo dục phổ thông 2018 của Bộ Giáo dục và Đào tạo, tích hợp chương trình Cambridge Primary và Lower Secondary cho các môn Toán, Khoa học và Tiếng Anh. Học sinh học 35 tiết mỗi tuần, trong đó 16 tiết bằng tiếng Anh.</p>
<p>Ngoài giờ chính khóa, học sinh tham gia hơn 20 câu lạc bộ: Robotics, Bơi lội, Cờ vua, Hợp xướng, Kịch nghệ tiếng Anh, Bóng rổ…</p>
<h2>Quy trình tuyển sinh</h2>
<ol><li>Đăng ký tham quan trường và nhận tư vấn.</li><li>Nộp hồ sơ trực tuyến hoặc tại văn phòng tuyển sinh.</li><li>Học sinh tham gia buổi trải nghiệm hoặc kiểm tra đầu vào.</li><li>Nhận thông báo kết quả và hoàn tất thủ tục nhập học.</li></ol>
<h2>Học phí năm học 2027–2028</h2></div>""",
        f"""<div class="fee-table"><table class="fee-table__table"><tbody>{rows}</tbody></table>
<p class="fee-table__note">Học phí chưa bao gồm xe đưa rước, đồng phục và các chuyến đi trải nghiệm ngoài trường.</p></div>""",
        """<div class="rich-text"><h2>Chính sách ưu đãi</h2>
<ul><li>Giảm 5% học phí cho con thứ hai, 10% cho con thứ ba trở đi.</li><li>Giảm 3% khi đóng học phí cả năm trước ngày 15/7/2027.</li><li>Học bổng Ngôi Sao (50% học phí) cho học sinh lớp 6 có kết quả kiểm tra đầu vào xuất sắc.</li></ul>
<h2>Câu hỏi thường gặp</h2>
<h3>Con tôi chưa học tiếng Anh có vào được lớp 1 không?</h3>
<p>Có. Buổi trải nghiệm lớp 1 không nhằm sàng lọc mà giúp giáo viên hiểu con để xếp lớp phù hợp.</p>
<h3>Trường có nhận học sinh chuyển trường giữa năm không?</h3>
<p>Trường nhận học sinh chuyển trường vào đầu mỗi học kỳ nếu khối lớp còn chỗ.</p></div>""",
        f"""<div class="cta-band"><h2>Còn thắc mắc?</h2><p>Đặt lịch tham quan để được tư vấn trực tiếp.</p><a class="button" href="{L("/tham-quan-truong")}">Book a tour</a></div>""",
    )
    return site_page(
        "/tuyen-sinh",
        "Tuyển sinh 2027–2028 | SGS",
        "Thông tin tuyển sinh, học phí và ưu đãi năm học 2027–2028.",
        main,
    )


def contact_page() -> str:
    form = hs_form(
        "8b0d2f4a-6c8e-4a1c-b3d5-7f9a1c3e5b7d",
        "Gửi câu hỏi cho nhà trường",
        [
            ("firstname", "Họ tên phụ huynh", "text"),
            ("phone", "Số điện thoại", "tel"),
            ("email", "Email", "email"),
        ],
        "Gửi",
    )
    main = dnd(
        """<div class="page-header"><h1>Liên hệ</h1></div>""",
        """<div class="campuses"><div class="campus"><h2>Cơ sở Thảo Điền</h2><p>28 Quốc Hương, phường An Khánh, TP. Hồ Chí Minh</p><p>Điện thoại: 028 3777 8899 (nhánh 1)</p></div>
<div class="campus"><h2>Cơ sở Phú Mỹ Hưng</h2><p>15 Nguyễn Đức Cảnh, phường Tân Mỹ, TP. Hồ Chí Minh</p><p>Điện thoại: 028 3777 8899 (nhánh 3)</p></div>
<p>Giờ làm việc: thứ Hai – thứ Sáu, 7:30 – 17:00; thứ Bảy, 8:00 – 11:30.</p></div>""",
        '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3919.2!2d106.73!3d10.80" width="600" height="400" style="border:0;" loading="lazy" title="Bản đồ"></iframe>',
        form,
    )
    return site_page("/lien-he", "Liên hệ | SGS", "Địa chỉ, điện thoại và biểu mẫu liên hệ.", main)


def privacy_page() -> str:
    main = dnd(
        """<div class="page-header"><h1>Chính sách bảo mật</h1><p>Cập nhật: 01/03/2026</p></div>""",
        """<div class="rich-text"><p>Trường Song ngữ Ngôi Sao Sài Gòn cam kết bảo vệ thông tin cá nhân của phụ huynh và học sinh khi sử dụng trang web này.</p>
<h2>1. Thông tin chúng tôi thu thập</h2><p>Họ tên, số điện thoại, email do quý phụ huynh cung cấp qua các biểu mẫu đăng ký; dữ liệu truy cập do cookie ghi nhận.</p>
<h2>2. Mục đích sử dụng</h2><p>Tư vấn tuyển sinh, gửi bản tin và cải thiện trải nghiệm trên trang web. Chúng tôi không bán thông tin cho bên thứ ba.</p>
<h2>3. Cookie</h2><p>Trang web dùng cookie của HubSpot để ghi nhận lượt truy cập. Quý vị có thể từ chối cookie qua nút “Từ chối” trên thanh thông báo.</p></div>""",
    )
    return site_page(
        "/chinh-sach-bao-mat", "Chính sách bảo mật | SGS", "Chính sách bảo mật thông tin.", main
    )


def landing_page() -> str:
    """A HubSpot landing page: no menu, no footer links, a form and marketing text."""
    form = hs_form(
        "a7c9e1b3-d5f7-4b9d-a1c3-e5f7a9b1c3d5",
        "Đăng ký tham quan",
        [
            ("firstname", "Họ tên phụ huynh", "text"),
            ("phone", "Số điện thoại", "tel"),
            ("email", "Email", "email"),
            ("grade", "Khối lớp quan tâm", "text"),
        ],
        "Đăng ký tham quan",
    )
    path = "/tham-quan-truong"
    return f"""{
        head(
            "Đăng ký tham quan trường – Open Day | SGS",
            path,
            "Đăng ký tham quan trường và dự giờ lớp học song ngữ.",
        )
    }
<body>
<div class="body-wrapper hs-landing-page hs-content-id-{page_id(path)}">
<header class="lp-header"><img src="{
        HUBFS
    }/Logo/sgs-logo.png" alt="Logo SGS" width="180" height="60"><span class="lp-header__hotline">028 3777 8899</span></header>
<main id="main-content" class="body-container-wrapper">
{
        dnd(
            '''<div class="lp-hero"><h1>Open Day tháng 12: Một buổi sáng làm học sinh SGS</h1>
<p>Quý phụ huynh và các con sẽ tham quan lớp học, thư viện, phòng STEAM và cùng con dự một tiết học song ngữ.</p>
<ul><li>Thứ Bảy, 05/12 và 12/12/2026, 8:30 – 11:00</li><li>Gặp gỡ Ban Giám hiệu và giáo viên nước ngoài</li><li>Tư vấn học phí và học bổng Ngôi Sao</li></ul></div>''',
            form,
            '''<div class="lp-testimonial"><blockquote><p>“Chỉ một buổi sáng, tôi đã hiểu vì sao con muốn học ở đây.”</p><cite>Anh Trịnh Quốc Duy, phụ huynh lớp 6B2</cite></blockquote></div>''',
        )
    }
</main>
<footer class="lp-footer"><p>© 2026 {SCHOOL}</p><a href="{
        L("/chinh-sach-bao-mat")
    }">Chính sách bảo mật</a></footer>
</div>
{COOKIE_BANNER}
{scripts("landing-page", path, path)}
</body>
</html>"""


def search_page(term: str) -> str:
    """HubSpot's search results template: the results are fetched by script, not printed."""
    main = dnd(
        f"""<div class="hs-search-results">
  <h1 class="hs-search-results__heading">Kết quả tìm kiếm cho “{esc(term)}”</h1>
  <template class="hs-search-results__template"><li><a href="#" class="hs-search-results__title">Tiêu đề</a><p class="hs-search-results__description">Mô tả</p></li></template>
  <ul id="hs-search-results__listing" class="hs-search-results__listing"></ul>
  <div class="hs-search__no-results"><p>Đang tải kết quả…</p></div>
  <div class="hs-search-results__pagination" data-search-path="/hs-search-results?term={esc(term)}"></div>
</div>"""
    )
    return site_page(
        "/hs-search-results", "Kết quả tìm kiếm | SGS", "Tìm kiếm trên trang web SGS.", main
    )


def not_found_page(path: str) -> str:
    main = dnd(
        f"""<div class="error-page"><h1>404</h1><h2>Không tìm thấy trang</h2>
<p>Trang bạn tìm ({esc(path)}) không tồn tại hoặc đã được chuyển đi.</p>
<a class="button" href="{L("/")}">Về trang chủ</a></div>"""
    )
    return page(
        head("Page Not Found | SGS", path, "Không tìm thấy trang."),
        "",
        main,
        "hs-error-page",
        "system-page",
        "404",
        path,
    )


WEBSITE_PAGES = {
    "/": home_page,
    "/gioi-thieu": about_page,
    "/tuyen-sinh": admissions_page,
    "/lien-he": contact_page,
    "/chinh-sach-bao-mat": privacy_page,
    "/tham-quan-truong": landing_page,
}


class HubSpotSite:
    """The HubSpot-hosted site: website pages, two blogs, system pages."""

    def respond(self, req: Request) -> Response | None:
        path = req.path
        if (static := static_file(path)) is not None:
            return static
        if path in ("/cs/c", "/cs/c/") and "cta_guid" in req.params:
            return redirect("/tham-quan-truong?hsLang=vi", 302)
        if path != "/" and path.endswith("/"):
            return redirect(path.rstrip("/") + (f"?{req.query}" if req.query else ""), 301)
        if path == "/en" or path.startswith("/en/"):
            return html(not_found_page(path), status=404)
        if path == "/hs-search-results":
            return html(search_page(req.params.get("term", "")))
        if path in WEBSITE_PAGES:
            return html(WEBSITE_PAGES[path]())
        for blog in BLOGS.values():
            if path == blog.base or path.startswith(blog.base + "/"):
                answer = blog_route(blog, path[len(blog.base) :], req)
                break
        else:
            answer = None
        return answer or html(not_found_page(path), status=404)


def build_site() -> HubSpotSite:
    return HubSpotSite()
