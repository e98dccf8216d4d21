"""b2evolution 7 multi-collection site of a district education office (Phòng GD&ĐT huyện Hương Khê).

Platform
--------
b2evolution 7.2 (PHP): one install, several *collections* (blogs) each with its own urlname,
its *chapters* (categories), its widget containers and its listing settings. The office runs a
Vietnamese vendor's skin ("pgd_hk", forked from bootstrap_blog_skin): b2evo's own markup
(``evo_post``, ``evo_post__full_text``, ``evo_image_block``/``evo_image_legend``,
``evo_post_footer``, ``evo_widget widget_core_*``, ``ul.pagination``) mixed with the vendor's
Vietnamese class names (``hk_ttbv`` "thông tin bài viết", ``cot_phai``, ``khoi_tin``, ``dong_ngay``).

Collections (blog id, urlname, name, listing mode, posts per page):
  1 ``home``          Trang chủ              front page of widgets; standalone pages (Giới thiệu, Liên hệ)
  2 ``tin-tuc``       Tin tức - Sự kiện      excerpt mode, 3 per page, featured post in full on page 1
  3 ``thong-bao``     Thông báo              *full* mode (whole posts on the listing), 3 per page
  4 ``truong-hoc``    Mạng lưới trường học   excerpt mode, 3 per page, an "intro" post on the front
  5 ``thu-vien-anh``  Thư viện ảnh           photo albums

URL scheme
----------
- ``/``                                     home collection front (also ``/index.php``)
- ``/index.php/<coll>/``                    collection front; ``?paged=N`` for page N (N >= 2)
- ``/index.php/<coll>/<chapter>/``          chapter listing; ``?paged=N``
- ``/index.php/<coll>/2026/11/``            month archive (tin-tuc's "Lưu trữ" widget: 12/2026, 11/2026)
- ``/index.php/<coll>/<tag>:``              tag listing (tag url-encoded, ``+`` for spaces)
- ``/index.php/<coll>/<slug>``              a post (slugs cut to 5 words by the slug setting)
- ``/index.php?p=<id>&blog=<n>``            the same post by id (sidebar "Xem nhiều" widget)
- ``/index.php/<coll>/<slug>?reply_ID=<c>&redir=no``   the post with the comment form replying to c
- ``/index.php/<coll>/?tempskin=_rss2``     RSS 2.0 feed; ``?disp=search&s=`` search;
  ``/index.php/home/?disp=login&redirect_to=…`` login form (a different link on every page)
- ``/media/collections/<coll>/quick-uploads/p<id>/_evocache/<file>/<size>.jpg?mtime=…`` images

Page templates
--------------
Every page: header (today "Thứ Bảy, 05/12/2026", login link), site-wide menu with drop-downs of
chapters, breadcrumb, right column (search form, "Thông báo mới", "Xem nhiều nhất", poll form,
links select, visitor counter, the collection's "Chuyên mục" and, in tin-tuc, "Lưu trữ"), footer.
A post: ``<article class="evo_post">`` with ``<h1>``, the info line ("Người đăng: <login>", the
issue time, chapters, "Lượt xem"), teaser images in ``div.evo_post_images`` *before* the text, the
text in ``div.evo_post__full_text`` (which also holds the collection's post footer and the
attachment list), then the "Item Single" widgets (tags, small print with "Cập nhật lần cuối",
share tools, "Bài viết khác"), comments and the comment form.

How each gold article is reached
--------------------------------
- tin-tuc (3 per page; front: 412, 413 (cross-post), 409 | 405, 401, 398 | 392):
  412 front p1 (also in full as the featured post), chapter Hoạt động ngành, home widgets;
  409 front p1, Chuyên môn chapter, "Xem nhiều" (?p=409&blog=2), home "Tiêu điểm" (old slug, 301);
  405 front p2, Công đoàn chapter, "Xem nhiều" (?p=405&blog=2);
  401 front p2, Hoạt động ngành p1;
  398 ONLY front ?paged=2 and Hoạt động ngành ?paged=2 (the archive widget shows Dec/Nov only,
      "Bài viết khác" shows 2 posts, the feed 5);
  392 front ?paged=3, Chuyên môn chapter, tag "chuyển đổi số".
- thong-bao (full mode): 414 front p1, chapter Thông báo - Kế hoạch, "Xem nhiều" (?p=414&blog=3);
  407 front p1 (teaser + "Đọc tiếp »"), chapter.
- truong-hoc (3 per page; 413, 410, 403 | 396, 394): 413 front p1, THCS chapter, and (as
  /index.php/tin-tuc/<slug>) in tin-tuc listings; 410, 403 front p1 and chapters; 396, 394 front
  ?paged=2 and their chapters.

Traps
-----
1. Cross-posting: post 413 (main chapter "Trung học cơ sở" of truong-hoc) is also filed in
   tin-tuc's "Hoạt động ngành"; the collection's setting keeps cross-posted permalinks in the
   current collection, so tin-tuc lists it as /index.php/tin-tuc/truong-thcs-phuc-dong-to, which
   serves the post (200) with ``rel=canonical`` to truong-hoc. Gold: one article at the
   truong-hoc path, the tin-tuc URL in alt_paths, category "Trung học cơ sở" (the breadcrumb).
2. Id URLs: the "Xem nhiều nhất" widget links ``/index.php?p=<id>&blog=<n>`` (path /index.php,
   like the home page); they serve the post with its canonical. Gold: alt_paths.
3. Comment reply links ``?reply_ID=57&redir=no#form_p409`` serve the post again with the form
   set to reply. Gold: alt_paths of 409 and 413. Comment authors are no authors, comment text
   no body.
4. Listings that print whole posts: tin-tuc's featured post (412) in full on its front page,
   thong-bao's listing in "full" mode (letterheads, tables, bylines and all), truong-hoc's intro
   post (an ``<h2>`` and paragraphs with no permalink). Gold: none of these pages is an article;
   each post's gold is its own permalink page.
5. Dates: the info line prints "03/12/2026 14:30" -> with time; 392 prints "15/10/2026 00:00"
   -> the day alone; the small print's "Cập nhật lần cuối: …" and the header's today are never
   the date; the official notice 414 is posted 01/12/2026 08:05 but is dated by its letterhead
   "Hương Khê, ngày 30 tháng 11 năm 2026" -> "2026-11-30".
6. Bylines: the info line names a CMS login ("Người đăng: pgd_vanphong", "thcs_phucdong",
   "admin") -> nobody; the real author signs at the end, right-aligned: a unit alone
   ("Tổ Văn phòng", "Bộ phận Tiểu học", "Liên đội TH Hương Long") -> as printed; "Bài: ThS. X -
   Chuyên viên …" -> X; "Tin, ảnh: X (Trường …)" -> X in both; "Bài: X, ảnh: Y" -> [X], [Y];
   a notice's signer -> author. 401 has no byline -> [].
7. Text boundaries: b2evo's collection "post footer" ("Mọi tin bài … Ghi rõ nguồn …") and the
   "Tệp đính kèm" list sit *inside* ``evo_post__full_text``; a "Xem thêm: <link>" line; a closing
   "Nguồn: Báo Hà Tĩnh" (398 -> source) versus a body sentence "Theo kế hoạch, …" (text); the
   teaser break's empty anchor; footnote calls "[1]" in ``<sup>`` and the "Tài liệu tham khảo"
   entries (body).
8. Images and captions: teaser images come before the text (``figure``/``figcaption
   .evo_image_legend``); 409's photo is captioned by the italic paragraph under it in
   parentheses -> caption without them, not body; 405's captions are centred italic lines; 403's
   legend "Ảnh: Đức Thắng" only credits -> None. Avatars, listing thumbnails (crop-80x80), the
   "Bài viết khác" thumbnails and share icons are no article images.
9. Old slug: the hand-typed "Tiêu điểm" widget on the home page links 409 by its old slug
   (/index.php/tin-tuc/chuyen-de-ngu-van-8-tai) which answers 301 to the current slug.
10. Crawl traps, bounded: a login link whose ``redirect_to`` differs on every page, feeds
   (``?tempskin=_rss2``), a GET search form, tag pages with percent-encoded Vietnamese tags
   ending in ":", a poll form posting to /htsrv/. None is an article.
11. Encodings: 407 is pasted from Word through TinyMCE with named/numeric entities and Word
   list markers (``<span style="mso-list:Ignore">·</span>`` -> no text) next to a "- " the
   editor typed (text); 396 is typed in decomposed Unicode (NFD) -> NFC in the gold; 410 uses
   b2evo's Auto-P renderer, so a ``<br />`` inside a ``<p>`` makes two paragraphs.
12. Non-articles in the articles' clothes: the "Văn bản chỉ đạo" entries (408, 399) are posts
   of thong-bao with the same URL form, title, info line and listing as the notices, but their
   content is a field table (Số ký hiệu, Ngày ban hành, Trích yếu…) and a PDF; the album is a
   post of thu-vien-anh with a date and captioned photos.
13. Pagination: b2evo's pager prints page numbers and icon-only arrows (``<i class="fa
   fa-angle-double-right">``) with ``?paged=N``; page 1 has no parameter.

Gold decisions on ambiguous points
----------------------------------
- ``path`` is the post's permalink in its main collection; id URLs, the cross-post URL and the
  reply URLs are ``alt_paths``; the old-slug URL only redirects and is in none.
- ``category`` is the main chapter as the breadcrumb prints it ("Hoạt động ngành",
  "Chuyên môn - Nghiệp vụ", "Công đoàn", "Thông báo - Kế hoạch", "Mầm non", "Tiểu học",
  "Trung học cơ sở").
- ``summary``: only 412 and 394 print a bold lead paragraph; others null (their meta
  description is b2evo's auto excerpt, not a sapo).
- Table rows of the text (401's indicators, 414's schedule) are paragraphs with the header row
  included, cells joined by " | ".
- 414: letterhead table, "THÔNG BÁO", "Về việc …", "Nơi nhận" and the signature block are not
  body; the numbered headings "1. Nội dung kiểm tra" … are.
- The emoji line of 413 ("Chúc mừng các đội đạt giải! 🎉") is text, kept as printed.
- 403's photographer comes from its closing "Bài: …, ảnh: Đức Thắng" (the same name as the
  credit-only legend).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote, quote_plus, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
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

NAME = "b2evolution_pgd"
PLATFORM = "b2evolution"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SITE = "Phòng Giáo dục và Đào tạo huyện Hương Khê"


# --- collections and chapters ---------------------------------------------------------------


@dataclass
class Coll:
    blog: int
    url: str
    name: str
    mode: str = "excerpt"  # listing content: excerpt | full
    per_page: int = 3
    chapters: list[tuple[str, str, int]] = field(default_factory=list)  # slug, name, cat id


COLLS: dict[str, Coll] = {
    "home": Coll(1, "home", "Trang chủ"),
    "tin-tuc": Coll(
        2,
        "tin-tuc",
        "Tin tức - Sự kiện",
        chapters=[
            ("hoat-dong-nganh", "Hoạt động ngành", 11),
            ("chuyen-mon-nghiep-vu", "Chuyên môn - Nghiệp vụ", 12),
            ("cong-doan", "Công đoàn", 13),
        ],
    ),
    "thong-bao": Coll(
        3,
        "thong-bao",
        "Thông báo",
        mode="full",
        chapters=[
            ("thong-bao-ke-hoach", "Thông báo - Kế hoạch", 21),
            ("van-ban-chi-dao", "Văn bản chỉ đạo", 22),
        ],
    ),
    "truong-hoc": Coll(
        4,
        "truong-hoc",
        "Mạng lưới trường học",
        chapters=[
            ("mam-non", "Mầm non", 31),
            ("tieu-hoc", "Tiểu học", 32),
            ("trung-hoc-co-so", "Trung học cơ sở", 33),
        ],
    ),
    "thu-vien-anh": Coll(5, "thu-vien-anh", "Thư viện ảnh", per_page=6),
}
BY_BLOG = {c.blog: c for c in COLLS.values()}


def chap_name(coll: str, chap: str) -> str:
    return next(n for s, n, _ in COLLS[coll].chapters if s == chap)


def chap_url(coll: str, chap: str) -> str:
    return f"/index.php/{coll}/{chap}/"


# --- images ---------------------------------------------------------------------------------


def media(coll: str, pid: int, fname: str, size: str = "fit-1280x720", mtime: int = 0) -> str:
    """b2evo's resized copy of an attachment (``_evocache``), as the skin prints it."""
    return (
        f"/media/collections/{coll}/quick-uploads/p{pid}/_evocache/{fname}/{size}.jpg?mtime={mtime}"
    )


def original(src: str) -> str:
    """The original file an ``_evocache`` copy was made from (the lightbox link)."""
    return re.sub(r"/_evocache/([^/]+)/[^/]+$", r"/\1", src.split("?")[0])


def shown_date(issued: str, with_time: bool = True) -> str:
    day = f"{issued[8:10]}/{issued[5:7]}/{issued[:4]}"
    return f"{day} {issued[11:16]}" if with_time else day


# --- the posts ------------------------------------------------------------------------------


def right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


def post(pid, slug, title, coll, chap, issued, published_at, blocks, **kw) -> Story:
    opts = kw.pop("opts", {})
    opts.update(coll=coll, chap=chap, issued=issued)
    return Story(pid, slug, title, chap_name(coll, chap), published_at, blocks, opts=opts, **kw)


S412 = post(
    412,
    "hoi-nghi-so-ket-cong-tac",
    "Hội nghị sơ kết công tác giáo dục 3 tháng đầu năm học 2026 - 2027",
    "tin-tuc",
    "hoat-dong-nganh",
    "2026-12-03 14:30",
    "2026-12-03T14:30:00+07:00",
    [
        Img(
            media("tin-tuc", 412, "so-ket-01.jpg", mtime=1764746821),
            "Ông Võ Văn Hùng, Trưởng phòng GD&ĐT phát biểu chỉ đạo tại hội nghị",
            "Ông Võ Văn Hùng, Trưởng phòng GD&ĐT phát biểu chỉ đạo tại hội nghị",
            style="teaser",
        ),
        Img(
            media("tin-tuc", 412, "so-ket-02.jpg", mtime=1764746833),
            "Quang cảnh hội nghị",
            "Quang cảnh hội nghị",
            style="teaser",
        ),
        P(
            "Chiều ngày 02/12/2026, Phòng Giáo dục và Đào tạo huyện Hương Khê tổ chức Hội nghị sơ kết "
            "công tác giáo dục 3 tháng đầu năm học 2026 - 2027 và triển khai nhiệm vụ trọng tâm các "
            "tháng cuối học kỳ I.",
            "lead",
        ),
        P(
            "Tham dự hội nghị có bà Nguyễn Thị Thu Hương, Phó Chủ tịch UBND huyện; lãnh đạo, chuyên "
            "viên Phòng GD&ĐT; hiệu trưởng các trường mầm non, tiểu học, THCS và trường liên cấp trên "
            "địa bàn huyện."
        ),
        P(
            "Báo cáo tại hội nghị cho thấy, sau 3 tháng triển khai, toàn ngành đã duy trì ổn định nền "
            "nếp dạy và học. Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 100%, trẻ 3 - 4 tuổi đạt 96,8%; học "
            "sinh vào lớp 1 và lớp 6 đúng độ tuổi đạt 100%. Công tác chuyển đổi số tiếp tục được đẩy "
            "mạnh, 100% trường học sử dụng sổ điểm điện tử, học bạ số đối với cấp tiểu học và THCS."
        ),
        P("Một số tồn tại, hạn chế", "h3"),
        P(
            "Bên cạnh những kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như: cơ sở vật chất "
            "ở một số điểm trường lẻ vùng khó khăn còn thiếu; tình trạng thừa, thiếu giáo viên cục bộ "
            "ở các môn Tin học, Công nghệ, Nghệ thuật theo Chương trình GDPT 2018 chưa được khắc phục "
            "triệt để."
        ),
        P(
            "Phát biểu chỉ đạo, ông Võ Văn Hùng, Trưởng phòng GD&ĐT đề nghị các đơn vị tập trung ôn "
            "tập, tổ chức kiểm tra cuối học kỳ I nghiêm túc, đúng quy chế; chủ động phương án phòng, "
            "chống rét cho học sinh mầm non, tiểu học; đẩy mạnh phong trào thi đua “Dạy tốt - Học tốt”."
        ),
        P(
            "Dịp này, Phòng GD&ĐT đã trao Giấy khen cho 12 tập thể và 27 cá nhân có thành tích xuất "
            "sắc trong Hội thi giáo viên chủ nhiệm lớp giỏi cấp huyện năm học 2026 - 2027."
        ),
        right("<strong>Tổ Văn phòng</strong>"),
        Raw(
            '<p><strong><em>Xem thêm:</em></strong> <a href="/index.php/tin-tuc/phong-gd-dt-tiep-don">'
            "Phòng GD&amp;ĐT tiếp đón đoàn kiểm tra công tác chuyển đổi số của Sở GD&amp;ĐT Hà Tĩnh</a></p>"
        ),
    ],
    authors=["Tổ Văn phòng"],
    summary=(
        "Chiều ngày 02/12/2026, Phòng Giáo dục và Đào tạo huyện Hương Khê tổ chức Hội nghị sơ kết "
        "công tác giáo dục 3 tháng đầu năm học 2026 - 2027 và triển khai nhiệm vụ trọng tâm các "
        "tháng cuối học kỳ I."
    ),
    opts={"by": "pgd_vanphong", "updated": "04/12/2026 09:12", "featured": True},
)

S409 = post(
    409,
    "chuyen-de-day-hoc-mon-ngu",
    "Chuyên đề dạy học môn Ngữ văn lớp 8 theo Chương trình GDPT 2018 tại Trường THCS Hương Long",
    "tin-tuc",
    "chuyen-mon-nghiep-vu",
    "2026-11-26 08:15",
    "2026-11-26T08:15:00+07:00",
    [
        P(
            "Ngày 24/11/2026, Phòng GD&ĐT phối hợp với Trường THCS Hương Long tổ chức chuyên đề cấp "
            "huyện “Dạy học đọc hiểu văn bản nghị luận môn Ngữ văn lớp 8 theo định hướng phát triển "
            "năng lực học sinh”."
        ),
        Raw("<!--more-->"),
        Img(
            media("tin-tuc", 409, "chuyen-de-nv8.jpg", mtime=1764120544),
            "(Cô giáo Nguyễn Thị Hoài Thương thực hiện tiết dạy minh họa tại lớp 8A)",
            "Cô giáo Nguyễn Thị Hoài Thương thực hiện tiết dạy minh họa tại lớp 8A",
            style="italic",
        ),
        P(
            "Tham dự chuyên đề có hơn 40 giáo viên dạy Ngữ văn đến từ 19 trường THCS trong huyện. Tiết "
            "dạy minh họa bài “Thời gian là vàng” (Ngữ văn 8, bộ sách Kết nối tri thức với cuộc sống) "
            "do cô giáo Nguyễn Thị Hoài Thương thực hiện tại lớp 8A."
        ),
        P(
            "Tiết dạy được thiết kế theo chuỗi hoạt động học: khởi động, hình thành kiến thức, luyện "
            "tập và vận dụng. Học sinh làm việc nhóm, sử dụng phiếu học tập và sơ đồ tư duy để chỉ ra "
            "luận đề, luận điểm, lí lẽ và bằng chứng của văn bản."
        ),
        P(
            "“Điều quan trọng nhất là giúp học sinh tự đọc được một văn bản nghị luận mới, chứ không "
            "phải ghi nhớ nội dung bài học”, cô Thương chia sẻ.",
            "quote",
        ),
        P(
            "Trong phần thảo luận, các giáo viên tập trung trao đổi về cách thiết kế câu hỏi đọc hiểu "
            "theo các mức độ nhận biết, thông hiểu, vận dụng; cách đánh giá thường xuyên bằng nhận xét "
            "và việc lựa chọn ngữ liệu ngoài sách giáo khoa cho các đề kiểm tra định kì."
        ),
        P(
            "Kết thúc chuyên đề, Phòng GD&ĐT đề nghị các trường tiếp tục tổ chức sinh hoạt chuyên môn "
            "theo nghiên cứu bài học, chia sẻ kế hoạch bài dạy lên kho học liệu số của ngành."
        ),
        right("<em>Bài: ThS. Nguyễn Văn Quế - Chuyên viên Phòng GD&amp;ĐT</em>"),
    ],
    authors=["Nguyễn Văn Quế"],
    opts={
        "by": "pgd_chuyenmon",
        "updated": "26/11/2026 10:02",
        "old_slug": "chuyen-de-ngu-van-8-tai",
        "comments": [
            (
                57,
                "Trần Văn Lực",
                None,
                "26/11/2026 @ 20:14",
                "Chuyên đề rất bổ ích, cảm ơn nhóm Ngữ văn trường Hương Long!",
            ),
            (
                58,
                "thcs_huonglong",
                "user",
                "27/11/2026 @ 07:32",
                "Cảm ơn thầy, nhà trường sẽ chia sẻ tài liệu lên nhóm chuyên môn của cụm.",
            ),
        ],
    },
)

S405 = post(
    405,
    "cong-doan-nganh-giao-duc",
    "Công đoàn ngành Giáo dục huyện tổ chức Hội thao chào mừng Ngày Nhà giáo Việt Nam 20/11",
    "tin-tuc",
    "cong-doan",
    "2026-11-16 16:40",
    "2026-11-16T16:40:00+07:00",
    [
        P(
            "Nhằm thiết thực chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), "
            "trong hai ngày 14 và 15/11/2026, Công đoàn ngành Giáo dục huyện Hương Khê tổ chức Hội thao "
            "cán bộ, giáo viên, nhân viên năm 2026."
        ),
        P(
            "Hội thao thu hút hơn 350 vận động viên đến từ 8 cụm trường tham gia tranh tài ở các môn: "
            "bóng chuyền hơi nam, nữ; kéo co; cầu lông và cờ tướng."
        ),
        Img(
            media("tin-tuc", 405, "hoi-thao-keo-co.jpg", mtime=1763285711),
            "Các vận động viên tranh tài ở môn kéo co",
            "Các vận động viên tranh tài ở môn kéo co",
            style="center",
        ),
        P(
            "Các trận đấu diễn ra sôi nổi, hấp dẫn, trên tinh thần đoàn kết, trung thực, cao thượng. "
            "Kết quả, Ban Tổ chức đã trao 4 giải Nhất, 4 giải Nhì, 8 giải Ba cho các đội và vận động "
            "viên xuất sắc; giải Nhất toàn đoàn thuộc về cụm trường Thị trấn - Hương Long."
        ),
        Img(
            media("tin-tuc", 405, "hoi-thao-trao-giai.jpg", mtime=1763285730),
            "Ban Tổ chức trao giải Nhất toàn đoàn cho cụm trường Thị trấn - Hương Long",
            "Ban Tổ chức trao giải Nhất toàn đoàn cho cụm trường Thị trấn - Hương Long",
            style="center",
        ),
        P(
            "Phát biểu bế mạc, bà Đặng Thị Thanh Tâm, Chủ tịch Công đoàn ngành Giáo dục huyện nhấn "
            "mạnh: Hội thao là dịp để đoàn viên rèn luyện sức khỏe, giao lưu, học hỏi, góp phần xây "
            "dựng môi trường sư phạm “Trường học hạnh phúc”."
        ),
        right("<strong>Tin, ảnh: Trần Thị Minh Nguyệt</strong>"),
    ],
    authors=["Trần Thị Minh Nguyệt"],
    photographers=["Trần Thị Minh Nguyệt"],
    opts={"by": "congdoan_gd", "updated": "17/11/2026 08:40"},
)

S398 = post(
    398,
    "huong-khe-100-truong-hoc",
    "Hương Khê: 100% trường học hoàn thành kiểm tra an toàn trường học mùa mưa bão",
    "tin-tuc",
    "hoat-dong-nganh",
    "2026-10-28 10:00",
    "2026-10-28T10:00:00+07:00",
    [
        Img(
            media("tin-tuc", 398, "kiem-tra-an-toan.jpg", mtime=1761620402),
            "Cán bộ Phòng GD&ĐT kiểm tra hệ thống điện tại Trường Tiểu học Hương Thủy",
            "Cán bộ Phòng GD&ĐT kiểm tra hệ thống điện tại Trường Tiểu học Hương Thủy",
            style="teaser",
        ),
        P(
            "Trước diễn biến phức tạp của mưa lũ, từ ngày 15 đến 25/10/2026, Phòng GD&ĐT huyện Hương "
            "Khê đã thành lập 3 đoàn kiểm tra công tác đảm bảo an toàn trường học tại 58 đơn vị trên "
            "địa bàn."
        ),
        P(
            "Các đoàn tập trung kiểm tra hệ thống phòng học, nhà công vụ, tường rào, cây xanh, hệ thống "
            "điện và phương án di dời tài sản, hồ sơ, thiết bị dạy học khi có lũ. Qua kiểm tra, phát "
            "hiện 7 phòng học xuống cấp, 21 cây xanh có nguy cơ gãy đổ; các đơn vị đã khẩn trương khắc "
            "phục, cắt tỉa trước ngày 26/10."
        ),
        P(
            "Theo kế hoạch, các trường ở vùng thấp trũng như Hương Thủy, Gia Phố, Phúc Đồng chủ động "
            "phương án cho học sinh nghỉ học khi mực nước sông Ngàn Sâu dâng cao, đồng thời tổ chức dạy "
            "học trực tuyến để đảm bảo chương trình."
        ),
        right("<strong>Thu Trang</strong>"),
        right("<em>Nguồn: Báo Hà Tĩnh</em>"),
    ],
    authors=["Thu Trang"],
    source="Báo Hà Tĩnh",
    opts={"by": "admin", "updated": "28/10/2026 10:00"},
)

S392 = post(
    392,
    "tap-huan-ung-dung-tri-tue",
    "Tập huấn ứng dụng trí tuệ nhân tạo (AI) trong dạy học cho giáo viên THCS",
    "tin-tuc",
    "chuyen-mon-nghiep-vu",
    "2026-10-15 00:00",
    "2026-10-15",
    [
        Img(
            media("tin-tuc", 392, "tap-huan-ai.jpg", mtime=1760490011),
            "Giáo viên thực hành thiết kế kế hoạch bài dạy với công cụ AI",
            "Giáo viên thực hành thiết kế kế hoạch bài dạy với công cụ AI",
            style="teaser",
        ),
        P(
            "Từ ngày 13 đến 14/10/2026, tại Trường THCS Thị trấn Hương Khê, Phòng GD&ĐT tổ chức lớp tập "
            "huấn “Ứng dụng trí tuệ nhân tạo (AI) trong thiết kế kế hoạch bài dạy và đánh giá học sinh” "
            "cho 120 giáo viên cốt cán các môn học cấp THCS."
        ),
        P("Báo cáo viên là các giáo viên cốt cán của Sở GD&ĐT Hà Tĩnh. Nội dung tập huấn gồm:"),
        P(
            "Giới thiệu tổng quan về AI tạo sinh và các nguyên tắc sử dụng AI an toàn, có trách nhiệm "
            "trong nhà trường;",
            "li",
        ),
        P(
            "Thực hành soạn câu hỏi, phiếu học tập, rubric đánh giá với sự hỗ trợ của các công cụ AI;",
            "li",
        ),
        P("Nhận diện, phòng tránh việc học sinh lạm dụng AI khi làm bài tập về nhà.", "li"),
        P(
            "Kết thúc lớp học, 100% học viên hoàn thành sản phẩm cuối khóa là một kế hoạch bài dạy có "
            "ứng dụng AI. Giáo viên cốt cán có trách nhiệm tập huấn lại cho đồng nghiệp tại đơn vị "
            "trước ngày 30/11/2026."
        ),
        right("<strong>Bộ phận Chuyên môn THCS</strong>"),
    ],
    authors=["Bộ phận Chuyên môn THCS"],
    opts={"by": "pgd_chuyenmon", "updated": "16/10/2026 14:05", "tags": ["chuyển đổi số"]},
)

S401 = post(
    401,
    "phong-gd-dt-tiep-don",
    "Phòng GD&ĐT tiếp đón đoàn kiểm tra công tác chuyển đổi số của Sở GD&ĐT Hà Tĩnh",
    "tin-tuc",
    "hoat-dong-nganh",
    "2026-11-06 15:20",
    "2026-11-06T15:20:00+07:00",
    [
        P(
            "Ngày 05/11/2026, Đoàn kiểm tra của Sở GD&ĐT Hà Tĩnh do ông Phan Văn Thành, Phó Giám đốc Sở "
            "làm trưởng đoàn đã có buổi làm việc với Phòng GD&ĐT huyện Hương Khê về việc triển khai Đề "
            "án chuyển đổi số trong giáo dục giai đoạn 2025 - 2030."
        ),
        Raw("<!--more-->"),
        P(
            "Theo báo cáo, đến nay 100% cơ sở giáo dục trên địa bàn đã có đường truyền Internet cáp "
            "quang; 92% phòng học được trang bị ti vi hoặc máy chiếu; 100% giáo viên có tài khoản trên "
            "hệ thống quản lý học tập của ngành. Văn bản điều hành được xử lý hoàn toàn trên môi trường "
            "mạng, có ký số."
        ),
        P("Một số chỉ tiêu chuyển đổi số đến tháng 10/2026:", "hb"),
        P("Chỉ tiêu | Kế hoạch | Thực hiện", "hrow"),
        P("Học bạ số cấp tiểu học | 100% | 100%", "row"),
        P("Học bạ số cấp THCS | 100% | 98,5%", "row"),
        P("Thu học phí không dùng tiền mặt | 90% | 94,2%", "row"),
        P(
            "Ghi nhận kết quả đạt được, ông Phan Văn Thành đề nghị Phòng GD&ĐT tiếp tục rà soát, bổ sung "
            "thiết bị cho các điểm trường lẻ; tăng cường bồi dưỡng kỹ năng số cho đội ngũ; bảo đảm an "
            "toàn thông tin, dữ liệu cá nhân của học sinh trên các nền tảng số."
        ),
    ],
    opts={"by": "admin", "updated": "07/11/2026 16:45", "tags": ["chuyển đổi số"]},
)

_LETTERHEAD_414 = Raw(
    '<table style="width: 100%;" border="0" cellpadding="2"><tbody>'
    '<tr><td style="text-align: center; width: 42%;">UBND HUYỆN HƯƠNG KHÊ<br />'
    "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></td>"
    '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
    '<tr><td style="text-align: center;">Số: 412/TB-PGDĐT</td>'
    '<td style="text-align: right;"><em>Hương Khê, ngày 30 tháng 11 năm 2026</em></td></tr>'
    "</tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
    '<p style="text-align: center;"><strong>Về việc lịch kiểm tra chuyên đề học kỳ I các trường THCS '
    "năm học 2026 - 2027</strong></p>"
)
_CLOSING_414 = Raw(
    '<table style="width: 100%;" border="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />'
    "- Các trường THCS;<br />- Lãnh đạo phòng;<br />- Lưu: VT, CM.</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>TRƯỞNG PHÒNG</strong><br /><br />'
    "<em>(Đã ký)</em><br /><br /><strong>Võ Văn Hùng</strong></td>"
    "</tr></tbody></table>"
)

S414 = post(
    414,
    "thong-bao-lich-kiem-tra",
    "Thông báo lịch kiểm tra chuyên đề học kỳ I các trường THCS năm học 2026 - 2027",
    "thong-bao",
    "thong-bao-ke-hoach",
    "2026-12-01 08:05",
    "2026-11-30",
    [
        _LETTERHEAD_414,
        P(
            "Căn cứ Kế hoạch số 265/KH-PGDĐT ngày 05/9/2026 của Phòng GD&ĐT về kiểm tra nội bộ năm học "
            "2026 - 2027;"
        ),
        P("Phòng GD&ĐT thông báo lịch kiểm tra chuyên đề học kỳ I tại các trường THCS như sau:"),
        P("1. Nội dung kiểm tra", "hb"),
        P(
            "Kiểm tra việc thực hiện kế hoạch giáo dục nhà trường; hồ sơ chuyên môn của tổ, giáo viên; "
            "dự giờ tối thiểu 02 tiết/giáo viên được kiểm tra; việc đánh giá học sinh theo Thông tư số "
            "22/2021/TT-BGDĐT."
        ),
        P("2. Lịch kiểm tra cụ thể", "hb"),
        P("TT | Thời gian | Đơn vị | Trưởng đoàn", "hrow"),
        P("1 | 07/12/2026 | THCS Phúc Đồng, THCS Hương Long | Ông Nguyễn Văn Quế", "row"),
        P("2 | 09/12/2026 | THCS Hương Đô, THCS Lê Bình | Bà Phan Thị Thu Hà", "row"),
        P("3 | 11/12/2026 | THCS Thị trấn, THCS Hương Trà | Ông Nguyễn Văn Quế", "row"),
        P("3. Tổ chức thực hiện", "hb"),
        P(
            "Hiệu trưởng các trường chuẩn bị đầy đủ hồ sơ, bố trí thời khóa biểu để đoàn dự giờ; gửi "
            "báo cáo tự kiểm tra về Phòng GD&ĐT (qua bộ phận chuyên môn THCS) trước ngày 05/12/2026."
        ),
        P(
            "Nhận được Thông báo này, yêu cầu Hiệu trưởng các đơn vị nghiêm túc triển khai thực hiện./."
        ),
        _CLOSING_414,
    ],
    authors=["Võ Văn Hùng"],
    opts={
        "by": "pgd_vanthu",
        "updated": "01/12/2026 08:05",
        "attach": [("tb-412-pgddt.pdf", "152 KB")],
    },
)

_WORD_LI = (
    '<p class="MsoListParagraph" style="margin-left:.5in;text-indent:-.25in;mso-list:l0 level1 lfo1">'
    '<!--[if !supportLists]--><span style="font-family:Symbol;mso-fareast-font-family:Symbol;'
    'mso-bidi-font-family:Symbol"><span style="mso-list:Ignore">&middot;<span style="font:7.0pt '
    '&quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>'
    '<!--[endif]--><span lang="VI" style="font-size:14.0pt;line-height:115%">{}</span></p>'
)

S407 = post(
    407,
    "thong-bao-tuyen-chon-giao-vien",
    "Thông báo tuyển chọn giáo viên tham gia Hội thi giáo viên dạy giỏi cấp tỉnh bậc Tiểu học",
    "thong-bao",
    "thong-bao-ke-hoach",
    "2026-11-21 09:30",
    "2026-11-21T09:30:00+07:00",
    [
        P(
            "Thực hiện Công văn số 2150/SGDĐT-GDTH ngày 14/11/2026 của Sở GD&ĐT Hà Tĩnh về việc tổ chức "
            "Hội thi giáo viên dạy giỏi cấp tỉnh bậc Tiểu học năm học 2026 - 2027, Phòng GD&ĐT thông "
            "báo tuyển chọn giáo viên tham gia hội thi như sau:",
            "mso",
        ),
        Raw("<!--more-->"),
        P(
            "Đối tượng: giáo viên đã đạt danh hiệu giáo viên dạy giỏi cấp huyện trong hai năm học gần "
            "nhất, có ít nhất 5 năm công tác trong ngành.",
            "mso-li",
        ),
        P(
            "Số lượng: mỗi trường đề cử không quá 02 giáo viên; Phòng GD&ĐT chọn 06 giáo viên dự thi "
            "cấp tỉnh.",
            "mso-li",
        ),
        P(
            "Hồ sơ gồm: đơn đăng ký, biện pháp nâng cao chất lượng dạy học đã được Hội đồng khoa học "
            "nhà trường công nhận, bản sao giấy chứng nhận giáo viên dạy giỏi cấp huyện.",
            "mso-li",
        ),
        P(
            "- Thời gian nộp hồ sơ: trước 16h30 ngày 28/11/2026 tại bộ phận Tiểu học, Phòng GD&ĐT.",
            "mso",
        ),
        P(
            "Phòng GD&ĐT đề nghị hiệu trưởng các trường tiểu học thông báo rộng rãi tới giáo viên và "
            "gửi hồ sơ đúng thời hạn.",
            "mso",
        ),
        right('<strong><span style="font-size:14.0pt">Bộ phận Tiểu học</span></strong>'),
    ],
    authors=["Bộ phận Tiểu học"],
    opts={
        "by": "pgd_tieuhoc",
        "updated": "22/11/2026 07:50",
        "enc": "entities",
        "attach": [("cv-2150-sgddt-gdth.pdf", "318 KB")],
    },
)

S413 = post(
    413,
    "truong-thcs-phuc-dong-to",
    "Trường THCS Phúc Đồng tổ chức Ngày hội STEM năm 2026",
    "truong-hoc",
    "trung-hoc-co-so",
    "2026-12-02 16:05",
    "2026-12-02T16:05:00+07:00",
    [
        Img(
            media("truong-hoc", 413, "stem-9a.jpg", mtime=1764666300),
            "Học sinh lớp 9A giới thiệu mô hình “Hệ thống tưới cây tự động”",
            "Học sinh lớp 9A giới thiệu mô hình “Hệ thống tưới cây tự động”",
            style="teaser",
        ),
        Img(
            media("truong-hoc", 413, "stem-giam-khao.jpg", mtime=1764666318),
            "Ban Giám khảo chấm sản phẩm của các đội thi",
            "Ban Giám khảo chấm sản phẩm của các đội thi",
            style="teaser",
        ),
        P(
            "Sáng ngày 30/11/2026, Trường THCS Phúc Đồng tổ chức Ngày hội STEM với chủ đề “Sáng tạo từ "
            "những điều gần gũi”, thu hút gần 300 học sinh tham gia."
        ),
        P(
            "Tại ngày hội, 12 đội thi đến từ các khối lớp 6 đến 9 đã trưng bày và thuyết trình 24 sản "
            "phẩm STEM làm từ vật liệu tái chế như: mô hình nhà chống lũ, xe chạy bằng năng lượng mặt "
            "trời, hệ thống tưới cây tự động, máy lọc nước mini..."
        ),
        P(
            "Bên cạnh phần thi sản phẩm, học sinh còn được trải nghiệm các trò chơi khoa học, lập trình "
            "robot và thí nghiệm vui. Kết quả, Ban Tổ chức trao 1 giải Nhất cho sản phẩm “Hệ thống tưới "
            "cây tự động” của lớp 9A, 2 giải Nhì, 3 giải Ba và 4 giải Khuyến khích."
        ),
        P("Chúc mừng các đội đạt giải! 🎉"),
        right("<strong>Tin, ảnh: Lê Thị Hằng (Trường THCS Phúc Đồng)</strong>"),
    ],
    authors=["Lê Thị Hằng"],
    photographers=["Lê Thị Hằng"],
    opts={
        "by": "thcs_phucdong",
        "updated": "03/12/2026 07:15",
        "tags": ["STEM"],
        "cross": ("tin-tuc", "hoat-dong-nganh"),
        "comments": [
            (
                61,
                "Phụ huynh lớp 8A",
                None,
                "02/12/2026 @ 21:03",
                "Các con về nhà kể rất hào hứng. Mong nhà trường tổ chức thêm nhiều hoạt động như thế này.",
            )
        ],
    },
)

S410 = post(
    410,
    "truong-tieu-hoc-thi-tran",
    "Trường Tiểu học Thị trấn Hương Khê tổ chức Hội thi “Viết chữ đẹp” cấp trường",
    "truong-hoc",
    "tieu-hoc",
    "2026-11-28 10:20",
    "2026-11-28T10:20:00+07:00",
    [
        Img(
            media("truong-hoc", 410, "viet-chu-dep.jpg", mtime=1764300050),
            "Học sinh lớp 3 tham gia phần thi viết chính tả",
            "Học sinh lớp 3 tham gia phần thi viết chính tả",
            style="teaser",
        ),
        P(
            "Sáng ngày 27/11/2026, Trường Tiểu học Thị trấn Hương Khê tổ chức Hội thi “Viết chữ đẹp” cấp "
            "trường năm học 2026 - 2027 với sự tham gia của 75 học sinh từ lớp 1 đến lớp 5."
        ),
        P(
            "Hội thi gồm hai phần: viết chính tả một đoạn văn theo mẫu chữ quy định và viết sáng tạo một "
            "đoạn thơ tự chọn. Bài thi được chấm theo các tiêu chí: đúng mẫu chữ, đều nét, trình bày sạch "
            "đẹp, đúng tốc độ.",
            "br",
        ),
        P(
            "Qua hội thi, nhà trường đã chọn được 15 em có bài viết xuất sắc để bồi dưỡng tham gia Hội thi "
            "“Viết chữ đẹp” cấp huyện dự kiến tổ chức vào tháng 01/2027."
        ),
        P(
            "Hội thi góp phần rèn luyện cho học sinh tính cẩn thận, kiên trì, óc thẩm mỹ, đồng thời thúc "
            "đẩy phong trào “Vở sạch - Chữ đẹp” trong toàn trường.",
            "br",
        ),
        right("<em>Nguyễn Thị Thanh Bình - GV Trường TH Thị trấn Hương Khê</em>"),
    ],
    authors=["Nguyễn Thị Thanh Bình"],
    opts={"by": "th_thitran", "updated": "28/11/2026 10:20", "autop": True},
)

S403 = post(
    403,
    "truong-mam-non-huong-tra",
    "Trường Mầm non Hương Trà: Ngày hội “Bé vui khỏe - Bé an toàn giao thông”",
    "truong-hoc",
    "mam-non",
    "2026-11-10 07:50",
    "2026-11-10T07:50:00+07:00",
    [
        P(
            "Nhằm giáo dục kỹ năng tham gia giao thông an toàn cho trẻ ngay từ lứa tuổi mầm non, ngày "
            "08/11/2026, Trường Mầm non Hương Trà tổ chức Ngày hội “Bé vui khỏe - Bé an toàn giao thông” "
            "cho gần 200 trẻ ở cả 3 điểm trường."
        ),
        Img(
            media("truong-hoc", 403, "be-an-toan-01.jpg", mtime=1762735201),
            "Ảnh: Đức Thắng",
            None,
            style="figure",
        ),
        P(
            "Tham gia ngày hội, các bé được nhận biết các biển báo giao thông đơn giản, thực hành đi bộ "
            "qua đường đúng nơi quy định, đội mũ bảo hiểm đúng cách khi ngồi sau xe máy. Các trò chơi vận "
            "động như “Về đúng bến”, “Đèn xanh, đèn đỏ”, “Ai nhanh hơn” diễn ra sôi nổi, hào hứng."
        ),
        Img(
            media("truong-hoc", 403, "be-an-toan-02.jpg", mtime=1762735219),
            "Các bé thực hành đội mũ bảo hiểm đúng cách",
            "Các bé thực hành đội mũ bảo hiểm đúng cách",
            style="figure",
        ),
        P(
            "Cô Phan Thị Lệ Thủy, Hiệu trưởng nhà trường cho biết: thông qua ngày hội, nhà trường mong muốn "
            "phối hợp chặt chẽ với phụ huynh trong việc hình thành cho trẻ thói quen chấp hành luật giao "
            "thông, để “mỗi ngày đến trường là một ngày vui, an toàn”."
        ),
        right("<strong>Bài: Phan Thị Lệ Thủy, ảnh: Đức Thắng</strong>"),
    ],
    authors=["Phan Thị Lệ Thủy"],
    photographers=["Đức Thắng"],
    opts={"by": "mn_huongtra", "updated": "10/11/2026 07:50"},
)

S396 = post(
    396,
    "lien-doi-truong-tieu-hoc",
    "Liên đội Trường Tiểu học Hương Long ra quân “Kế hoạch nhỏ” thu gom giấy vụn",
    "truong-hoc",
    "tieu-hoc",
    "2026-10-22 14:00",
    "2026-10-22T14:00:00+07:00",
    [
        P(
            "Hưởng ứng phong trào “Kế hoạch nhỏ” năm học 2026 - 2027, chiều ngày 20/10/2026, Liên đội "
            "Trường Tiểu học Hương Long tổ chức ra quân thu gom giấy vụn, vỏ lon, chai nhựa."
        ),
        P(
            "Với tinh thần “Mỗi đội viên một ki-lô-gam giấy vụn”, 18 chi đội đã thu gom được hơn 1,2 tấn "
            "giấy vụn và 350 kg vỏ lon, chai nhựa. Toàn bộ số tiền bán phế liệu được Liên đội dùng để mua "
            "sách vở, đồ dùng học tập tặng học sinh có hoàn cảnh khó khăn và góp vào quỹ “Áo ấm mùa đông”."
        ),
        Img(
            media("truong-hoc", 396, "ke-hoach-nho.jpg", mtime=1761116420),
            "Các chi đội cân giấy vụn thu gom được",
            "Các chi đội cân giấy vụn thu gom được",
            style="figure",
        ),
        P(
            "Hoạt động không chỉ giúp các em rèn luyện ý thức tiết kiệm, bảo vệ môi trường mà còn lan tỏa "
            "tinh thần sẻ chia, “lá lành đùm lá rách” trong tập thể học sinh nhà trường."
        ),
        right("<strong>Liên đội TH Hương Long</strong>"),
    ],
    authors=["Liên đội TH Hương Long"],
    opts={"by": "th_huonglong", "updated": "22/10/2026 14:00", "enc": "nfd"},
)

_FN = '<sup><a id="_ftnref{n}" title="" href="#_ftn{n}" name="_ftnref{n}">[{n}]</a></sup>'  # Word footnote call

S394 = post(
    394,
    "truong-thcs-huong-do-to",
    "Trường THCS Hương Đô tổ chức chuyên đề “Đổi mới sinh hoạt tổ chuyên môn theo nghiên cứu bài học”",
    "truong-hoc",
    "trung-hoc-co-so",
    "2026-10-09 15:45",
    "2026-10-09T15:45:00+07:00",
    [
        Img(
            media("truong-hoc", 394, "ncbh-khtn7.jpg", mtime=1759999502),
            "Tiết dạy minh họa môn Khoa học tự nhiên 7",
            "Tiết dạy minh họa môn Khoa học tự nhiên 7",
            style="teaser",
        ),
        P(
            "Sinh hoạt chuyên môn theo nghiên cứu bài học là giải pháp then chốt giúp giáo viên cùng nhau "
            "cải tiến từng tiết dạy, lấy hoạt động học của học sinh làm trung tâm.",
            "lead",
        ),
        P(
            "Ngày 07/10/2026, Tổ Khoa học tự nhiên Trường THCS Hương Đô tổ chức chuyên đề “Đổi mới sinh "
            "hoạt tổ chuyên môn theo nghiên cứu bài học” với sự tham dự của đại diện tổ chuyên môn các "
            "trường THCS trong cụm Hương Đô - Hương Xuân - Hương Lâm."
        ),
        P(
            "Chuyên đề gồm hai phần: dự tiết dạy minh họa bài “Tốc độ chuyển động” (Khoa học tự nhiên 7) và "
            "thảo luận, phân tích bài học dựa trên quan sát hoạt động học của học sinh. Thay vì nhận xét, "
            "xếp loại giờ dạy, người dự tập trung vào câu hỏi: học sinh học như thế nào, khó khăn ở đâu và "
            "vì sao.[1]",
            "fncall",
        ),
        P(
            "Theo đánh giá của các đại biểu, chuyên đề cho thấy sự chuyển biến rõ nét trong sinh hoạt chuyên "
            "môn của nhà trường: không khí cởi mở, giáo viên mạnh dạn chia sẻ, tiết dạy được cải tiến qua "
            "từng chu kì.[2]",
            "fncall",
        ),
        P("Tài liệu tham khảo", "hb"),
        P(
            "[1] Bộ GD&ĐT (2014), Tài liệu hướng dẫn sinh hoạt chuyên môn theo nghiên cứu bài học, Dự án "
            "Phát triển giáo dục THCS II.",
            "fn",
        ),
        P(
            "[2] Công văn số 5555/BGDĐT-GDTrH ngày 08/10/2014 của Bộ GD&ĐT về hướng dẫn sinh hoạt chuyên môn "
            "về đổi mới phương pháp dạy học và kiểm tra, đánh giá.",
            "fn",
        ),
        right("<strong>Tổ Khoa học tự nhiên</strong>"),
    ],
    authors=["Tổ Khoa học tự nhiên"],
    summary=(
        "Sinh hoạt chuyên môn theo nghiên cứu bài học là giải pháp then chốt giúp giáo viên cùng nhau "
        "cải tiến từng tiết dạy, lấy hoạt động học của học sinh làm trung tâm."
    ),
    opts={"by": "thcs_huongdo", "updated": "10/10/2026 08:30"},
)

ARTICLES: list[Story] = [
    S412,
    S409,
    S405,
    S398,
    S392,
    S401,
    S414,
    S407,
    S413,
    S410,
    S403,
    S396,
    S394,
]

# --- non-article posts: document entries ("Văn bản chỉ đạo") and the album ------------------


def doc_post(pid, slug, title, issued, fields: list[tuple[str, str]], pdf: str) -> Story:
    rows = "".join(
        f'<tr><td class="vb_nhan" style="width:28%;background:#f2f6fb"><strong>{esc(k)}</strong></td>'
        f'<td class="vb_giatri">{esc(v)}</td></tr>'
        for k, v in fields
    )
    table = Raw(
        f'<table class="table table-bordered tbl_vanban" id="vb_{pid}"><tbody>{rows}</tbody></table>'
    )
    return post(
        pid,
        slug,
        title,
        "thong-bao",
        "van-ban-chi-dao",
        issued,
        None,
        [table],
        opts={
            "by": "pgd_vanthu",
            "updated": shown_date(issued),
            "doc": True,
            "attach": [(pdf, "204 KB")],
        },
    )


D408 = doc_post(
    408,
    "cong-van-so-405-pgddt",
    "Công văn số 405/PGDĐT-THCS về việc hướng dẫn kiểm tra cuối học kỳ I năm học 2026 - 2027",
    "2026-11-25 10:10",
    [
        ("Số ký hiệu", "405/PGDĐT-THCS"),
        ("Ngày ban hành", "25/11/2026"),
        ("Loại văn bản", "Công văn"),
        ("Cơ quan ban hành", "Phòng GD&ĐT Hương Khê"),
        ("Người ký", "Võ Văn Hùng"),
        ("Trích yếu", "V/v hướng dẫn tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027 cấp THCS"),
    ],
    "cv-405-pgddt-thcs.pdf",
)
D399 = doc_post(
    399,
    "quyet-dinh-so-398-qd",
    "Quyết định số 398/QĐ-PGDĐT về việc công nhận giáo viên chủ nhiệm lớp giỏi cấp huyện năm học 2026 - 2027",
    "2026-11-12 14:00",
    [
        ("Số ký hiệu", "398/QĐ-PGDĐT"),
        ("Ngày ban hành", "11/11/2026"),
        ("Loại văn bản", "Quyết định"),
        ("Cơ quan ban hành", "Phòng GD&ĐT Hương Khê"),
        ("Người ký", "Võ Văn Hùng"),
        (
            "Trích yếu",
            "Công nhận 46 giáo viên đạt danh hiệu giáo viên chủ nhiệm lớp giỏi cấp huyện",
        ),
    ],
    "qd-398-pgddt.pdf",
)

ALBUM = Story(
    402,
    "hoi-thao-cong-doan-nganh",
    "Hội thao Công đoàn ngành Giáo dục huyện năm 2026",
    "Thư viện ảnh",
    None,
    [
        Img(media("thu-vien-anh", 402, f"hoi-thao-{i:02d}.jpg", mtime=1763300000 + i), cap, cap)
        for i, cap in enumerate(
            [
                "Lễ khai mạc Hội thao",
                "Trận chung kết bóng chuyền hơi nữ",
                "Nội dung kéo co nam",
                "Các kỳ thủ thi đấu cờ tướng",
                "Trao giải Nhất toàn đoàn",
            ],
            start=1,
        )
    ],
    opts={"coll": "thu-vien-anh", "chap": None, "issued": "2026-11-17 09:00", "by": "congdoan_gd"},
)

POSTS: list[Story] = [*ARTICLES, D408, D399]
BY_ID = {s.id: s for s in [*POSTS, ALBUM]}


def permalink(s: Story, coll: str | None = None) -> str:
    return f"/index.php/{coll or s.opts['coll']}/{s.slug}"


def in_chapter(s: Story, coll: str, chap: str | None) -> bool:
    """Is the post filed in this collection (and chapter), main or extra category."""
    places = [(s.opts["coll"], s.opts["chap"])]
    if "cross" in s.opts:
        places.append(s.opts["cross"])
    return any(c == coll and (chap is None or ch == chap) for c, ch in places)


def posts_of(
    coll: str, chap: str | None = None, month: str | None = None, tag: str | None = None
) -> list[Story]:
    out = [s for s in POSTS if in_chapter(s, coll, chap)]
    if month:
        out = [s for s in out if s.opts["issued"].startswith(month)]
    if tag:
        out = [s for s in out if tag in s.opts.get("tags", [])]
    return sorted(out, key=lambda s: s.opts["issued"], reverse=True)


# --- small formatters -------------------------------------------------------------------------


def render_text(s: Story, value: str) -> str:
    enc = s.opts.get("enc")
    if enc == "nfd":
        return text(value, nfd=True)
    if enc == "entities":
        return text(value, entities=1)
    return text(value)


def excerpt(s: Story, words: int = 32) -> str:
    first = next((b.text for b in s.blocks if isinstance(b, P)), None)
    if first is None:
        first = s.title
    parts = first.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def login_link(target: str) -> str:
    return "/index.php/home/?disp=login&amp;redirect_to=" + quote(target, safe="")


def tag_url(coll: str, tag: str) -> str:
    return f"/index.php/{coll}/{quote_plus(tag)}:"


# --- the article body -----------------------------------------------------------------------


def img_html(s: Story, img: Img) -> str:
    link = original(img.src)
    pic = (
        f'<a href="{link}" rel="lightbox[p{s.id}]" id="link_{s.id}_{zlib.crc32(img.src.encode()) % 997}">'
        f'<img title="" alt="" src="{img.src}" width="720" height="480" class="img-responsive" /></a>'
    )
    if img.style in ("teaser", "figure"):
        legend = (
            f'<figcaption class="evo_image_legend">{esc(img.printed)}</figcaption>'
            if img.printed
            else ""
        )
        inline = "" if img.style == "teaser" else " evo_image_inline"
        return f'<figure class="evo_image_block{inline}">{pic}{legend}</figure>'
    # typed in the editor: a centred photo and a centred italic line under it
    under = f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>' if img.printed else ""
    return f'<p style="text-align: center;"><img src="{img.src}" alt="" width="600" height="400" /></p>{under}'


def para_html(s: Story, p: P) -> str:
    t = render_text(s, p.text)
    if p.style == "lead":
        return f"<p><strong>{t}</strong></p>"
    if p.style == "h3":
        return f"<h3>{t}</h3>"
    if p.style == "hb":
        return f"<p><strong>{t}</strong></p>"
    if p.style == "quote":
        return f"<blockquote><p><em>{t}</em></p></blockquote>"
    if p.style == "mso":
        return (
            '<p class="MsoNormal" style="text-align:justify;text-indent:.5in;line-height:115%">'
            f'<span lang="VI" style="font-size:14.0pt;line-height:115%">{t}</span></p>'
        )
    if p.style == "mso-li":
        return _WORD_LI.format(t)
    if p.style == "fncall":
        return "<p>" + re.sub(r"\[(\d)\]", lambda m: _FN.format(n=m.group(1)), t) + "</p>"
    if p.style == "fn":
        n = p.text[1]
        rest = render_text(s, p.text[4:])
        return f'<p class="ghichu"><a id="_ftn{n}" href="#_ftnref{n}" name="_ftn{n}">[{n}]</a> {rest}</p>'
    return f"<p>{t}</p>"


def body_html(s: Story, *, teaser_only: bool = False, permalink_url: str = "") -> tuple[str, str]:
    """(teaser images block, full text block) of a post, as b2evo's _item_content prints them."""
    teaser_imgs = [b for b in s.blocks if isinstance(b, Img) and b.style == "teaser"]
    images = ""
    if teaser_imgs:
        images = (
            '<div class="evo_post_images">'
            + "".join(img_html(s, i) for i in teaser_imgs)
            + "</div>"
        )
    out: list[str] = []
    blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style == "teaser")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw) and b.html == "<!--more-->":
            if teaser_only:
                out.append(
                    f'<p class="evo_post_more_link"><a href="{permalink_url}#more{s.id}">Đọc tiếp &raquo;</a></p>'
                )
                break
            out.append(f'<span id="more{s.id}"></span>')
        elif isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(img_html(s, b))
        elif b.style in ("hrow", "row"):
            rows = []
            while (
                i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("hrow", "row")
            ):
                cell = "th" if blocks[i].style == "hrow" else "td"
                cells = "".join(
                    f"<{cell}>{render_text(s, c)}</{cell}>" for c in blocks[i].text.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table border="1" cellspacing="0" cellpadding="4" style="width:100%;border-collapse:collapse">'
                f"<tbody>{''.join(rows)}</tbody></table>"
            )
            continue
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{render_text(s, blocks[i].text)}</li>")
                i += 1
            out.append(f"<ul>{''.join(items)}</ul>")
            continue
        elif b.style == "br" and out and out[-1].endswith("</p>"):
            # b2evo's Auto-P: a single line break inside a paragraph
            out[-1] = out[-1][: -len("</p>")] + "<br />\n" + render_text(s, b.text) + "</p>"
        else:
            out.append(para_html(s, b))
        i += 1
    return images, "\n".join(out)


POST_FOOTER = (
    '<div class="evo_post_footer"><p><em>Mọi tin bài, ý kiến đóng góp xin gửi về hộp thư '
    "pgdhuongkhe@hatinh.edu.vn. Ghi rõ nguồn “Phòng GD&amp;ĐT Hương Khê” khi phát hành lại thông tin "
    "từ website này.</em></p></div>"
)


def attachments_html(s: Story) -> str:
    files = s.opts.get("attach")
    if not files:
        return ""
    coll = s.opts["coll"]
    items = "".join(
        f'<li class="evo_file"><i class="fa fa-file-pdf-o"></i> '
        f'<a href="/media/collections/{coll}/quick-uploads/p{s.id}/{name}" target="_blank">{name}</a>'
        f' <span class="evo_file_size">({size})</span></li>'
        for name, size in files
    )
    return f'<div class="evo_post_attachments"><h3>Tệp đính kèm:</h3><ul class="evo_files">{items}</ul></div>'


def info_line(s: Story, *, in_list: bool = False) -> str:
    issued = s.opts["issued"]
    cats = [(s.opts["coll"], s.opts["chap"])]
    if "cross" in s.opts:
        cats.append(s.opts["cross"])
    links = ", ".join(
        f'<a href="{chap_url(c, ch)}" title="Xem các bài viết trong chuyên mục">{esc(chap_name(c, ch))}</a>'
        for c, ch in cats
        if ch
    )
    by = s.opts["by"]
    views = "" if in_list else f' &bull; <i class="fa fa-eye"></i> Lượt xem: {s.views()}'
    return (
        '<div class="small text-muted hk_ttbv">'
        f'<a href="{permalink(s)}" class="permalink_right" title="Liên kết cố định"><i class="fa fa-external-link"></i></a> '
        f'<span class="dong_ngay"><i class="fa fa-calendar"></i> {shown_date(issued)}</span> &bull; '
        f'Người đăng: <img src="/media/users/{by}/profile_pictures/_evocache/avatar.jpg/crop-top-15x15.jpg" '
        f'width="15" height="15" class="avatar_before_login_middle" alt="" /> '
        f'<span class="login user nowrap" rel="bubbletip_user_{len(by)}"><span class="identity_link_username">{by}</span></span>'
        f" &bull; trong {links}{views}</div>"
    )


# --- page chrome ------------------------------------------------------------------------------

_MENU = [
    ("/", "Trang chủ", []),
    (
        "/index.php/home/gioi-thieu-chung",
        "Giới thiệu",
        [
            ("/index.php/home/gioi-thieu-chung", "Giới thiệu chung"),
            ("/index.php/home/lanh-dao-phong", "Lãnh đạo phòng"),
        ],
    ),
    *[
        (
            f"/index.php/{c}/",
            COLLS[c].name,
            [(chap_url(c, ch), n) for ch, n, _ in COLLS[c].chapters],
        )
        for c in ("tin-tuc", "thong-bao", "truong-hoc")
    ],
    ("/index.php/thu-vien-anh/", "Thư viện ảnh", []),
    ("/index.php/home/lien-he", "Liên hệ", []),
]


def menu_html(active: str) -> str:
    out = []
    for n, (href, label, subs) in enumerate(_MENU, start=1):
        cls = "active " if href == active else ""
        if subs:
            sub = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in subs)
            out.append(
                f'<li class="{cls}dropdown evo_widget widget_core_menu_link" id="mn_{n}">'
                f'<a href="{href}" class="dropdown-toggle" data-toggle="dropdown">{esc(label)} <b class="caret"></b></a>'
                f'<ul class="dropdown-menu">{sub}</ul></li>'
            )
        else:
            out.append(
                f'<li class="{cls}evo_widget widget_core_menu_link" id="mn_{n}"><a href="{href}">{esc(label)}</a></li>'
            )
    return f'<nav class="row"><div class="col-md-12"><ul class="nav nav-tabs evo_container evo_container__menu" id="menu_ngang">{"".join(out)}</ul></div></nav>'


def breadcrumb(trail: list[tuple[str, str | None]]) -> str:
    items = ['<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>']
    for label, href in trail:
        items.append(
            f'<li><a href="{href}">{esc(label)}</a></li>'
            if href
            else f'<li class="active">{esc(label)}</li>'
        )
    return f'<div class="evo_widget widget_core_breadcrumb_path"><ol class="breadcrumb">{"".join(items)}</ol></div>'


def sidebar(coll: str) -> str:
    search_coll = coll if coll in ("tin-tuc", "thong-bao", "truong-hoc") else "tin-tuc"
    notices = "".join(
        f'<li><a href="{permalink(s)}">{esc(s.title)}</a> <span class="ngay_nho">({shown_date(s.opts["issued"], False)})</span></li>'
        for s in posts_of("thong-bao")[:3]
    )
    most_read = "".join(
        f'<li><span class="so_tt">{i}</span><a href="/index.php?p={s.id}&amp;blog={COLLS[s.opts["coll"]].blog}">{esc(s.title)}</a></li>'
        for i, s in enumerate([S409, S405, S414], start=1)
    )
    blocks = [
        '<div class="panel panel-default evo_widget widget_core_coll_search_form">'
        '<div class="panel-heading"><h4 class="panel-title">Tìm kiếm</h4></div><div class="panel-body">'
        f'<form action="/index.php/{search_coll}/" method="get" class="compact_search_form">'
        '<input type="hidden" name="disp" value="search" />'
        '<div class="input-group"><input type="text" name="s" size="25" value="" class="search_field form-control" title="Nhập từ khóa" />'
        '<span class="input-group-btn"><input type="submit" name="submit" class="search_submit btn btn-primary" value="Tìm" /></span></div>'
        "</form></div></div>",
        '<div class="panel panel-default evo_widget widget_core_coll_item_list" id="w_thongbao_47">'
        '<div class="panel-heading"><h4 class="panel-title">Thông báo mới</h4></div>'
        f'<div class="panel-body"><ul class="ds_thongbao">{notices}</ul></div></div>',
        '<div class="panel panel-default evo_widget widget_core_free_html" id="w_xemnhieu_52">'
        '<div class="panel-heading"><h4 class="panel-title">Xem nhiều nhất</h4></div>'
        f'<div class="panel-body"><ul class="xem_nhieu">{most_read}</ul></div></div>',
    ]
    if coll in ("tin-tuc", "thong-bao", "truong-hoc"):
        cats = "".join(
            f'<li><a href="{chap_url(coll, ch)}">{esc(n)}</a> <span class="notes">({len(posts_of(coll, ch))})</span></li>'
            for ch, n, _ in COLLS[coll].chapters
        )
        blocks.append(
            '<div class="panel panel-default evo_widget widget_core_coll_category_list">'
            '<div class="panel-heading"><h4 class="panel-title">Chuyên mục</h4></div>'
            f'<div class="panel-body"><ul>{cats}</ul></div></div>'
        )
    if coll == "tin-tuc":
        # the archives widget is limited to the last two months
        months = "".join(
            f'<li><a href="/index.php/tin-tuc/2026/{m}/">Tháng {m}/2026</a> <span class="dimmed">({len(posts_of("tin-tuc", month="2026-" + m))})</span></li>'
            for m in ("12", "11")
        )
        blocks.append(
            '<div class="panel panel-default evo_widget widget_core_coll_archives">'
            '<div class="panel-heading"><h4 class="panel-title">Lưu trữ</h4></div>'
            f'<div class="panel-body"><ul>{months}</ul></div></div>'
        )
    blocks += [
        '<div class="panel panel-default evo_widget widget_core_poll" id="w_poll_3">'
        '<div class="panel-heading"><h4 class="panel-title">Thăm dò ý kiến</h4></div><div class="panel-body">'
        '<form action="/htsrv/action.php" method="post" class="evo_poll__form">'
        '<input type="hidden" name="mname" value="polls" /><input type="hidden" name="poll_ID" value="3" />'
        "<p><strong>Bạn đánh giá thế nào về giao diện website mới của Phòng?</strong></p>"
        '<label><input type="radio" name="poll_answer" value="7" /> Đẹp, dễ sử dụng</label><br />'
        '<label><input type="radio" name="poll_answer" value="8" /> Bình thường</label><br />'
        '<label><input type="radio" name="poll_answer" value="9" /> Cần cải tiến thêm</label><br />'
        '<input type="submit" class="btn btn-default btn-sm" value="Bình chọn" /></form></div></div>',
        '<div class="panel panel-default evo_widget widget_core_free_html" id="w_lienket_9">'
        '<div class="panel-heading"><h4 class="panel-title">Liên kết website</h4></div><div class="panel-body">'
        '<select class="form-control" onchange="if(this.value) window.open(this.value)">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://hatinh.edu.vn">Sở GD&amp;ĐT Hà Tĩnh</option>'
        '<option value="https://huongkhe.hatinh.gov.vn">Cổng TTĐT huyện Hương Khê</option>'
        "</select>"
        '<p class="center"><a href="https://www.facebook.com/pgdhuongkhe" target="_blank">'
        '<img src="/skins/pgd_hk/img/fanpage.png" alt="Fanpage" width="240" /></a></p></div></div>',
        '<div class="panel panel-default evo_widget widget_core_free_html" id="w_thongke_11">'
        '<div class="panel-heading"><h4 class="panel-title">Thống kê truy cập</h4></div><div class="panel-body">'
        '<table class="thongke"><tr><td>Đang online:</td><td class="r">17</td></tr>'
        '<tr><td>Hôm nay:</td><td class="r">412</td></tr><tr><td>Hôm qua:</td><td class="r">538</td></tr>'
        '<tr><td>Tổng truy cập:</td><td class="r">1.254.873</td></tr></table></div></div>',
    ]
    return f'<aside class="col-md-3 cot_phai"><div class="evo_container evo_container__sidebar">{"".join(blocks)}</div></aside>'


def page(
    request: Request,
    *,
    title: str,
    coll: str,
    trail: list[tuple[str, str | None]],
    main: str,
    canonical: str | None = None,
    description: str | None = None,
    noindex: bool = False,
    disp: str = "posts",
) -> Response:
    base = base_url(request)
    head = [
        '<meta charset="utf-8" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1" />',
        '<meta name="generator" content="b2evolution 7.2.5-stable" />',
        f"<title>{esc(title)}</title>",
    ]
    if description:
        head.append(f'<meta name="description" content="{esc(description)}" />')
    if noindex:
        head.append('<meta name="robots" content="noindex,follow" />')
    if canonical:
        head.append(f'<link rel="canonical" href="{base}{canonical}" />')
    if coll in ("tin-tuc", "thong-bao", "truong-hoc"):
        head.append(
            f'<link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="{base}/index.php/{coll}/?tempskin=_rss2" />'
        )
    head += [
        '<link rel="stylesheet" href="/rsc/css/font-awesome.min.css?v=7.2.5" />',
        '<link rel="stylesheet" href="/skins/pgd_hk/style.css?v=1.3" />',
        '<script src="/rsc/js/jquery.min.js?v=7.2.5"></script>',
    ]
    active = f"/index.php/{coll}/" if coll not in ("home",) else "/"
    user_links = ""
    if disp != "login":  # the widget hides itself on the login form
        user_links = (
            f'<div class="evo_widget widget_core_user_links"><a href="{login_link(request.target)}" '
            'class="lnk_dangnhap">Đăng nhập</a></div>'
        )
    body = f"""<!DOCTYPE html>
<html lang="vi-VN">
<head>
{chr(10).join(head)}
</head>
<body class="container-fluid coll_{COLLS[coll].blog} disp_{disp}">
<div id="skin_wrapper" class="skin_wrapper_anonymous">
<div class="container">
<header class="row" id="hk_top">
 <div class="col-md-4 col-md-push-8"><div class="evo_container evo_container__page_top">
  <div class="evo_widget widget_core_free_html"><span class="ngay_hom_nay"><i class="fa fa-clock-o"></i> {HEADER_TODAY}</span></div>
  {user_links}
 </div></div>
 <div class="col-md-8 col-md-pull-4"><div class="evo_container evo_container__header">
  <div class="evo_widget widget_core_coll_title"><a href="/"><img src="/media/shared/global/banner/logo-pgd.png" alt="Logo" width="80" height="80" />
  <span class="dv_chuquan">UBND HUYỆN HƯƠNG KHÊ</span><h1 class="ten_dv">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</h1></a></div>
 </div></div>
</header>
{menu_html(active)}
<div class="row">
<div class="col-md-9 khung_trai">
{breadcrumb(trail)}
<main>
{main}
</main>
</div>
{sidebar(coll)}
</div>
<footer class="row hk_chan">
 <div class="col-md-12 center">
  <div class="evo_container evo_container__footer">
   <div class="evo_widget widget_core_free_html">
    <p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HƯƠNG KHÊ</strong></p>
    <p>Địa chỉ: Số 12, đường Hàm Nghi, thị trấn Hương Khê, huyện Hương Khê, tỉnh Hà Tĩnh</p>
    <p>Điện thoại: 0239.3871.266 - Email: pgdhuongkhe@hatinh.edu.vn</p>
    <p>Chịu trách nhiệm nội dung: Ông Võ Văn Hùng - Trưởng phòng</p>
   </div>
  </div>
  <p>Bản quyền © 2026 Phòng GD&amp;ĐT Hương Khê &bull; <a href="/index.php/home/lien-he">Liên hệ</a></p>
  <div class="powered_by"><a href="https://b2evolution.net/" target="_blank" title="b2evolution CMS"><img src="/rsc/img/powered-by-b2evolution-120t.gif" alt="powered by b2evolution CMS" width="120" height="32" /></a></div>
 </div>
</footer>
</div>
</div>
<script src="/rsc/js/bootstrap/bootstrap.min.js?v=7.2.5"></script>
</body>
</html>"""
    return html(body)


# --- listing pieces -------------------------------------------------------------------------


def pager(base: str, current: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def url(n: int) -> str:
        return base if n == 1 else f"{base}?paged={n}"

    items = []
    if current > 1:
        items.append(
            f'<li><a href="{url(current - 1)}" rel="prev"><i class="fa fa-angle-double-left"></i></a></li>'
        )
    for n in range(1, pages + 1):
        if n == current:
            items.append(f'<li class="active"><span><b>{n}</b></span></li>')
        else:
            items.append(f'<li><a href="{url(n)}">{n}</a></li>')
    if current < pages:
        items.append(
            f'<li><a href="{url(current + 1)}" rel="next"><i class="fa fa-angle-double-right"></i></a></li>'
        )
    return f'<div class="center"><ul class="pagination">{"".join(items)}</ul></div>'


def comments_link(s: Story, link: str) -> str:
    n = len(s.opts.get("comments", []))
    label = f"{n} phản hồi" if n else "Gửi phản hồi"
    return f'<nav class="post_comments_link"><a href="{link}#comments" title="Phản hồi bài viết">{label}</a></nav>'


def list_entry(s: Story, coll: str, mode: str) -> str:
    link = permalink(s, coll if in_chapter(s, coll, None) else None)
    head = (
        f'<header><div class="evo_post_title"><h2><a href="{link}">{esc(s.title)}</a></h2></div>'
        f"{info_line(s, in_list=True)}</header>"
    )
    if mode == "full":
        images, txt = body_html(s, teaser_only=True, permalink_url=link)
        content = f'<section class="evo_post__full">{images}<div class="evo_post__full_text">{txt}{attachments_html(s)}</div></section>'
    else:
        thumb = next((b for b in s.blocks if isinstance(b, Img)), None)
        th = ""
        if thumb:
            src = re.sub(r"/fit-1280x720\.jpg", "/crop-80x80.jpg", thumb.src)
            th = (
                f'<div class="evo_post_images"><figure class="evo_image_block"><a href="{link}">'
                f'<img src="{src}" width="80" height="80" alt="" class="anh_dai_dien" /></a></figure></div>'
            )
        content = (
            f'<section class="evo_post__excerpt">{th}<div class="evo_post__excerpt_text">{esc(excerpt(s))} '
            f'<span class="evo_post__excerpt_more_link"><a href="{link}">Xem tiếp &raquo;</a></span></div></section>'
        )
    return (
        f'<div class="evo_content_block"><article id="item_{s.id}" class="evo_post evo_content_block '
        f'evo_post__ptyp_post evo_post__published" lang="vi-VN">{head}{content}'
        f"<footer>{comments_link(s, link)}</footer></article></div>"
    )


def featured_block(s: Story, coll: str) -> str:
    link = permalink(s, coll)
    images, txt = body_html(s)
    return (
        f'<div class="evo_content_block"><article id="item_{s.id}" class="evo_post evo_content_block '
        f'evo_post__ptyp_post well evo_featured_post" lang="vi-VN">'
        f'<header><div class="evo_post_title"><h2><a href="{link}">{esc(s.title)}</a></h2></div>'
        f"{info_line(s, in_list=True)}</header>"
        f'<section class="evo_post__full">{images}<div class="evo_post__full_text">{txt}</div></section>'
        "</article></div>"
    )


INTRO_TRUONG_HOC = (
    '<div class="evo_content_block"><article id="item_377" class="evo_post evo_content_block '
    'evo_post__ptyp_intro_front well evo_intro_post" lang="vi-VN">'
    '<header><div class="evo_post_title"><h2>Mạng lưới trường học huyện Hương Khê</h2></div></header>'
    '<section class="evo_post__full"><div class="evo_post__full_text">'
    "<p>Toàn huyện hiện có 61 trường học, trong đó 22 trường mầm non, 20 trường tiểu học, 2 trường "
    "liên cấp tiểu học và THCS, 17 trường THCS với hơn 24.000 học sinh và 1.650 cán bộ, giáo viên, "
    "nhân viên.</p>"
    "<p>Chuyên mục đăng tải tin tức, hoạt động do các nhà trường gửi về. Các đơn vị đăng bài bằng "
    "tài khoản được cấp, ghi rõ tên tác giả ở cuối bài và chịu trách nhiệm về nội dung thông tin.</p>"
    "</div></section></article></div>"
)


def listing(
    request: Request,
    coll: str,
    items: list[Story],
    base: str,
    *,
    heading: str | None,
    trail: list[tuple[str, str | None]],
    front: bool = False,
    mode: str | None = None,
    noindex: bool = False,
) -> Response | None:
    c = COLLS[coll]
    try:
        current = int(request.params.get("paged", "1"))
    except ValueError:
        return None
    pages = max(1, -(-len(items) // c.per_page))
    if not 1 <= current <= pages:
        return None
    chunk = items[(current - 1) * c.per_page : current * c.per_page]
    parts = []
    if heading:
        parts.append(f'<h2 class="tieude_trang">{esc(heading)}</h2>')
    if front and current == 1 and coll == "tin-tuc":
        parts.append(featured_block(S412, coll))
    if front and current == 1 and coll == "truong-hoc":
        parts.append(INTRO_TRUONG_HOC)
    if not chunk:
        parts.append('<div class="evo_public_notice">Không có bài viết nào để hiển thị.</div>')
    parts += [list_entry(s, coll, mode or c.mode) for s in chunk]
    parts.append(pager(base, current, pages))
    canonical = base if current == 1 else f"{base}?paged={current}"
    title = f"{heading or c.name} - {SITE}" + (f" - Trang {current}" if current > 1 else "")
    return page(
        request,
        title=title,
        coll=coll,
        trail=trail,
        main="\n".join(parts),
        canonical=canonical,
        noindex=noindex or current > 1,
    )


# --- single posts -----------------------------------------------------------------------------


def comments_html(s: Story, reply_to: int | None) -> str:
    comments = s.opts.get("comments", [])
    link = permalink(s)
    out = ['<a id="comments"></a><div class="evo_comment__list">']
    if comments:
        out.append(
            f'<div class="clearfix"></div><h3 class="evo_comment__list_title">{len(comments)} phản hồi cho bài viết</h3>'
        )
    for cid, who, kind, when, said in comments:
        author = (
            f'<span class="login user nowrap">{esc(who)}</span>'
            if kind == "user"
            else f'<span class="user anonymous">{esc(who)}</span>'
        )
        out.append(
            f'<a id="c{cid}"></a><article class="evo_comment panel panel-default vs_published" id="comment_{cid}">'
            f'<div class="panel-heading"><h4 class="evo_comment_title panel-title"><a href="{link}#c{cid}" class="evo_comment_type" rel="nofollow">Bình luận</a> từ: {author}</h4></div>'
            f'<div class="panel-body"><span class="evo_comment_avatar"><img src="/rsc/img/default_avatar.png" width="32" height="32" alt="" /></span>'
            f'<div class="evo_comment_text"><p>{esc(said)}</p></div>'
            f'<footer class="evo_comment_footer clear text-muted"><small><span class="pull-left">{esc(when)} '
            f'<a href="{link}?reply_ID={cid}&amp;redir=no#form_p{s.id}" class="comment_reply" title="Trả lời bình luận này">'
            '<i class="fa fa-reply"></i> Trả lời</a></span></small></footer></div></article>'
        )
    out.append("</div>")
    note = ""
    if reply_to:
        note = (
            f'<input type="hidden" name="reply_ID" value="{reply_to}" />'
            f'<p class="evo_comment_reply_note"><a href="{link}?reply_ID={reply_to}&amp;redir=no#c{reply_to}">'
            "Bạn đang trả lời một bình luận cụ thể</a></p>"
        )
    out.append(
        f'<a id="form_p{s.id}"></a><div class="panel panel-default evo_comment_form"><div class="panel-heading"><h4 class="panel-title">Gửi phản hồi</h4></div>'
        f'<div class="panel-body"><form action="/htsrv/comment_post.php" method="post" id="bComment_form_id_{s.id}" class="bComment">'
        f'<input type="hidden" name="comment_item_ID" value="{s.id}" />'
        f'<input type="hidden" name="redirect_to" value="{link}" />'
        f'<input type="hidden" name="crumb_comment" value="k{s.id * 7919 % 100000:05d}xq" />{note}'
        '<div class="form-group"><label for="i_name">Họ và tên</label><input type="text" id="i_name" name="i" class="form-control" /></div>'
        '<div class="form-group"><label for="i_email">Email</label><input type="email" id="i_email" name="e" class="form-control" /></div>'
        '<div class="form-group"><label for="p">Nội dung</label><textarea id="p" name="p" rows="5" class="form-control"></textarea></div>'
        '<p class="notes">Phản hồi của bạn sẽ được hiển thị sau khi quản trị viên duyệt.</p>'
        '<input type="submit" name="submit_comment_post_'
        + str(s.id)
        + '[save]" class="btn btn-primary" value="Gửi bình luận" />'
        "</form></div></div>"
    )
    return "".join(out)


def others_html(s: Story) -> str:
    coll, chap = s.opts["coll"], s.opts["chap"]
    others = [o for o in posts_of(coll, chap) if o.id != s.id][:2]
    if not others:
        return ""
    items = []
    for o in others:
        thumb = next((b for b in o.blocks if isinstance(b, Img)), None)
        th = ""
        if thumb:
            th = f'<img src="{re.sub(r"/fit-1280x720[.]jpg", "/crop-80x80.jpg", thumb.src)}" width="60" height="60" alt="" /> '
        items.append(
            f'<li><a href="{permalink(o, coll)}">{th}{esc(o.title)}</a> <span class="ngay_nho">({shown_date(o.opts["issued"], False)})</span></li>'
        )
    return (
        '<div class="evo_widget widget_core_coll_item_list" id="w_baikhac_61"><h3 class="tieude_khoi">Bài viết khác</h3>'
        f'<ul class="ds_baikhac">{"".join(items)}</ul></div>'
    )


def single(request: Request, s: Story, shown_in: str) -> Response:
    coll, chap = s.opts["coll"], s.opts["chap"]
    canonical = permalink(s)
    reply_to = None
    if "reply_ID" in request.params:
        ids = {c[0] for c in s.opts.get("comments", [])}
        try:
            reply_to = int(request.params["reply_ID"])
        except ValueError:
            reply_to = None
        if reply_to not in ids:
            reply_to = None
    images, txt = body_html(s)
    footer = "" if s.opts.get("doc") or coll == "thong-bao" else POST_FOOTER
    tags = ""
    if s.opts.get("tags"):
        links = " ".join(
            f'<a href="{tag_url(coll, t)}" rel="tag">{esc(t)}</a>' for t in s.opts["tags"]
        )
        tags = f'<div class="evo_widget widget_core_item_tags"><div class="small post_tags"><i class="fa fa-tags"></i> Từ khóa: {links}</div></div>'
    share_url = quote(base_url(request) + canonical, safe="")
    tools = (
        '<div class="evo_widget widget_core_item_social hk_congcu">'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" class="chiase_fb">'
        '<img src="/skins/pgd_hk/img/share-facebook.png" alt="Chia sẻ Facebook" width="24" height="24" /></a> '
        f'<a href="https://sp.zalo.me/share_inline?url={share_url}" target="_blank" class="chiase_zalo">'
        '<img src="/skins/pgd_hk/img/share-zalo.png" alt="Chia sẻ Zalo" width="24" height="24" /></a> '
        '<a href="javascript:window.print()" class="in_bai"><i class="fa fa-print"></i> In bài</a> '
        f'<a href="mailto:?subject={quote(s.title)}&amp;body={share_url}" class="gui_bai"><i class="fa fa-envelope"></i> Gửi bài</a>'
        "</div>"
    )
    chap_label = chap_name(coll, chap)
    small_print = (
        '<div class="evo_widget widget_core_item_small_print"><p class="small text-muted">'
        f"Bài viết được đăng ngày {shown_date(s.opts['issued'], False)} bởi {s.opts['by']} trong chuyên mục "
        f"{esc(chap_label)}. Cập nhật lần cuối: {s.opts['updated']}.</p></div>"
    )
    main = (
        f'<div class="evo_content_block"><article id="item_{s.id}" class="evo_post evo_content_block '
        f'evo_post__ptyp_post evo_post__published" lang="vi-VN">'
        f'<header><div class="evo_post_title"><h1>{text(s.title, nfd=s.opts.get("enc") == "nfd")}</h1></div>{info_line(s)}</header>'
        '<div class="evo_container evo_container__item_single">'
        f'<div class="evo_widget widget_core_item_content"><section class="evo_post__full">{images}'
        f'<div class="evo_post__full_text">{txt}{footer}{attachments_html(s)}</div></section></div>'
        f"{tags}{small_print}{tools}{others_html(s)}</div>"
        f"{comments_html(s, reply_to)}</article></div>"
    )
    return page(
        request,
        title=f"{s.title} - {COLLS[coll].name}",
        coll=coll,
        trail=[(COLLS[coll].name, f"/index.php/{coll}/"), (chap_label, chap_url(coll, chap))],
        main=main,
        canonical=canonical,
        description=excerpt(s, 40),
        noindex=request.query != "" or shown_in != coll,
        disp="single",
    )


def album_page(request: Request) -> Response:
    s = ALBUM
    cells = "".join(
        f'<div class="evo_post_gallery__image col-sm-4"><figure class="evo_image_block">'
        f'<a href="{original(i.src)}" rel="lightbox[p{s.id}]"><img src="{i.src.replace("fit-1280x720", "crop-320x240")}" width="320" height="240" alt="" /></a>'
        f'<figcaption class="evo_image_legend">{esc(i.printed)}</figcaption></figure></div>'
        for i in s.images
    )
    main = (
        f'<div class="evo_content_block"><article id="item_{s.id}" class="evo_post evo_post__ptyp_album" lang="vi-VN">'
        f'<header><div class="evo_post_title"><h1>{esc(s.title)}</h1></div>'
        f'<div class="small text-muted"><i class="fa fa-camera"></i> {len(s.images)} ảnh &bull; {shown_date(s.opts["issued"])}</div></header>'
        f'<div class="evo_post_gallery row">{cells}</div>'
        '<p class="center"><a href="/index.php/thu-vien-anh/">&laquo; Quay lại danh sách album</a></p></article></div>'
    )
    return page(
        request,
        title=f"{s.title} - Thư viện ảnh",
        coll="thu-vien-anh",
        trail=[("Thư viện ảnh", "/index.php/thu-vien-anh/")],
        main=main,
        canonical=f"/index.php/thu-vien-anh/{s.slug}",
    )


def album_front(request: Request) -> Response:
    s = ALBUM
    cover = s.images[0].src.replace("fit-1280x720", "crop-320x240")
    main = (
        '<h2 class="tieude_trang">Thư viện ảnh</h2><div class="row evo_photoalbums">'
        f'<div class="col-sm-4"><figure class="evo_image_block"><a href="/index.php/thu-vien-anh/{s.slug}">'
        f'<img src="{cover}" width="320" height="240" alt="" /></a><figcaption><a href="/index.php/thu-vien-anh/{s.slug}">'
        f"{esc(s.title)}</a> ({len(s.images)} ảnh)</figcaption></figure></div></div>"
    )
    return page(
        request,
        title="Thư viện ảnh",
        coll="thu-vien-anh",
        trail=[("Thư viện ảnh", None)],
        main=main,
        canonical="/index.php/thu-vien-anh/",
    )


# --- standalone pages of the home collection -----------------------------------------------

STATIC_PAGES = {
    "gioi-thieu-chung": (
        "Giới thiệu chung",
        "<p>Phòng Giáo dục và Đào tạo huyện Hương Khê là cơ quan chuyên môn thuộc UBND huyện, có chức năng "
        "tham mưu, giúp UBND huyện thực hiện quản lý nhà nước về giáo dục và đào tạo trên địa bàn.</p>"
        "<p><strong>Nhiệm vụ, quyền hạn</strong></p>"
        "<ul><li>Trình UBND huyện ban hành quyết định, chỉ thị, kế hoạch phát triển giáo dục trên địa bàn;</li>"
        "<li>Tổ chức thực hiện các văn bản pháp luật, quy hoạch, kế hoạch sau khi được phê duyệt;</li>"
        "<li>Hướng dẫn, kiểm tra các trường mầm non, tiểu học, THCS thực hiện nhiệm vụ năm học;</li>"
        "<li>Thực hiện công tác thống kê, thông tin, báo cáo định kỳ và đột xuất.</li></ul>"
        "<p>Toàn huyện hiện có 61 cơ sở giáo dục với hơn 24.000 học sinh; 100% trường học đạt chuẩn quốc gia mức độ 1 trở lên.</p>",
    ),
    "lanh-dao-phong": (
        "Lãnh đạo phòng",
        '<table class="table table-bordered"><thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr></thead><tbody>'
        "<tr><td>Võ Văn Hùng</td><td>Trưởng phòng</td><td>0912.345.xxx</td></tr>"
        "<tr><td>Phan Thị Thu Hà</td><td>Phó Trưởng phòng</td><td>0983.221.xxx</td></tr>"
        "<tr><td>Nguyễn Đình Sơn</td><td>Phó Trưởng phòng</td><td>0945.776.xxx</td></tr>"
        "</tbody></table>",
    ),
    "lien-he": (
        "Liên hệ",
        "<p><strong>Phòng Giáo dục và Đào tạo huyện Hương Khê</strong></p>"
        "<p>Địa chỉ: Số 12, đường Hàm Nghi, thị trấn Hương Khê, huyện Hương Khê, tỉnh Hà Tĩnh<br />"
        "Điện thoại: 0239.3871.266<br />Email: pgdhuongkhe@hatinh.edu.vn</p>"
        '<form action="/htsrv/message_send.php" method="post" class="evo_form"><input type="hidden" name="recipient_id" value="1" />'
        '<p><label>Họ tên: <input type="text" name="sender_name" /></label></p>'
        '<p><label>Email: <input type="email" name="sender_address" /></label></p>'
        '<p><label>Tiêu đề: <input type="text" name="subject" /></label></p>'
        '<p><label>Nội dung: <textarea name="message" rows="6"></textarea></label></p>'
        '<p><input type="submit" value="Gửi thư" class="btn btn-primary" /></p></form>',
    ),
}


def static_page(request: Request, slug: str) -> Response:
    title, content = STATIC_PAGES[slug]
    main = (
        f'<div class="evo_content_block"><article id="item_{300 + len(slug)}" class="evo_post evo_post__ptyp_page" lang="vi-VN">'
        f'<header><div class="evo_post_title"><h1>{esc(title)}</h1></div></header>'
        f'<section class="evo_post__full"><div class="evo_post__full_text">{content}</div></section></article></div>'
    )
    return page(
        request,
        title=f"{title} - {SITE}",
        coll="home",
        trail=[(title, None)],
        main=main,
        canonical=f"/index.php/home/{slug}",
        disp="page",
    )


# --- the home front page --------------------------------------------------------------------


def home(request: Request) -> Response:
    def li(s: Story, coll: str | None = None, thumb: bool = False) -> str:
        link = permalink(s, coll)
        th = ""
        if thumb:
            img = next((b for b in s.blocks if isinstance(b, Img)), None)
            if img:
                th = f'<img src="{img.src.replace("fit-1280x720", "crop-80x80")}" width="80" height="60" alt="" class="anh_nho" />'
        return f'<li><a href="{link}">{th}{esc(s.title)}</a> <span class="ngay_nho">{shown_date(s.opts["issued"], False)}</span></li>'

    lead = S412
    lead_img = next(b for b in lead.blocks if isinstance(b, Img))
    tin_tuc = posts_of("tin-tuc")[:5]
    main = f"""
<div class="evo_widget widget_core_coll_featured_posts khoi_tin" id="w_noibat_21">
 <h3 class="tieude_khoi">Tin nổi bật</h3>
 <div class="tin_noibat"><a href="{permalink(lead)}"><img src="{lead_img.src.replace("fit-1280x720", "fit-640x480")}" width="480" height="320" alt="" /></a>
 <h2><a href="{permalink(lead)}">{esc(lead.title)}</a></h2><p>{esc(excerpt(lead, 40))}</p></div>
</div>
<div class="evo_widget widget_core_coll_item_list khoi_tin" id="w_tintuc_22">
 <h3 class="tieude_khoi"><a href="/index.php/tin-tuc/">Tin tức - Sự kiện</a></h3>
 <ul>{"".join(li(s, "tin-tuc") for s in tin_tuc[1:])}</ul>
</div>
<div class="evo_widget widget_core_coll_item_list khoi_tin" id="w_thongbao_23">
 <h3 class="tieude_khoi"><a href="/index.php/thong-bao/">Thông báo - Văn bản</a></h3>
 <ul>{"".join(li(s) for s in posts_of("thong-bao"))}</ul>
</div>
<div class="evo_widget widget_core_coll_item_list khoi_tin" id="w_truonghoc_24">
 <h3 class="tieude_khoi"><a href="/index.php/truong-hoc/">Tin từ các trường</a></h3>
 <ul>{"".join(li(s, thumb=True) for s in posts_of("truong-hoc")[:3])}</ul>
</div>
<div class="evo_widget widget_core_free_html khoi_tin" id="w_tieudiem_25">
 <h3 class="tieude_khoi">Tiêu điểm</h3>
 <ul class="tieu_diem">
  <li><a href="/index.php/tin-tuc/{S409.opts["old_slug"]}">Chuyên đề Ngữ văn 8 tại Trường THCS Hương Long</a></li>
  <li><a href="/index.php/thu-vien-anh/{ALBUM.slug}">Album ảnh: Hội thao Công đoàn ngành Giáo dục 2026</a></li>
  <li><a href="https://hatinh.edu.vn/tuyen-sinh-10" target="_blank">Sở GD&amp;ĐT: Hướng dẫn tuyển sinh lớp 10 năm học 2027 - 2028</a></li>
 </ul>
</div>"""
    return page(
        request,
        title=SITE,
        coll="home",
        trail=[],
        main=main,
        canonical="/",
        description="Cổng thông tin điện tử Phòng GD&ĐT huyện Hương Khê",
    )


# --- feeds, search, login -------------------------------------------------------------------


def rfc822(issued: str) -> str:
    stamp = datetime.strptime(issued, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(timedelta(hours=7)))
    return format_datetime(stamp)


def feed(request: Request, coll: str) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{permalink(s, coll)}</link>"
        f'<pubDate>{rfc822(s.opts["issued"])}</pubDate><guid isPermaLink="false">c{COLLS[coll].blog}i{s.id}</guid>'
        f"<description>{esc(excerpt(s))}</description></item>"
        for s in posts_of(coll)[:5]
    )
    xml = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{esc(COLLS[coll].name)}</title><link>{base}/index.php/{coll}/</link>"
        f"<description>{esc(SITE)}</description><language>vi-VN</language>"
        f"<generator>b2evolution 7.2.5</generator>{items}</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


def search(request: Request, coll: str) -> Response:
    words = request.params.get("s", "").strip().lower()
    found = [
        s
        for s in posts_of(coll)
        if words and (words in s.title.lower() or words in excerpt(s, 200).lower())
    ]
    entries = "".join(list_entry(s, coll, "excerpt") for s in found[:10])
    if not words:
        entries = '<div class="evo_public_notice">Vui lòng nhập từ khóa để tìm kiếm.</div>'
    elif not found:
        entries = '<div class="evo_public_notice">Không tìm thấy kết quả nào phù hợp.</div>'
    main = f'<h2 class="tieude_trang">Kết quả tìm kiếm</h2>{entries}'
    return page(
        request,
        title="Tìm kiếm",
        coll=coll,
        trail=[(COLLS[coll].name, f"/index.php/{coll}/"), ("Tìm kiếm", None)],
        main=main,
        noindex=True,
    )


def login(request: Request) -> Response:
    back = esc(request.params.get("redirect_to", "/"))
    main = (
        '<div class="evo_panel__login"><div class="panel panel-default skin-form"><div class="panel-heading">'
        '<h3 class="panel-title">Đăng nhập tài khoản</h3></div><div class="panel-body">'
        '<form action="/htsrv/login.php" method="post" class="evo_form__login">'
        f'<input type="hidden" name="redirect_to" value="{back}" />'
        '<p><label>Tên đăng nhập <input type="text" name="x" class="form-control" /></label></p>'
        '<p><label>Mật khẩu <input type="password" name="q" class="form-control" /></label></p>'
        '<p><input type="submit" name="login_action[login]" value="Đăng nhập" class="btn btn-success" /></p>'
        "</form></div></div></div>"
    )
    return page(
        request,
        title="Đăng nhập",
        coll="home",
        trail=[("Đăng nhập", None)],
        main=main,
        noindex=True,
        disp="login",
    )


# --- routing --------------------------------------------------------------------------------

_COLL_PATH = re.compile(r"^/index\.php/([a-z-]+)/(.*)$")
_MONTH = re.compile(r"^(2026)/(\d{2})/$")


class B2evoSite:
    def respond(self, request: Request) -> Response | None:
        raw_path = request.path
        if raw_path.startswith(("/media/", "/rsc/", "/skins/")):
            if raw_path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(raw_path)
        if raw_path == "/favicon.ico":
            return static_file(raw_path)
        if request.method == "POST":
            return None
        path = unquote(raw_path.replace("+", " "))
        params = request.params
        if path in ("/", "/index.php"):
            if "p" in params:
                return self.by_id(request)
            if request.query and path == "/":
                return None
            return home(request) if not request.query else None
        if path in (
            "/index.php/home",
            "/index.php/tin-tuc",
            "/index.php/thong-bao",
            "/index.php/truong-hoc",
            "/index.php/thu-vien-anh",
        ):
            return redirect(path + "/", 301)
        m = _COLL_PATH.match(path)
        if not m or m.group(1) not in COLLS:
            return None
        coll, rest = m.group(1), m.group(2)
        if coll == "home":
            return self.home_coll(request, rest)
        if coll == "thu-vien-anh":
            if rest == "" and not request.query:
                return album_front(request)
            if rest == ALBUM.slug:
                return album_page(request)
            return None
        c = COLLS[coll]
        name_trail = (c.name, f"/index.php/{coll}/")
        if rest == "":
            disp = params.get("disp")
            if params.get("tempskin") == "_rss2":
                return feed(request, coll)
            if disp == "search":
                return search(request, coll)
            if set(params) - {"paged"}:
                return None
            return listing(
                request,
                coll,
                posts_of(coll),
                f"/index.php/{coll}/",
                heading=None,
                trail=[(c.name, None)],
                front=True,
            )
        if rest.endswith("/") and rest[:-1] in [ch for ch, _, _ in c.chapters]:
            chap = rest[:-1]
            if set(params) - {"paged"}:
                return None
            return listing(
                request,
                coll,
                posts_of(coll, chap),
                chap_url(coll, chap),
                heading=chap_name(coll, chap),
                trail=[name_trail, (chap_name(coll, chap), None)],
            )
        mm = _MONTH.match(rest)
        if mm:
            items = posts_of(coll, month=f"{mm.group(1)}-{mm.group(2)}")
            if not items:
                return None
            label = f"Lưu trữ: Tháng {mm.group(2)}/{mm.group(1)}"
            return listing(
                request,
                coll,
                items,
                f"/index.php/{coll}/{rest}",
                heading=label,
                trail=[name_trail, (label, None)],
                noindex=True,
            )
        if rest.endswith(":"):
            tag = rest[:-1]
            items = posts_of(coll, tag=tag)
            if not items:
                return None
            label = f"Bài viết có từ khóa: {tag}"
            return listing(
                request,
                coll,
                items,
                tag_url(coll, tag),
                heading=label,
                trail=[name_trail, (label, None)],
                mode="excerpt",
                noindex=True,
            )
        for s in POSTS:
            if s.slug == rest and in_chapter(s, coll, None):
                return single(request, s, coll)
            if s.opts.get("old_slug") == rest and s.opts["coll"] == coll:
                return redirect(permalink(s), 301)
        return None

    def by_id(self, request: Request) -> Response | None:
        try:
            pid, blog = int(request.params["p"]), int(request.params.get("blog", "0"))
        except ValueError:
            return None
        s = BY_ID.get(pid)
        if (
            s is None
            or s not in POSTS
            or blog not in BY_BLOG
            or not in_chapter(s, BY_BLOG[blog].url, None)
        ):
            return None
        return single(request, s, BY_BLOG[blog].url)

    def home_coll(self, request: Request, rest: str) -> Response | None:
        if rest == "":
            if request.params.get("disp") == "login":
                return login(request)
            return None if request.query else home(request)
        if rest in STATIC_PAGES and not request.query:
            return static_page(request, rest)
        return None


def build_site() -> B2evoSite:
    return B2evoSite()


# --- gold -----------------------------------------------------------------------------------


def _alts(s: Story) -> list[str]:
    alts = []
    if "cross" in s.opts:
        alts.append(permalink(s, s.opts["cross"][0]))
    if s in (S409, S405, S414):
        alts.append(f"/index.php?p={s.id}&blog={COLLS[s.opts['coll']].blog}")
    for cid, *_ in s.opts.get("comments", []):
        alts.append(f"{permalink(s)}?reply_ID={cid}&redir=no")
    return alts


GOLD = [
    gold_record(
        s,
        permalink(s),
        chap_name(s.opts["coll"], s.opts["chap"]),
        canonical_path=permalink(s),
        alt_paths=_alts(s),
    )
    for s in ARTICLES
]

NON_ARTICLES = [
    "/index.php/home/gioi-thieu-chung",
    "/index.php/home/lanh-dao-phong",
    "/index.php/home/lien-he",
    permalink(D408),
    permalink(D399),
    f"/index.php/thu-vien-anh/{ALBUM.slug}",
]
