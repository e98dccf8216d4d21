"""Blind fixture portal: WordPress 6 + Blocksy (with Blocksy Companion) for an upper-secondary school.

Institution: Trường THPT Lương Thế Vinh (xã Tư Nghĩa, tỉnh Quảng Ngãi), a fictitious school site
run by one teacher with the account "quantri", the way many Vietnamese THPT sites are: WordPress
6.x, the free Blocksy theme plus Companion (content blocks, posts widget), Yoast SEO, LiteSpeed
Cache lazy-loading, WP-Polls, a hand-written visitor counter widget, the AMP plugin in reader mode.

URL scheme (permalinks ``/%year%/%monthnum%/%postname%/``)
  /                                   blog index, 6 cards, Blocksy "load more" pagination
  /page/N/                            blog index page N (N = 2, 3); /page/1/ 301s to /
  /category/<slug>/[<child>/][page/N/]  category archives, numbered pagination (6 a page)
  /tag/<slug>/, /author/<nicename>/[page/N/], /YYYY/MM/[page/N/]   other archives
  /YYYY/MM/<slug>/                    a post; WordPress prints non-ASCII slugs percent-encoded
                                      with lower-case hex
  /YYYY/MM/<slug>/2/                  second page of a post split with <!--nextpage-->
  /YYYY/MM/<slug>/amp/                AMP reader-mode copy (linked by <link rel="amphtml">)
  /YYYY/MM/<slug>/embed/              WordPress embed card (iframe of a wp-embed block)
  /YYYY/MM/<slug>/?replytocom=N       same post with the reply form under comment N
  /?p=ID                              shortlink, 301 to the permalink
  /?s=...                             search results
  /<page>/, /<parent>/<page>/         WordPress pages (intro, contact, album, video)
  /van-ban/, /van-ban/<slug>/         "Văn bản" custom post type (document register)
  /feed/, /comments/feed/             RSS 2.0 (the 10 newest posts)
  /wp-json/...                        401 (REST locked by a security plugin), no sitemap

Page templates
  * single post: Blocksy hero (breadcrumbs, h1.page-title, ul.entry-meta with avatar, author,
    "Cập nhật lần cuối" and "Đăng ngày" dates, category pill), optional ct-featured-image,
    a Companion content block before the content, div.entry-content, wp_link_pages, a content
    block after the content, tags, share box, author box, post navigation (same category),
    sidebar, "Bài viết liên quan", comments;
  * archives: hero with "Danh mục:" label, div.entries of article.entry-card, nav.ct-pagination;
  * pages: hero + entry-content, no meta; "Văn bản" entries: hero with a date meta + a table.

How each gold article is reached (6 a page, newest first)
  home /          : A6, A10, A2, A4, A1, A11          (load-more; next page is a hidden <a>)
  home /page/2/   : A3, A7, A8, A12, A5, A9
  home /page/3/   : A13 ("Chưa phân loại", a category in no menu: page 3 or the author page 2)
  /category/tin-tuc/ (parent, children included): A6 A2 A4 A1 A3 A7 / page 2: A8 A5 A9
  /category/tin-tuc/hoat-dong-chuyen-mon/: A6 A1 A7 A5; /category/tin-tuc/doan-thanh-nien/:
  A2 A4 A3; /category/thong-bao/: A10 A11 A12.  A8 and A9 are on no first listing page (A8 is
  also behind a stale 301 link in the home slider); A13 only on page 2+ listings (and A9's embed).
  A breadth-first walk of every same-host <a>, <link rel=next> and <iframe> (feeds, comment
  replies and files left out) fetches 42 pages; the month archives are only <select> options.

Traps
  1. Load-more home: the Blocksy button has no href; the next page exists only as an empty
     hidden ``<a class="next page-numbers">`` and ``<link rel="next">``. A13 is only there
     (and on /author/quantri/page/2/).  Gold: A13 at its permalink, category "Chưa phân loại".
  2. ``entry-content`` everywhere: the header text element, both Companion content blocks
     (before/after the post: vnEdu notice, "Mọi ý kiến góp ý…") and every comment body carry
     the class ``entry-content``. Gold body: only the post's own div inside article#post-N.
  3. Dates: entry-meta prints "Cập nhật lần cuối" (modified) before "Đăng ngày"; Yoast's
     JSON-LD and article:published_time are in UTC ("+00:00"), the theme's <time datetime> in
     +07:00. Gold: the publication instant in +07:00, the time taken from the datetime
     attribute. A12 was scheduled for 00:00 -> "2026-10-12" (its UTC stamp is the 11th).
     A10 is an official notice: gold date is the letterhead's day "2026-11-30", not the
     post date 01/12.
  4. Accounts: "quantri" in entry-meta, author box and JSON-LD is nobody; the signature at the
     end of the text wins ("Tin, ảnh: X" -> X twice; "Tin: X - Ảnh: Y"; unit "BCH Đoàn
     trường"; "BBT" -> nobody; "X – Tổ trưởng Tổ Ngữ văn" -> X). A5 has no signature: its
     account's display name "ThS. Phạm Văn Hùng" is the author "Phạm Văn Hùng".
  5. Images: LiteSpeed lazy-load (src is an SVG data URI, real file in data-src, a <noscript>
     copy); Gutenberg gallery with per-image captions and a gallery caption; classic
     [caption] figures with the line in parentheses; a caption typed as a centred italic
     paragraph under the photo; Blocksy featured image outside entry-content (A5, A8, the
     first image of the post). Gold: each photo once, from data-src; avatars, logos, banner
     links, thumbnails of other posts and Facebook emoji pictures are no images.
  6. Facebook paste (A2): lines are ``<div dir="auto">`` with emoji drawn as fbcdn <img> at
     their start (a bullet: no text, no image); a raw emoji typed in the text stays; a
     "Xem thêm:" line links A4 with ``?fbclid=…`` (alt path of A4, line not body).
  7. Duplicates: A1's slug is Vietnamese: WordPress links it with lower-case %-hex, A6's
     "Xem thêm" link was pasted from a browser with upper-case hex (alt path); comment
     "Trả lời" links ?replytocom=N (alt paths); /amp/ copies of every post (alt paths); A13's
     /embed/ card (alt path, canonical to the post); /?p=ID shortlinks and A8's old slug 301.
  8. A7 is split with <!--nextpage-->: gold body is both pages in order, /2/ is an alt path.
  9. Text boundaries: Gutenberg footnotes (A5: the superscript numbers are no text, the notes
     are body without their "↩︎"); Word paste with ``mso-list:Ignore`` markers (A3: marker
     dropped) next to typed "- " lines (A12: kept); <br> splits a paragraph (A3); an official
     notice's letterhead table, "THÔNG BÁO / Về việc…" and the "Nơi nhận"/signature table
     (A10); a wp-embed blockquote quoting another post's title inside A9's text; a
     wp-block-file attachment line (A10). None of these is body except the notes and lines.
 10. A9 was typed with "Unicode tổ hợp" (decomposed NFD text, title included). Gold is NFC.
 11. Yoast SEO title/og:title differs from the headline on A8 ("… đạt kiểm định cấp độ 3");
     gold title is the h1.
 12. Look-alike pages: "Văn bản" entries (custom post type with a date meta and a body table),
     an album page and a video page are WordPress content but not articles.

Gold decisions on ambiguous points
  * published_at is the day the theme prints ("15/10/2026"), harmonised with the house's
    convention (tests/portals/README.md) after the first crawl: the helper's gold took the time
    from the ``<time datetime>`` attribute, which no reader sees.
  * category: the deepest category of the breadcrumb ("Hoạt động chuyên môn", not "Tin tức").
  * The featured image printed on the post page (outside entry-content) is the post's first
    image; its figcaption is its caption.
  * A gallery's own caption ("Một số hình ảnh…") is neither an image caption nor body.
  * A "Ảnh: X" line under a photo is no caption (None); X is a photographer only if a byline
    says so too (A13: "Tin, ảnh: Hoài Thương").
  * Account display names: a CMS login ("quantri") is nobody; a person's name with a degree
    is that person when the text carries no signature (A5).
  * Footnote entries are body paragraphs after the "Chú thích" heading, the return arrow
    "↩︎" is not text.
  * A multi-page post is one article at its first page; every page's text is its body.
  * The wp-embed block in A9 (a blockquote with the other post's linked title) is not body.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_blocksy_thpt"
PLATFORM = "WordPress 6 + Blocksy theme (Blocksy Companion, Yoast SEO, LiteSpeed Cache)"
START_PATH = "/"

SITE = "Trường THPT Lương Thế Vinh"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
ICT = timezone(timedelta(hours=7))
PER_PAGE = 6
NEXTPAGE = Raw("<!--nextpage-->")

# --- categories and accounts -------------------------------------------------------------------

#: category path -> (printed name, parent path or None, term id)
CATS: dict[str, tuple[str, str | None, int]] = {
    "tin-tuc": ("Tin tức", None, 3),
    "tin-tuc/hoat-dong-chuyen-mon": ("Hoạt động chuyên môn", "tin-tuc", 7),
    "tin-tuc/doan-thanh-nien": ("Đoàn thanh niên", "tin-tuc", 8),
    "thong-bao": ("Thông báo", None, 4),
    "chua-phan-loai": ("Chưa phân loại", None, 1),
}

#: nicename -> (display name, bio, avatar)
ACCOUNTS = {
    "quantri": (
        "quantri",
        "Tài khoản quản trị website Trường THPT Lương Thế Vinh.",
        "/wp-content/uploads/2026/09/avatar-quantri-96x96.png",
    ),
    "phamvanhung": (
        "ThS. Phạm Văn Hùng",
        "Tổ trưởng Tổ Toán – Tin. Phụ trách công tác chuyển đổi số của nhà trường.",
        "https://secure.gravatar.com/avatar/3f1c9a0b5e7d2c4a8b6e1f0d9c7a5b3e?s=96&d=mm&r=g",
    ),
    "tranmylinh": (
        "Trần Thị Mỹ Linh",
        "Giáo viên Ngữ văn, Tổ trưởng Tổ Ngữ văn.",
        "https://secure.gravatar.com/avatar/9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a?s=96&d=mm&r=g",
    ),
}

TAGS = {"20-11": "20-11", "hoc-sinh-gioi": "học sinh giỏi"}

U = "/wp-content/uploads"


@dataclass
class Comment:
    cid: int
    author: str
    when: str  # ISO +07:00
    text: str
    parent: int = 0


# --- the thirteen posts --------------------------------------------------------------------


def _byline_right(inner: str, gb: bool = True) -> Raw:
    if gb:
        return Raw(f'<p class="has-text-align-right"><strong>{inner}</strong></p>')
    return Raw(f'<p style="text-align: right;"><strong>{inner}</strong></p>')


A1 = Story(
    id=2184,
    slug="hội-giảng-chào-mừng-ngày-nhà-giáo-việt-nam-20-11",
    title="Hội giảng chào mừng Ngày Nhà giáo Việt Nam 20/11/2026",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-16T16:05:33+07:00",
    summary=(
        "Thiết thực chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026), "
        "từ ngày 02/11 đến ngày 14/11/2026, Trường THPT Lương Thế Vinh tổ chức Hội giảng cấp "
        "trường với sự tham gia của 24 giáo viên thuộc 8 tổ chuyên môn."
    ),
    blocks=[
        P(
            "Thiết thực chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026), "
            "từ ngày 02/11 đến ngày 14/11/2026, Trường THPT Lương Thế Vinh tổ chức Hội giảng cấp "
            "trường với sự tham gia của 24 giáo viên thuộc 8 tổ chuyên môn.",
            "lead",
        ),
        P(
            "Hội giảng năm nay được tổ chức theo tinh thần đổi mới phương pháp dạy học, chú trọng "
            "phát triển phẩm chất, năng lực học sinh theo Chương trình giáo dục phổ thông 2018. Mỗi "
            "tổ chuyên môn đăng ký từ 2 đến 4 tiết dạy; Ban Giám khảo gồm đại diện Ban Giám hiệu và "
            "các tổ trưởng chuyên môn dự giờ, đánh giá tiết dạy theo Công văn 5512/BGDĐT-GDTrH."
        ),
        P(
            "Nhiều tiết dạy để lại ấn tượng tốt như tiết “Tràng giang” của cô Nguyễn Thị Hằng (Tổ "
            "Ngữ văn), tiết “Phương trình mặt phẳng” của thầy Võ Văn Tân (Tổ Toán – Tin), tiết thực "
            "hành “Tách chiết DNA” của cô Huỳnh Thị Mỹ Duyên (Tổ Sinh – Công nghệ). Các thầy cô đã "
            "vận dụng linh hoạt kỹ thuật dạy học tích cực, khai thác hiệu quả thiết bị dạy học số."
        ),
        Img(
            f"{U}/2026/11/hoi-giang-tiet-ngu-van-1024x683.jpg",
            "Cô Nguyễn Thị Hằng – Tổ Ngữ văn – với tiết dạy “Tràng giang” tại lớp 11A3",
            "Cô Nguyễn Thị Hằng – Tổ Ngữ văn – với tiết dạy “Tràng giang” tại lớp 11A3",
            "gallery",
        ),
        Img(
            f"{U}/2026/11/hoi-giang-tiet-toan-1024x683.jpg",
            "Thầy Võ Văn Tân hướng dẫn học sinh lớp 12A2 sử dụng phần mềm GeoGebra",
            "Thầy Võ Văn Tân hướng dẫn học sinh lớp 12A2 sử dụng phần mềm GeoGebra",
            "gallery",
        ),
        Img(
            f"{U}/2026/11/hoi-giang-tiet-sinh-hoc-1024x683.jpg",
            "Giờ thực hành “Tách chiết DNA” của lớp 10A4",
            "Giờ thực hành “Tách chiết DNA” của lớp 10A4",
            "gallery",
        ),
        P(
            "Kết quả, Ban Giám khảo đã xếp loại 9 tiết dạy đạt loại Tốt, 15 tiết dạy đạt loại Khá. "
            "Nhà trường đã khen thưởng các giáo viên có tiết dạy xuất sắc tại Lễ kỷ niệm Ngày Nhà "
            "giáo Việt Nam tổ chức sáng 20/11/2026."
        ),
        P(
            "Thông qua hội giảng, các thầy cô giáo có dịp trao đổi, học hỏi kinh nghiệm lẫn nhau, góp "
            "phần nâng cao chất lượng dạy học của nhà trường trong năm học 2026 – 2027."
        ),
        _byline_right("Tin, ảnh: Nguyễn Thị Thanh Tâm"),
    ],
    authors=["Nguyễn Thị Thanh Tâm"],
    photographers=["Nguyễn Thị Thanh Tâm"],
    opts={
        "cat": "tin-tuc/hoat-dong-chuyen-mon",
        "acct": "quantri",
        "modified": "2026-11-17T08:12:40+07:00",
        "tags": ["20-11"],
        "gallery_caption": "Một số hình ảnh tại các tiết dạy hội giảng",
        "comments": [
            Comment(
                57,
                "Phụ huynh lớp 12A1",
                "2026-11-16T19:22:10+07:00",
                "Chúc mừng các thầy cô! Mong nhà trường tiếp tục có nhiều tiết dạy hay như thế này "
                "để các con hứng thú học tập hơn.",
            ),
            Comment(
                58,
                "quantri",
                "2026-11-17T07:40:55+07:00",
                "Cảm ơn quý phụ huynh đã quan tâm, đồng hành cùng nhà trường.",
                parent=57,
            ),
        ],
    },
)

_FB = "https://static.xx.fbcdn.net/images/emoji.php/v9/t{}/1/16/{}.png"

A2 = Story(
    id=2219,
    slug="soi-noi-hoi-thao-hoc-sinh-chao-mung-44-nam-ngay-nha-giao-viet-nam",
    title="Sôi nổi Hội thao học sinh chào mừng 44 năm Ngày Nhà giáo Việt Nam",
    cat="Đoàn thanh niên",
    published_at="2026-11-22T20:14:00+07:00",
    blocks=[
        P("SÔI NỔI HỘI THAO HỌC SINH CHÀO MỪNG NGÀY NHÀ GIÁO VIỆT NAM 20/11", "fb:🎉:1f389:8a"),
        P(
            "Trong hai ngày 15 và 16/11/2026, Đoàn trường THPT Lương Thế Vinh đã tổ chức Hội thao học "
            "sinh năm học 2026 – 2027 với 3 nội dung: bóng đá nam, kéo co và nhảy bao bố, thu hút hơn "
            "600 đoàn viên, học sinh của 27 chi đoàn tham gia.",
            "fb",
        ),
        P(
            "Môn bóng đá nam: 18 đội bóng thi đấu loại trực tiếp, trận chung kết giữa 12A1 và 11A4 "
            "diễn ra vô cùng kịch tính, phải phân định thắng thua bằng loạt sút luân lưu 11m.",
            "fb:⚽:26bd:50",
        ),
        P(
            "Môn kéo co: tập thể lớp 10A2 xuất sắc giành chiến thắng trước 12A5 ở trận chung kết.",
            "fb:💪:1f4aa:f4",
        ),
        P(
            "Môn nhảy bao bố: các chi đoàn khối 10 chiếm ưu thế với 2/3 giải thưởng.",
            "fb:🏃:1f3c3:5c",
        ),
        Img(f"{U}/2026/11/hoi-thao-bong-da-1024x768.jpg", None, None, "fbphoto"),
        Img(f"{U}/2026/11/hoi-thao-keo-co-1024x768.jpg", None, None, "fbphoto"),
        P("Kết quả chung cuộc:", "fb"),
        P("Giải Nhất toàn đoàn: Chi đoàn 12A1", "fb:👉:1f449:86"),
        P("Giải Nhì: Chi đoàn 11A4", "fb:👉:1f449:86"),
        P("Giải Ba: Chi đoàn 10A2", "fb:👉:1f449:86"),
        P("Chúc mừng các chi đoàn đạt giải! Hẹn gặp lại ở Hội thao năm sau nhé 😍", "fb"),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="{B}/2026/11/ra-quan-huong-ung-thang-hanh-dong-vi-'
            'binh-dang-gioi-nam-2026/?fbclid=IwAR2xK8vLq0pZtYc7hN3mWbE4sRfUj9aGdQ1oVlCn6T5yHkX0eJw" '
            'target="_blank" rel="noopener">Ra quân hưởng ứng Tháng hành động vì bình đẳng giới</a></p>'
        ),
        Raw('<p style="text-align: right;"><em><strong>BCH Đoàn trường</strong></em></p>'),
    ],
    authors=["BCH Đoàn trường"],
    opts={
        "cat": "tin-tuc/doan-thanh-nien",
        "acct": "quantri",
        "editor": "classic",
        "lazy": True,
        "tags": ["20-11"],
        "comments": [
            Comment(
                61,
                "Nguyễn Văn Khoa",
                "2026-11-23T06:58:31+07:00",
                "Trận chung kết bóng đá hay quá, chúc mừng 12A1 nha!!!",
            )
        ],
    },
)

A3 = Story(
    id=2107,
    slug="doan-truong-tuyen-truyen-phong-chong-bao-luc-hoc-duong-nam-hoc-2026-2027",
    title="Đoàn trường tuyên truyền phòng, chống bạo lực học đường năm học 2026 – 2027",
    cat="Đoàn thanh niên",
    published_at="2026-10-21T10:02:00+07:00",
    blocks=[
        P(
            "Nhằm nâng cao nhận thức của đoàn viên, học sinh về tác hại của bạo lực học đường, chiều "
            "ngày 19/10/2026, Đoàn trường THPT Lương Thế Vinh phối hợp với Công an xã Tư Nghĩa tổ "
            "chức buổi tuyên truyền phòng, chống bạo lực học đường cho hơn 1.200 học sinh toàn trường.",
            "mso",
        ),
        P(
            "Tại buổi tuyên truyền, đồng chí Đại úy Trần Quốc Bảo – Phó Trưởng Công an xã đã thông tin "
            "đến học sinh những vụ việc bạo lực học đường xảy ra trong thời gian gần đây, phân tích "
            "nguyên nhân, hậu quả và trách nhiệm pháp lý của người có hành vi bạo lực.",
            "mso",
        ),
        P("Báo cáo viên cũng hướng dẫn học sinh các kỹ năng:", "mso"),
        P("Nhận diện các hành vi bạo lực học đường, kể cả bạo lực trên không gian mạng;", "msoli"),
        P("Bình tĩnh xử lý khi bị đe dọa, không dùng bạo lực để giải quyết mâu thuẫn;", "msoli"),
        P(
            "Kịp thời báo cho giáo viên chủ nhiệm, cha mẹ hoặc gọi Tổng đài quốc gia bảo vệ trẻ em "
            "111 khi cần hỗ trợ.",
            "msoli",
        ),
        Img(f"{U}/2026/10/tuyen-truyen-bao-luc-hoc-duong-1024x683.jpg", None, None, "classic"),
        P(
            "Kết thúc buổi tuyên truyền, 100% chi đoàn đã ký cam kết “Nói không với bạo lực học "
            "đường”.",
            "mso",
        ),
        P(
            "Đoàn trường sẽ tiếp tục duy trì hộp thư “Điều em muốn nói” và Tổ tư vấn tâm lý học đường "
            "để kịp thời lắng nghe, hỗ trợ học sinh.",
            "br",
        ),
        Raw(
            '<p class="MsoNormal" style="text-align: right;"><b><span lang="VI" style="font-size: 14.0pt;">'
            "Tin: Lê Hoàng Nam - Ảnh: CLB Truyền thông LTV</span></b></p>"
        ),
    ],
    authors=["Lê Hoàng Nam"],
    photographers=["CLB Truyền thông LTV"],
    opts={"cat": "tin-tuc/doan-thanh-nien", "acct": "quantri", "editor": "classic"},
)

A4 = Story(
    id=2203,
    slug="ra-quan-huong-ung-thang-hanh-dong-vi-binh-dang-gioi-nam-2026",
    title=(
        "Ra quân hưởng ứng “Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực "
        "trên cơ sở giới” năm 2026"
    ),
    cat="Đoàn thanh niên",
    published_at="2026-11-18T09:20:00+07:00",
    summary=(
        "Sáng 17/11/2026, Trường THPT Lương Thế Vinh tổ chức lễ ra quân hưởng ứng Tháng hành động "
        "vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026 với chủ đề "
        "“Chung tay thúc đẩy bình đẳng giới, vì một môi trường học đường an toàn”."
    ),
    blocks=[
        P(
            "Sáng 17/11/2026, Trường THPT Lương Thế Vinh tổ chức lễ ra quân hưởng ứng Tháng hành động "
            "vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026 với chủ đề "
            "“Chung tay thúc đẩy bình đẳng giới, vì một môi trường học đường an toàn”.",
            "lead",
        ),
        P(
            "Tháng hành động được triển khai từ ngày 15/11 đến ngày 15/12/2026. Trong thời gian này, "
            "Đoàn trường phát động các chi đoàn tổ chức sinh hoạt chủ điểm, thi vẽ tranh cổ động, "
            "viết bài dự thi tìm hiểu về Luật Bình đẳng giới và Luật Phòng, chống bạo lực gia đình."
        ),
        Img(
            f"{U}/2026/11/ra-quan-binh-dang-gioi-1-1024x683.jpg",
            "(Đoàn viên, học sinh diễu hành hưởng ứng Tháng hành động)",
            "Đoàn viên, học sinh diễu hành hưởng ứng Tháng hành động",
            "em_after",
        ),
        P(
            "Phát biểu tại lễ ra quân, cô Đoàn Thị Kim Oanh, Phó Bí thư Đoàn trường đề nghị mỗi đoàn "
            "viên trở thành một tuyên truyền viên tích cực, không phân biệt đối xử về giới, kịp thời "
            "lên tiếng khi chứng kiến hành vi bạo lực, quấy rối."
        ),
        Img(
            f"{U}/2026/11/ra-quan-binh-dang-gioi-2-1024x683.jpg",
            "(Các chi đoàn ký cam kết thực hiện bình đẳng giới)",
            "Các chi đoàn ký cam kết thực hiện bình đẳng giới",
            "em_after",
        ),
        P(
            "Dịp này, Đoàn trường ra mắt góc truyền thông “Em là bông hoa nhỏ” đặt tại thư viện nhà "
            "trường, nơi học sinh có thể tìm đọc tài liệu và gửi câu hỏi cho Tổ tư vấn tâm lý."
        ),
        _byline_right("Đoàn Thị Kim Oanh – Phó Bí thư Đoàn trường"),
    ],
    authors=["Đoàn Thị Kim Oanh"],
    opts={
        "cat": "tin-tuc/doan-thanh-nien",
        "acct": "quantri",
        "lazy": True,
        "modified": "2026-11-18T14:02:11+07:00",
    },
)

A5 = Story(
    id=2071,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-tai-to-toan-tin",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học tại Tổ Toán – Tin",
    cat="Hoạt động chuyên môn",
    published_at="2026-10-09T17:12:00+07:00",
    blocks=[
        Img(f"{U}/2026/10/nghien-cuu-bai-hoc-toan-tin-1024x683.jpg", None, None, "featured"),
        P(
            "Thực hiện kế hoạch sinh hoạt chuyên môn năm học 2026 – 2027, chiều ngày 07/10/2026, Tổ "
            "Toán – Tin Trường THPT Lương Thế Vinh tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu "
            "bài học với bài dạy “Hàm số mũ và hàm số lôgarit” (Toán 11, bộ sách Kết nối tri thức "
            "với cuộc sống).",
            "fn:nghiên cứu bài học",
        ),
        P("1. Mục đích của buổi sinh hoạt", "h"),
        P(
            "Nâng cao năng lực thiết kế và tổ chức hoạt động học cho học sinh theo định hướng phát "
            "triển năng lực;",
            "li",
        ),
        P(
            "Tập trung quan sát việc học của học sinh thay vì đánh giá, xếp loại giờ dạy của giáo "
            "viên;",
            "li",
        ),
        P("Tăng cường sự chia sẻ, hợp tác giữa các giáo viên trong tổ.", "li"),
        P("2. Diễn biến", "h"),
        P(
            "Tiết dạy minh họa do cô Lê Thị Ngọc Ánh thực hiện tại lớp 11A2. Các giáo viên dự giờ "
            "ngồi ở vị trí thuận lợi để quan sát hoạt động của từng nhóm học sinh, ghi chép những "
            "biểu hiện cụ thể trong quá trình học tập.",
            "fn:trong quá trình học tập",
        ),
        Img(
            f"{U}/2026/10/nghien-cuu-bai-hoc-hoat-dong-nhom-1024x683.jpg",
            "Cô Lê Thị Ngọc Ánh hướng dẫn học sinh lớp 11A2 hoạt động nhóm",
            "Cô Lê Thị Ngọc Ánh hướng dẫn học sinh lớp 11A2 hoạt động nhóm",
            "gb",
        ),
        P(
            "Trong phần thảo luận sau giờ dạy, các thầy cô tập trung phân tích những thời điểm học "
            "sinh gặp khó khăn, nguyên nhân và đề xuất điều chỉnh hoạt động khởi động cho phù hợp "
            "hơn với đối tượng học sinh."
        ),
        P("Chú thích", "h"),
        P(
            "Nghiên cứu bài học (Lesson Study) là mô hình sinh hoạt chuyên môn được Bộ GD&ĐT hướng "
            "dẫn tại Công văn số 1315/BGDĐT-GDTrH ngày 16/4/2020.",
            "fnote",
        ),
        P("Phiếu quan sát học sinh được xây dựng theo mẫu thống nhất của tổ chuyên môn.", "fnote"),
    ],
    authors=["Phạm Văn Hùng"],
    opts={"cat": "tin-tuc/hoat-dong-chuyen-mon", "acct": "phamvanhung"},
)

A6 = Story(
    id=2246,
    slug="ket-qua-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
    title="Kết quả Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 – 2027",
    cat="Hoạt động chuyên môn",
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 – 2027 do Sở GD&ĐT Quảng Ngãi "
        "tổ chức, Trường THPT Lương Thế Vinh có 14/18 học sinh dự thi đạt giải, trong đó có 01 giải "
        "Nhất, 03 giải Nhì, 05 giải Ba và 05 giải Khuyến khích."
    ),
    blocks=[
        P(
            "Tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 – 2027 do Sở GD&ĐT Quảng Ngãi "
            "tổ chức, Trường THPT Lương Thế Vinh có 14/18 học sinh dự thi đạt giải, trong đó có 01 "
            "giải Nhất, 03 giải Nhì, 05 giải Ba và 05 giải Khuyến khích.",
            "lead",
        ),
        P(
            "Kỳ thi diễn ra trong hai ngày 25 và 26/11/2026 với 11 môn thi, thu hút gần 900 thí sinh "
            "của các trường THPT trong toàn tỉnh tham dự."
        ),
        P("Danh sách học sinh đạt giải Nhất, giải Nhì:"),
        P("TT | Họ và tên | Lớp | Môn thi | Giải", "th"),
        P("1 | Nguyễn Hoàng Bảo Ngọc | 12A1 | Hóa học | Nhất", "tr"),
        P("2 | Trần Minh Khang | 12A1 | Toán | Nhì", "tr"),
        P("3 | Phạm Thị Thu Uyên | 12A3 | Ngữ văn | Nhì", "tr"),
        P("4 | Võ Đức Thịnh | 12A2 | Vật lí | Nhì", "tr"),
        Img(
            f"{U}/2026/12/doi-tuyen-hsg-lop-12-1024x683.jpg",
            "Thầy Đặng Văn Lực, Phó Hiệu trưởng, chúc mừng đội tuyển học sinh giỏi của nhà trường",
            "Thầy Đặng Văn Lực, Phó Hiệu trưởng, chúc mừng đội tuyển học sinh giỏi của nhà trường",
            "gb",
        ),
        P(
            "Thành tích trên là kết quả của sự nỗ lực không ngừng của các em học sinh và sự tận tâm "
            "của đội ngũ giáo viên bồi dưỡng. Đây cũng là tiền đề để nhà trường tiếp tục chuẩn bị "
            "cho Kỳ thi chọn học sinh giỏi quốc gia năm 2027."
        ),
        Raw(
            '<p><em>Xem thêm: <a href="{B}/2026/11/h%E1%BB%99i-gi%E1%BA%A3ng-ch%C3%A0o-m%E1%BB%ABng-'
            "ng%C3%A0y-nh%C3%A0-gi%C3%A1o-vi%E1%BB%87t-nam-20-11/\">Hội giảng chào mừng Ngày Nhà giáo "
            "Việt Nam 20/11/2026</a></em></p>"
        ),
        _byline_right("BBT"),
    ],
    opts={
        "cat": "tin-tuc/hoat-dong-chuyen-mon",
        "acct": "quantri",
        "tags": ["hoc-sinh-gioi"],
        "modified": "2026-12-04T10:45:19+07:00",
    },
)

A7 = Story(
    id=2096,
    slug="hoi-thao-doi-moi-kiem-tra-danh-gia-mon-ngu-van",
    title=(
        "Hội thảo “Đổi mới kiểm tra, đánh giá theo định hướng phát triển năng lực môn Ngữ văn”"
    ),
    cat="Hoạt động chuyên môn",
    published_at="2026-10-19T15:40:00+07:00",
    blocks=[
        P(
            "Chiều ngày 17/10/2026, Tổ Ngữ văn Trường THPT Lương Thế Vinh tổ chức Hội thảo “Đổi mới "
            "kiểm tra, đánh giá theo định hướng phát triển năng lực môn Ngữ văn” với sự tham dự của "
            "đại diện Ban Giám hiệu, giáo viên Tổ Ngữ văn và giáo viên các trường THPT trong cụm."
        ),
        P(
            "Hội thảo tập trung vào ba nội dung chính: xây dựng ma trận, bản đặc tả đề kiểm tra định "
            "kỳ; sử dụng ngữ liệu ngoài sách giáo khoa trong đề kiểm tra; xây dựng hướng dẫn chấm "
            "theo rubric đối với bài viết nghị luận."
        ),
        Img(
            f"{U}/2026/10/hoi-thao-ngu-van-quang-canh-1024x683.jpg",
            "(Quang cảnh hội thảo)",
            "Quang cảnh hội thảo",
            "caption_sc",
        ),
        P(
            "Các tham luận đều xuất phát từ thực tiễn giảng dạy, nêu rõ những khó khăn khi lựa chọn "
            "ngữ liệu mới: độ dài văn bản, mức độ phù hợp với tâm lý lứa tuổi và yêu cầu cần đạt của "
            "chương trình."
        ),
        NEXTPAGE,
        P("Một số đề xuất sau hội thảo", "h"),
        P(
            "Thứ nhất, các nhóm chuyên môn thống nhất ngân hàng ngữ liệu ngoài sách giáo khoa theo "
            "từng thể loại, cập nhật sau mỗi học kỳ."
        ),
        P(
            "Thứ hai, hướng dẫn chấm bài viết cần mô tả rõ các mức độ đạt được, hạn chế việc chấm "
            "theo cảm tính, đồng thời khuyến khích những bài viết có ý tưởng sáng tạo."
        ),
        Img(
            f"{U}/2026/10/hoi-thao-ngu-van-tham-luan-1024x683.jpg",
            "Cô Trần Thị Mỹ Linh trình bày tham luận tại hội thảo",
            "Cô Trần Thị Mỹ Linh trình bày tham luận tại hội thảo",
            "caption_sc",
        ),
        P(
            "Hội thảo đã góp phần giúp giáo viên nâng cao năng lực ra đề, đánh giá học sinh, chuẩn "
            "bị tốt cho kỳ kiểm tra cuối học kỳ I sắp tới."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Trần Thị Mỹ Linh – Tổ trưởng Tổ Ngữ văn</strong></p>'
        ),
    ],
    authors=["Trần Thị Mỹ Linh"],
    opts={"cat": "tin-tuc/hoat-dong-chuyen-mon", "acct": "tranmylinh", "editor": "classic"},
)

A8 = Story(
    id=2089,
    slug="don-nhan-bang-cong-nhan-dat-kiem-dinh-chat-luong-giao-duc-cap-do-3",
    title=(
        "Trường THPT Lương Thế Vinh đón nhận Bằng công nhận đạt Kiểm định chất lượng giáo dục "
        "cấp độ 3 và Trường chuẩn quốc gia mức độ 1"
    ),
    cat="Tin tức",
    published_at="2026-10-15T08:30:00+07:00",
    blocks=[
        Img(
            f"{U}/2026/10/don-nhan-bang-kiem-dinh-1024x683.jpg",
            "Lãnh đạo Sở GD&ĐT trao Bằng công nhận cho nhà trường",
            "Lãnh đạo Sở GD&ĐT trao Bằng công nhận cho nhà trường",
            "featured",
        ),
        P(
            "Sáng 14/10/2026, Trường THPT Lương Thế Vinh long trọng tổ chức Lễ đón nhận Bằng công "
            "nhận đạt Kiểm định chất lượng giáo dục cấp độ 3 và Trường chuẩn quốc gia mức độ 1 giai "
            "đoạn 2026 – 2031."
        ),
        P(
            "Đến dự buổi lễ có đại diện lãnh đạo Sở GD&ĐT tỉnh Quảng Ngãi, Đảng ủy, HĐND, UBND xã Tư "
            "Nghĩa cùng đông đảo cán bộ, giáo viên, học sinh và cựu học sinh nhà trường."
        ),
        P(
            "Theo báo cáo, sau 5 năm thực hiện kế hoạch cải tiến chất lượng, nhà trường đã đầu tư "
            "xây dựng mới khu nhà học bộ môn, thư viện điện tử và nhà đa năng; tỉ lệ học sinh tốt "
            "nghiệp THPT luôn đạt trên 99%, nhiều năm liền có học sinh giỏi cấp tỉnh và quốc gia."
        ),
        Img(
            f"{U}/2026/10/le-don-nhan-van-nghe-1024x683.jpg",
            "(Tiết mục văn nghệ chào mừng của học sinh nhà trường)",
            "Tiết mục văn nghệ chào mừng của học sinh nhà trường",
            "caption_sc",
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Nguyễn Thanh Sơn, Hiệu trưởng nhà trường cam kết tiếp tục "
            "duy trì, nâng cao các tiêu chuẩn đã đạt, hướng tới xây dựng trường chuẩn quốc gia mức "
            "độ 2 vào năm 2030."
        ),
        Raw('<p style="text-align: right;"><strong>Thanh Phương</strong></p>'),
        Raw('<p style="text-align: right;"><em>Theo Báo Quảng Ngãi</em></p>'),
    ],
    authors=["Thanh Phương"],
    source="Báo Quảng Ngãi",
    opts={
        "cat": "tin-tuc",
        "acct": "quantri",
        "editor": "classic",
        "old_slug": "truong-dat-kiem-dinh-cap-do-3",
        "seo_title": "Trường THPT Lương Thế Vinh đạt kiểm định cấp độ 3",
        "modified": "2026-10-16T09:03:27+07:00",
    },
)

A9 = Story(
    id=2063,
    slug="le-ky-ket-phoi-hop-huong-nghiep-voi-truong-dai-hoc-pham-van-dong",
    title="Lễ ký kết phối hợp hướng nghiệp với Trường Đại học Phạm Văn Đồng",
    cat="Tin tức",
    published_at="2026-10-06T11:00:00+07:00",
    blocks=[
        P(
            "Sáng 05/10/2026, Trường THPT Lương Thế Vinh và Trường Đại học Phạm Văn Đồng đã ký kết "
            "chương trình phối hợp trong công tác tư vấn hướng nghiệp, tuyển sinh giai đoạn 2026 – "
            "2030."
        ),
        P(
            "Theo nội dung ký kết, hai bên sẽ phối hợp tổ chức các buổi tư vấn chọn ngành, chọn nghề "
            "cho học sinh lớp 12; tổ chức cho học sinh tham quan phòng thí nghiệm, xưởng thực hành "
            "của nhà trường đại học; giảng viên đại học tham gia bồi dưỡng học sinh giỏi các môn "
            "Toán, Tin học và Tiếng Anh."
        ),
        Img(
            f"{U}/2026/10/ky-ket-dai-hoc-pham-van-dong-1024x683.jpg",
            "Đại diện hai nhà trường ký kết chương trình phối hợp",
            "Đại diện hai nhà trường ký kết chương trình phối hợp",
            "gb",
        ),
        P(
            "Ngay sau lễ ký kết, hơn 400 học sinh khối 12 đã được các giảng viên tư vấn về phương "
            "thức xét tuyển năm 2027, các ngành đào tạo sư phạm, công nghệ thông tin, kinh tế và "
            "ngôn ngữ."
        ),
        P("Trước đó, nhà trường đã trao học bổng cho học sinh có hoàn cảnh khó khăn:"),
        Raw("{EMBED:2041}"),
        _byline_right("Minh Trí"),
    ],
    authors=["Minh Trí"],
    opts={"cat": "tin-tuc", "acct": "quantri", "nfd": True},
)

A10 = Story(
    id=2238,
    slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
    cat="Thông báo",
    published_at="2026-11-30",
    blocks=[
        Raw(
            '<figure class="wp-block-table is-style-regular"><table class="has-fixed-layout" '
            'style="border-style:none;border-width:0px"><tbody><tr>'
            '<td class="has-text-align-center" data-align="center">SỞ GD&amp;ĐT QUẢNG NGÃI<br>'
            "<strong>TRƯỜNG THPT LƯƠNG THẾ VINH</strong><br>Số: 215/TB-THPTLTV</td>"
            '<td class="has-text-align-center" data-align="center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA '
            "VIỆT NAM</strong><br><strong>Độc lập – Tự do – Hạnh phúc</strong><br><em>Tư Nghĩa, "
            "ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table></figure>"
        ),
        Raw(
            '<p class="has-text-align-center"><strong>THÔNG BÁO</strong><br><strong>Về việc tổ chức '
            "kiểm tra cuối học kỳ I năm học 2026 – 2027</strong></p>"
        ),
        P(
            "Căn cứ Kế hoạch số 125/KH-THPTLTV ngày 05/9/2026 của Trường THPT Lương Thế Vinh về thực "
            "hiện nhiệm vụ năm học 2026 – 2027;"
        ),
        P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I như sau:"),
        P("1. Lịch kiểm tra tập trung", "h"),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
        P("15/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
        P("15/12/2026 | Chiều | Lịch sử | 45 phút", "tr"),
        P("16/12/2026 | Sáng | Toán | 90 phút", "tr"),
        P("17/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
        P("2. Yêu cầu", "h"),
        P(
            "Các môn còn lại kiểm tra theo thời khóa biểu, hoàn thành trước ngày 20/12/2026. Giáo "
            "viên bộ môn nộp đề kiểm tra, hướng dẫn chấm và bản đặc tả về Phó Hiệu trưởng phụ trách "
            "chuyên môn trước ngày 08/12/2026.",
            "li",
        ),
        P(
            "Học sinh có mặt tại phòng kiểm tra trước giờ tính giờ làm bài 15 phút, mặc đồng phục, "
            "mang theo thẻ học sinh.",
            "li",
        ),
        P(
            "Nhận được thông báo này, đề nghị các tổ chuyên môn, giáo viên chủ nhiệm và học sinh "
            "nghiêm túc thực hiện."
        ),
        Raw(
            '<figure class="wp-block-table"><table class="has-fixed-layout"><tbody><tr><td><strong>'
            "<em>Nơi nhận:</em></strong><br>- Sở GD&amp;ĐT (b/c);<br>- CB, GV, NV, HS;<br>- Website "
            'trường;<br>- Lưu: VT.</td><td class="has-text-align-center" data-align="center"><strong>'
            "KT. HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG</strong><br><br><em>(Đã ký)</em><br><br><strong>Đặng "
            "Văn Lực</strong></td></tr></tbody></table></figure>"
        ),
        Raw(
            '<div class="wp-block-file"><a id="wp-block-file--media-5c2e91d4" href="{B}/wp-content/'
            'uploads/2026/12/TB-215-lich-kiem-tra-HKI.pdf">TB-215-lich-kiem-tra-HKI</a><a href="{B}'
            '/wp-content/uploads/2026/12/TB-215-lich-kiem-tra-HKI.pdf" class="wp-block-file__button '
            'wp-element-button" download aria-describedby="wp-block-file--media-5c2e91d4">Tải xuống'
            "</a></div>"
        ),
    ],
    authors=["Đặng Văn Lực"],
    opts={"cat": "thong-bao", "acct": "quantri", "date": "2026-12-01T08:10:00+07:00"},
)

A11 = Story(
    id=2152,
    slug="thong-bao-khan-cho-hoc-sinh-nghi-hoc-de-phong-tranh-bao-so-13",
    title="📢 THÔNG BÁO KHẨN: Cho học sinh nghỉ học để phòng, tránh bão số 13",
    cat="Thông báo",
    published_at="2026-11-05T21:47:00+07:00",
    blocks=[
        P(
            "Thực hiện Công điện số 09/CĐ-UBND ngày 05/11/2026 của Chủ tịch UBND tỉnh Quảng Ngãi và "
            "chỉ đạo của Sở GD&ĐT về việc ứng phó với bão số 13, Trường THPT Lương Thế Vinh thông "
            "báo:"
        ),
        P(
            "1. Toàn thể học sinh nghỉ học ngày 06/11/2026 (thứ Sáu) và ngày 07/11/2026 (thứ Bảy)."
        ),
        P(
            "2. Giáo viên chủ nhiệm thông báo đến phụ huynh, học sinh qua nhóm Zalo lớp và ứng dụng "
            "vnEdu Connect; theo dõi, nắm tình hình học sinh ở vùng trũng thấp, ven sông."
        ),
        P("3. Thời gian đi học trở lại nhà trường sẽ thông báo sau."),
        P(
            "Đề nghị phụ huynh quản lý chặt chẽ con em, không để các em đi tắm sông, suối, ra khu "
            "vực nguy hiểm trong thời gian mưa bão. ⚠️"
        ),
        _byline_right("Ban Giám hiệu"),
    ],
    authors=["Ban Giám hiệu"],
    opts={"cat": "thong-bao", "acct": "quantri"},
)

A12 = Story(
    id=2124,
    slug="ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
    title="Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
    cat="Thông báo",
    published_at="2026-10-12",
    blocks=[
        P(
            "Theo kế hoạch số 130/KH-THPTLTV ngày 10/10/2026 của Hiệu trưởng nhà trường, Hội khỏe "
            "Phù Đổng cấp trường năm học 2026 – 2027 sẽ được tổ chức từ ngày 26/10 đến ngày "
            "07/11/2026 tại sân vận động nhà trường."
        ),
        P("I. Các môn thi đấu", "h"),
        P("- Điền kinh: chạy 100m, 800m (nam, nữ), nhảy xa, nhảy cao;"),
        P("- Cầu lông: đơn nam, đơn nữ, đôi nam nữ;", "br"),
        P("- Bóng chuyền nam, nữ;", "br"),
        P("- Cờ vua: nam, nữ.", "br"),
        P("II. Đối tượng và điều kiện tham gia", "h"),
        P(
            "Học sinh đang học tại trường, có đủ sức khỏe, được giáo viên chủ nhiệm và giáo viên Thể "
            "dục xác nhận. Mỗi lớp đăng ký tối đa 2 vận động viên cho một nội dung."
        ),
        P("III. Thời hạn đăng ký", "h"),
        P(
            "Các lớp nộp danh sách đăng ký về Tổ Thể dục – QP-AN (thầy Huỳnh Tấn Phát) trước ngày "
            "20/10/2026."
        ),
        Raw('<p style="text-align: right;"><strong>Tổ Thể dục – QP-AN</strong></p>'),
    ],
    authors=["Tổ Thể dục – QP-AN"],
    opts={
        "cat": "thong-bao",
        "acct": "quantri",
        "editor": "classic",
        "date": "2026-10-12T00:00:00+07:00",
    },
)

A13 = Story(
    id=2041,
    slug="trao-hoc-bong-tiep-buoc-den-truong-cho-hoc-sinh-co-hoan-canh-kho-khan",
    title="Trao học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn",
    cat="Chưa phân loại",
    published_at="2026-10-03T07:15:00+07:00",
    summary=(
        "Sáng 02/10/2026, Trường THPT Lương Thế Vinh phối hợp với Hội Khuyến học xã Tư Nghĩa và "
        "Câu lạc bộ Doanh nhân Quảng Ngãi tại TP. Hồ Chí Minh trao 35 suất học bổng “Tiếp bước "
        "đến trường” cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt."
    ),
    blocks=[
        P(
            "Sáng 02/10/2026, Trường THPT Lương Thế Vinh phối hợp với Hội Khuyến học xã Tư Nghĩa và "
            "Câu lạc bộ Doanh nhân Quảng Ngãi tại TP. Hồ Chí Minh trao 35 suất học bổng “Tiếp bước "
            "đến trường” cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt.",
            "lead",
        ),
        P(
            "Mỗi suất học bổng trị giá 2.000.000 đồng cùng bộ sách giáo khoa, đồ dùng học tập. Tổng "
            "giá trị các phần quà là hơn 85 triệu đồng."
        ),
        Img(f"{U}/2026/10/trao-hoc-bong-1-1024x683.jpg", "Ảnh: Hoài Thương", None, "gb"),
        P(
            "Phát biểu tại buổi lễ, thầy Nguyễn Thanh Sơn, Hiệu trưởng nhà trường bày tỏ lòng biết "
            "ơn đối với các nhà hảo tâm đã luôn đồng hành, chia sẻ với học sinh nghèo hiếu học."
        ),
        P(
            "“Các em hãy xem học bổng hôm nay là động lực để tiếp tục vươn lên, học tập thật tốt, "
            "trở thành người có ích cho quê hương”, thầy Sơn nhắn nhủ.",
            "quote",
        ),
        Img(
            f"{U}/2026/10/trao-hoc-bong-2-1024x683.jpg",
            "Thầy Hiệu trưởng trao học bổng cho các em học sinh",
            "Thầy Hiệu trưởng trao học bổng cho các em học sinh",
            "gb",
        ),
        _byline_right("Tin, ảnh: Hoài Thương"),
    ],
    authors=["Hoài Thương"],
    photographers=["Hoài Thương"],
    opts={"cat": "chua-phan-loai", "acct": "quantri"},
)

POSTS: list[Story] = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13]
BY_ID = {st.id: st for st in POSTS}

# --- small helpers -----------------------------------------------------------------------------

_TEXTURIZE = {"“": "&#8220;", "”": "&#8221;", "–": "&#8211;", "…": "&#8230;", "’": "&#8217;"}


def wpt(value: str, nfd: bool = False) -> str:
    """Escape like WordPress prints text: curly quotes and dashes as numeric references."""
    s = unicodedata.normalize("NFD", value) if nfd else value
    s = esc(s).replace("&#x27;", "&#8217;")
    for ch, ref in _TEXTURIZE.items():
        s = s.replace(ch, ref)
    return s


def _wp_encode(slug: str) -> str:
    """WordPress stores non-ASCII slugs percent-encoded with lower-case hex."""
    return re.sub(r"%[0-9A-F]{2}", lambda m: m.group().lower(), quote(slug, safe="-"))


def post_date(st: Story) -> str:
    """The WordPress post date (+07:00) the theme prints."""
    if "date" in st.opts:
        return st.opts["date"]
    return st.published_at  # type: ignore[return-value]


def _dt(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def _utc(iso: str) -> str:
    return _dt(iso).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def dmy(iso: str) -> str:
    return _dt(iso).strftime("%d/%m/%Y")


def permalink(st: Story) -> str:
    d = _dt(post_date(st))
    return f"/{d.year:04d}/{d.month:02d}/{_wp_encode(st.slug)}/"


def cat_path(st: Story) -> str:
    return st.opts["cat"]


def cat_url(path: str) -> str:
    return f"/category/{path}/"


def _parts(st: Story) -> list[list]:
    """Blocks split at <!--nextpage-->."""
    pages: list[list] = [[]]
    for b in st.blocks:
        if b is NEXTPAGE:
            pages.append([])
        else:
            pages[-1].append(b)
    return pages


def sorted_posts() -> list[Story]:
    return sorted(POSTS, key=lambda s: _dt(post_date(s)), reverse=True)


def in_cat(st: Story, path: str) -> bool:
    return cat_path(st) == path or cat_path(st).startswith(path + "/")


def excerpt(st: Story, words: int = 32) -> str:
    text = " ".join(b.text for b in st.blocks if isinstance(b, P))
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def _variants(src: str) -> tuple[str, str, str]:
    """(large, medium, thumbnail) sizes of an upload printed as ``-1024x683.jpg``."""
    m = re.match(r"(.*)-(\d+)x(\d+)(\.\w+)$", src)
    if not m:
        return src, src, src
    base, ext = m.group(1), m.group(4)
    return src, f"{base}-300x200{ext}", f"{base}-768x512{ext}"


def thumb(st: Story) -> str | None:
    imgs = st.images
    if not imgs:
        return None
    return _variants(imgs[0].src)[2]


_SVG_PLACEHOLDER = (
    "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIxMDI0"
    "IiBoZWlnaHQ9IjY4MyIgdmlld0JveD0iMCAwIDEwMjQgNjgzIj48cmVjdCB3aWR0aD0iMTAwJSIgaGVpZ2h0PSIxMDAlIiBm"
    "aWxsPSIjY2ZkNGRiIi8+PC9zdmc+"
)


def _attach_id(src: str) -> int:
    return 3000 + int(hashlib.md5(src.encode()).hexdigest()[:4], 16) % 900


def img_tag(B: str, src: str, *, lazy: bool, cls: str = "", alt: str = "") -> str:
    large, medium, _ = _variants(src)
    wid = _attach_id(src)
    klass = f"{cls} wp-image-{wid}".strip()
    srcset = f"{B}{large} 1024w, {B}{medium} 300w, {B}{_variants(src)[2]} 768w"
    sizes = "(max-width: 1024px) 100vw, 1024px"
    if not lazy:
        return (
            f'<img decoding="async" width="1024" height="683" src="{B}{large}" alt="{esc(alt)}" '
            f'class="{klass}" srcset="{srcset}" sizes="{sizes}" />'
        )
    return (
        f'<img decoding="async" data-lazyloaded="1" src="{_SVG_PLACEHOLDER}" width="1024" height="683" '
        f'data-src="{B}{large}" alt="{esc(alt)}" class="{klass}" data-srcset="{srcset}" '
        f'data-sizes="{sizes}" /><noscript><img decoding="async" width="1024" height="683" '
        f'src="{B}{large}" alt="{esc(alt)}" class="{klass}" srcset="{srcset}" sizes="{sizes}" />'
        "</noscript>"
    )


def _fn_id(st: Story, n: int) -> str:
    h = hashlib.md5(f"{st.id}-{n}".encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


_MSO_SPAN = '<span lang="VI" style="font-size: 14.0pt; line-height: 115%; font-family: \'Times New Roman\',serif;">'


def render_blocks(st: Story, blocks: list, B: str) -> str:
    """The post's own entry-content markup for the given blocks."""
    classic = st.opts.get("editor") == "classic"
    lazy = bool(st.opts.get("lazy"))
    nfd = bool(st.opts.get("nfd"))
    out: list[str] = []
    fn_no = 0
    i = 0

    def t(s: str) -> str:
        return wpt(s, nfd)

    def para_text(b: P) -> str:
        nonlocal fn_no
        if b.style.startswith("fn:"):
            anchor = b.style[3:]
            k = b.text.index(anchor) + len(anchor)
            fn_no += 1
            fid = _fn_id(st, fn_no)
            sup = f'<sup data-fn="{fid}" class="fn"><a href="#{fid}" id="{fid}-link">{fn_no}</a></sup>'
            return t(b.text[:k]) + sup + t(b.text[k:])
        return t(b.text)

    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            m = re.fullmatch(r"\{EMBED:(\d+)\}", b.html)
            out.append(embed_block(BY_ID[int(m.group(1))], B) if m else b.html.replace("{B}", B))
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "featured":
                i += 1
                continue
            if b.style == "gallery":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                    group.append(blocks[i])
                    i += 1
                figs = "".join(
                    '<figure class="wp-block-image size-large">'
                    + img_tag(B, g.src, lazy=lazy)
                    + (f'<figcaption class="wp-element-caption">{t(g.printed)}</figcaption>' if g.printed else "")
                    + "</figure>"
                    for g in group
                )
                cap = st.opts.get("gallery_caption")
                out.append(
                    '<figure class="wp-block-gallery has-nested-images columns-default is-cropped '
                    'wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">'
                    + figs
                    + (f'<figcaption class="blocks-gallery-caption wp-element-caption">{t(cap)}</figcaption>' if cap else "")
                    + "</figure>"
                )
                continue
            i += 1
            if b.style == "gb":
                cap = f'<figcaption class="wp-element-caption">{t(b.printed)}</figcaption>' if b.printed else ""
                out.append(f'<figure class="wp-block-image size-large">{img_tag(B, b.src, lazy=lazy)}{cap}</figure>')
            elif b.style == "caption_sc":
                aid = _attach_id(b.src)
                out.append(
                    f'<figure id="attachment_{aid}" aria-describedby="caption-attachment-{aid}" '
                    'style="width: 1024px" class="wp-caption aligncenter">'
                    + img_tag(B, b.src, lazy=lazy, cls="size-large")
                    + f'<figcaption id="caption-attachment-{aid}" class="wp-caption-text">{t(b.printed)}'
                    "</figcaption></figure>"
                )
            elif b.style == "em_after":
                out.append(
                    '<figure class="wp-block-image aligncenter size-large">'
                    + img_tag(B, b.src, lazy=lazy)
                    + f'</figure>\n<p class="has-text-align-center"><em>{t(b.printed)}</em></p>'
                )
            elif b.style == "fbphoto":
                out.append('<div dir="auto">' + img_tag(B, b.src, lazy=lazy, cls="alignnone size-large") + "</div>")
            else:  # classic, no caption
                out.append(f"<p>{img_tag(B, b.src, lazy=lazy, cls='aligncenter size-large')}</p>")
            continue
        # paragraphs
        style = b.style
        if style in ("li", "ol"):
            tag = "ul" if style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                items.append(f"<li>{para_text(blocks[i])}</li>")
                i += 1
            cls = ' class="wp-block-list"' if not classic else ""
            out.append(f"<{tag}{cls}>" + "".join(items) + f"</{tag}>")
            continue
        if style in ("th", "tr"):
            head, rows = [], []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    head.append("<tr>" + "".join(f"<th>{t(c)}</th>" for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{t(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">'
                + (f"<thead>{''.join(head)}</thead>" if head else "")
                + f"<tbody>{''.join(rows)}</tbody></table></figure>"
            )
            continue
        if style == "fnote":
            items = []
            n = 0
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "fnote":
                n += 1
                fid = _fn_id(st, n)
                items.append(
                    f'<li id="{fid}">{t(blocks[i].text)} <a href="#{fid}-link" '
                    f'aria-label="Chuyển đến chú thích tham khảo {n}">↩︎</a></li>'
                )
                i += 1
            out.append('<ol class="wp-block-footnotes">' + "".join(items) + "</ol>")
            continue
        i += 1
        # a paragraph, plus any following "br" continuation lines
        lines = [para_text(b)]
        while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
            lines.append(para_text(blocks[i]))
            i += 1
        if style.startswith("fb"):
            parts = style.split(":")
            pic = ""
            if len(parts) == 4:
                emo, code, shard = parts[1], parts[2], parts[3]
                pic = (
                    '<span class="x3nfvp2 x1j61x8r x1fcty0u xdj266r xhhsvwb xat24cr xgzva0m xxymvpz '
                    f'xlup9mm x1kky2od"><img height="16" width="16" alt="{emo}" '
                    f'referrerpolicy="origin-when-cross-origin" src="{_FB.format(shard, code)}" /></span>'
                )
            out.append(f'<div dir="auto" style="font-family: inherit;">{pic}{"<br />".join(lines)}</div>')
        elif style == "mso":
            out.append(
                '<p class="MsoNormal" style="text-align: justify; text-indent: 36.0pt; line-height: 115%;">'
                + _MSO_SPAN
                + "<br />\n".join(lines)
                + "</span></p>"
            )
        elif style == "msoli":
            out.append(
                '<p class="MsoListParagraph" style="margin-left: 54.0pt; text-align: justify; '
                'text-indent: -18.0pt; mso-list: l0 level1 lfo1;"><!--[if !supportLists]-->'
                '<span lang="VI" style="font-size: 14.0pt;"><span style="mso-list: Ignore;">-'
                '<span style="font: 7.0pt \'Times New Roman\';">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
                "</span></span></span><!--[endif]-->"
                + _MSO_SPAN
                + "<br />\n".join(lines)
                + "</span></p>"
            )
        elif style == "lead":
            align = ' style="text-align: justify;"' if classic else ""
            out.append(f"<p{align}><strong>{'<br />'.join(lines)}</strong></p>")
        elif style == "h":
            if classic:
                out.append(f"<p><strong>{'<br />'.join(lines)}</strong></p>")
            else:
                out.append(f'<h3 class="wp-block-heading">{"<br />".join(lines)}</h3>')
        elif style == "quote":
            out.append(f'<blockquote class="wp-block-quote is-layout-flow"><p>{"<br />".join(lines)}</p></blockquote>')
        else:
            align = ' style="text-align: justify;"' if classic else ""
            out.append(f"<p{align}>{'<br />'.join(lines)}</p>")
    return "\n".join(out) + "\n"


def embed_block(st: Story, B: str) -> str:
    """A wp-embed block: the blockquote fallback with the post's title and the hidden iframe."""
    url = B + permalink(st)
    secret = hashlib.md5(st.slug.encode()).hexdigest()[:10]
    return (
        '<figure class="wp-block-embed is-type-wp-embed is-provider-truong-thpt-luong-the-vinh '
        'wp-block-embed-truong-thpt-luong-the-vinh"><div class="wp-block-embed__wrapper">\n'
        f'<blockquote class="wp-embedded-content" data-secret="{secret}"><a href="{url}">{wpt(st.title)}'
        "</a></blockquote>"
        f'<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" '
        'style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" '
        f'title="&#8220;{wpt(st.title)}&#8221; &#8212; {SITE}" src="{url}embed/#?secret={secret}" '
        f'data-secret="{secret}" width="600" height="338" frameborder="0" marginwidth="0" '
        'marginheight="0" scrolling="no"></iframe>\n</div></figure>'
    )


# --- chrome ------------------------------------------------------------------------------------

_ARROW = (
    '<svg class="ct-icon" width="8" height="8" viewBox="0 0 15 15" aria-hidden="true">'
    '<path d="M2.1,3.2l5.4,5.4l5.4-5.4L15,4.3l-7.5,7.5L0,4.3L2.1,3.2z"></path></svg>'
)
_SEP = (
    '<svg class="ct-separator" fill="currentColor" width="8" height="8" viewBox="0 0 8 8" '
    'aria-hidden="true" focusable="false"><path d="M2,6.9L4.8,4L2,1.1L2.6,0l4,4l-4,4L2,6.9z"></path></svg>'
)


def head(
    B: str,
    title: str,
    canonical: str | None,
    *,
    desc: str | None = None,
    extra: str = "",
    robots: str = "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1",
) -> str:
    canon = f'<link rel="canonical" href="{B}{canonical}" />\n' if canonical else ""
    description = f'<meta name="description" content="{esc(desc)}" />\n' if desc else ""
    return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5, viewport-fit=cover">
<link rel="profile" href="https://gmpg.org/xfn/11">
<meta name='robots' content='{robots}' />
<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{esc(title)}</title>
{description}{canon}<meta property="og:locale" content="vi_VN" />
<meta property="og:site_name" content="{SITE}" />
{extra}<!-- / Yoast SEO plugin. -->
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" href="{B}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng phản hồi" href="{B}/comments/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='{B}/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' media='all' />
<link rel='stylesheet' id='ct-main-styles-css' href='{B}/wp-content/themes/blocksy/static/bundle/main.min.css?ver=2.0.82' media='all' />
<link rel='stylesheet' id='litespeed-cache-css' href='{B}/wp-content/litespeed/css/8f3a2c1e.css?ver=a91d2' media='all' />
<script src="{B}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{B}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{B}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.7.1" />
<link rel="icon" href="{B}/wp-content/uploads/2026/09/cropped-logo-ltv-32x32.png" sizes="32x32" />
<style id="ct-main-styles-inline-css">[data-header*="type-1"] .ct-header [data-row*="middle"]{{--height:110px;}}</style>
</head>
"""


MENU = [
    ("Trang chủ", "/", []),
    (
        "Giới thiệu",
        "/gioi-thieu/",
        [
            ("Lịch sử nhà trường", "/gioi-thieu/lich-su-nha-truong/"),
            ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc/"),
        ],
    ),
    (
        "Tin tức",
        "/category/tin-tuc/",
        [
            ("Hoạt động chuyên môn", "/category/tin-tuc/hoat-dong-chuyen-mon/"),
            ("Đoàn thanh niên", "/category/tin-tuc/doan-thanh-nien/"),
        ],
    ),
    ("Thông báo", "/category/thong-bao/", []),
    ("Văn bản", "/van-ban/", []),
    ("Thư viện", "#", [("Thư viện ảnh", "/thu-vien-anh/"), ("Video", "/video/")]),
    ("Liên hệ", "/lien-he/", []),
]


def menu_html(B: str, current: str, menu_id: str) -> str:
    items = []
    n = 31
    for label, href, children in MENU:
        n += 1
        url = href if href == "#" else B + href
        cls = "menu-item menu-item-type-custom menu-item-object-custom"
        if children:
            cls += " menu-item-has-children animated-submenu-block"
        if href == current:
            cls += " current-menu-item"
        sub = ""
        if children:
            subs = []
            for cl, ch in children:
                n += 1
                subs.append(
                    f'<li id="{menu_id}-item-{n}" class="menu-item menu-item-type-taxonomy menu-item-object-category" '
                    f'role="none"><a href="{B}{ch}" class="ct-menu-link" role="menuitem">{cl}</a></li>'
                )
            sub = '<ul class="sub-menu" role="menu">' + "".join(subs) + "</ul>"
            toggle = f'<span class="ct-toggle-dropdown-desktop">{_ARROW}</span>'
            ghost = (
                '<button class="ct-toggle-dropdown-desktop-ghost" aria-label="Mở rộng menu thả xuống" '
                'aria-haspopup="true" aria-expanded="false" role="menuitem"></button>'
            )
        else:
            toggle = ghost = ""
        items.append(
            f'<li id="{menu_id}-item-{n}" class="{cls}" role="none"><a href="{url}" class="ct-menu-link" '
            f'role="menuitem">{label}{toggle}</a>{ghost}{sub}</li>'
        )
    return f'<ul id="menu-{menu_id}" class="menu" role="menubar">' + "".join(items) + "</ul>"


def header_html(B: str, current: str) -> str:
    return f"""<a class="skip-link show-on-focus" href="#main">Chuyển đến nội dung</a>
<div class="ct-drawer-canvas" data-location="start">
<div id="search-modal" class="ct-panel" data-behaviour="modal" aria-label="Tìm kiếm" inert>
<div class="ct-panel-content"><form role="search" method="get" class="ct-search-form" action="{B}/" aria-haspopup="listbox">
<input type="search" class="modal-field" placeholder="Tìm kiếm" value="" name="s" autocomplete="off" title="Tìm kiếm" aria-label="Tìm kiếm">
<button type="submit" class="wp-element-button" aria-label="Nút tìm kiếm">Tìm</button>
<input type="hidden" name="ct_post_type" value="post:page"></form></div></div>
<div id="offcanvas" class="ct-panel ct-header" data-behaviour="right-side" aria-label="Menu ngoài khung" inert="">
<div class="ct-panel-inner"><div class="ct-panel-content"><div class="ct-panel-content-inner">
<nav class="mobile-menu menu-container has-submenu" data-id="mobile-menu" data-interaction="click" data-toggle-type="type-1" aria-label="Menu di động">
{menu_html(B, current, "mobile")}</nav></div></div></div></div>
</div>
<div id="main-container">
<header id="header" class="ct-header" data-id="type-1" itemscope="" itemtype="https://schema.org/WPHeader">
<div data-device="desktop"><div data-row="top" data-column-set="2"><div class="ct-container">
<div data-column="start" data-placements="1"><div data-items="primary">
<div class="ct-header-text" data-id="text"><div class="entry-content is-layout-flow">
<p><span style="color:#fff">📅 {TODAY_LINE}</span> &nbsp;|&nbsp; Hotline: <a href="tel:02553845168">0255 3845 168</a></p>
</div></div></div></div>
<div data-column="end" data-placements="1"><div data-items="primary">
<div class="ct-header-socials" data-id="socials"><div class="ct-social-box" data-color="custom" data-icon-size="custom" data-icons-type="simple">
<a href="https://www.facebook.com/thptluongthevinh.quangngai" data-network="facebook" aria-label="Facebook" target="_blank" rel="noopener noreferrer nofollow"><span class="ct-icon-container"><svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true"><path d="M20,10.1c0-5.5-4.5-10-10-10S0,4.5,0,10.1c0,5,3.7,9.1,8.4,9.9v-7H5.9v-2.9h2.5V7.9C8.4,5.4,9.9,4,12.2,4c1.1,0,2.2,0.2,2.2,0.2v2.5h-1.3c-1.2,0-1.6,0.8-1.6,1.6v1.9h2.8L13.9,13h-2.3v7C16.3,19.2,20,15.1,20,10.1z"></path></svg></span></a>
<a href="https://www.youtube.com/@thptluongthevinhqn" data-network="youtube" aria-label="YouTube" target="_blank" rel="noopener noreferrer nofollow"><span class="ct-icon-container"><svg width="20" height="20" viewbox="0 0 20 20" aria-hidden="true"><path d="M15,0H5C2.2,0,0,2.2,0,5v10c0,2.8,2.2,5,5,5h10c2.8,0,5-2.2,5-5V5C20,2.2,17.8,0,15,0z M14.5,10.9l-6.8,3.8c-0.1,0.1-0.3,0.1-0.5,0.1c-0.5,0-1-0.4-1-1l0,0V6.2c0-0.5,0.4-1,1-1c0.2,0,0.3,0,0.5,0.1l6.8,3.8c0.5,0.3,0.7,0.8,0.4,1.3C14.8,10.6,14.6,10.8,14.5,10.9z"></path></svg></span></a>
</div></div></div></div>
</div></div>
<div data-row="middle" data-column-set="2"><div class="ct-container">
<div data-column="start" data-placements="1"><div data-items="primary">
<div class="site-branding" data-id="logo" itemscope="itemscope" itemtype="https://schema.org/Organization">
<a href="{B}/" class="site-logo-container" rel="home" itemprop="url"><img width="120" height="120" src="{B}/wp-content/uploads/2026/09/logo-ltv.png" class="default-logo" alt="{SITE}" decoding="async" /></a>
<div class="site-title-container"><span class="site-title" itemprop="name"><a href="{B}/" rel="home">TRƯỜNG THPT LƯƠNG THẾ VINH</a></span>
<p class="site-description" itemprop="description">Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi &#8211; Dạy tốt &#8211; Học tốt &#8211; Rèn luyện tốt</p></div>
</div></div></div>
<div data-column="end" data-placements="1"><div data-items="primary">
<button class="ct-header-search ct-toggle" data-toggle-panel="#search-modal" aria-controls="search-modal" aria-label="Tìm kiếm" data-label="left" data-id="search"><span class="ct-label ct-hidden-sm ct-hidden-md ct-hidden-lg">Tìm kiếm</span></button>
</div></div>
</div></div>
<div data-row="bottom" data-column-set="1"><div class="ct-container"><div data-column="middle"><div data-items="">
<nav id="header-menu-1" class="header-menu-1 menu-container" data-id="menu" data-interaction="hover" data-menu="type-2:center" data-dropdown="type-1:simple" data-stretch="" data-responsive="no" itemscope="" itemtype="https://schema.org/SiteNavigationElement" aria-label="Menu chính">
{menu_html(B, current, "menu-chinh")}</nav>
</div></div></div></div>
</div>
<div data-device="mobile"><div data-row="middle" data-column-set="2"><div class="ct-container">
<div data-column="start"><div data-items="primary"><div class="site-branding" data-id="logo"><a href="{B}/" class="site-logo-container" rel="home"><img width="60" height="60" src="{B}/wp-content/uploads/2026/09/logo-ltv.png" class="default-logo" alt="{SITE}" /></a></div></div></div>
<div data-column="end"><div data-items="primary"><button class="ct-header-trigger ct-toggle" data-toggle-panel="#offcanvas" aria-controls="offcanvas" data-design="simple" data-label="right" aria-label="Menu" data-id="trigger"><span class="ct-label ct-hidden-sm ct-hidden-md ct-hidden-lg">Menu</span></button></div></div>
</div></div></div>
</header>
"""


def sidebar_html(B: str) -> str:
    latest = sorted_posts()[:5]
    rows = []
    for st in latest:
        th = thumb(st)
        fig = (
            f'<figure class="ct-media-container"><img width="150" height="150" src="{B}{th.replace("-768x512", "-150x150")}" '
            'class="attachment-thumbnail size-thumbnail wp-post-image" alt="" loading="lazy" decoding="async" /></figure>'
            if th
            else ""
        )
        rows.append(
            f'<li><a href="{B}{permalink(st)}">{fig}<div class="ct-entry-content"><div class="ct-post-title">'
            f'{wpt(st.title)}</div><div class="entry-meta"><span>{dmy(post_date(st))}</span></div></div></a></li>'
        )
    popular = [A11, A6, A1, A2, A10]
    pop = "".join(
        f'<li><a href="{B}{permalink(st)}" class="wpp-post-title" target="_self">{wpt(st.title)}</a> '
        f'<span class="wpp-meta post-stats"><span class="wpp-views">{st.views() * 7:,} lượt xem</span></span></li>'.replace(",", ".")
        for st in popular
    )
    return f"""<aside class="ct-hidden-sm ct-hidden-md" data-type="type-2" id="sidebar" itemtype="https://schema.org/WPSideBar" itemscope="itemscope">
<div class="ct-sidebar" data-widgets="separated">
<div class="ct-widget is-layout-flow widget_search" id="search-2"><form role="search" method="get" class="ct-search-form" data-form-controls="inside" data-taxonomy-filter="false" data-submit-button="icon" action="{B}/" aria-haspopup="listbox"><input type="search" placeholder="Tìm kiếm bài viết…" value="" name="s" autocomplete="off" title="Tìm kiếm" aria-label="Tìm kiếm"><div class="ct-search-form-controls"><button type="submit" class="wp-element-button" data-button="inside:icon" aria-label="Nút tìm kiếm"></button></div></form></div>
<div class="ct-widget is-layout-flow widget_blocksy_posts" id="blocksy_posts-3"><h3 class="widget-title">Bài viết mới</h3>
<ul class="ct-posts-widget-items" data-type="small-thumbs">{"".join(rows)}</ul></div>
<div class="ct-widget is-layout-flow popular-posts" id="wpp-2"><h3 class="widget-title">Xem nhiều</h3>
<!-- cached --><ul class="wpp-list">{pop}</ul></div>
<div class="ct-widget is-layout-flow widget_media_image" id="media_image-4"><a href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img width="300" height="90" src="{B}/wp-content/uploads/2026/09/banner-dich-vu-cong.png" class="image wp-image-118 attachment-full size-full" alt="Cổng Dịch vụ công Quốc gia" style="max-width: 100%; height: auto;" decoding="async" loading="lazy" /></a></div>
<div class="ct-widget is-layout-flow widget_media_image" id="media_image-5"><a href="https://vnedu.vn" target="_blank" rel="noopener"><img width="300" height="90" src="{B}/wp-content/uploads/2026/09/banner-vnedu.png" class="image wp-image-119 attachment-full size-full" alt="vnEdu tra cứu điểm" decoding="async" loading="lazy" /></a></div>
<div class="ct-widget is-layout-flow widget_nav_menu" id="nav_menu-2"><h3 class="widget-title">Liên kết website</h3><div class="menu-lien-ket-container"><ul id="menu-lien-ket" class="menu">
<li class="menu-item"><a target="_blank" href="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</a></li>
<li class="menu-item"><a target="_blank" href="https://quangngai.edu.vn">Sở GD&amp;ĐT Quảng Ngãi</a></li>
<li class="menu-item"><a target="_blank" href="https://thisinh.thitotnghiepthpt.edu.vn">Hệ thống thi tốt nghiệp THPT</a></li>
<li class="menu-item"><a target="_blank" href="https://temis.csdl.edu.vn">Hệ thống TEMIS</a></li></ul></div></div>
<div class="ct-widget is-layout-flow widget_polls-widget" id="polls-widget-2"><h3 class="widget-title">Thăm dò ý kiến</h3>
<div id="polls-2" class="wp-polls"><form id="polls_form_2" class="wp-polls-form" action="/index.php" method="post">
<p style="display: none;"><input type="hidden" id="poll_2_nonce" name="wp-polls-nonce" value="6a1f0e2b9c" /></p>
<p style="display: none;"><input type="hidden" name="poll_id" value="2" /></p>
<p style="text-align: center;"><strong>Bạn đánh giá thế nào về website nhà trường?</strong></p><div id="polls-2-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
<li><input type="radio" id="poll-answer-5" name="poll_2" value="5" /> <label for="poll-answer-5">Rất hữu ích</label></li>
<li><input type="radio" id="poll-answer-6" name="poll_2" value="6" /> <label for="poll-answer-6">Hữu ích</label></li>
<li><input type="radio" id="poll-answer-7" name="poll_2" value="7" /> <label for="poll-answer-7">Cần cập nhật thường xuyên hơn</label></li>
</ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(2);" /></p>
<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(2); return false;" title="Xem kết quả bình chọn">Xem kết quả</a></p></div></form></div></div>
<div class="ct-widget is-layout-flow widget_archive" id="archives-2"><h3 class="widget-title">Lưu trữ</h3>
<label class="screen-reader-text" for="archives-dropdown-2">Lưu trữ</label>
<select id="archives-dropdown-2" name="archive-dropdown" onchange='document.location.href=this.options[this.selectedIndex].value;'>
<option value="">Chọn tháng</option><option value='{B}/2026/12/'> Tháng Mười Hai 2026 &nbsp;(2)</option>
<option value='{B}/2026/11/'> Tháng Mười Một 2026 &nbsp;(4)</option><option value='{B}/2026/10/'> Tháng Mười 2026 &nbsp;(7)</option></select></div>
<div class="ct-widget is-layout-flow widget_custom_html" id="custom_html-3"><h3 class="widget-title">Thống kê truy cập</h3><div class="textwidget custom-html-widget">
<table class="tk-truycap" style="width:100%"><tbody>
<tr><td><img src="{B}/wp-content/uploads/2026/09/tk-online.gif" width="16" height="16" alt=""> Đang online:</td><td style="text-align:right">27</td></tr>
<tr><td><img src="{B}/wp-content/uploads/2026/09/tk-homnay.gif" width="16" height="16" alt=""> Hôm nay:</td><td style="text-align:right">412</td></tr>
<tr><td><img src="{B}/wp-content/uploads/2026/09/tk-homqua.gif" width="16" height="16" alt=""> Hôm qua:</td><td style="text-align:right">538</td></tr>
<tr><td><img src="{B}/wp-content/uploads/2026/09/tk-tong.gif" width="16" height="16" alt=""> Tổng truy cập:</td><td style="text-align:right">1.284.905</td></tr>
</tbody></table></div></div>
</div></aside>
"""


def footer_html(B: str) -> str:
    return f"""<footer id="footer" class="ct-footer" data-id="type-1" itemscope="" itemtype="https://schema.org/WPFooter">
<div data-row="middle"><div class="ct-container" data-columns-divider="md:sm"><div data-column="widget-area-1">
<div class="ct-widget is-layout-flow widget_text" id="text-2"><h3 class="widget-title">TRƯỜNG THPT LƯƠNG THẾ VINH</h3><div class="textwidget">
<p>Địa chỉ: Thôn An Hà, xã Tư Nghĩa, tỉnh Quảng Ngãi<br />Điện thoại: 0255 3845 168 &#8211; Fax: 0255 3845 169<br />Email: <a href="mailto:thptluongthevinh@quangngai.edu.vn">thptluongthevinh@quangngai.edu.vn</a></p>
<p>Chịu trách nhiệm nội dung: Thầy Nguyễn Thanh Sơn &#8211; Hiệu trưởng</p></div></div></div>
<div data-column="widget-area-2"><div class="ct-widget is-layout-flow widget_block" id="block-9">
<iframe title="Bản đồ" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3873.1!2d108.78!3d15.09" width="100%" height="180" style="border:0;" loading="lazy"></iframe></div></div>
</div></div>
<div data-row="bottom"><div class="ct-container"><div data-column="copyright"><div class="ct-footer-copyright" data-id="copyright">
<p>Copyright &copy; 2026 &#8211; {SITE}. Bản quyền thuộc về nhà trường. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></div></div></div>
</footer></div>
<a href="#main-container" class="ct-back-to-top ct-hidden-sm" data-shape="square" data-alignment="right" title="Lên đầu trang" aria-label="Lên đầu trang"><svg class="ct-icon" width="15" height="15" viewBox="0 0 20 20"><path d="M10,0L9.4,0.6L0.8,9.1l1.2,1.2l7.1-7.1V20h1.7V3.3l7.1,7.1l1.2-1.2l-8.5-8.5L10,0z"></path></svg></a>
<script id="ct-scripts-js-extra">var ct_localizations = {{"ajax_url":"{B}\\/wp-admin\\/admin-ajax.php","public_url":"{B}\\/wp-content\\/themes\\/blocksy\\/static\\/bundle\\/","rest_url":"{B}\\/wp-json\\/","search_url":"{B}\\/search\\/QUERY_STRING\\/","show_more_text":"Xem th\\u00eam","more_text":"Th\\u00eam"}};</script>
<script src="{B}/wp-content/themes/blocksy/static/bundle/main.js?ver=2.0.82" id="ct-scripts-js"></script>
<script src="{B}/wp-content/plugins/litespeed-cache/assets/js/lazyload.min.js?ver=6.5.2" id="litespeed-lazyload-js"></script>
</body>
</html>
"""


def page_html(B: str, title: str, canonical: str | None, body_class: str, main: str, *, current: str = "",
              desc: str | None = None, extra_head: str = "", robots: str | None = None, prefix: str = "blog") -> str:
    kw = {"robots": robots} if robots else {}
    return (
        head(B, title, canonical, desc=desc, extra=extra_head, **kw)
        + f'<body class="{body_class} wp-custom-logo wp-embed-responsive ct-loading" data-link="type-2" '
        f'data-prefix="{prefix}" data-header="type-1" data-footer="type-1" itemscope="itemscope" '
        'itemtype="https://schema.org/Blog">\n'
        + header_html(B, current)
        + f'<main id="main" class="site-main hfeed">\n{main}\n</main>\n'
        + footer_html(B)
    )


def breadcrumbs(B: str, trail: list[tuple[str, str | None]]) -> str:
    spans = [
        '<span class="first-item" itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem">'
        f'<meta itemprop="position" content="1"><a href="{B}/" itemprop="item"><span itemprop="name">Trang chủ</span></a>'
        f'<meta itemprop="url" content="{B}/" />{_SEP}</span>'
    ]
    for k, (label, href) in enumerate(trail):
        pos = k + 2
        if href is None:
            spans.append(
                '<span class="last-item" aria-current="page" itemscope="" itemprop="itemListElement" '
                f'itemtype="https://schema.org/ListItem"><meta itemprop="position" content="{pos}">'
                f'<span itemprop="name">{label}</span></span>'
            )
        else:
            spans.append(
                f'<span class="item-{k}" itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem">'
                f'<meta itemprop="position" content="{pos}"><a href="{B}{href}" itemprop="item"><span itemprop="name">'
                f'{label}</span></a><meta itemprop="url" content="{B}{href}" />{_SEP}</span>'
            )
    return (
        '<nav class="ct-breadcrumbs" data-source="default" itemscope="" itemtype="https://schema.org/BreadcrumbList">'
        + "".join(spans)
        + "</nav>"
    )


def cat_trail(path: str) -> list[tuple[str, str]]:
    trail = []
    p: str | None = path
    while p:
        name, parent, _ = CATS[p]
        trail.insert(0, (name, cat_url(p)))
        p = parent
    return trail


# --- single post ---------------------------------------------------------------------------------


def _avatar(B: str, acct: str, size: int) -> str:
    av = ACCOUNTS[acct][2]
    src = av if av.startswith("http") else B + av
    return (
        f'<img alt="" src="{src.replace("s=96", f"s={size}")}" class="avatar avatar-{size} photo" '
        f'height="{size}" width="{size}" loading="lazy" decoding="async" />'
    )


def entry_meta(B: str, st: Story) -> str:
    acct = st.opts["acct"]
    name = ACCOUNTS[acct][0]
    date = post_date(st)
    mod = st.opts.get("modified")
    cpath = cat_path(st)
    updated = (
        f'<li class="meta-updated-date" itemprop="dateModified"><span>Cập nhật lần cuối:</span> '
        f'<time class="ct-meta-element-date" datetime="{mod}">{dmy(mod)}</time></li>'
        if mod
        else ""
    )
    return (
        '<ul class="entry-meta" data-type="simple:slash" data-id="meta_1">'
        f'<li class="meta-author" itemprop="author" itemscope="" itemtype="https://schema.org/Person">'
        f'<a href="{B}/author/{acct}/" tabindex="-1" class="ct-media-container-static">{_avatar(B, acct, 25)}</a>'
        f'<a class="ct-meta-element-author" href="{B}/author/{acct}/" title="Bài viết của {esc(name)}" rel="author" '
        f'itemprop="url"><span itemprop="name">{esc(name)}</span></a></li>'
        + updated
        + f'<li class="meta-date" itemprop="datePublished"><span>Đăng ngày:</span> '
        f'<time class="ct-meta-element-date" datetime="{date}">{dmy(date)}</time></li>'
        f'<li class="meta-categories" data-type="pill"><a href="{B}{cat_url(cpath)}" rel="tag" '
        f'class="ct-term-{CATS[cpath][2]}">{CATS[cpath][0]}</a></li></ul>'
    )


def _yoast(B: str, st: Story, url: str) -> str:
    date = post_date(st)
    mod = st.opts.get("modified", date)
    title = st.opts.get("seo_title", st.title)
    name = ACCOUNTS[st.opts["acct"]][0]
    th = thumb(st)
    img = f'<meta property="og:image" content="{B}{_variants(st.images[0].src)[0]}" />\n' if th else ""
    desc = excerpt(st, 28)
    graph = (
        '{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"' + url + '#article",'
        '"isPartOf":{"@id":"' + url + '"},"author":{"name":"' + name + '","@id":"' + B
        + '/#/schema/person/' + hashlib.md5(name.encode()).hexdigest() + '"},"headline":"'
        + st.title.replace('"', '\\"') + '","datePublished":"' + _utc(date) + '","dateModified":"'
        + _utc(mod) + '","mainEntityOfPage":{"@id":"' + url + '"},"publisher":{"@id":"' + B
        + '/#organization"},"articleSection":["' + st.cat + '"],"inLanguage":"vi"},{"@type":"WebPage",'
        '"@id":"' + url + '","url":"' + url + '","name":"' + title.replace('"', '\\"') + " - " + SITE
        + '","datePublished":"' + _utc(date) + '","inLanguage":"vi"},{"@type":"Organization","@id":"'
        + B + '/#organization","name":"' + SITE + '","url":"' + B + '/"}]}'
    )
    return (
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(title)} - {SITE}" />\n'
        f'<meta property="og:description" content="{esc(desc)}" />\n'
        f'<meta property="og:url" content="{url}" />\n'
        f'<meta property="article:publisher" content="https://www.facebook.com/thptluongthevinh.quangngai" />\n'
        f'<meta property="article:published_time" content="{_utc(date)}" />\n'
        f'<meta property="article:modified_time" content="{_utc(mod)}" />\n'
        + img
        + f'<meta name="author" content="{esc(name)}" />\n'
        f'<meta name="twitter:card" content="summary_large_image" />\n'
        f'<script type="application/ld+json" class="yoast-schema-graph">{graph}</script>\n'
        f'<link rel="amphtml" href="{url}amp/">\n'
        f"<link rel='shortlink' href='{B}/?p={st.id}' />\n"
        f'<link rel="alternate" title="oEmbed (JSON)" type="application/json+oembed" '
        f'href="{B}/wp-json/oembed/1.0/embed?url={quote(url, safe="")}" />\n'
    )


def hook_before(B: str) -> str:
    return (
        '<div data-block="hook:2012" class="ct-content-block"><div class="entry-content is-layout-constrained">'
        '<p class="has-background" style="background-color:#fff6d9">🔔 <strong>Thông báo:</strong> Phụ huynh, học '
        'sinh tra cứu kết quả học tập, điểm danh qua ứng dụng <strong>vnEdu Connect</strong> hoặc tại '
        '<a href="https://vnedu.vn" target="_blank" rel="noopener">vnedu.vn</a>.</p></div></div>'
    )


def hook_after(B: str) -> str:
    return (
        '<div data-block="hook:2015" class="ct-content-block"><div class="entry-content is-layout-constrained">'
        '<hr class="wp-block-separator has-alpha-channel-opacity"/>'
        "<p><em>Mọi ý kiến góp ý, phản ánh về hoạt động của nhà trường xin gửi về Bộ phận Truyền thông "
        "– Trường THPT Lương Thế Vinh, email: <a href=\"mailto:truyenthong.ltv@gmail.com\">"
        "truyenthong.ltv@gmail.com</a>, điện thoại: 0255 3845 168.</em></p></div></div>"
    )


def featured_html(B: str, st: Story) -> str:
    feats = [b for b in st.blocks if isinstance(b, Img) and b.style == "featured"]
    if not feats:
        return ""
    f = feats[0]
    cap = f'<figcaption>{wpt(f.printed)}</figcaption>' if f.printed else ""
    return (
        '<figure class="ct-featured-image is-width-constrained"><div class="ct-media-container">'
        + img_tag(B, f.src, lazy=bool(st.opts.get("lazy")), cls="attachment-full size-full wp-post-image")
        + f"</div>{cap}</figure>"
    )


def same_cat(st: Story) -> list[Story]:
    return [p for p in sorted_posts() if cat_path(p) == cat_path(st)]


def comments_html(B: str, st: Story, url: str, reply_to: int | None) -> str:
    comments: list[Comment] = st.opts.get("comments", [])
    form = f"""<div id="respond" class="comment-respond">
<h2 id="reply-title" class="comment-reply-title">{"Trả lời" if reply_to else "Để lại một bình luận"} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond"{"" if reply_to else ' style="display:none;"'}>Hủy</a></small></h2>
<form action="{B}/wp-comments-post.php" method="post" id="commentform" class="comment-form has-website-field has-labels-outside" novalidate>
<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p>
<p class="comment-form-field-textarea"><label for="comment">Bình luận<span class="required">&nbsp;*</span></label><textarea autocomplete="new-password" id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<p class="comment-form-field-input-author"><label for="author">Tên<span class="required">&nbsp;*</span></label><input id="author" name="author" type="text" value="" size="30" required></p>
<p class="comment-form-field-input-email"><label for="email">Email<span class="required">&nbsp;*</span></label><input id="email" name="email" type="text" value="" size="30" required></p>
<p class="form-submit"><button name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận">Gửi bình luận</button> <input type='hidden' name='comment_post_ID' value='{st.id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='{reply_to or 0}' /></p></form></div>"""
    if not comments:
        return (
            '<div class="ct-comments-container"><div class="ct-container-narrow"><div class="ct-comments" id="comments">'
            + form
            + "</div></div></div>"
        )

    def one(c: Comment) -> str:
        kids = [k for k in comments if k.parent == c.cid]
        avatar = f"https://secure.gravatar.com/avatar/{hashlib.md5(c.author.encode()).hexdigest()}?s=50&amp;d=mm&amp;r=g"
        inner = (
            f'<article class="ct-comment-inner" id="ct-comment-inner-{c.cid}" itemprop="comment" itemscope="" '
            'itemtype="https://schema.org/Comment"><footer class="ct-comment-meta">'
            f'<figure class="ct-media-container"><img alt="" src="{avatar}" class="avatar avatar-50 photo" height="50" width="50" loading="lazy" /></figure>'
            f'<h4 class="ct-comment-author" itemprop="author" itemscope="" itemtype="https://schema.org/Person"><cite itemprop="name">{esc(c.author)}</cite></h4>'
            f'<div class="ct-comment-meta-data"><a href="{url}#comment-{c.cid}"><time datetime="{c.when}" itemprop="datePublished">'
            f'{dmy(c.when)} lúc {_dt(c.when).strftime("%H:%M")}</time></a>'
            f'<a rel="nofollow" class="comment-reply-link" href="{url}?replytocom={c.cid}#respond" data-commentid="{c.cid}" '
            f'data-postid="{st.id}" data-belowelement="ct-comment-inner-{c.cid}" data-respondelement="respond" '
            f'data-replyto="Trả lời cho {esc(c.author)}" aria-label="Trả lời cho {esc(c.author)}">Trả lời</a></div></footer>'
            f'<div class="ct-comment-content entry-content is-layout-flow" itemprop="text"><p>{wpt(c.text)}</p></div></article>'
        )
        if reply_to == c.cid:
            inner += form
        children = '<ul class="children">' + "".join(one(k) for k in kids) + "</ul>" if kids else ""
        return f'<li id="comment-{c.cid}" class="comment depth-{2 if c.parent else 1}{" parent" if kids else ""}">{inner}{children}</li>'

    tops = "".join(one(c) for c in comments if c.parent == 0)
    return (
        '<div class="ct-comments-container"><div class="ct-container-narrow"><div class="ct-comments" id="comments">'
        f'<h3 class="ct-comments-title">{len(comments)} bình luận</h3><ol class="ct-comment-list">{tops}</ol>'
        + ("" if reply_to else form)
        + "</div></div></div>"
    )


def single_page(req: Request, st: Story, pageno: int = 1, reply_to: int | None = None) -> Response:
    B = base_url(req)
    perm = permalink(st)
    url = B + perm
    pages = _parts(st)
    blocks = pages[pageno - 1]
    nfd = bool(st.opts.get("nfd"))
    cpath = cat_path(st)
    acct = st.opts["acct"]
    title_html = wpt(st.title, nfd)
    content = render_blocks(st, blocks, B)
    page_links = ""
    if len(pages) > 1:
        links = []
        for n in range(1, len(pages) + 1):
            href = url if n == 1 else f"{url}{n}/"
            if n == pageno:
                links.append(f'<span class="post-page-numbers current" aria-current="page">{n}</span>')
            else:
                links.append(f'<a href="{href}" class="post-page-numbers">{n}</a>')
        page_links = '<div class="page-links"><span class="post-pages-label">Trang</span>' + "".join(links) + "</div>"
    tags = st.opts.get("tags", [])
    tags_html = (
        '<div class="entry-tags is-width-constrained"><span class="ct-module-title">Từ khóa</span><div data-type="simple">'
        + "".join(f'<a href="{B}/tag/{t}/" rel="tag"><span>#</span> {TAGS[t]}</a>' for t in tags)
        + "</div></div>"
        if tags
        else ""
    )
    enc = quote(url, safe="")
    share = (
        '<div class="ct-share-box is-width-constrained" data-location="bottom" data-type="type-1">'
        '<span class="ct-module-title">Chia sẻ bài viết</span><div data-icons-type="simple">'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={enc}" data-network="facebook" aria-label="Facebook" rel="noopener noreferrer nofollow" target="_blank"><span class="ct-icon-container">f</span></a>'
        f'<a href="https://x.com/share?text={quote(st.title)}&amp;url={enc}" data-network="twitter" aria-label="X (Twitter)" rel="noopener noreferrer nofollow" target="_blank"><span class="ct-icon-container">X</span></a>'
        f'<a href="https://t.me/share/url?url={enc}" data-network="telegram" aria-label="Telegram" rel="noopener noreferrer nofollow" target="_blank"><span class="ct-icon-container">t</span></a>'
        f'<a href="mailto:?subject={quote(st.title)}&amp;body={enc}" data-network="email" aria-label="Email" rel="noopener noreferrer nofollow"><span class="ct-icon-container">@</span></a>'
        '<a href="#" data-network="clipboard" aria-label="Sao chép liên kết"><span class="ct-icon-container">⧉</span></a>'
        "</div></div>"
    )
    name, bio, _ = ACCOUNTS[acct]
    author_box = (
        '<div class="author-box is-width-constrained" data-type="type-2">'
        f'<a href="{B}/author/{acct}/" class="ct-media-container">{_avatar(B, acct, 60)}</a><section>'
        f'<h5 class="author-box-name">{esc(name)}</h5><div class="author-box-bio"><p>{esc(bio)}</p></div>'
        f'<a href="{B}/author/{acct}/" class="ct-author-box-more">Xem bài viết</a></section></div>'
    )
    siblings = same_cat(st)
    k = siblings.index(st)
    prev_ = siblings[k + 1] if k + 1 < len(siblings) else None
    next_ = siblings[k - 1] if k > 0 else None
    nav = '<nav class="post-navigation is-width-constrained">'
    for item, cls, label in ((prev_, "nav-item-prev", "Bài trước"), (next_, "nav-item-next", "Bài tiếp")):
        if item is None:
            nav += f'<div class="{cls}"></div>'
            continue
        th = thumb(item)
        fig = f'<figure class="ct-media-container"><img width="300" height="200" src="{B}{th.replace("-768x512", "-300x200")}" alt="" loading="lazy" /></figure>' if th else ""
        nav += (
            f'<a href="{B}{permalink(item)}" class="{cls}">{fig}<div class="item-content">'
            f'<span class="item-label">{label}</span><span class="item-title ct-ellipsis">{wpt(item.title)}</span></div></a>'
        )
    nav += "</nav>"
    related = [p for p in siblings if p is not st][:3]
    rel_html = ""
    if related:
        cards = ""
        for p in related:
            th = thumb(p)
            fig = (
                f'<a class="ct-media-container" href="{B}{permalink(p)}" aria-label="{esc(p.title)}"><img width="768" height="512" '
                f'src="{B}{th}" class="attachment-medium_large size-medium_large wp-post-image" alt="" loading="lazy" /></a>'
                if th
                else ""
            )
            cards += (
                '<article itemscope="itemscope" itemtype="https://schema.org/CreativeWork"><div id="post-'
                f'{p.id}" class="post-{p.id} post type-post status-publish">{fig}<h4 class="related-entry-title" itemprop="name">'
                f'<a href="{B}{permalink(p)}" itemprop="url" rel="bookmark">{wpt(p.title)}</a></h4>'
                '<ul class="entry-meta" data-type="simple:slash"><li class="meta-date" itemprop="datePublished">'
                f'<time class="ct-meta-element-date" datetime="{post_date(p)}">{dmy(post_date(p))}</time></li></ul></div></article>'
            )
        rel_html = (
            '<div class="ct-related-posts-container"><div class="ct-container"><div class="ct-related-posts">'
            '<h3 class="ct-module-title">Bài viết liên quan</h3><div class="ct-related-posts-items" data-layout="grid">'
            + cards
            + "</div></div></div></div>"
        )
    classes = (
        f"post-{st.id} post type-post status-publish format-standard"
        + (" has-post-thumbnail" if thumb(st) else "")
        + f" hentry category-{cpath.split('/')[-1]}"
        + "".join(f" tag-{t}" for t in tags)
    )
    trail = [*cat_trail(cpath), (title_html, None)]
    main = f"""<div class="ct-container" data-sidebar="right" data-vertical-spacing="top:bottom">
<article id="post-{st.id}" class="{classes}">
<div class="hero-section is-width-constrained" data-type="type-1">
<header class="entry-header">
{breadcrumbs(B, trail)}
<h1 class="page-title" title="{esc(st.title)}" itemprop="headline">{title_html}</h1>
{entry_meta(B, st)}
</header>
</div>
{featured_html(B, st) if pageno == 1 else ""}
{hook_before(B)}
<div class="entry-content is-layout-constrained">
{content}</div>
{page_links}
{hook_after(B)}
{tags_html}
{share}
{author_box}
{nav}
</article>
{sidebar_html(B)}
</div>
{rel_html}
{comments_html(B, st, url, reply_to)}"""
    canonical = perm if pageno == 1 else f"{perm}{pageno}/"
    robots = "noindex, follow" if reply_to else None
    body_class = f"post-template-default single single-post postid-{st.id} single-format-standard"
    page = page_html(
        B,
        f"{st.opts.get('seo_title', st.title)} - {SITE}",
        canonical,
        body_class,
        main,
        current=cat_url(cpath.split("/")[0]),
        desc=excerpt(st, 28),
        extra_head=_yoast(B, st, url),
        robots=robots,
        prefix="single_blog_post",
    )
    return html(page, headers={"Link": f'<{B}/?p={st.id}>; rel=shortlink'})


def amp_page(req: Request, st: Story) -> Response:
    """AMP plugin, reader mode: the first page, images as amp-img, a relative date."""
    B = base_url(req)
    url = B + permalink(st)
    content = render_blocks(st, _parts(st)[0], B)
    content = re.sub(r"<noscript>.*?</noscript>", "", content, flags=re.S)
    content = re.sub(r'src="data:[^"]*"\s*', "", content).replace("data-src=", "src=")
    content = re.sub(r"<img ([^>]*?)\s*/>", r'<amp-img layout="intrinsic" \1></amp-img>', content)
    days = (datetime(2026, 12, 5, tzinfo=ICT) - _dt(post_date(st))).days
    ago = f"{days // 7} tuần trước" if days >= 7 else f"{days} ngày trước"
    page = f"""<!doctype html>
<html amp lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>{esc(st.title)} &#8211; {SITE}</title>
<link rel="canonical" href="{url}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-custom>.amp-wp-header{{background:#1e4d8c}}</style></head>
<body class=""><header id="top" class="amp-wp-header"><div><a href="{B}/">{SITE}</a></div></header>
<article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">{wpt(st.title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">{esc(ACCOUNTS[st.opts["acct"]][0])}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{_utc(post_date(st))}">{ago}</time></div></header>
<div class="amp-wp-article-content">{content}</div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Chuyên mục: <a href="{B}{cat_url(cat_path(st))}">{st.cat}</a></div></footer></article>
<footer class="amp-wp-footer"><div><h2>{SITE}</h2><a href="#top" class="back-to-top">Về đầu trang</a></div></footer></body></html>"""
    return html(page)


def embed_page(req: Request, st: Story) -> Response:
    B = base_url(req)
    url = B + permalink(st)
    th = thumb(st)
    fig = (
        f'<div class="wp-embed-featured-image rectangular"><a href="{url}" target="_top"><img width="768" height="512" '
        f'src="{B}{th}" class="attachment-medium_large size-medium_large" alt="" decoding="async" /></a></div>'
        if th
        else ""
    )
    page = f"""<!DOCTYPE html>
<html lang="vi" class="no-js"><head><title>{esc(st.title)} &#8211; {SITE}</title>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name='robots' content='noindex, follow, max-image-preview:large' />
<link rel="canonical" href="{url}" />
<style>body{{margin:0}}</style></head>
<body class="post-template-default single single-post postid-{st.id} single-format-standard">
<div class="wp-embed post-{st.id} post type-post status-publish format-standard hentry">
{fig}<p class="wp-embed-heading"><a href="{url}" target="_top">{wpt(st.title)}</a></p>
<div class="wp-embed-excerpt"><p>{wpt(excerpt(st, 40))} <a href="{url}" class="wp-embed-more" target="_top">Đọc tiếp <span class="screen-reader-text">&#8220;{wpt(st.title)}&#8221;</span></a></p></div>
<div class="wp-embed-footer"><div class="wp-embed-site-title"><a href="{B}/" target="_top"><img src="{B}/wp-content/uploads/2026/09/cropped-logo-ltv-32x32.png" srcset="{B}/wp-content/uploads/2026/09/cropped-logo-ltv-192x192.png 2x" width="32" height="32" alt="" class="wp-embed-site-icon" /><span>{SITE}</span></a></div>
<div class="wp-embed-meta"><div class="wp-embed-share"><button type="button" class="wp-embed-share-dialog-open" aria-label="Mở hộp thoại chia sẻ"><span class="dashicons dashicons-share"></span></button></div></div></div>
</div></body></html>"""
    return html(page)


# --- archives ------------------------------------------------------------------------------------

_MONTHS = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]


def vi_date(iso: str) -> str:
    d = _dt(iso)
    return f"Tháng {_MONTHS[d.month - 1]} {d.day}, {d.year}"


def card(B: str, st: Story) -> str:
    url = B + permalink(st)
    th = thumb(st)
    fig = (
        f'<a class="ct-media-container boundless-image" href="{url}" aria-label="{esc(st.title)}">'
        f'<img width="768" height="512" src="{B}{th}" class="attachment-medium_large size-medium_large wp-post-image" '
        'alt="" loading="lazy" decoding="async" /></a>'
        if th
        else ""
    )
    cpath = cat_path(st)
    ncom = len(st.opts.get("comments", []))
    com = f"{ncom} bình luận" if ncom else "Chưa có bình luận"
    acct = st.opts["acct"]
    return (
        f'<article id="post-{st.id}" class="entry-card post-{st.id} post type-post status-publish format-standard '
        f'hentry category-{cpath.split("/")[-1]}" data-reveal="bottom:no">{fig}'
        f'<ul class="entry-meta" data-type="pill" data-id="c2e1f0"><li class="meta-categories" data-type="pill">'
        f'<a href="{B}{cat_url(cpath)}" rel="tag" class="ct-term-{CATS[cpath][2]}">{CATS[cpath][0]}</a></li></ul>'
        f'<h2 class="entry-title"><a href="{url}" rel="bookmark">{wpt(st.title)}</a></h2>'
        f'<div class="entry-excerpt"><p>{wpt(excerpt(st))}</p></div>'
        '<div class="ct-entry-divider" data-id="divider_1"></div>'
        '<ul class="entry-meta" data-type="simple:slash" data-id="a8d2b4">'
        f'<li class="meta-author" itemprop="author" itemscope="" itemtype="https://schema.org/Person"><a class="ct-meta-element-author" '
        f'href="{B}/author/{acct}/" title="Bài viết của {esc(ACCOUNTS[acct][0])}" rel="author" itemprop="url"><span itemprop="name">'
        f'{esc(ACCOUNTS[acct][0])}</span></a></li>'
        f'<li class="meta-date" itemprop="datePublished"><time class="ct-meta-element-date" datetime="{post_date(st)}">'
        f"{vi_date(post_date(st))}</time></li>"
        f'<li class="meta-comments"><a href="{url}#comments">{com}</a></li></ul>'
        f'<a class="entry-button wp-element-button ct-button" data-alignment="left" href="{url}">Đọc tiếp'
        f'<span class="screen-reader-text">{wpt(st.title)}</span></a></article>'
    )


def _page_url(base: str, n: int, query: str = "") -> str:
    path = base if n == 1 else f"{base}page/{n}/"
    return path + (f"?{query}" if query else "")


def pagination(B: str, base: str, n: int, total: int, kind: str, query: str = "") -> str:
    if total <= 1:
        return ""
    if kind == "load_more":
        nxt = (
            f'<a class="next page-numbers" rel="next" href="{B}{_page_url(base, n + 1, query)}" hidden '
            'aria-hidden="true" tabindex="-1"></a>'
            if n < total
            else ""
        )
        return (
            '<nav class="ct-pagination" data-pagination="load_more">'
            + nxt
            + '<div class="ct-load-more-helper"><button class="wp-element-button ct-load-more">Xem thêm bài viết</button>'
            '<span class="ct-ajax-loader"><svg viewBox="0 0 24 24"><circle cx="12" cy="12" r="10" opacity="0.2" fill="none" '
            'stroke="currentColor" stroke-miterlimit="10" stroke-width="2"/></svg></span>'
            '<div class="ct-last-page-text">Đã hiển thị tất cả bài viết</div></div></nav>'
        )
    parts = []
    if n > 1:
        parts.append(f'<a class="prev page-numbers" rel="prev" href="{B}{_page_url(base, n - 1, query)}">{_ARROW} Trước</a>')
    nums = []
    for k in range(1, total + 1):
        if k == n:
            nums.append(f'<span aria-current="page" class="page-numbers current">{k}</span>')
        else:
            nums.append(f'<a class="page-numbers" href="{B}{_page_url(base, k, query)}">{k}</a>')
    parts.append('<div class="ct-hidden-sm">' + "".join(nums) + "</div>")
    if n < total:
        parts.append(f'<a class="next page-numbers" rel="next" href="{B}{_page_url(base, n + 1, query)}">Tiếp {_ARROW}</a>')
    return '<nav class="ct-pagination" data-pagination="simple">' + "".join(parts) + "</nav>"


def home_hook(B: str) -> str:
    featured = [(A6, permalink(A6)), (A1, permalink(A1)), (A8, f"/2026/10/{A8.opts['old_slug']}/")]
    slides = "".join(
        f'<div class="ltv-slide" data-idx="{k}"><a href="{B}{href}"><img src="{B}{thumb(st)}" alt="" width="768" height="512" />'
        f'<span class="ltv-slide-title">{wpt(st.title)}</span></a></div>'
        for k, (st, href) in enumerate(featured)
    )
    notices = " &nbsp;•&nbsp; ".join(
        f'<a href="{B}{permalink(st)}">{wpt(st.title)}</a>' for st in (A10, A11)
    )
    return (
        '<div data-block="hook:2020" class="ct-content-block"><div class="ct-container-full" data-content="normal">'
        '<div class="entry-content is-layout-constrained">'
        '<div class="wp-block-group ltv-tinnoibat"><h2 class="wp-block-heading">TIN NỔI BẬT</h2>'
        f'<div class="ltv-slider" data-autoplay="5000">{slides}</div></div>'
        '<div class="wp-block-group ltv-marquee"><p><strong>THÔNG BÁO:</strong> '
        f'<marquee scrollamount="4" onmouseover="this.stop()" onmouseout="this.start()">{notices}</marquee></p></div>'
        "</div></div></div>"
    )


def archive_page(
    req: Request,
    posts: list[Story],
    n: int,
    base: str,
    *,
    title: str,
    label: str,
    trail: list,
    kind: str = "simple",
    body_class: str,
    current: str = "",
    query: str = "",
    description: str = "",
    top: str = "",
    prefix: str = "categories",
) -> Response | None:
    B = base_url(req)
    total = max(1, (len(posts) + PER_PAGE - 1) // PER_PAGE)
    if n < 1 or n > total:
        return None
    chunk = posts[(n - 1) * PER_PAGE : n * PER_PAGE]
    cards = "\n".join(card(B, st) for st in chunk) or '<p class="ct-no-results">Không tìm thấy bài viết nào.</p>'
    heading = (
        f'<h1 class="page-title" title="{esc(title)}" itemprop="headline">'
        + (f'<span class="ct-title-label">{label}</span> ' if label else "")
        + f"{esc(title)}</h1>"
    )
    desc = f'<div class="page-description ct-hidden-sm"><p>{description}</p></div>' if description else ""
    hero = (
        '<div class="hero-section is-width-constrained" data-type="type-1"><header class="entry-header">'
        + (breadcrumbs(B, trail) if trail is not None else "")
        + heading
        + desc
        + "</header></div>"
    )
    rels = ""
    if n > 1:
        rels += f'<link rel="prev" href="{B}{_page_url(base, n - 1, query)}" />\n'
    if n < total:
        rels += f'<link rel="next" href="{B}{_page_url(base, n + 1, query)}" />\n'
    main = f"""<div class="ct-container" data-sidebar="right" data-vertical-spacing="top:bottom">
<section>
{hero if trail is not None else ""}
{top if n == 1 else ""}
<div class="entries" data-archive="default" data-layout="grid" data-cards="boxed">
{cards}
</div>
{pagination(B, base, n, total, kind, query)}
</section>
{sidebar_html(B)}
</div>"""
    page_title = (f"{title} - " if trail is not None else "") + (f"Trang {n} trên {total} - " if n > 1 else "") + SITE
    if trail is None and n == 1:
        page_title = f"{SITE} - Dạy tốt – Học tốt – Rèn luyện tốt"
    robots = "noindex, follow" if query else None
    return html(
        page_html(
            B,
            page_title,
            _page_url(base, n, query) if not query else None,
            body_class + (f" paged paged-{n}" if n > 1 else ""),
            main,
            current=current,
            extra_head=rels,
            robots=robots,
            prefix=prefix,
        )
    )


# --- WordPress pages and the "Văn bản" register ----------------------------------------------------

PAGES: dict[str, tuple[int, str, str | None, str]] = {
    "/gioi-thieu/": (
        12,
        "Giới thiệu",
        None,
        "<p>Trường THPT Lương Thế Vinh được thành lập năm 1995 trên cơ sở tách ra từ Trường THPT số 1 Tư "
        "Nghĩa. Trải qua hơn 30 năm xây dựng và phát triển, nhà trường đã trở thành một trong những địa chỉ "
        "giáo dục tin cậy của nhân dân địa phương.</p>"
        "<ul class=\"wp-block-list\"><li><a href=\"{B}/gioi-thieu/lich-su-nha-truong/\">Lịch sử nhà trường</a></li>"
        "<li><a href=\"{B}/gioi-thieu/co-cau-to-chuc/\">Cơ cấu tổ chức</a></li></ul>",
    ),
    "/gioi-thieu/lich-su-nha-truong/": (
        14,
        "Lịch sử nhà trường",
        "/gioi-thieu/",
        "<p>Ngày 18/8/1995, UBND tỉnh Quảng Ngãi ban hành Quyết định số 1204/QĐ-UB thành lập Trường PTTH "
        "Lương Thế Vinh. Năm học đầu tiên, nhà trường có 9 lớp với 412 học sinh và 21 cán bộ, giáo viên, "
        "học tạm tại cơ sở của Trường THCS Nghĩa Hòa.</p>"
        "<p>Năm 2003, trường chuyển về cơ sở mới tại thôn An Hà với khuôn viên rộng 2,4 ha. Năm 2015, nhà "
        "trường được công nhận đạt chuẩn quốc gia giai đoạn 2015 – 2020.</p>"
        "<h3 class=\"wp-block-heading\">Các thế hệ Hiệu trưởng</h3><ul class=\"wp-block-list\">"
        "<li>Thầy Lê Văn Thạnh (1995 – 2004)</li><li>Thầy Phạm Ngọc Ánh (2004 – 2016)</li>"
        "<li>Thầy Nguyễn Thanh Sơn (2016 – nay)</li></ul>"
        "<p>Hiện nay, nhà trường có 36 lớp với 1.486 học sinh, 92 cán bộ, giáo viên, nhân viên; 100% giáo "
        "viên đạt chuẩn, trong đó 28 thầy cô có trình độ thạc sĩ.</p>",
    ),
    "/gioi-thieu/co-cau-to-chuc/": (
        16,
        "Cơ cấu tổ chức",
        "/gioi-thieu/",
        "<h3 class=\"wp-block-heading\">Ban Giám hiệu</h3>"
        "<figure class=\"wp-block-table\"><table><thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th>"
        "</tr></thead><tbody><tr><td>Nguyễn Thanh Sơn</td><td>Hiệu trưởng</td><td>0905 118 273</td></tr>"
        "<tr><td>Đặng Văn Lực</td><td>Phó Hiệu trưởng</td><td>0914 327 650</td></tr>"
        "<tr><td>Võ Thị Kim Chi</td><td>Phó Hiệu trưởng</td><td>0935 602 418</td></tr></tbody></table></figure>"
        "<h3 class=\"wp-block-heading\">Các tổ chuyên môn</h3><ul class=\"wp-block-list\"><li>Tổ Ngữ văn</li>"
        "<li>Tổ Toán – Tin</li><li>Tổ Vật lí – Hóa học</li><li>Tổ Sinh – Công nghệ</li><li>Tổ Lịch sử – Địa lí – GDKT&amp;PL</li>"
        "<li>Tổ Ngoại ngữ</li><li>Tổ Thể dục – QP-AN</li><li>Tổ Văn phòng</li></ul>",
    ),
    "/lien-he/": (
        18,
        "Liên hệ",
        None,
        "<p><strong>TRƯỜNG THPT LƯƠNG THẾ VINH</strong><br>Địa chỉ: Thôn An Hà, xã Tư Nghĩa, tỉnh Quảng Ngãi<br>"
        "Điện thoại: 0255 3845 168<br>Email: thptluongthevinh@quangngai.edu.vn</p>"
        '<div class="wpcf7 no-js" id="wpcf7-f45-p18-o1" lang="vi" dir="ltr"><form action="{B}/lien-he/#wpcf7-f45-p18-o1" '
        'method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
        '<input type="hidden" name="_wpcf7" value="45" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f45-p18-o1" />'
        '<p><label> Họ và tên<br /><input size="40" class="wpcf7-form-control wpcf7-text" name="your-name" value="" type="text" /></label></p>'
        '<p><label> Email<br /><input size="40" class="wpcf7-form-control wpcf7-email" name="your-email" value="" type="email" /></label></p>'
        '<p><label> Nội dung<br /><textarea cols="40" rows="6" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></label></p>'
        '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi liên hệ" /></p></form></div>',
    ),
    "/thu-vien-anh/": (
        20,
        "Thư viện ảnh",
        None,
        '<div class="wp-block-columns"><div class="wp-block-column"><figure class="wp-block-image"><a href="{B}/thu-vien-anh/'
        'le-khai-giang-nam-hoc-2026-2027/"><img src="{B}/wp-content/uploads/2026/09/khai-giang-2026-768x512.jpg" alt="" /></a>'
        '<figcaption class="wp-element-caption"><a href="{B}/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027/">Lễ khai giảng năm học '
        "2026 – 2027</a></figcaption></figure></div></div>",
    ),
    "/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027/": (
        22,
        "Lễ khai giảng năm học 2026 – 2027",
        "/thu-vien-anh/",
        '<figure class="wp-block-gallery has-nested-images columns-3 is-cropped">'
        + "".join(
            f'<figure class="wp-block-image size-large"><a href="{{B}}/wp-content/uploads/2026/09/khai-giang-2026-{k}.jpg">'
            f'<img src="{{B}}/wp-content/uploads/2026/09/khai-giang-2026-{k}-1024x683.jpg" alt="" /></a></figure>'
            for k in range(1, 7)
        )
        + "</figure>",
    ),
    "/video/": (
        24,
        "Video",
        None,
        '<figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper">'
        '<iframe title="Lễ khai giảng năm học 2026 - 2027 | THPT Lương Thế Vinh" width="800" height="450" '
        'src="https://www.youtube.com/embed/k3Lz8QvTq2M?feature=oembed" frameborder="0" allowfullscreen></iframe></div>'
        '<figcaption class="wp-element-caption">Lễ khai giảng năm học 2026 – 2027</figcaption></figure>'
        '<figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper">'
        '<iframe title="Văn nghệ chào mừng 20/11/2026" width="800" height="450" '
        'src="https://www.youtube.com/embed/Xq7pR2mVb0s?feature=oembed" frameborder="0" allowfullscreen></iframe></div>'
        '<figcaption class="wp-element-caption">Văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11/2026</figcaption></figure>',
    ),
}

#: "Văn bản" custom post type: slug -> (id, title, date, fields)
DOCS: dict[str, tuple[int, str, str, list[tuple[str, str]], str]] = {
    "ke-hoach-so-125-kh-thptltv": (
        1975,
        "Kế hoạch thực hiện nhiệm vụ năm học 2026 – 2027",
        "2026-09-08T15:20:00+07:00",
        [
            ("Số ký hiệu", "125/KH-THPTLTV"),
            ("Ngày ban hành", "05/09/2026"),
            ("Loại văn bản", "Kế hoạch"),
            ("Trích yếu", "Kế hoạch thực hiện nhiệm vụ năm học 2026 – 2027"),
            ("Người ký", "Nguyễn Thanh Sơn"),
        ],
        "/wp-content/uploads/2026/09/125-KH-THPTLTV.pdf",
    ),
    "quyet-dinh-thanh-lap-to-tu-van-hoc-duong": (
        2002,
        "Quyết định thành lập Tổ tư vấn tâm lý học đường năm học 2026 – 2027",
        "2026-09-22T09:45:00+07:00",
        [
            ("Số ký hiệu", "141/QĐ-THPTLTV"),
            ("Ngày ban hành", "20/09/2026"),
            ("Loại văn bản", "Quyết định"),
            ("Trích yếu", "Thành lập Tổ tư vấn tâm lý học đường năm học 2026 – 2027"),
            ("Người ký", "Nguyễn Thanh Sơn"),
        ],
        "/wp-content/uploads/2026/09/141-QD-THPTLTV.pdf",
    ),
}


def wp_page(req: Request, path: str) -> Response:
    B = base_url(req)
    pid, title, parent, body = PAGES[path]
    trail: list = []
    if parent:
        trail.append((PAGES[parent][1], parent))
    trail.append((esc(title), None))
    main = f"""<div class="ct-container" data-sidebar="right" data-vertical-spacing="top:bottom">
<article id="post-{pid}" class="post-{pid} page type-page status-publish hentry">
<div class="hero-section is-width-constrained" data-type="type-1"><header class="entry-header">
{breadcrumbs(B, trail)}
<h1 class="page-title" title="{esc(title)}" itemprop="headline">{wpt(title)}</h1></header></div>
<div class="entry-content is-layout-constrained">
{body.replace("{B}", B)}
</div>
</article>
{sidebar_html(B)}
</div>"""
    current = path if path in {h for _, h, _ in MENU} else (parent or "")
    return html(page_html(B, f"{title} - {SITE}", path, f"page-template-default page page-id-{pid}", main,
                          current=current, prefix="single_page"))


def doc_page(req: Request, slug: str) -> Response:
    B = base_url(req)
    did, title, date, fields, pdf = DOCS[slug]
    rows = "".join(f"<tr><th>{esc(k)}</th><td>{wpt(v)}</td></tr>" for k, v in fields)
    main = f"""<div class="ct-container" data-sidebar="right" data-vertical-spacing="top:bottom">
<article id="post-{did}" class="post-{did} van-ban type-van-ban status-publish hentry loai-van-ban-ke-hoach">
<div class="hero-section is-width-constrained" data-type="type-1"><header class="entry-header">
{breadcrumbs(B, [("Văn bản", "/van-ban/"), (wpt(title), None)])}
<h1 class="page-title" title="{esc(title)}" itemprop="headline">{wpt(title)}</h1>
<ul class="entry-meta" data-type="simple:slash"><li class="meta-date" itemprop="datePublished"><time class="ct-meta-element-date" datetime="{date}">{dmy(date)}</time></li></ul>
</header></div>
<div class="entry-content is-layout-constrained">
<figure class="wp-block-table ltv-vanban"><table><tbody>{rows}
<tr><th>Tệp đính kèm</th><td><a href="{B}{pdf}" target="_blank">{pdf.rsplit("/", 1)[1]}</a></td></tr></tbody></table></figure>
<div class="wp-block-file"><object class="wp-block-file__embed" data="{B}{pdf}" type="application/pdf" style="width:100%;height:600px" aria-label="Nhúng {esc(pdf.rsplit("/", 1)[1])}."></object></div>
</div></article>
{sidebar_html(B)}
</div>"""
    return html(page_html(B, f"{title} - {SITE}", f"/van-ban/{slug}/",
                          f"van-ban-template-default single single-van-ban postid-{did}", main, current="/van-ban/",
                          prefix="van-ban_single"))


def doc_archive(req: Request) -> Response:
    B = base_url(req)
    rows = "".join(
        f'<tr><td>{fields[0][1]}</td><td>{fields[1][1]}</td><td><a href="{B}/van-ban/{slug}/">{wpt(title)}</a></td></tr>'
        for slug, (_, title, _d, fields, _p) in DOCS.items()
    )
    main = f"""<div class="ct-container" data-vertical-spacing="top:bottom"><section>
<div class="hero-section is-width-constrained" data-type="type-1"><header class="entry-header">
{breadcrumbs(B, [("Văn bản", None)])}<h1 class="page-title" title="Văn bản" itemprop="headline"><span class="ct-title-label">Lưu trữ:</span> Văn bản</h1></header></div>
<div class="entries ltv-vanban-list"><table class="ltv-table"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table></div>
</section></div>"""
    return html(page_html(B, f"Lưu trữ Văn bản - {SITE}", "/van-ban/", "archive post-type-archive post-type-archive-van-ban",
                          main, current="/van-ban/", prefix="van-ban_archive"))


# --- feeds ---------------------------------------------------------------------------------------------


def _rfc822(iso: str) -> str:
    return _dt(iso).astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")


def feed(req: Request, comments: bool = False) -> Response:
    B = base_url(req)
    items = []
    if comments:
        for st in POSTS:
            for c in st.opts.get("comments", []):
                items.append(
                    f"<item><title>Bình luận cho {esc(st.title)} bởi {esc(c.author)}</title>"
                    f"<link>{B}{permalink(st)}#comment-{c.cid}</link><dc:creator><![CDATA[{c.author}]]></dc:creator>"
                    f"<pubDate>{_rfc822(c.when)}</pubDate><description><![CDATA[{c.text}]]></description></item>"
                )
    else:
        for st in sorted_posts()[:10]:
            items.append(
                f"<item><title>{esc(st.title)}</title><link>{B}{permalink(st)}</link>"
                f"<dc:creator><![CDATA[{ACCOUNTS[st.opts['acct']][0]}]]></dc:creator><pubDate>{_rfc822(post_date(st))}</pubDate>"
                f"<category><![CDATA[{st.cat}]]></category><guid isPermaLink=\"false\">{B}/?p={st.id}</guid>"
                f"<description><![CDATA[{excerpt(st, 40)}]]></description>"
                f"<content:encoded><![CDATA[{render_blocks(st, _parts(st)[0], B)}]]></content:encoded></item>"
            )
    title = f"Bình luận cho {SITE}" if comments else SITE
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>{title}</title><atom:link href=\"{B}{'/comments' if comments else ''}/feed/\" rel=\"self\" type=\"application/rss+xml\" />"
        f"<link>{B}/</link><description>Dạy tốt – Học tốt – Rèn luyện tốt</description>"
        f"<lastBuildDate>{_rfc822(A6.opts['modified'])}</lastBuildDate><language>vi</language>"
        "<generator>https://wordpress.org/?v=6.7.1</generator>" + "".join(items) + "</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


# --- routing ----------------------------------------------------------------------------------------


def _decode_path(path: str) -> str:
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
        path = path.encode("latin-1").decode("utf-8")
    return unicodedata.normalize("NFC", unquote(path))


_BY_PERM = {}
for _st in POSTS:
    _d = _dt(post_date(_st))
    _BY_PERM[(f"{_d.year:04d}", f"{_d.month:02d}", _st.slug)] = _st


def _home(req: Request, n: int) -> Response | None:
    return archive_page(
        req,
        sorted_posts(),
        n,
        "/",
        title=SITE,
        label="",
        trail=None,
        kind="load_more",
        body_class="home blog",
        current="/",
        top=home_hook(base_url(req)),
        prefix="blog",
    )


def _search(req: Request, q: str, n: int) -> Response | None:
    needle = unicodedata.normalize("NFC", q).casefold().strip()
    hits = [st for st in sorted_posts() if needle in st.title.casefold() or needle in excerpt(st, 999).casefold()]
    return archive_page(
        req,
        hits,
        n if hits else 1,
        "/",
        title=q,
        label="Kết quả tìm kiếm cho:",
        trail=[("Kết quả tìm kiếm", None)],
        body_class="search search-results",
        query="s=" + quote(q),
        prefix="search",
    )


class Site:
    def respond(self, req: Request) -> Response | None:
        raw = req.path
        if raw.startswith(("/wp-content/", "/wp-includes/")):
            if raw.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(raw)
        if raw == "/robots.txt":
            body = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"
            return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})
        if raw == "/favicon.ico":
            return static_file(raw)
        if raw.startswith("/wp-json"):
            return Response(
                401,
                '{"code":"rest_cannot_access","message":"Chỉ người dùng đã đăng nhập mới có thể truy cập REST API.",'
                '"data":{"status":401}}',
                {"Content-Type": "application/json; charset=UTF-8"},
            )
        if raw in ("/wp-comments-post.php", "/xmlrpc.php"):
            return Response(405, "XML-RPC server accepts POST requests only.", {"Content-Type": "text/plain"})
        if raw == "/wp-admin/admin-ajax.php":
            return Response(400, "0", {"Content-Type": "text/html; charset=UTF-8"})
        if raw == "/index.php":
            return redirect(base_url(req) + "/", 301)
        params = req.params
        path = _decode_path(raw)
        if not path.endswith("/"):
            if re.search(r"\.\w{2,4}$", path):
                return None
            return redirect(base_url(req) + raw + "/" + (f"?{req.query}" if req.query else ""), 301)

        if path == "/" or re.fullmatch(r"/page/\d+/", path):
            n = int(path.split("/")[2]) if path != "/" else 1
            if "s" in params:
                return _search(req, params["s"], n)
            if "p" in params and params["p"].isdigit() and int(params["p"]) in BY_ID:
                return redirect(base_url(req) + permalink(BY_ID[int(params["p"])]), 301)
            if n == 1 and path != "/":
                return redirect(base_url(req) + "/", 301)
            return _home(req, n)
        if path == "/feed/":
            return feed(req)
        if path == "/comments/feed/":
            return feed(req, comments=True)
        if path in PAGES:
            return wp_page(req, path)
        if path == "/van-ban/":
            return doc_archive(req)
        m = re.fullmatch(r"/van-ban/([a-z0-9-]+)/", path)
        if m:
            return doc_page(req, m.group(1)) if m.group(1) in DOCS else None

        m = re.fullmatch(r"/category/([a-z0-9/-]+?)/(?:page/(\d+)/)?", path)
        if m:
            cpath, n = m.group(1), int(m.group(2) or 1)
            if cpath not in CATS:
                return None
            if m.group(2) == "1":
                return redirect(base_url(req) + cat_url(cpath), 301)
            name = CATS[cpath][0]
            descs = {
                "tin-tuc": "Tin tức, sự kiện về hoạt động của Trường THPT Lương Thế Vinh.",
                "thong-bao": "Thông báo của nhà trường gửi cán bộ, giáo viên, phụ huynh và học sinh.",
            }
            return archive_page(
                req,
                [st for st in sorted_posts() if in_cat(st, cpath)],
                n,
                cat_url(cpath),
                title=name,
                label="Danh mục:",
                trail=[*cat_trail(cpath)[:-1], (name, None)],
                body_class=f"archive category category-{cpath.split('/')[-1]} category-{CATS[cpath][2]}",
                current=cat_url(cpath.split("/")[0]),
                description=descs.get(cpath, ""),
            )
        m = re.fullmatch(r"/tag/([a-z0-9-]+)/(?:page/(\d+)/)?", path)
        if m:
            tag = m.group(1)
            if tag not in TAGS:
                return None
            return archive_page(
                req,
                [st for st in sorted_posts() if tag in st.opts.get("tags", [])],
                int(m.group(2) or 1),
                f"/tag/{tag}/",
                title=TAGS[tag],
                label="Thẻ:",
                trail=[(TAGS[tag], None)],
                body_class=f"archive tag tag-{tag}",
            )
        m = re.fullmatch(r"/author/([a-z0-9-]+)/(?:page/(\d+)/)?", path)
        if m:
            acct = m.group(1)
            if acct not in ACCOUNTS:
                return None
            return archive_page(
                req,
                [st for st in sorted_posts() if st.opts["acct"] == acct],
                int(m.group(2) or 1),
                f"/author/{acct}/",
                title=ACCOUNTS[acct][0],
                label="Tác giả:",
                trail=[(esc(ACCOUNTS[acct][0]), None)],
                body_class=f"archive author author-{acct}",
                description=esc(ACCOUNTS[acct][1]),
                prefix="author",
            )
        m = re.fullmatch(r"/(\d{4})/(\d{2})/(?:page/(\d+)/)?", path)
        if m:
            y, mo = m.group(1), m.group(2)
            posts = [st for st in sorted_posts() if post_date(st).startswith(f"{y}-{mo}")]
            if not posts:
                return None
            label = f"Tháng {_MONTHS[int(mo) - 1]} {y}"
            return archive_page(
                req,
                posts,
                int(m.group(3) or 1),
                f"/{y}/{mo}/",
                title=label,
                label="Tháng:",
                trail=[(label, None)],
                body_class="archive date",
            )
        m = re.fullmatch(r"/(\d{4})/(\d{2})/([^/]+)/(?:(\d+|amp|embed)/)?", path)
        if m:
            y, mo, slug, extra = m.groups()
            st = _BY_PERM.get((y, mo, slug))
            if st is None:
                old = [p for p in POSTS if p.opts.get("old_slug") == slug]
                if old:
                    return redirect(base_url(req) + permalink(old[0]), 301)
                return None
            if extra == "amp":
                return amp_page(req, st)
            if extra == "embed":
                return embed_page(req, st)
            pageno = int(extra) if extra else 1
            if pageno < 1 or pageno > len(_parts(st)):
                return None
            if extra == "1":
                return redirect(base_url(req) + permalink(st), 301)
            reply = params.get("replytocom", "")
            cids = {c.cid for c in st.opts.get("comments", [])}
            reply_to = int(reply) if reply.isdigit() and int(reply) in cids else None
            return single_page(req, st, pageno, reply_to)
        return None


def build_site() -> Site:
    return Site()


# --- gold ---------------------------------------------------------------------------------------------


def _alt_paths(st: Story) -> list[str]:
    perm = permalink(st)
    alts = [f"{perm}amp/"]
    if st is A1:
        alts.insert(0, quote(f"/2026/11/{st.slug}/", safe="/-"))  # the upper-case-hex link in A6
    for c in st.opts.get("comments", []):
        alts.append(f"{perm}?replytocom={c.cid}")
    if st is A4:
        alts.append(f"{perm}?fbclid=IwAR2xK8vLq0pZtYc7hN3mWbE4sRfUj9aGdQ1oVlCn6T5yHkX0eJw")
    if len(_parts(st)) > 1:
        alts.append(f"{perm}2/")
    if st is A13:
        alts.append(f"{perm}embed/")
    return alts


def _gold(st: Story) -> dict:
    record = gold_record(st, permalink(st), st.cat, canonical_path=permalink(st), alt_paths=_alt_paths(st))
    # the house's convention (tests/portals/README.md): the day the page prints; the time only
    # in the <time datetime> attribute and the UTC meta is no time the page shows
    if record["published_at"]:
        record["published_at"] = record["published_at"][:10]
    return record


GOLD = [_gold(st) for st in POSTS]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/gioi-thieu/lich-su-nha-truong/",
    "/gioi-thieu/co-cau-to-chuc/",
    "/lien-he/",
    "/van-ban/ke-hoach-so-125-kh-thptltv/",
    "/van-ban/quyet-dinh-thanh-lap-to-tu-van-hoc-duong/",
    "/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027/",
    "/video/",
]
