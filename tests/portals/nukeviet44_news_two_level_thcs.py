"""Trường THCS Trần Phú (thành phố Phủ Lý, tỉnh Hà Nam): NukeViet 4.4, news module, two-level categories.

A lower-secondary school's site on NukeViet 4.4 with a school theme built on the default one
(Bootstrap 3 with NukeViet's 24-column grid, ``news_column panel panel-default`` boxes, blocks in
``panel panel-primary`` on the right). The news module is the site's home module; URLs are
rewritten with the ``.html`` extension.

URL scheme
----------
- ``/``: the news module's main page: a "Tin tiêu điểm" carousel (3 posts), then each top-level
  category in the ``viewcat_two_column`` style (newest post with thumbnail and hometext, then up
  to 3 titles cut by ``nv_clean60``), then a "Thư viện ảnh" box. ``/news/`` prints the same.
- ``/news/<parent-alias>/``: a parent category. "Tin tức - Sự kiện" (``tin-tuc-su-kien``) is in
  ``viewcat_main_right`` (one box per sub-category with its 4 newest posts: the first with
  thumbnail and hometext, 3 titles on the right); "Học sinh" (``hoc-sinh``) in
  ``viewcat_two_column`` (one column per sub-category; "Tư vấn học đường" is empty). No pagination.
- ``/news/<child-alias>/`` and ``/news/<child-alias>/page-<n>``: ``viewcat_page_new``, 3 posts a
  page, numbered Bootstrap pagination (``ul.pagination``, page 1 is the bare category URL,
  ``/page-1`` answers 301 to it). "Thông báo" (``thong-bao``) is a top-level category without
  children and lists the same way.
- articles ``/news/<child-alias>/<alias>-<id>.html``; print view
  ``/news/print/<child-alias>/<alias>-<id>.html`` (opened by an ``onclick`` ``nv_open_browse``);
  "send by mail" form ``/news/sendmail/…`` (same way).
- topics ``/news/topic/<alias>/`` (list ``/news/topic/``); tags ``/news/tag/<alias>``; RSS
  ``/news/rss/`` and ``/news/rss/<alias>/`` (the first page's items only).
- the old, non-rewritten ``/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>.html`` in a
  hand-typed block: answered as NukeViet's ``detail.php`` does for any address that is not the
  rewritten one (301 to it). ``op=tincu`` is the theme's script endpoint for older posts.
- other modules: page module ``/gioi-thieu/<alias>.html`` (list ``/gioi-thieu/``), contact
  ``/contact/``, laws module ``/van-ban/`` and ``/van-ban/detail/<alias>-<id>.html``, photo albums
  ``/thu-vien-anh/`` and ``/thu-vien-anh/<alias>-<id>.html``, search ``/seek/?q=``.
  ``/robots.txt`` is NukeViet's (``Disallow: /admin/`` …); ``/admin/index.php`` is a login form.

Page templates
--------------
Every page: header (logo, "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ PHỦ LÝ / TRƯỜNG THCS TRẦN PHÚ"),
the menu (``nav navbar-nav`` with drop-downs), the third-nav with the breadcrumb trail (hidden
``ul.temp-breadcrumbs`` that NukeViet's script copies into view), the header clock
"Thứ Bảy, 05/12/2026" and the search form; right column blocks "Thông báo" (a ``<marquee>`` of
hand-typed links), "Tin xem nhiều" (5 most-read, titles cut with "..."), "Thăm dò ý kiến",
"Liên kết" (a ``<select>`` of external sites, banners) and "Thống kê" (Đang truy cập / Hôm nay /
Tháng hiện tại / Tổng lượt truy cập); footer with the school's ``ul.company_info`` contact
block, "Chịu trách nhiệm nội dung", copyright and "Powered by NukeViet CMS".

Article page (``detail.tpl`` of 4.4): ``h1.title`` headline; hidden schema.org microdata
(author = the poster's CMS account "quantri", ``datePublished``, ``dateModified``, description);
the date line "Thứ năm - 03/12/2026 15:20" (``nv_date('l - d/m/Y H:i')``) and "Lượt xem: 412";
email/print icons; the ``showhometext`` box: the home image as ``figure.article`` (left, before
the hometext, or centered after it) and ``div.hometext``; the text in ``div#news-bodyhtml``; the
"Tác giả:" / "Nguồn tin:" lines right-aligned; a copyright ``alert-info``; then panels for the
attachments, "Từ khóa:" tags, rating, like/tweet buttons, and "other-news" ("Tin cùng chủ đề",
"Các tin khác": "Tin mới hơn" printed, "Tin cũ hơn" loaded by script).

How each gold article is reached
--------------------------------
- "Hoạt động chuyên môn" (7 posts, pages 1-3): C1 61, C2 57, C3 53 on page 1 and in the
  parent's box (C1, C2 also in the home box, C1 in the carousel); C4 50 on page 2 and in the
  parent's box (4 newest); C5 44 and C6 41 on page 2, C7 38 on page 3 only (and from each
  other's "Tin mới hơn" lists).
- "Hoạt động Đội - Ngoài giờ" (3 posts, one page): D1 60, D2 54, D3 47 (also the parent box,
  home carousel, tags).
- "Thông báo" (2 posts and the external item 46): T1 59, T2 55 (also the home box and the
  "Thông báo" block through the old 301 links).
- "Gương sáng học đường" (1 post): G1 49 (also "Học sinh" box, home box, "Tin xem nhiều").

Traps
-----
Kinds the README does not list:

1. Machine-readable dates that lie. ``article:published_time`` is written with PHP's
   ``date('Y-m-dTH:i:s')``, where ``T`` is the zone's abbreviation: "2026-12-03+0715:20:00";
   ``article:modified_time`` and microdata ``dateModified`` carry a later edit time; microdata
   ``datePublished`` is the posting time (for T1 a day after the notice's date, for C7 a bare
   "T00:00:00"). Gold: the printed date line, "2026-12-03T15:20:00+07:00"; never the edit time.
2. The sapo twice: C2's editor pasted the hometext again (bold) as the first paragraph of the
   text. Gold: summary = the hometext; the body starts with it once.
3. The hometext hidden on the page: C3's "Hiển thị phần giới thiệu" is off, so its hometext is
   only in listings, ``meta description``/``og:description`` and the hidden microdata. Gold:
   summary null; the body starts at the text's first paragraph; the hometext is not body.
4. Admin links inside the text's container, hidden for guests with ``style="display:none"``
   ("Sửa" → ``/admin/index.php?…&op=content&id=…``, "Xóa" → javascript). Gold: not body; /admin/
   (disallowed by robots.txt, a login form) is no article.
5. The home image between the headline and the text, captioned with its alt text, which the
   theme fills with the headline when the editor left it empty (C5, G1). Gold: the image is the
   article's first image; a caption that only repeats the headline is None; real captions (C1,
   C2, D2, D3) kept. Listing thumbnails (``/assets/news/…``; C4, C6, D1 show theirs only in
   listings) are not article images.
6. Older posts only by script: "Tin mới hơn" is printed, "Tin cũ hơn" is loaded from a URL the
   script concatenates (``op=tincu``); parent boxes show only each sub-category's 4 newest posts;
   RSS feeds carry a page's worth. C5, C6, C7 are linked only from page 2/3 of "Hoạt động chuyên
   môn" (and from each other). Gold: the three are articles like the rest.
7. A news item of the "Liên kết ngoài" kind in "Thông báo" ("Kế hoạch thực hiện nhiệm vụ năm học
   2026 - 2027", id 46): in listings and boxes it looks like a post, but its link goes to a
   document entry of the laws module on the same host (``/van-ban/detail/…-15.html``, target
   _blank). Gold: that page is a NON_ARTICLE; no article 46.
8. A one-column layout table holding a photo and its caption inside the text (C6, D2, as old
   editors pasted them). Gold: the caption row is the image's caption, not a table-row paragraph.
9. Breadcrumbs only in a hidden list (``ul.temp-breadcrumbs hidden``), the parent category's name
   printed in menus and box headings too. Gold: category = the sub-category, the trail's last item.

Kinds the README lists, as this platform does them:

10. Duplicates: the old ``/index.php?language=vi&nv=news&op=…`` links of the "Thông báo" block
    (T2's with the alias from before the title was edited), ``?fbclid=`` and wrong-category or
    wrong-alias variants answer 301 to the rewritten URL; the print view answers 200 with the
    article. Gold: the rewritten URL; the print view and the two linked old URLs in ``alt_paths``.
11. Bylines in the "Tác giả" field: "Tin, ảnh: Phạm Thu Hà" → author and photographer; "ThS. Trần
    Văn Hùng - Phó Hiệu trưởng" → "Trần Văn Hùng"; "Hoàng Minh Đức (Thư kí Hội đồng)" → "Hoàng
    Minh Đức"; units as printed ("Tổ Khoa học tự nhiên", "Liên đội THCS Trần Phú"); "quantri",
    "admin" → nobody (C6 is signed by its unit, bold and right-aligned at the text's end: "Tổ Khoa
    học xã hội", not body). "Nguồn tin: <a>Báo Hà Nam điện tử</a>" → source.
12. Caption lines: "Ảnh: Phạm Thu Hà" under D1's first photo → caption None (a photographer);
    C3's caption in parentheses → taken off; CKEditor 4 ``figure.image`` + ``figcaption`` (C2, D1);
    an italic centered paragraph after the photo (C1).
13. Encodings: D2's text is decomposed Unicode (Unikey's "Unicode tổ hợp"); C6, imported from the
    old site, mixes named entities, numeric references and raw UTF-8. Gold: NFC text.
14. T1 is an official notice (letterhead table, "Số: 118/TB-THCSTP", "Phủ Lý, ngày 30 tháng 11
    năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận" and "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG /
    (Đã ký) / Trần Văn Hùng"), posted on 01/12/2026 07:30. Gold: published_at "2026-11-30",
    author "Trần Văn Hùng", none of the letterhead/closing in the body.
15. Chrome that looks like content: the copyright ``alert-info`` inside the article's panel, the
    rating form ("Tổng điểm của bài viết là: 14 trong 3 đánh giá", star titles), "Xem thêm: <link>"
    in D3's text, T2's "Tập tin đính kèm" panel, the keywords line, "Lượt xem". None is body.
16. C7 was scheduled at midnight ("Thứ hai - 12/10/2026 00:00"): gold "2026-10-12". C4's last
    paragraph is two lines split by ``<br />`` (two paragraphs) after a score table (cells joined
    with " | ", the bold header row included).

Gold decisions on ambiguous points
----------------------------------
- category: the sub-category the post is filed under (last breadcrumb, ``article:section``), not
  the parent; "Thông báo" has no parent.
- summary: the ``div.hometext`` when printed (all posts but C3); it is then the body's first
  paragraph (once, also for C2). For T1 the hometext is printed above the notice and kept so.
- images: the home image counts when it is shown on the article page (position left or full)
  and comes first (it is printed before the text); its line is its caption unless it only repeats
  the headline (C5, G1: None).
- authors: the "Tác giả" field read as the README says; C6's CMS account yields to its unit's
  signature; T1 has no field and its signer is the author; microdata's "quantri" is nobody.
- source: only G1 prints one ("Nguồn tin").
- alt_paths: each article's print view; T1's and T2's old links from the "Thông báo" block (they
  answer 301 to the article). Unlinked variants (``?fbclid``, wrong category) 301 as well.
- NON_ARTICLES: the three page-module intro pages, the contact page, the laws-module document
  entry (reached through the "Liên kết ngoài" item too) and the photo album.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

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

NAME = "nukeviet44_news_two_level_thcs"
PLATFORM = "NukeViet 4.4 (news module, school theme, two-level categories)"
START_PATH = "/"

SITE = "Trường THCS Trần Phú"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
THEME = "/themes/thcs-tranphu"

# --- categories -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cat:
    alias: str
    title: str
    parent: str | None
    catid: int
    style: str = "viewcat_page_new"


CATS: dict[str, Cat] = {
    c.alias: c
    for c in [
        Cat("tin-tuc-su-kien", "Tin tức - Sự kiện", None, 1, "viewcat_main_right"),
        Cat("hoat-dong-chuyen-mon", "Hoạt động chuyên môn", "tin-tuc-su-kien", 3),
        Cat("hoat-dong-doi-ngoai-gio", "Hoạt động Đội - Ngoài giờ", "tin-tuc-su-kien", 4),
        Cat("hoc-sinh", "Học sinh", None, 2, "viewcat_two_column"),
        Cat("guong-sang-hoc-duong", "Gương sáng học đường", "hoc-sinh", 6),
        Cat("tu-van-hoc-duong", "Tư vấn học đường", "hoc-sinh", 7),
        Cat("thong-bao", "Thông báo", None, 5),
    ]
}
TOP_CATS = ["tin-tuc-su-kien", "hoc-sinh", "thong-bao"]
#: "Số bài viết hiển thị trên một trang" of the module
PER_PAGE = 3
#: how many of each sub-category's newest posts a parent's box shows
BOX_ITEMS = 4


def children(alias: str) -> list[str]:
    return [c.alias for c in CATS.values() if c.parent == alias]


# --- the articles ----------------------------------------------------------------------------

TOPICS = {
    "chuyen-doi-so-trong-nha-truong": "Chuyển đổi số trong nhà trường",
}

TAGS = {
    "hoi-thi-giao-vien-day-gioi": "hội thi giáo viên dạy giỏi",
    "chuyen-doi-so": "chuyển đổi số",
    "sinh-hoat-chuyen-mon": "sinh hoạt chuyên môn",
    "hoc-lieu-so": "học liệu số",
    "ngu-van": "ngữ văn",
    "lien-doi": "liên đội",
    "guong-nguoi-tot-viec-tot": "gương người tốt việc tốt",
}

U12 = "/uploads/news/2026_12/"
U11 = "/uploads/news/2026_11/"
U10 = "/uploads/news/2026_10/"

C1 = Story(
    id=61,
    slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027: nhiều tiết dạy sáng tạo, ứng dụng hiệu quả công nghệ thông tin",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-12-03T15:20:00+07:00",
    summary="Từ ngày 16/11 đến ngày 02/12/2026, Trường THCS Trần Phú tổ chức Hội thi giáo viên dạy giỏi cấp trường với sự tham gia của 18 thầy cô thuộc 4 tổ chuyên môn.",
    sapo_outside=True,
    authors=["Tổ Khoa học tự nhiên"],
    blocks=[
        Img(U12 + "hoi-thi-gvdg-1.jpg", "Cô giáo Lê Thị Minh Nguyệt trong tiết dạy môn Khoa học tự nhiên lớp 8A",
            "Cô giáo Lê Thị Minh Nguyệt trong tiết dạy môn Khoa học tự nhiên lớp 8A", "homeimg-full"),
        P("Hội thi là hoạt động chuyên môn thường niên nhằm tạo sân chơi để giáo viên giao lưu, học hỏi, đồng thời là cơ sở để nhà trường lựa chọn những thầy cô có năng lực tham dự Hội thi giáo viên dạy giỏi cấp thành phố."),
        P("Mỗi giáo viên dự thi thực hiện hai tiết dạy thực hành theo hình thức bốc thăm bài dạy trước ba ngày và trình bày biện pháp nâng cao chất lượng giảng dạy bộ môn. Ban giám khảo gồm Ban giám hiệu và các tổ trưởng, tổ phó chuyên môn, đánh giá tiết dạy theo hướng dẫn tại Công văn 5512 của Bộ Giáo dục và Đào tạo."),
        Img(U12 + "hoi-thi-gvdg-2.jpg", "Thầy Đỗ Văn Thành hướng dẫn học sinh lớp 9C thực hành trên phần mềm GeoGebra",
            "Thầy Đỗ Văn Thành hướng dẫn học sinh lớp 9C thực hành trên phần mềm GeoGebra", "p-em"),
        P("Nhiều tiết dạy gây ấn tượng bởi cách tổ chức hoạt động nhóm linh hoạt, sử dụng phiếu học tập điện tử và các phần mềm mô phỏng. Học sinh được trải nghiệm, chủ động khám phá kiến thức thay vì tiếp nhận thụ động như trước."),
        P("Kết thúc hội thi, Ban tổ chức đã công nhận 15 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường, trong đó 5 thầy cô được đề nghị tham dự hội thi cấp thành phố vào tháng 01/2027."),
        P("Phát biểu bế mạc, cô Nguyễn Thị Thanh Tâm, Hiệu trưởng nhà trường, ghi nhận sự chuẩn bị công phu của các thầy cô và đề nghị các tổ chuyên môn tiếp tục tổ chức dự giờ, rút kinh nghiệm sau hội thi."),
    ],
    opts={
        "time": "2026-12-03 15:20", "modified": "2026-12-04 08:02:11", "hits": 412,
        "author_line": "Tổ Khoa học tự nhiên", "thumb": "/assets/news/2026_12/hoi-thi-gvdg-1.jpg",
        "tags": ["hoi-thi-giao-vien-day-gioi", "chuyen-doi-so"], "topic": "chuyen-doi-so-trong-nha-truong",
        "rating": (14, 3),
    },
)

C2 = Story(
    id=57,
    slug="chuyen-de-cap-cum-ung-dung-tri-tue-nhan-tao-trong-day-hoc-mon-toan",
    title="Chuyên đề cấp cụm “Ứng dụng trí tuệ nhân tạo trong dạy học môn Toán”",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-27T16:45:00+07:00",
    summary="Chiều 26/11/2026, tại Trường THCS Trần Phú, cụm chuyên môn số 2 thành phố Phủ Lý tổ chức chuyên đề “Ứng dụng trí tuệ nhân tạo trong dạy học môn Toán” với sự tham dự của giáo viên Toán sáu trường trong cụm.",
    sapo_outside=True,
    authors=["Trần Văn Hùng"],
    blocks=[
        Img(U11 + "chuyen-de-ai-toan-1.jpg", "Các đại biểu dự chuyên đề tại phòng học thông minh",
            "Các đại biểu dự chuyên đề tại phòng học thông minh", "homeimg-left"),
        P("Chuyên đề được tổ Toán - Tin của nhà trường chuẩn bị trong gần một tháng, gồm phần báo cáo lí thuyết và một tiết dạy minh họa bài “Hình lăng trụ đứng tam giác, hình lăng trụ đứng tứ giác” ở lớp 7A."),
        P("Trong tiết dạy, cô Vũ Thị Hải Yến sử dụng công cụ trí tuệ nhân tạo để tạo nhanh các mô hình hình học, giúp học sinh quan sát trực quan và tự rút ra công thức tính diện tích xung quanh, thể tích. Các bài tập luyện tập được giao qua hệ thống học trực tuyến, máy tính chấm và phản hồi ngay cho từng em."),
        Img(U11 + "chuyen-de-ai-toan-2.jpg", "Học sinh lớp 7A sử dụng máy tính bảng trong giờ học",
            "Học sinh lớp 7A sử dụng máy tính bảng trong giờ học", "image2"),
        P("Những lưu ý khi sử dụng trí tuệ nhân tạo trong giờ học", "b"),
        P("Các đại biểu thống nhất rằng trí tuệ nhân tạo chỉ là công cụ hỗ trợ; giáo viên cần kiểm chứng nội dung do máy tạo ra, hướng dẫn học sinh sử dụng có trách nhiệm và không để các em phụ thuộc vào câu trả lời có sẵn."),
        P("Thầy Trần Văn Hùng, Phó Hiệu trưởng, cho biết thời gian tới nhà trường sẽ xây dựng kho học liệu số dùng chung cho các tổ chuyên môn, đồng thời tổ chức bồi dưỡng kĩ năng số cho giáo viên theo từng học kì."),
    ],
    opts={
        "time": "2026-11-27 16:45", "modified": "2026-11-28 21:14:05", "hits": 301,
        "author_line": "ThS. Trần Văn Hùng - Phó Hiệu trưởng", "repeat_sapo": True,
        "thumb": "/assets/news/2026_11/chuyen-de-ai-toan-1.jpg",
        "tags": ["chuyen-doi-so"], "topic": "chuyen-doi-so-trong-nha-truong", "rating": (9, 2),
    },
)

C3 = Story(
    id=53,
    slug="to-khoa-hoc-tu-nhien-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc",
    title="Tổ Khoa học tự nhiên sinh hoạt chuyên môn theo nghiên cứu bài học",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-20T09:05:00+07:00",
    summary=None,
    authors=["Nguyễn Thị Lan"],
    blocks=[
        P("Thực hiện kế hoạch sinh hoạt chuyên môn năm học 2026 - 2027, sáng 18/11/2026, tổ Khoa học tự nhiên Trường THCS Trần Phú đã tổ chức buổi sinh hoạt chuyên môn theo hướng nghiên cứu bài học tại lớp 8B."),
        P("Tiết dạy minh họa bài “Khối lượng riêng” do thầy Đỗ Văn Thành thực hiện. Thay vì tập trung nhận xét giáo viên, các thành viên trong tổ ngồi quan sát từng nhóm học sinh, ghi chép cách các em thảo luận, làm thí nghiệm và những khó khăn các em gặp phải."),
        Img(U11 + "sh-chuyen-mon-khtn.jpg", "(Học sinh lớp 8B đo khối lượng và thể tích vật trong tiết học minh họa)",
            "Học sinh lớp 8B đo khối lượng và thể tích vật trong tiết học minh họa", "p-em"),
        P("Trong phần thảo luận, giáo viên chỉ ra một số nhóm còn lúng túng khi đọc số chỉ của bình chia độ, từ đó đề xuất bổ sung phiếu hướng dẫn và điều chỉnh thời gian cho hoạt động thực hành."),
        P("Tổ trưởng Nguyễn Thị Lan kết luận: mỗi tiết nghiên cứu bài học cần hướng tới câu hỏi học sinh đã học như thế nào, để giáo viên điều chỉnh cách dạy cho phù hợp với từng đối tượng."),
    ],
    opts={
        "time": "2026-11-20 09:05", "modified": "2026-11-20 09:05:00", "hits": 190,
        "author_line": "Nguyễn Thị Lan", "show_hometext": False,
        "hometext": "Sáng 18/11, tổ Khoa học tự nhiên tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với tiết dạy minh họa của thầy Đỗ Văn Thành.",
        "thumb": "/assets/news/2026_11/sh-chuyen-mon-khtn.jpg", "tags": ["sinh-hoat-chuyen-mon"],
    },
)

C4 = Story(
    id=50,
    slug="nha-truong-hoan-thanh-kiem-tra-danh-gia-giua-hoc-ki-i-nam-hoc-2026-2027",
    title="Nhà trường hoàn thành kiểm tra, đánh giá giữa học kì I năm học 2026 - 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-13T14:00:00+07:00",
    summary="Từ ngày 02/11 đến ngày 12/11/2026, học sinh bốn khối lớp của Trường THCS Trần Phú đã hoàn thành bài kiểm tra, đánh giá giữa học kì I theo đúng kế hoạch.",
    sapo_outside=True,
    authors=["Hoàng Minh Đức"],
    blocks=[
        P("Kì kiểm tra được tổ chức nghiêm túc, đúng quy chế. Đề kiểm tra các môn Ngữ văn, Toán, Tiếng Anh và Khoa học tự nhiên do tổ chuyên môn xây dựng theo ma trận, bảng đặc tả đã thống nhất từ đầu năm học."),
        P("Kết quả một số môn kiểm tra tập trung như sau:"),
        P("Khối | Ngữ văn (điểm TB) | Toán (điểm TB) | Tiếng Anh (điểm TB)", "th"),
        P("Khối 6 | 7,2 | 6,9 | 7,5", "tr"),
        P("Khối 7 | 7,0 | 6,6 | 7,1", "tr"),
        P("Khối 8 | 6,8 | 6,5 | 6,9", "tr"),
        P("Khối 9 | 7,1 | 7,0 | 7,3", "tr"),
        P("Qua phân tích kết quả, nhà trường yêu cầu các tổ chuyên môn rà soát những nội dung học sinh còn hổng kiến thức, xây dựng kế hoạch phụ đạo học sinh yếu và bồi dưỡng học sinh khá, giỏi ngay từ tháng 11."),
        P("Lịch trả bài và chữa bài kiểm tra: từ ngày 16/11 đến ngày 21/11/2026."),
        P("Lịch họp tổ phân tích chất lượng: thứ Bảy, ngày 21/11/2026.", "br"),
    ],
    opts={
        "time": "2026-11-13 14:00", "modified": "2026-11-16 10:41:37", "hits": 244,
        "author_line": "Hoàng Minh Đức (Thư kí Hội đồng)", "homeimg": None,
        "thumb": "/assets/news/2026_11/kiem-tra-giua-ki.jpg", "tags": [],
    },
)

C5 = Story(
    id=44,
    slug="tap-huan-khai-thac-kho-hoc-lieu-so-va-he-thong-lms-cho-giao-vien",
    title="Tập huấn khai thác kho học liệu số và hệ thống LMS cho giáo viên",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-02T10:30:00+07:00",
    summary="Ngày 31/10/2026, Trường THCS Trần Phú tổ chức buổi tập huấn giúp giáo viên khai thác kho học liệu số và hệ thống quản lí học tập trực tuyến (LMS) phục vụ dạy học.",
    sapo_outside=True,
    authors=["Phạm Quốc Bảo"],
    blocks=[
        Img(U11 + "tap-huan-lms.jpg", "Tập huấn khai thác kho học liệu số và hệ thống LMS cho giáo viên", None, "homeimg-left"),
        P("Buổi tập huấn do thầy Phạm Quốc Bảo, giáo viên Tin học, trực tiếp hướng dẫn. 46 cán bộ, giáo viên, nhân viên nhà trường tham gia tại phòng máy số 2."),
        P("Nội dung tập huấn gồm:"),
        P("Cách tạo lớp học, giao bài và theo dõi tiến độ làm bài của học sinh trên hệ thống LMS;", "li"),
        P("Tìm kiếm, tải về và chỉnh sửa bài giảng điện tử từ kho học liệu số của ngành;", "li"),
        P("Xây dựng ngân hàng câu hỏi trắc nghiệm và tổ chức kiểm tra trực tuyến.", "li"),
        P("Sau phần hướng dẫn, các thầy cô thực hành trực tiếp trên tài khoản của mình. Nhiều giáo viên lớn tuổi được các đồng nghiệp trẻ hỗ trợ tận tình nên đã nhanh chóng làm quen với phần mềm."),
        P("Nhà trường đặt mục tiêu đến hết học kì I, mỗi giáo viên có ít nhất hai bài giảng được đưa lên kho học liệu dùng chung của trường."),
    ],
    opts={
        "time": "2026-11-02 10:30", "modified": "2026-11-02 10:30:00", "hits": 133,
        "author_line": "Phạm Quốc Bảo", "thumb": "/assets/news/2026_11/tap-huan-lms.jpg",
        "tags": ["hoc-lieu-so"],
    },
)

C6 = Story(
    id=41,
    slug="hoi-thao-doi-moi-phuong-phap-day-hoc-doc-hieu-van-ban-trong-mon-ngu-van",
    title="Hội thảo “Đổi mới phương pháp dạy học đọc hiểu văn bản trong môn Ngữ văn”",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-24T08:15:00+07:00",
    summary="Sáng 22/10/2026, tổ Khoa học xã hội Trường THCS Trần Phú tổ chức hội thảo chuyên đề về dạy học đọc hiểu văn bản theo Chương trình giáo dục phổ thông 2018.",
    sapo_outside=True,
    authors=["Tổ Khoa học xã hội"],
    blocks=[
        P("Tham dự hội thảo có đại diện lãnh đạo Phòng Giáo dục và Đào tạo thành phố Phủ Lý, Ban giám hiệu nhà trường cùng toàn thể giáo viên Ngữ văn, Lịch sử và Địa lí."),
        P("Các tham luận tập trung vào cách hướng dẫn học sinh đọc hiểu văn bản theo đặc trưng thể loại, sử dụng sơ đồ tư duy và phiếu học tập để các em tự phát hiện nội dung, nghệ thuật của văn bản."),
        P("“Dạy đọc hiểu không phải là giảng cho học sinh hiểu một văn bản, mà là dạy các em cách đọc để tự hiểu bất kì văn bản nào cùng thể loại”, cô Nguyễn Thị Hằng chia sẻ trong tham luận của mình.", "quote"),
        Img(U10 + "hoi-thao-ngu-van.jpg", "Cô Nguyễn Thị Hằng trình bày tham luận tại hội thảo",
            "Cô Nguyễn Thị Hằng trình bày tham luận tại hội thảo", "table"),
        P("Hội thảo cũng dành thời gian để giáo viên trao đổi về việc ra đề kiểm tra sử dụng ngữ liệu ngoài sách giáo khoa, một yêu cầu mới đối với môn Ngữ văn từ năm học 2024 - 2025."),
        Raw('<p style="text-align: right;"><strong>Tổ Khoa học xã hội</strong></p>'),
    ],
    opts={
        "time": "2026-10-24 08:15", "modified": "2026-10-26 15:32:50", "hits": 158,
        "author_line": "admin", "entities": 2, "homeimg": None,
        "thumb": "/assets/news/2026_10/hoi-thao-ngu-van.jpg", "tags": ["ngu-van", "hoc-lieu-so"],
    },
)

C7 = Story(
    id=38,
    slug="trien-khai-ke-hoach-boi-duong-hoc-sinh-gioi-lop-9-nam-hoc-2026-2027",
    title="Triển khai kế hoạch bồi dưỡng học sinh giỏi lớp 9 năm học 2026 - 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-12",
    summary="Nhà trường đã thành lập 9 đội tuyển học sinh giỏi lớp 9 với 72 học sinh, chuẩn bị cho kì thi chọn học sinh giỏi cấp thành phố dự kiến diễn ra vào tháng 01/2027.",
    sapo_outside=True,
    blocks=[
        P("Các đội tuyển gồm Toán, Ngữ văn, Tiếng Anh, Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí và Tin học."),
        P("Học sinh trong đội tuyển được lựa chọn qua hai vòng khảo sát vào cuối tháng 9, căn cứ kết quả học tập năm lớp 8 và năng khiếu từng môn. Mỗi đội tuyển do một đến hai giáo viên giàu kinh nghiệm phụ trách."),
        P("Lịch bồi dưỡng được bố trí vào các buổi chiều thứ Ba, thứ Năm và sáng Chủ nhật hằng tuần, không trùng với thời khóa biểu chính khóa. Nhà trường hỗ trợ kinh phí mua tài liệu và bố trí phòng học riêng cho các đội tuyển."),
        P("Năm học 2025 - 2026, học sinh Trường THCS Trần Phú đạt 31 giải trong kì thi chọn học sinh giỏi lớp 9 cấp thành phố và 12 giải cấp tỉnh, xếp thứ hai toàn thành phố."),
    ],
    opts={
        "time": "2026-10-12 00:00", "modified": "2026-10-13 07:55:12", "hits": 176,
        "homeimg": None, "thumb": None, "tags": [],
    },
)

D1 = Story(
    id=60,
    slug="soi-noi-giai-bong-da-nam-hoc-sinh-tranh-cup-tran-phu-lan-thu-v",
    title="Sôi nổi giải bóng đá nam học sinh tranh Cúp Trần Phú lần thứ V",
    cat="hoat-dong-doi-ngoai-gio",
    published_at="2026-12-02T16:30:00+07:00",
    summary="Sau hai tuần thi đấu, chiều 01/12/2026, trận chung kết giải bóng đá nam học sinh tranh Cúp Trần Phú lần thứ V đã khép lại với chức vô địch thuộc về đội bóng lớp 9A.",
    sapo_outside=True,
    authors=["Phạm Thu Hà"],
    photographers=["Phạm Thu Hà"],
    blocks=[
        P("Giải đấu do Liên đội phối hợp với tổ Giáo dục thể chất tổ chức, thu hút 16 đội bóng đến từ các lớp khối 8 và khối 9. Các trận đấu diễn ra vào giờ ra chơi buổi chiều và sáng thứ Bảy tại sân trường."),
        Img(U12 + "bong-da-1.jpg", "Ảnh: Phạm Thu Hà", None, "p-em"),
        P("Trận chung kết giữa 9A và 8C diễn ra hấp dẫn với nhiều pha bóng đẹp mắt. Sau khi hai đội hòa 2 - 2 trong thời gian thi đấu chính thức, đội 9A giành chiến thắng 4 - 3 trên chấm luân lưu."),
        P("Ban tổ chức đã trao cúp, huy chương cho đội vô địch và các đội đạt giải Nhì, giải Ba; trao giải Vua phá lưới cho em Lê Quang Huy (lớp 9A) với 7 bàn thắng và giải Thủ môn xuất sắc cho em Trịnh Gia Bảo (lớp 8C)."),
        Img(U12 + "bong-da-2.jpg", "Ban giám hiệu trao cúp vô địch cho đội bóng lớp 9A",
            "Ban giám hiệu trao cúp vô địch cho đội bóng lớp 9A", "image2"),
        P("Giải đấu không chỉ góp phần đẩy mạnh phong trào rèn luyện thể dục thể thao mà còn là dịp để học sinh rèn tinh thần đoàn kết, thi đấu trung thực, cao thượng."),
    ],
    opts={
        "time": "2026-12-02 16:30", "modified": "2026-12-03 06:48:20", "hits": 386,
        "author_line": "Tin, ảnh: Phạm Thu Hà", "homeimg": None,
        "thumb": "/assets/news/2026_12/bong-da-2.jpg", "tags": ["lien-doi"], "rating": (5, 1),
    },
)

D2 = Story(
    id=54,
    slug="chuong-trinh-van-nghe-chao-mung-ki-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Chương trình văn nghệ chào mừng kỉ niệm 44 năm Ngày Nhà giáo Việt Nam",
    cat="hoat-dong-doi-ngoai-gio",
    published_at="2026-11-21T08:40:00+07:00",
    summary="Sáng 20/11/2026, Trường THCS Trần Phú long trọng tổ chức lễ kỉ niệm 44 năm Ngày Nhà giáo Việt Nam với chương trình văn nghệ do chính các em học sinh dàn dựng.",
    sapo_outside=True,
    authors=["Liên đội THCS Trần Phú"],
    blocks=[
        Img(U11 + "van-nghe-20-11-1.jpg", "Tiết mục múa “Bụi phấn” của học sinh lớp 7B",
            "Tiết mục múa “Bụi phấn” của học sinh lớp 7B", "homeimg-full"),
        P("Về dự buổi lễ có đại diện lãnh đạo Ủy ban nhân dân phường Quang Trung, Ban đại diện cha mẹ học sinh, các thầy cô giáo nguyên là cán bộ, giáo viên của nhà trường qua các thời kì."),
        P("Mở đầu chương trình là màn đồng diễn “Khúc hát người giáo viên nhân dân” của 40 học sinh khối 6. Tiếp đó là các tiết mục hát, múa, kịch ngắn được chuẩn bị công phu, mang nhiều cảm xúc về tình thầy trò."),
        Img(U11 + "van-nghe-20-11-2.jpg", "Tiểu phẩm “Người lái đò” của Chi đội 9B",
            "Tiểu phẩm “Người lái đò” của Chi đội 9B", "table"),
        P("Đặc biệt, tiểu phẩm “Người lái đò” của Chi đội 9B đã khiến nhiều thầy cô xúc động khi tái hiện những kỉ niệm của học sinh với thầy chủ nhiệm trong những ngày ôn thi vào lớp 10."),
        P("Dịp này, Ban đại diện cha mẹ học sinh nhà trường đã tặng hoa chúc mừng và trao 25 suất quà cho các thầy cô giáo có thành tích xuất sắc trong năm học 2025 - 2026."),
    ],
    opts={
        "time": "2026-11-21 08:40", "modified": "2026-11-21 08:40:00", "hits": 478,
        "author_line": "Liên đội THCS Trần Phú", "nfd": True,
        "thumb": "/assets/news/2026_11/van-nghe-20-11-1.jpg", "tags": ["lien-doi"],
    },
)

D3 = Story(
    id=47,
    slug="rung-chuong-vang-em-yeu-phap-luat-huong-ung-ngay-phap-luat-viet-nam",
    title="Rung chuông vàng “Em yêu pháp luật” hưởng ứng Ngày Pháp luật Việt Nam",
    cat="hoat-dong-doi-ngoai-gio",
    published_at="2026-11-09T15:00:00+07:00",
    summary="Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam 9/11, Liên đội Trường THCS Trần Phú tổ chức cuộc thi Rung chuông vàng với chủ đề “Em yêu pháp luật”.",
    sapo_outside=True,
    authors=["Đinh Thị Mai"],
    blocks=[
        Img(U11 + "rung-chuong-vang.jpg", "Các thí sinh tham gia cuộc thi Rung chuông vàng",
            "Các thí sinh tham gia cuộc thi Rung chuông vàng", "homeimg-left"),
        P("Tham gia cuộc thi có 100 học sinh đại diện cho 24 chi đội. Các câu hỏi xoay quanh Luật Giao thông đường bộ, Luật Trẻ em, Luật An ninh mạng và các quy định về phòng, chống bạo lực học đường."),
        P("Sau 25 câu hỏi, em Trần Ngọc Ánh (lớp 8A) trở thành thí sinh duy nhất trụ lại sàn thi và rung chuông vàng ở câu hỏi cuối cùng."),
        P("Cô Đinh Thị Mai, Tổng phụ trách Đội, cho biết hình thức thi hỏi đáp giúp các em tiếp cận kiến thức pháp luật một cách nhẹ nhàng, dễ nhớ; nhiều câu hỏi được xây dựng từ những tình huống học sinh gặp hằng ngày trên đường đến trường."),
        Raw('<p><strong>Xem thêm:</strong> <a href="/news/hoat-dong-doi-ngoai-gio/'
            'chuong-trinh-van-nghe-chao-mung-ki-niem-44-nam-ngay-nha-giao-viet-nam-54.html">'
            'Chương trình văn nghệ chào mừng kỉ niệm 44 năm Ngày Nhà giáo Việt Nam</a></p>'),
    ],
    opts={
        "time": "2026-11-09 15:00", "modified": "2026-11-09 15:00:00", "hits": 267,
        "author_line": "Đinh Thị Mai", "thumb": "/assets/news/2026_11/rung-chuong-vang.jpg",
        "tags": ["lien-doi"],
    },
)

_LETTERHEAD = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">'
    "<tbody><tr>"
    '<td style="text-align:center; width:45%">PHÒNG GD&amp;ĐT THÀNH PHỐ PHỦ LÝ<br />'
    "<strong>TRƯỜNG THCS TRẦN PHÚ</strong></td>"
    '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td>"
    "</tr><tr>"
    '<td style="text-align:center">Số: 118/TB-THCSTP</td>'
    '<td style="text-align:right"><em>Phủ Lý, ngày 30 tháng 11 năm 2026</em></td>'
    "</tr></tbody></table>"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc họp cha mẹ học sinh thông báo kết quả học tập giữa học kì I</strong></p>"
)
_SIGNOFF = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody><tr>'
    '<td style="vertical-align:top; width:50%"><strong><em>Nơi nhận:</em></strong><br />'
    "- CMHS các lớp;<br />- GVCN các lớp;<br />- Lưu: VT.</td>"
    '<td style="text-align:center; vertical-align:top"><strong>KT. HIỆU TRƯỞNG<br />'
    "PHÓ HIỆU TRƯỞNG</strong><br /><br /><em>(Đã ký)</em><br /><br />"
    "<strong>Trần Văn Hùng</strong></td>"
    "</tr></tbody></table>"
)

T1 = Story(
    id=59,
    slug="thong-bao-ve-viec-hop-cha-me-hoc-sinh-thong-bao-ket-qua-hoc-tap-giua-hoc-ki-i",
    title="Thông báo về việc họp cha mẹ học sinh thông báo kết quả học tập giữa học kì I",
    cat="thong-bao",
    published_at="2026-11-30",
    summary="Trường THCS Trần Phú thông báo lịch họp cha mẹ học sinh các lớp vào sáng Chủ nhật, ngày 06/12/2026.",
    sapo_outside=True,
    authors=["Trần Văn Hùng"],
    blocks=[
        Raw(_LETTERHEAD),
        P("Căn cứ kế hoạch năm học 2026 - 2027 của Trường THCS Trần Phú; căn cứ kết quả kiểm tra, đánh giá giữa học kì I, nhà trường thông báo lịch họp cha mẹ học sinh như sau:"),
        P("1. Thời gian: 7 giờ 30 phút, sáng Chủ nhật, ngày 06/12/2026."),
        P("2. Địa điểm: tại phòng học của các lớp."),
        P("3. Nội dung: giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện giữa học kì I của học sinh; trao đổi về kế hoạch ôn tập, kiểm tra cuối học kì I và công tác phối hợp giữa gia đình với nhà trường."),
        P("Nhà trường đề nghị cha mẹ học sinh sắp xếp thời gian tham dự đầy đủ, đúng giờ. Trường hợp không thể tham dự, đề nghị liên hệ trực tiếp với giáo viên chủ nhiệm lớp."),
        Raw(_SIGNOFF),
    ],
    opts={
        "time": "2026-12-01 07:30", "modified": "2026-12-01 07:44:09", "hits": 529,
        "homeimg": None, "thumb": None, "tags": [],
    },
)

T2 = Story(
    id=55,
    slug="lich-kiem-tra-cuoi-hoc-ki-i-nam-hoc-2026-2027",
    title="Lịch kiểm tra cuối học kì I năm học 2026 - 2027",
    cat="thong-bao",
    published_at="2026-11-25T15:00:00+07:00",
    summary="Nhà trường thông báo lịch kiểm tra cuối học kì I các môn đánh giá bằng điểm số đối với học sinh khối 6, 7, 8, 9.",
    sapo_outside=True,
    blocks=[
        P("Căn cứ hướng dẫn của Phòng Giáo dục và Đào tạo thành phố Phủ Lý, kì kiểm tra cuối học kì I năm học 2026 - 2027 của nhà trường được tổ chức từ ngày 21/12 đến ngày 26/12/2026."),
        P("Lịch kiểm tra tập trung", "h3"),
        P("Thứ Hai, 21/12/2026: Ngữ văn (90 phút) - buổi sáng;", "li"),
        P("Thứ Ba, 22/12/2026: Toán (90 phút) - buổi sáng;", "li"),
        P("Thứ Tư, 23/12/2026: Tiếng Anh (60 phút) - buổi sáng;", "li"),
        P("Thứ Năm, 24/12/2026: Khoa học tự nhiên (90 phút) - buổi sáng.", "li"),
        P("Các môn còn lại kiểm tra theo thời khóa biểu tại lớp từ ngày 14/12 đến ngày 19/12/2026. Học sinh có mặt tại trường trước giờ kiểm tra 15 phút, mang theo đồ dùng học tập cần thiết và không mang điện thoại vào phòng kiểm tra."),
    ],
    opts={
        "time": "2026-11-25 15:00", "modified": "2026-11-26 09:12:40", "hits": 655,
        "author_line": "quantri", "homeimg": None, "thumb": None, "tags": [],
        "old_alias": "thong-bao-lich-kiem-tra-hoc-ki-i",
        "attach": ("lich-kiem-tra-cuoi-hki-2026-2027.pdf", "Lịch kiểm tra cuối học kì I"),
    },
)

G1 = Story(
    id=49,
    slug="em-nguyen-minh-khoi-hoc-sinh-lop-6a3-nhat-duoc-vi-tien-tra-lai-nguoi-danh-roi",
    title="Em Nguyễn Minh Khôi, học sinh lớp 6A3 nhặt được ví tiền trả lại người đánh rơi",
    cat="guong-sang-hoc-duong",
    published_at="2026-11-11T20:15:00+07:00",
    summary="Trên đường đi học về chiều 09/11, em Nguyễn Minh Khôi, học sinh lớp 6A3 Trường THCS Trần Phú, nhặt được chiếc ví có hơn 4 triệu đồng cùng nhiều giấy tờ tùy thân và đã tìm cách trả lại cho người đánh rơi.",
    sapo_outside=True,
    authors=["Minh Phương"],
    source="Báo Hà Nam điện tử",
    blocks=[
        Img(U11 + "guong-sang-minh-khoi.jpg",
            "Em Nguyễn Minh Khôi, học sinh lớp 6A3 nhặt được ví tiền trả lại người đánh rơi", None,
            "homeimg-left"),
        P("Chiếc ví được Khôi nhặt ở vỉa hè đường Lê Hoàn, gần chợ Bầu. Em đã cùng bố mang đến Công an phường Quang Trung để nhờ tìm người đánh mất."),
        P("Qua giấy tờ trong ví, Công an phường đã liên lạc được với chủ nhân là bà Trần Thị Hoa, trú tại xã Liêm Tuyền. Bà Hoa cho biết đây là số tiền bà vừa bán lợn để đóng học phí cho con; khi nhận lại, bà rất xúc động và gửi lời cảm ơn đến gia đình em Khôi."),
        P("Cô giáo chủ nhiệm Lê Thị Thu Trang cho biết Khôi là học sinh ngoan, học tốt, luôn hòa đồng và giúp đỡ bạn bè trong lớp. Tại buổi chào cờ đầu tuần, Liên đội đã tuyên dương hành động đẹp của em trước toàn trường."),
    ],
    opts={
        "time": "2026-11-11 20:15", "modified": "2026-11-12 07:03:33", "hits": 1284,
        "author_line": "Minh Phương", "source_line": ("Báo Hà Nam điện tử", "https://baohanam.com.vn/"),
        "thumb": "/assets/news/2026_11/guong-sang-minh-khoi.jpg", "tags": ["guong-nguoi-tot-viec-tot"],
    },
)

STORIES: list[Story] = [C1, D1, T1, C2, T2, D2, C3, C4, G1, D3, C5, C6, C7]
BY_ID = {s.id: s for s in STORIES}

#: a news item of the "Liên kết ngoài" kind: its listing link goes to a document entry of the site
EXTERNAL_ITEM = {
    "id": 46,
    "alias": "ke-hoach-thuc-hien-nhiem-vu-nam-hoc-2026-2027",
    "title": "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027",
    "cat": "thong-bao",
    "time": "2026-11-05 09:00",
    "hometext": "Kế hoạch số 96/KH-THCSTP ngày 25/9/2026 của Trường THCS Trần Phú về thực hiện nhiệm vụ năm học 2026 - 2027.",
    "link": "/van-ban/detail/ke-hoach-thuc-hien-nhiem-vu-nam-hoc-2026-2027-15.html",
    "hits": 322,
}

DOC_PATH = EXTERNAL_ITEM["link"]
ALBUM_PATH = "/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027-8.html"
PAGE_PATHS = {
    "/gioi-thieu/lich-su-nha-truong.html": "Lịch sử nhà trường",
    "/gioi-thieu/co-cau-to-chuc.html": "Cơ cấu tổ chức",
    "/gioi-thieu/thanh-tich-nha-truong.html": "Thành tích nhà trường",
}


# --- helpers ----------------------------------------------------------------------------------

_DAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _when(value: str) -> _dt.datetime:
    return _dt.datetime.strptime(value, "%Y-%m-%d %H:%M")


def publtime_long(s: Story) -> str:
    """``nv_date('l - d/m/Y H:i')`` as the detail page prints it."""
    t = _when(s.opts["time"])
    return f"{_DAYS[t.weekday()]} - {t:%d/%m/%Y %H:%M}"


def php_t_bug(value: str) -> str:
    """``date('Y-m-dTH:i:s')``: PHP's ``T`` is the zone's abbreviation (+07), not a separator."""
    t = _dt.datetime.strptime(value[:16], "%Y-%m-%d %H:%M") if len(value) == 16 else _dt.datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
    return f"{t:%Y-%m-%d}+07{t:%H:%M:%S}"


def iso_c(value: str) -> str:
    t = _dt.datetime.strptime(value, "%Y-%m-%d %H:%M:%S") if len(value) > 16 else _when(value)
    return f"{t:%Y-%m-%dT%H:%M:%S}+07:00"


def hits(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def clean60(title: str, limit: int = 60) -> str:
    """``nv_clean60``: cut at a word boundary and add an ellipsis."""
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0]
    return cut + "..."


def link(s: Story) -> str:
    return f"/news/{s.cat}/{s.slug}-{s.id}.html"


def print_link(s: Story) -> str:
    return f"/news/print/{s.cat}/{s.slug}-{s.id}.html"


def old_link(s: Story, alias: str | None = None) -> str:
    return f"/index.php?language=vi&nv=news&op={s.cat}/{alias or s.slug}-{s.id}.html"


def hometext(s: Story) -> str:
    return s.opts.get("hometext") or s.summary or ""


def stories_in(cat: str) -> list[Story]:
    """Posts of one category, newest first (a parent: those of its sub-categories too)."""
    cats = {cat, *children(cat)}
    return sorted((s for s in STORIES if s.cat in cats), key=lambda s: s.opts["time"], reverse=True)


def listing_items(cat: str) -> list[dict]:
    """What a listing shows: the posts and the external-link item, newest first."""
    items = [
        {
            "id": s.id, "title": s.title, "link": link(s), "time": s.opts["time"],
            "hometext": hometext(s), "thumb": s.opts.get("thumb"), "hits": s.opts["hits"],
            "external": False,
        }
        for s in stories_in(cat)
    ]
    cats = {cat, *children(cat)}
    if EXTERNAL_ITEM["cat"] in cats:
        items.append({**EXTERNAL_ITEM, "thumb": None, "external": True})
    return sorted(items, key=lambda i: i["time"], reverse=True)


def _ddmmyyyy(value: str) -> str:
    return f"{_when(value):%d/%m/%Y}"


# --- the article's text -----------------------------------------------------------------------


def _t(s: Story, value: str) -> str:
    return text(value, nfd=bool(s.opts.get("nfd")), entities=int(s.opts.get("entities", 0)))


def render_img(s: Story, img: Img) -> str:
    src = esc(img.src)
    printed = _t(s, img.printed or "")
    if img.style == "p-em":
        out = f'<p style="text-align:center"><img alt="" height="450" src="{src}" width="680" /></p>'
        if img.printed:
            out += f'<p style="text-align:center"><em>{printed}</em></p>'
        return out
    if img.style == "image2":
        return (
            '<figure class="image" style="display:inline-block">'
            f'<img alt="{esc(img.printed or "")}" height="453" src="{src}" width="680" />'
            f"<figcaption>{printed}</figcaption></figure>"
        )
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-anh" style="width:680px">'
            f'<tbody><tr><td><img alt="" src="{src}" style="width:100%" /></td></tr>'
            f'<tr><td style="text-align:center"><span style="font-size:12px"><em>{printed}</em></span></td></tr>'
            "</tbody></table>"
        )
    raise ValueError(img.style)


def render_bodytext(s: Story) -> str:
    out: list[str] = []
    if s.opts.get("repeat_sapo"):
        out.append(f'<p style="text-align:justify"><strong>{_t(s, s.summary or "")}</strong></p>')
    blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style.startswith("homeimg"))]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(render_img(s, b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(s, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    rows.append("<tr>" + "".join(f'<td style="text-align:center"><strong>{_t(s, c)}</strong></td>' for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{_t(s, c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append('<table border="1" cellpadding="4" cellspacing="0" style="width:100%"><tbody>' + "".join(rows) + "</tbody></table>")
            continue
        else:
            # paragraphs, the ones after a <br /> joined to their predecessor
            parts = [_t(s, b.text)]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                i += 1
                parts.append(_t(s, blocks[i].text))
            inner = "<br />\r\n".join(parts)
            if b.style == "b":
                out.append(f"<p><strong>{inner}</strong></p>")
            elif b.style == "h3":
                out.append(f"<h3>{inner}</h3>")
            elif b.style == "quote":
                out.append(f"<blockquote><p><em>{inner}</em></p></blockquote>")
            else:
                out.append(f'<p style="text-align:justify">{inner}</p>')
        i += 1
        if i < len(blocks) and i % 3 == 0:
            out.append("<p>&nbsp;</p>")
    return "\r\n".join(out)


def homeimg(s: Story) -> Img | None:
    return next((b for b in s.blocks if isinstance(b, Img) and b.style.startswith("homeimg")), None)


# --- the chrome -------------------------------------------------------------------------------


def _menu() -> str:
    def sub(items: list[tuple[str, str]]) -> str:
        return '<ul class="dropdown-menu">' + "".join(
            f'<li><a href="{h}" title="{esc(t)}">{esc(t)}</a></li>' for h, t in items
        ) + "</ul>"

    def drop(href: str, title: str, items: list[tuple[str, str]]) -> str:
        return (
            f'<li class="dropdown" role="presentation"><a class="dropdown-toggle" role="button" '
            f'aria-expanded="false" href="{href}" title="{esc(title)}">{esc(title)} <strong class="caret">&nbsp;</strong></a>'
            + sub(items) + "</li>"
        )

    cat_items = lambda a: [(f"/news/{c}/", CATS[c].title) for c in children(a)]  # noqa: E731
    return (
        '<ul class="nav navbar-nav">'
        '<li><a class="home" title="Trang chủ" href="/"><em class="fa fa-lg fa-home">&nbsp;</em>'
        '<span class="visible-xs-inline-block"> Trang chủ</span></a></li>'
        + drop("/gioi-thieu/", "Giới thiệu", [(p, t) for p, t in PAGE_PATHS.items()])
        + drop("/news/tin-tuc-su-kien/", "Tin tức - Sự kiện", cat_items("tin-tuc-su-kien"))
        + drop("/news/hoc-sinh/", "Học sinh", cat_items("hoc-sinh"))
        + '<li><a href="/news/thong-bao/" title="Thông báo">Thông báo</a></li>'
        '<li><a href="/van-ban/" title="Văn bản">Văn bản</a></li>'
        '<li><a href="/thu-vien-anh/" title="Thư viện ảnh">Thư viện ảnh</a></li>'
        '<li><a href="/contact/" title="Liên hệ">Liên hệ</a></li>'
        "</ul>"
    )


def _breadcrumbs(trail: list[tuple[str, str]]) -> str:
    """NukeViet 4.4 prints the trail in a hidden list that its script copies into view."""
    items = [("/", "Trang chủ"), *trail]
    lis = "".join(
        f'<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
        f'<a href="{h}" itemprop="item" title="{esc(t)}"><span itemprop="name">{esc(t)}</span></a>'
        f'<i class="hidden" itemprop="position" content="{n}"></i></li>'
        for n, (h, t) in enumerate(items, 1)
    )
    return (
        '<div class="breadcrumbs-wrap"><div class="display">'
        '<a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);">'
        '<em class="fa fa-lg fa-angle-right"></em></a><ul class="breadcrumbs list-none"></ul></div>'
        '<ul class="subs-breadcrumbs"></ul>'
        f'<ul class="temp-breadcrumbs hidden" itemscope itemtype="http://schema.org/BreadcrumbList">{lis}</ul>'
        "</div>"
    )


def _panel(title: str, inner: str, cls: str = "panel-primary") -> str:
    return (
        f'<div class="panel {cls}"><div class="panel-heading">{title}</div>'
        f'<div class="panel-body">{inner}</div></div>'
    )


def _right_blocks() -> str:
    # "Thông báo": an HTML block the admin typed years ago, with the old non-rewritten links
    notice = (
        '<marquee direction="up" height="170" onmouseout="this.start()" onmouseover="this.stop()" scrollamount="2">'
        f'<p><img alt="" src="/uploads/icon/new.gif" /> <a href="{esc(old_link(T1))}">{esc(T1.title)}</a></p>'
        f'<p><img alt="" src="/uploads/icon/new.gif" /> <a href="{esc(old_link(T2, T2.opts["old_alias"]))}">'
        "Thông báo lịch kiểm tra học kì I năm học 2026 - 2027</a></p>"
        f'<p><a href="{DOC_PATH}">Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027</a></p>'
        '<p><a href="/index.php?language=vi&amp;nv=news&amp;op=thong-bao">» Xem tất cả thông báo</a></p>'
        "</marquee>"
    )
    top = sorted(STORIES, key=lambda s: s.opts["hits"], reverse=True)[:5]
    tophits = '<ul class="list-none list-items tp-xemnhieu">' + "".join(
        '<li class="clearfix">'
        + (f'<a href="{link(s)}" title="{esc(s.title)}"><img src="{s.opts["thumb"]}" alt="{esc(s.title)}" width="70" class="img-thumbnail pull-left mr-1"/></a>' if s.opts.get("thumb") else "")
        + f'<a class="show" href="{link(s)}" data-content="{esc(hometext(s))}" data-rel="block_news_tooltip" title="{esc(s.title)}">{esc(clean60(s.title, 55))}</a>'
        f'<span class="text-muted small"><em class="fa fa-eye"></em> {hits(s.opts["hits"])}</span></li>'
        for s in top
    ) + "</ul>"
    links = (
        '<select class="form-control" name="lienket" onchange="if(this.value!=\'\'){window.open(this.value,\'_blank\');}">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://hanam.edu.vn/">Sở GD&amp;ĐT Hà Nam</option>'
        '<option value="https://phuly.edu.vn/">Phòng GD&amp;ĐT TP Phủ Lý</option>'
        '<option value="https://hanam.gov.vn/">Cổng TTĐT tỉnh Hà Nam</option>'
        "</select>"
        '<p class="text-center m-top"><a href="https://csdl.moet.gov.vn/" target="_blank" rel="noopener">'
        '<img alt="CSDL ngành" src="/uploads/banners/csdl-nganh.png" width="240" /></a></p>'
        '<p class="text-center"><a href="https://vnedu.vn/" target="_blank" rel="noopener">'
        '<img alt="Sổ liên lạc điện tử" src="/uploads/banners/vnedu.png" width="240" /></a></p>'
    )
    stats = (
        '<ul class="counter list-none display-table">'
        '<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>23</span></li>'
        '<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span class="margin-top-lg">1,146</span></li>'
        '<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>6,830</span></li>'
        '<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>2,417,905</span></li>'
        "</ul>"
    )
    poll = (
        '<form method="post" onsubmit="return false;"><p><strong>Bạn quan tâm nội dung nào trên website nhà trường?</strong></p>'
        '<div class="radio"><label><input type="radio" name="option" value="1"/> Hoạt động chuyên môn</label></div>'
        '<div class="radio"><label><input type="radio" name="option" value="2"/> Thông báo của nhà trường</label></div>'
        '<div class="radio"><label><input type="radio" name="option" value="3"/> Gương sáng học đường</label></div>'
        '<input type="button" class="btn btn-success btn-sm" value="Bình chọn" onclick="nv_sendvoting(this.form, \'1\', \'1\', \'a8f1c\', \'\', \'0\');"/></form>'
    )
    return (
        _panel("Thông báo", notice)
        + _panel("Tin xem nhiều", tophits)
        + _panel("Thăm dò ý kiến", poll, "panel-default")
        + _panel("Liên kết", links, "panel-default")
        + _panel("Thống kê", stats, "panel-default")
    )


def layout(request: Request, *, title: str, center: str, trail: list[tuple[str, str]],
           head: str = "", description: str = "", func: str = "main") -> str:
    return (
        '<!DOCTYPE html>\n<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">\n<head>\n'
        f"<title>{esc(title)}</title>\n"
        f'<meta name="description" content="{esc(description or "Trường THCS Trần Phú - thành phố Phủ Lý - tỉnh Hà Nam")}">\n'
        '<meta name="keywords" content="thcs trần phú, phủ lý, hà nam, trường học">\n'
        '<meta name="author" content="Trường THCS Trần Phú">\n'
        '<meta name="copyright" content="Trường THCS Trần Phú [c2tranphu.pl@hanam.edu.vn]">\n'
        '<meta name="generator" content="NukeViet v4.4">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta property="og:site_name" content="Trường THCS Trần Phú">\n'
        f"{head}"
        '<link rel="shortcut icon" href="/uploads/favicon.ico">\n'
        '<link rel="alternate" href="/news/rss/" title="Tin Tức" type="application/rss+xml">\n'
        '<link rel="preload" as="script" href="/assets/js/jquery/jquery.min.js?t=1736">\n'
        '<link rel="StyleSheet" href="/assets/css/font-awesome.min.css?t=1736">\n'
        f'<link rel="StyleSheet" href="{THEME}/css/bootstrap.min.css?t=1736">\n'
        f'<link rel="StyleSheet" href="{THEME}/css/style.css?t=1736">\n'
        f'<link rel="StyleSheet" href="{THEME}/css/news.css?t=1736">\n'
        '<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",'
        f'nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="{func}",'
        'nv_is_user=0,nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="nv4c_K3x9q",nv_check_pass_mstime=1738000,'
        'nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_is_recaptcha=0;</script>\n'
        '<script src="/assets/js/jquery/jquery.min.js?t=1736"></script>\n'
        '<script src="/assets/js/language/vi.js?t=1736"></script>\n'
        '<script src="/assets/js/global.js?t=1736"></script>\n'
        f'<script src="{THEME}/js/news.js?t=1736"></script>\n'
        f'<script src="{THEME}/js/main.js?t=1736"></script>\n'
        "</head>\n<body>\n"
        '<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />'
        "Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>\n"
        '<div class="body-bg"><div class="wraper">\n<header><div class="container"><div id="header" class="row">'
        '<div class="logo col-xs-24 col-sm-24 col-md-8"><a title="Trường THCS Trần Phú" href="/">'
        '<img src="/uploads/logo-thcs-tran-phu.png" width="110" height="110" alt="Trường THCS Trần Phú" /></a></div>'
        '<div class="col-xs-24 col-sm-24 col-md-16 tp-tentruong">'
        '<p class="tp-cqcq">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ PHỦ LÝ</p>'
        '<p class="tp-ten">TRƯỜNG THCS TRẦN PHÚ</p>'
        '<p class="tp-slogan">Dạy tốt - Học tốt - Rèn luyện tốt</p></div>'
        "</div></div></header>\n"
        '<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">'
        f'<div class="navbar navbar-default navbar-static-top" role="navigation"><div class="collapse navbar-collapse" id="menu-site-default">{_menu()}</div></div>'
        "</div></div></div></nav>\n"
        '<section><div class="container" id="body">'
        '<nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix">'
        f'<div class="col-xs-24 col-sm-18 col-md-18">{_breadcrumbs(trail)}</div>'
        '<div class="headerSearch col-xs-24 col-sm-6 col-md-6">'
        f'<span class="tp-ngay"><em class="fa fa-calendar"></em> {HEADER_DAY}</span>'
        '<form action="/seek/" method="get" class="input-group">'
        '<input type="text" class="form-control" maxlength="60" name="q" placeholder="Tìm kiếm...">'
        '<span class="input-group-btn"><button type="submit" class="btn btn-info"><em class="fa fa-search fa-lg"></em></button></span>'
        "</form></div></div></div></div></nav>\n"
        '<div class="row">'
        f'<div class="col-sm-16 col-md-17">{center}</div>'
        f'<div class="col-sm-8 col-md-7">{_right_blocks()}</div>'
        "</div></div></section>\n"
        '<footer id="footer"><div class="wraper"><div class="container"><div class="row">'
        '<div class="col-xs-24 col-sm-24 col-md-14"><div class="panel-body">'
        '<h3 class="tp-footer-ten">TRƯỜNG THCS TRẦN PHÚ - THÀNH PHỐ PHỦ LÝ</h3>'
        '<ul class="company_info" itemscope itemtype="http://schema.org/LocalBusiness">'
        '<li class="company_name"><span itemprop="name">Trường THCS Trần Phú</span></li>'
        '<li><em class="fa fa-map-marker"></em><span>Địa chỉ: <span itemprop="address">Số 28 đường Trần Phú, phường Quang Trung, thành phố Phủ Lý, tỉnh Hà Nam</span></span></li>'
        '<li><em class="fa fa-phone"></em><span>Điện thoại: <a href="tel:02263852416"><span itemprop="telephone">0226.3852.416</span></a></span></li>'
        '<li><em class="fa fa-envelope"></em><span>Email: <a href="mailto:c2tranphu.pl@hanam.edu.vn"><span itemprop="email">c2tranphu.pl@hanam.edu.vn</span></a></span></li>'
        "</ul></div></div>"
        '<div class="col-xs-24 col-sm-24 col-md-10"><div class="panel-body">'
        "<p>Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Thị Thanh Tâm</p>"
        "<p>Ghi rõ nguồn “Trường THCS Trần Phú” khi phát hành lại thông tin từ website này.</p>"
        '<p class="copyright">© Bản quyền thuộc về Trường THCS Trần Phú. Powered by '
        '<a href="https://nukeviet.vn/" target="_blank" rel="noopener">NukeViet CMS</a>. '
        'Thiết kế bởi <a href="https://vinades.vn/" target="_blank" rel="noopener">VINADES.,JSC</a></p>'
        '<p><a href="/news/rss/"><em class="fa fa-rss"></em> RSS</a></p>'
        "</div></div>"
        "</div></div></div></footer>\n"
        '<a id="totop" href="#" title="Lên đầu trang"><em class="fa fa-chevron-up"></em></a>\n'
        "</div></div>\n</body>\n</html>\n"
    )


# --- listings ---------------------------------------------------------------------------------


def _thumb(item: dict, width: int = 100) -> str:
    if not item.get("thumb"):
        return ""
    target = ' target="_blank"' if item["external"] else ""
    return (
        f'<a href="{item["link"]}" title="{esc(item["title"])}"{target}>'
        f'<img alt="{esc(item["title"])}" src="{item["thumb"]}" width="{width}" class="img-thumbnail pull-left imghome" /></a>'
    )


def _page_new_item(item: dict) -> str:
    target = ' target="_blank"' if item["external"] else ""
    newday = '<span class="icon_new">&nbsp;</span>' if item["time"] >= "2026-12-03" else ""
    t = _when(item["time"])
    return (
        '<div class="panel panel-default"><div class="panel-body">'
        + _thumb(item)
        + f'<h3><a href="{item["link"]}" title="{esc(item["title"])}"{target}>{esc(item["title"])}</a>{newday}</h3>'
        '<div class="text-muted"><ul class="list-unstyled list-inline">'
        f'<li><em class="fa fa-clock-o">&nbsp;</em> {t:%d/%m/%Y %H:%M}</li>'
        f'<li><em class="fa fa-eye">&nbsp;</em> Xem: {item["hits"]}</li>'
        "</ul></div>"
        f"{esc(item['hometext'])}"
        "</div></div>"
    )


def _pagination(cat: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return f"/news/{cat}/" if n == 1 else f"/news/{cat}/page-{n}"

    lis = []
    lis.append('<li class="disabled"><a href="#">&laquo;</a></li>' if page == 1 else f'<li><a rel="prev" title="Trang trước" href="{href(page - 1)}">&laquo;</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            lis.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            rel = ' rel="next"' if n == page + 1 else (' rel="prev"' if n == page - 1 else "")
            lis.append(f'<li><a{rel} href="{href(n)}">{n}</a></li>')
    lis.append('<li class="disabled"><a href="#">&raquo;</a></li>' if page == pages else f'<li><a rel="next" title="Trang sau" href="{href(page + 1)}">&raquo;</a></li>')
    return '<div class="text-center"><ul class="pagination">' + "".join(lis) + "</ul></div>"


def page_new(cat: str, page: int) -> str | None:
    items = listing_items(cat)
    pages = max(1, -(-len(items) // PER_PAGE))
    if page > pages:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    c = CATS[cat]
    head = (
        f'<div class="page-header tp-dmtitle"><h1>{esc(c.title)}'
        f' <a class="pull-right" href="/news/rss/{cat}/" title="RSS {esc(c.title)}"><em class="fa fa-rss-square"></em></a></h1></div>'
    )
    if not chunk:
        return head + '<div class="alert alert-info">Chưa có bài viết nào trong chuyên mục này.</div>'
    return head + '<div class="news_column">' + "".join(_page_new_item(i) for i in chunk) + _pagination(cat, page, pages) + "</div>"


def _box_main_right(cat: str) -> str:
    items = listing_items(cat)[:BOX_ITEMS]
    c = CATS[cat]
    heading = f'<div class="panel-heading"><a title="{esc(c.title)}" href="/news/{cat}/"><span>{esc(c.title)}</span></a></div>'
    if not items:
        return f'<div class="news_column panel panel-default">{heading}<div class="panel-body">Chưa có bài viết.</div></div>'
    first, rest = items[0], items[1:]
    related = "".join(
        f'<li class="icon_list"><a class="show h4" href="{i["link"]}" title="{esc(i["title"])}">{esc(clean60(i["title"]))}</a></li>'
        for i in rest
    )
    return (
        f'<div class="news_column panel panel-default">{heading}<div class="panel-body"><div class="row">'
        f'<div class="col-md-16">{_thumb(first, 160)}<h3><a href="{first["link"]}" title="{esc(first["title"])}">{esc(first["title"])}</a></h3>'
        f"<p>{esc(first['hometext'])}</p></div>"
        f'<div class="col-md-8"><ul class="related">{related}</ul></div>'
        "</div></div></div>"
    )


def _box_two_column(cat: str) -> str:
    items = listing_items(cat)[:BOX_ITEMS]
    c = CATS[cat]
    body = ""
    if items:
        first, rest = items[0], items[1:]
        target = ' target="_blank"' if first["external"] else ""
        body = (
            _thumb(first, 120)
            + f'<h3><a href="{first["link"]}" title="{esc(first["title"])}"{target}>{esc(first["title"])}</a></h3>'
            + f"<p>{esc(first['hometext'])}</p>"
            + '<ul class="related">'
            + "".join(
                f'<li class="icon_list"><a class="show" href="{i["link"]}" title="{esc(i["title"])}"'
                + (' target="_blank"' if i["external"] else "")
                + f'>{esc(clean60(i["title"], 50))}</a></li>'
                for i in rest
            )
            + "</ul>"
        )
    else:
        body = "<p>Chưa có bài viết.</p>"
    return (
        '<div class="col-md-12"><div class="panel panel-default">'
        f'<div class="panel-heading"><h4><a title="{esc(c.title)}" href="/news/{cat}/"><span>{esc(c.title)}</span></a></h4></div>'
        f'<div class="panel-body">{body}</div></div></div>'
    )


def _two_columns(cats: list[str]) -> str:
    rows = []
    for n in range(0, len(cats), 2):
        rows.append('<div class="row">' + "".join(_box_two_column(c) for c in cats[n : n + 2]) + "</div>")
    return "".join(rows)


def home_center() -> str:
    headline = [C1, D1, D2]
    slides = "".join(
        f'<div class="item{" active" if n == 0 else ""}"><a href="{link(s)}" title="{esc(s.title)}">'
        f'<img src="{s.opts["thumb"].replace("/assets/", "/uploads/")}" alt="{esc(s.title)}" /></a>'
        f'<div class="carousel-caption"><a href="{link(s)}">{esc(clean60(s.title, 70))}</a></div></div>'
        for n, s in enumerate(headline)
    )
    album = (
        f'<div class="panel panel-default"><div class="panel-heading"><a href="/thu-vien-anh/">Thư viện ảnh</a></div>'
        f'<div class="panel-body"><a href="{ALBUM_PATH}" title="Lễ khai giảng năm học 2026 - 2027">'
        '<img src="/uploads/photos/2026_09/khai-giang-thumb.jpg" alt="Lễ khai giảng năm học 2026 - 2027" width="200" class="img-thumbnail"/>'
        "</a><p>Lễ khai giảng năm học 2026 - 2027</p></div></div>"
    )
    return (
        '<div id="tp-headline" class="carousel slide" data-ride="carousel"><div class="carousel-inner">'
        + slides
        + "</div></div>"
        + _two_columns(TOP_CATS)
        + album
    )


# --- the article page -------------------------------------------------------------------------


def _homeimg_block(s: Story) -> str:
    img = homeimg(s)
    if img is None:
        return ""
    src = esc(img.src)
    note = esc(img.printed or s.title)
    if img.style == "homeimg-left":
        return (
            '<figure class="article left pointer" onclick="modalShowByObj(\'#imgpreview\');">'
            '<div id="imgpreview" style="width:200px;">'
            f'<p class="text-center"><img alt="{note}" src="{src}" class="img-thumbnail"/></p>'
            f"<figcaption>{note}</figcaption></div></figure>"
        )
    return (
        '<figure class="article center">'
        f'<img alt="{note}" src="{src}" width="680" class="img-thumbnail"/>'
        f"<figcaption>{note}</figcaption></figure>"
    )


def _newer(s: Story) -> list[Story]:
    same = [x for x in STORIES if x.cat == s.cat and x.opts["time"] > s.opts["time"]]
    return sorted(same, key=lambda x: x.opts["time"])[:3]


def _older(s: Story) -> list[Story]:
    same = [x for x in STORIES if x.cat == s.cat and x.opts["time"] < s.opts["time"]]
    return sorted(same, key=lambda x: x.opts["time"], reverse=True)[:3]


def _related_li(x: Story) -> str:
    return (
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{link(x)}" data-placement="bottom" '
        f'data-content="{esc(hometext(x))}" data-img="{x.opts.get("thumb") or ""}" data-rel="tooltip" '
        f'title="{esc(x.title)}"><h4>{esc(x.title)}</h4></a> <em>({_ddmmyyyy(x.opts["time"])})</em></li>'
    )


def detail_center(s: Story) -> str:
    c = CATS[s.cat]
    ht_shown = s.opts.get("show_hometext", True)
    ht_block = ""
    if ht_shown:
        img = homeimg(s)
        left = _homeimg_block(s) if img is not None and img.style == "homeimg-left" else ""
        full = _homeimg_block(s) if img is not None and img.style == "homeimg-full" else ""
        ht_block = f'<div class="clearfix">{left}<div class="hometext m-bottom">{esc(hometext(s))}</div>{full}</div>'
    admin = (
        '<div class="tp-qtri text-right" style="display:none">'
        f'<em class="fa fa-edit margin-right"></em> <a href="/admin/index.php?language=vi&amp;nv=news&amp;op=content&amp;id={s.id}">Sửa</a>'
        ' &nbsp; <em class="fa fa-trash-o margin-right"></em> '
        f'<a href="javascript:void(0);" onclick="nv_del_content({s.id}, \'7c1e0b{s.id}\', \'/admin/\', 0);">Xóa</a></div>'
    )
    author_lines = ""
    if s.opts.get("author_line"):
        author_lines += f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(s.opts["author_line"])}</p>'
    if s.opts.get("source_line"):
        name, url = s.opts["source_line"]
        author_lines += (
            f'<p class="h5 text-right"><strong>Nguồn tin: </strong><a title="{esc(name)}" rel="nofollow" '
            f'href="{url}">{esc(name)}</a></p>'
        )
    if author_lines:
        author_lines = f'<div class="margin-bottom-lg">{author_lines}</div>'
    files = ""
    if s.opts.get("attach"):
        fname, ftitle = s.opts["attach"]
        files = (
            '<div class="news_column panel panel-default"><div class="panel-heading">'
            '<em class="fa fa-download"></em> Tập tin đính kèm</div><div class="panel-body"><ul class="list-none">'
            f'<li><em class="fa fa-file-pdf-o"></em> <a href="/uploads/news/2026_11/{fname}" title="{esc(ftitle)}">{esc(fname)}</a>'
            ' <span class="text-muted">(Tải về)</span></li></ul></div></div>'
        )
    tags = ""
    if s.opts.get("tags"):
        tags = (
            '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">'
            '<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
            + ", ".join(f'<a title="{esc(TAGS[t])}" href="/news/tag/{t}"><em>{esc(TAGS[t])}</em></a>' for t in s.opts["tags"])
            + "</div></div></div>"
        )
    rating = ""
    if s.opts.get("rating"):
        total, votes = s.opts["rating"]
        stars = "".join(
            f'<input class="hover-star required" type="radio" value="{n}" title="{t}" />'
            for n, t in enumerate(["Bài viết rất kém", "Bài viết kém", "Bài viết đạt", "Bài viết tốt", "Bài viết rất tốt"], 1)
        )
        rating = (
            '<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action="">'
            f'<div class="h5 clearfix"><p id="stringrating">Tổng điểm của bài viết là: {total} trong {votes} đánh giá</p>'
            f'<div style="padding: 5px;">{stars}<span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div>'
            "</div></form></div></div>"
        )
    others = ""
    topic = s.opts.get("topic")
    if topic:
        in_topic = [x for x in STORIES if x.opts.get("topic") == topic and x is not s]
        others += (
            '<div class="clearfix"><p class="h3"><strong>Tin cùng chủ đề</strong></p><ul class="related">'
            + "".join(_related_li(x) for x in in_topic)
            + f'</ul><p class="text-right"><a title="{esc(TOPICS[topic])}" href="/news/topic/{topic}/">Xem tiếp...</a></p></div>'
        )
    newer = _newer(s)
    others += '<p class="h3"><strong>Các tin khác</strong></p>'
    if newer:
        others += '<p class="h5"><em>Tin mới hơn</em></p><ul class="related">' + "".join(_related_li(x) for x in newer) + "</ul>"
    others += (
        f'<p class="h5"><em>Tin cũ hơn</em></p><div id="tp-tincu" class="related" data-catid="{c.catid}" data-id="{s.id}">'
        '<em class="fa fa-spinner fa-spin"></em></div>'
        "<script>$(function(){var el=$('#tp-tincu');el.load(nv_base_siteurl+'index.php?'+nv_lang_variable+'='+nv_lang_data+'&'+"
        "nv_name_variable+'='+nv_module_name+'&'+nv_fc_variable+'=tincu&catid='+el.data('catid')+'&id='+el.data('id')+'&nocache='+new Date().getTime());});</script>"
    )
    social = (
        '<div class="news_column panel panel-default"><div class="panel-body"><div class="socialicon clearfix">'
        f'<div class="fb-like" data-href="{link(s)}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true">&nbsp;</div>'
        '<a href="http://twitter.com/share" class="twitter-share-button">Tweet</a>'
        "</div></div></div>"
    )
    modified = s.opts["modified"]
    return (
        '<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>'
        '<div class="panel-body">'
        f'<h1 class="title margin-bottom-lg" itemprop="headline">{esc(s.title)}</h1>'
        '<div class="hidden hide d-none" itemprop="author" itemtype="http://schema.org/Person" itemscope><span itemprop="name">quantri</span></div>'
        f'<span class="hidden hide d-none" itemprop="datePublished">{iso_c(s.opts["time"])}</span>'
        f'<span class="hidden hide d-none" itemprop="dateModified">{iso_c(modified)}</span>'
        f'<span class="hidden hide d-none" itemprop="description">{esc(hometext(s))}</span>'
        f'<span class="hidden hide d-none" itemprop="mainEntityOfPage">{link(s)}</span>'
        '<div class="hidden hide d-none" itemprop="publisher" itemtype="http://schema.org/Organization" itemscope>'
        '<span itemprop="name">Trường THCS Trần Phú</span><span itemprop="logo" itemtype="https://schema.org/ImageObject" itemscope>'
        '<span itemprop="url">/uploads/logo-thcs-tran-phu.png</span></span></div>'
        '<div class="row margin-bottom-lg">'
        f'<div class="col-md-12"><span class="h5">{publtime_long(s)}</span>'
        f' <span class="h5 tp-luotxem">&nbsp;<em class="fa fa-eye"></em> Lượt xem: {hits(s.opts["hits"])}</span></div>'
        '<div class="col-md-12"><ul class="list-inline text-right">'
        f'<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse(\'/news/sendmail/{s.cat}/{s.slug}-{s.id}.html\',\'\',650,500,\'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no\');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
        f'<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript:void(0);" onclick="nv_open_browse(\'{print_link(s)}\',\'\',840,500,\'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no\');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>'
        "</ul></div></div>"
        + ht_block
        + f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">\r\n{render_bodytext(s)}\r\n{admin}</div>'
        + author_lines
        + '<div class="alert alert-info margin-bottom-lg">Bản quyền thuộc về Trường THCS Trần Phú. '
        "Khi phát hành lại thông tin từ website này cần ghi rõ nguồn.</div>"
        "</div></div>"
        + files
        + tags
        + rating
        + social
        + f'<div class="news_column panel panel-default"><div class="panel-body other-news">{others}</div></div>'
    )


def detail_page(request: Request, s: Story) -> str:
    c = CATS[s.cat]
    trail = [(f"/news/{c.parent}/", CATS[c.parent].title)] if c.parent else []
    trail.append((f"/news/{s.cat}/", c.title))
    img = homeimg(s) or next(iter(s.images), None)
    og_img = img.src if img else "/uploads/logo-thcs-tran-phu.png"
    url = base_url(request) + link(s)
    head = (
        f'<meta name="news_keywords" content="{esc(", ".join(TAGS[t] for t in s.opts.get("tags", [])))}">\n'
        f'<meta property="og:title" content="{esc(s.title)}">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:description" content="{esc(hometext(s))}">\n'
        f'<meta property="og:image" content="{base_url(request)}{og_img}">\n'
        f'<meta property="og:url" content="{url}">\n'
        f'<meta property="article:published_time" content="{php_t_bug(s.opts["time"])}">\n'
        f'<meta property="article:modified_time" content="{php_t_bug(s.opts["modified"])}">\n'
        f'<meta property="article:section" content="{esc(c.title)}">\n'
        + "".join(f'<meta property="article:tag" content="{esc(TAGS[t])}">\n' for t in s.opts.get("tags", []))
        + f'<link rel="canonical" href="{url}">\n'
        f'<link rel="alternate" href="/news/rss/{s.cat}/" title="Tin Tức - {esc(c.title)}" type="application/rss+xml">\n'
    )
    return layout(
        request, title=f"{s.title} - {c.title} - {SITE}", center=detail_center(s), trail=trail,
        head=head, description=hometext(s), func="detail",
    )


def print_page(request: Request, s: Story) -> str:
    img = homeimg(s)
    img_html = ""
    if img is not None and s.opts.get("show_hometext", True):
        img_html = f'<div id="imghome"><img alt="{esc(img.printed or s.title)}" src="{esc(img.src)}" width="460" /><p><em>{esc(img.printed or s.title)}</em></p></div>'
    ht = f'<div id="hometext">{esc(hometext(s))}</div>' if s.opts.get("show_hometext", True) else ""
    author = ""
    if s.opts.get("author_line"):
        author += f'<p><strong>Tác giả: </strong>{esc(s.opts["author_line"])}</p>'
    if s.opts.get("source_line"):
        author += f'<p><strong>Nguồn tin: </strong>{esc(s.opts["source_line"][0])}</p>'
    url = base_url(request) + link(s)
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        f"<title>{esc(s.title)} - {SITE}</title>"
        '<meta name="robots" content="noindex, nofollow">'
        f'<link rel="canonical" href="{url}">'
        '<link rel="StyleSheet" href="/themes/default/css/news.print.css"></head><body>'
        '<div id="print"><div id="hd_print"><h2 class="pull-left">Trường THCS Trần Phú</h2>'
        f'<p class="pull-right"><a title="{SITE}" href="/">{base_url(request)}</a></p></div><div class="clear"></div><hr />'
        f'<div id="content"><h1>{esc(s.title)}</h1>'
        f'<ul class="list-inline"><li>{publtime_long(s)}</li>'
        '<li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li>'
        '<li class="hidden-print txtrequired"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li></ul>'
        f'<div class="clear"></div>{ht}{img_html}<div class="bodytext">{render_bodytext(s)}</div>'
        f'<div id="author">{author}</div><div class="clear"></div></div>'
        f'<div id="footer" class="clearfix"><div id="url"><strong>URL của bản tin này: </strong><a href="{url}">{url}</a></div>'
        f'<div class="clear"></div><div class="copyright">&copy; {SITE}</div>'
        '<div id="contact"><a href="mailto:c2tranphu.pl@hanam.edu.vn">c2tranphu.pl@hanam.edu.vn</a></div></div>'
        "</div></body></html>"
    )


def older_fragment(params: dict[str, str]) -> Response | None:
    try:
        s = BY_ID[int(params.get("id", ""))]
    except (KeyError, ValueError):
        return None
    older = _older(s)
    if not older:
        return html("<p><em>Không có tin cũ hơn.</em></p>")
    return html('<ul class="related">' + "".join(_related_li(x) for x in older) + "</ul>")


# --- the other pages --------------------------------------------------------------------------


def _simple_list(items: list[Story]) -> str:
    return '<div class="news_column">' + "".join(
        _page_new_item({
            "id": s.id, "title": s.title, "link": link(s), "time": s.opts["time"], "hometext": hometext(s),
            "thumb": s.opts.get("thumb"), "hits": s.opts["hits"], "external": False,
        })
        for s in items
    ) + "</div>"


def topic_page(request: Request, alias: str) -> str | None:
    if alias not in TOPICS:
        return None
    items = sorted((s for s in STORIES if s.opts.get("topic") == alias), key=lambda s: s.opts["time"], reverse=True)
    center = (
        f'<div class="page-header"><h1>Chủ đề: {esc(TOPICS[alias])}</h1></div>'
        '<p class="text-muted">Các bài viết về ứng dụng công nghệ thông tin, chuyển đổi số trong dạy học và quản lí.</p>'
        + _simple_list(items)
    )
    return layout(request, title=f"{TOPICS[alias]} - Tin Tức - {SITE}", center=center,
                  trail=[("/news/topic/", "Chủ đề")], func="topic")


def tag_page(request: Request, alias: str) -> str | None:
    if alias not in TAGS:
        return None
    items = sorted((s for s in STORIES if alias in s.opts.get("tags", [])), key=lambda s: s.opts["time"], reverse=True)
    center = f'<div class="page-header"><h1>Từ khóa: {esc(TAGS[alias])}</h1></div>' + _simple_list(items)
    return layout(request, title=f"{TAGS[alias]} - Tin Tức - {SITE}", center=center,
                  trail=[("/news/", "Tin Tức")], func="tag")


def rss(request: Request, cat: str | None) -> Response | None:
    if cat is not None and cat not in CATS:
        return None
    items = listing_items(cat)[:PER_PAGE] if cat else [
        i for t in TOP_CATS for i in listing_items(t)
    ]
    if cat is None:
        items = sorted(items, key=lambda i: i["time"], reverse=True)[:5]
    b = base_url(request)
    title = f"{SITE} - Tin Tức" + (f" - {CATS[cat].title}" if cat else "")
    chan_link = b + (f"/news/{cat}/" if cat else "/news/")
    entries = "".join(
        "<item>"
        f"<title>{esc(i['title'])}</title><link>{b}{i['link']}</link>"
        f'<guid isPermaLink="false">news_{i["id"]}</guid>'
        f"<description>{esc(i['hometext'])}</description>"
        f"<pubDate>{_when(i['time']):%a, %d %b %Y %H:%M:%S} +0700</pubDate>"
        "</item>"
        for i in items
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>{esc(title)}</title><link>{chan_link}</link>"
        f'<atom:link href="{b}{request.path}" rel="self" type="application/rss+xml" />'
        "<description>Tin tức Trường THCS Trần Phú</description><language>vi</language>"
        "<generator>NukeViet v4.4</generator>"
        f"{entries}</channel></rss>"
    )
    return Response(200, xml.encode("utf-8"), {"Content-Type": "application/rss+xml; charset=utf-8"})


_HISTORY = [
    "Trường THCS Trần Phú được thành lập năm 1962 trên cơ sở tách ra từ Trường phổ thông cấp 1 - 2 thị xã Phủ Lý, ban đầu chỉ có 6 lớp học với hơn 200 học sinh.",
    "Trải qua hơn sáu mươi năm xây dựng và phát triển, nhà trường đã nhiều lần đổi tên, chuyển địa điểm. Từ năm 1998, trường mang tên đồng chí Trần Phú, Tổng Bí thư đầu tiên của Đảng.",
    "Hiện nay, nhà trường có 28 lớp với hơn 1.100 học sinh, 62 cán bộ, giáo viên, nhân viên; được công nhận trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.",
]
_ORG = [
    "Hiệu trưởng: cô Nguyễn Thị Thanh Tâm.",
    "Phó Hiệu trưởng: thầy Trần Văn Hùng, cô Phạm Thị Ngọc Bích.",
    "Các tổ chuyên môn: tổ Khoa học tự nhiên, tổ Khoa học xã hội, tổ Toán - Tin, tổ Ngoại ngữ - Nghệ thuật - Thể chất và tổ Văn phòng.",
    "Các tổ chức đoàn thể: Chi bộ, Công đoàn, Chi đoàn thanh niên và Liên đội Thiếu niên Tiền phong Hồ Chí Minh.",
]


_AWARDS = [
    "Nhiều năm liền nhà trường đạt danh hiệu Tập thể lao động xuất sắc; năm 2022 được Chủ tịch nước tặng Huân chương Lao động hạng Ba.",
    "Năm học 2025 - 2026: 31 giải học sinh giỏi lớp 9 cấp thành phố, 12 giải cấp tỉnh; tỉ lệ học sinh đỗ vào lớp 10 công lập đạt 92,6%.",
    "Liên đội nhiều năm liền đạt danh hiệu Liên đội vững mạnh xuất sắc, được Hội đồng Đội tỉnh Hà Nam tặng cờ thi đua.",
]


def about_page(request: Request, path: str) -> str:
    title = PAGE_PATHS[path]
    paras = _HISTORY if "lich-su" in path else _AWARDS if "thanh-tich" in path else _ORG
    center = (
        '<div class="page panel panel-default"><div class="panel-body">'
        f'<h1 class="title margin-bottom-lg">{esc(title)}</h1>'
        '<div id="page-bodyhtml" class="bodytext margin-bottom-lg">'
        + "".join(f"<p>{esc(p)}</p>" for p in paras)
        + "</div></div></div>"
        '<div class="panel panel-default"><div class="panel-body"><ul class="related">'
        + "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for p, t in PAGE_PATHS.items() if p != path)
        + "</ul></div></div>"
    )
    return layout(request, title=f"{title} - Giới thiệu - {SITE}", center=center,
                  trail=[("/gioi-thieu/", "Giới thiệu")], func="main")


def about_index(request: Request) -> str:
    center = '<div class="panel panel-default"><div class="panel-body"><h1>Giới thiệu</h1><ul>' + "".join(
        f'<li><h3><a href="{p}">{esc(t)}</a></h3></li>' for p, t in PAGE_PATHS.items()
    ) + "</ul></div></div>"
    return layout(request, title=f"Giới thiệu - {SITE}", center=center, trail=[("/gioi-thieu/", "Giới thiệu")])


def contact_page(request: Request) -> str:
    center = (
        '<div class="panel panel-default"><div class="panel-body"><h1>Liên hệ</h1>'
        '<div class="department"><p><strong>Văn phòng nhà trường</strong></p>'
        "<p>Điện thoại: 0226.3852.416 - Email: c2tranphu.pl@hanam.edu.vn</p></div>"
        '<form action="/contact/" method="post" class="form-horizontal">'
        '<input type="hidden" name="checkss" value="5b9f2e" />'
        '<div class="form-group"><label>Họ và tên</label><input class="form-control" name="ftitle" /></div>'
        '<div class="form-group"><label>Email</label><input class="form-control" name="femail" /></div>'
        '<div class="form-group"><label>Nội dung</label><textarea class="form-control" name="fcon"></textarea></div>'
        '<input type="submit" class="btn btn-primary" value="Gửi thư" /></form></div></div>'
    )
    return layout(request, title=f"Liên hệ - {SITE}", center=center, trail=[("/contact/", "Liên hệ")], func="main")


def doc_page(request: Request) -> str:
    rows = [
        ("Số/Kí hiệu", "96/KH-THCSTP"),
        ("Ngày ban hành", "25/09/2026"),
        ("Loại văn bản", "Kế hoạch"),
        ("Cơ quan ban hành", "Trường THCS Trần Phú"),
        ("Người kí", "Nguyễn Thị Thanh Tâm"),
        ("Trích yếu", "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027"),
    ]
    center = (
        '<div class="panel panel-default"><div class="panel-body"><h1>Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027</h1>'
        '<table class="table table-bordered table-striped"><tbody>'
        + "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in rows)
        + "</tbody></table>"
        '<p><em class="fa fa-download"></em> <a href="/uploads/van-ban/96-kh-thcstp.pdf">96-kh-thcstp.pdf</a></p>'
        "</div></div>"
    )
    return layout(request, title=f"Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027 - Văn bản - {SITE}", center=center,
                  trail=[("/van-ban/", "Văn bản")], func="detail")


def doc_index(request: Request) -> str:
    center = (
        '<div class="panel panel-default"><div class="panel-body"><h1>Văn bản</h1>'
        '<table class="table table-bordered"><thead><tr><th>Số/Kí hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>'
        f'<tr><td>96/KH-THCSTP</td><td>25/09/2026</td><td><a href="{DOC_PATH}">Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027</a></td></tr>'
        "</tbody></table></div></div>"
    )
    return layout(request, title=f"Văn bản - {SITE}", center=center, trail=[("/van-ban/", "Văn bản")])


def album_page(request: Request) -> str:
    photos = "".join(
        f'<div class="col-xs-12 col-md-8"><a href="/uploads/photos/2026_09/khai-giang-{n}.jpg" data-fancybox="gallery">'
        f'<img src="/uploads/photos/2026_09/thumb-khai-giang-{n}.jpg" alt="Lễ khai giảng {n}" class="img-thumbnail"/></a></div>'
        for n in range(1, 7)
    )
    center = (
        '<div class="panel panel-default"><div class="panel-body"><h1>Lễ khai giảng năm học 2026 - 2027</h1>'
        '<p class="text-muted">Album gồm 6 ảnh - Lượt xem: 842</p>'
        f'<div class="row">{photos}</div></div></div>'
    )
    return layout(request, title=f"Lễ khai giảng năm học 2026 - 2027 - Thư viện ảnh - {SITE}", center=center,
                  trail=[("/thu-vien-anh/", "Thư viện ảnh")], func="detail")


def album_index(request: Request) -> str:
    center = (
        '<div class="panel panel-default"><div class="panel-body"><h1>Thư viện ảnh</h1>'
        f'<div class="col-md-8"><a href="{ALBUM_PATH}"><img src="/uploads/photos/2026_09/khai-giang-thumb.jpg" '
        'alt="Lễ khai giảng năm học 2026 - 2027" class="img-thumbnail"/></a>'
        f'<h3><a href="{ALBUM_PATH}">Lễ khai giảng năm học 2026 - 2027</a></h3></div></div></div>'
    )
    return layout(request, title=f"Thư viện ảnh - {SITE}", center=center, trail=[("/thu-vien-anh/", "Thư viện ảnh")])


def search_page(request: Request) -> str:
    q = request.params.get("q", "")
    center = (
        '<div class="panel panel-default"><div class="panel-body"><h1>Tìm kiếm</h1>'
        f'<p>Không tìm thấy kết quả nào cho từ khóa “{esc(q)}”.</p></div></div>'
    )
    return layout(request, title=f"Tìm kiếm - {SITE}", center=center, trail=[("/seek/", "Tìm kiếm")], func="main")


def admin_login(request: Request) -> str:
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập quản trị - Trường THCS Trần Phú</title>'
        '<meta name="robots" content="noindex, nofollow"></head><body><div id="adminlogin">'
        "<h2>Đăng nhập quản trị</h2>"
        '<form method="post" action="/admin/index.php"><input name="nv_login" placeholder="Tên đăng nhập"/>'
        '<input type="password" name="nv_password" placeholder="Mật khẩu"/><input type="submit" value="Đăng nhập"/></form>'
        "</div></body></html>"
    )


def sendmail_page(s: Story) -> str:
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Gửi bài viết qua email</title>'
        '<meta name="robots" content="noindex, nofollow"></head><body>'
        f"<h3>Gửi bài viết qua email</h3><p>Tên bài viết: {esc(s.title)}</p>"
        '<form method="post"><input name="name" placeholder="Tên của bạn"/><input name="email" placeholder="Email người nhận"/>'
        '<textarea name="content"></textarea><input type="submit" value="Gửi"/></form></body></html>'
    )


ROBOTS = (
    "User-agent: *\n"
    "Disallow: /admin/\n"
    "Disallow: /assets/js/\n"
    "Disallow: /data/\n"
    "Disallow: /includes/\n"
    "Disallow: /install/\n"
    "Disallow: /modules/\n"
    "Disallow: /vendor/\n"
)


# --- the router -------------------------------------------------------------------------------


def _find_story(tail: str) -> Story | None:
    """``<alias>-<id>.html``: NukeViet looks the post up by its id alone."""
    if not tail.endswith(".html") or "-" not in tail:
        return None
    num = tail[: -len(".html")].rsplit("-", 1)[1]
    return BY_ID.get(int(num)) if num.isdigit() else None


def _news(request: Request, rest: str) -> Response | None:
    """Everything under ``/news/``; ``rest`` is the path after it."""
    parts = [p for p in rest.split("/") if p != ""]
    page = lambda body, **kw: html(body, **kw) if body is not None else None  # noqa: E731
    if not parts:
        return page(layout(request, title=f"Tin Tức - {SITE}", center=home_center(), trail=[("/news/", "Tin Tức")]))
    head = parts[0]
    if head == "rss":
        return rss(request, parts[1] if len(parts) > 1 else None) if len(parts) <= 2 else None
    if head == "topic" and len(parts) == 1:
        center = '<div class="page-header"><h1>Chủ đề</h1></div><ul class="related">' + "".join(
            f'<li><a href="/news/topic/{a}/">{esc(t)}</a></li>' for a, t in TOPICS.items()
        ) + "</ul>"
        return html(layout(request, title=f"Chủ đề - Tin Tức - {SITE}", center=center,
                           trail=[("/news/topic/", "Chủ đề")], func="topic"))
    if head == "topic" and len(parts) == 2:
        if not rest.endswith("/"):
            return redirect(f"/news/topic/{parts[1]}/", 301)
        return page(topic_page(request, parts[1]))
    if head == "tag" and len(parts) == 2:
        return page(tag_page(request, parts[1]))
    if head in ("print", "sendmail") and len(parts) == 3:
        s = _find_story(parts[2])
        if s is None:
            return None
        if parts[1] != s.cat or parts[2] != f"{s.slug}-{s.id}.html":
            return redirect(f"/news/{head}/{s.cat}/{s.slug}-{s.id}.html", 301)
        return html(print_page(request, s) if head == "print" else sendmail_page(s))
    if head not in CATS:
        return None
    cat = CATS[head]
    if len(parts) == 1:
        if not rest.endswith("/"):
            return redirect(f"/news/{head}/", 301)
        trail = ([(f"/news/{cat.parent}/", CATS[cat.parent].title)] if cat.parent else []) + [(f"/news/{head}/", cat.title)]
        if cat.style == "viewcat_main_right":
            center = "".join(_box_main_right(c) for c in children(head))
        elif cat.style == "viewcat_two_column":
            center = _two_columns(children(head))
        else:
            center = page_new(head, 1)
        return page(layout(request, title=f"{cat.title} - {SITE}", center=center, trail=trail, func="viewcat",
                           description=f"{cat.title} - Trường THCS Trần Phú"))
    if len(parts) == 2 and parts[1].startswith("page-") and cat.style == "viewcat_page_new":
        num = parts[1][len("page-"):]
        if not num.isdigit():
            return None
        if int(num) <= 1:
            return redirect(f"/news/{head}/", 301)
        center = page_new(head, int(num))
        if center is None:
            return None
        trail = ([(f"/news/{cat.parent}/", CATS[cat.parent].title)] if cat.parent else []) + [(f"/news/{head}/", cat.title)]
        return html(layout(request, title=f"{cat.title} - Trang {num} - {SITE}", center=center, trail=trail, func="viewcat"))
    if len(parts) == 2:
        if parts[1] == f"{EXTERNAL_ITEM['alias']}-{EXTERNAL_ITEM['id']}.html":
            return redirect(DOC_PATH, 301)
        s = _find_story(parts[1])
        if s is None:
            return None
        if request.query or head != s.cat or parts[1] != f"{s.slug}-{s.id}.html":
            # detail.php: any address other than the rewritten one is sent to it
            return redirect(link(s), 301)
        return html(detail_page(request, s))
    return None


def _legacy(request: Request) -> Response | None:
    """``/index.php?language=vi&nv=…&op=…``: the address before rewriting, sent on with a 301."""
    params = request.params
    mod = params.get("nv", "")
    op = params.get("op", "")
    if mod == "news" and op == "tincu":
        return older_fragment(params)
    if mod == "news":
        if not op:
            return redirect("/news/", 301)
        parts = op.split("/")
        if len(parts) == 2:
            s = _find_story(parts[1])
            if s is not None:
                return redirect(link(s), 301)
            return None
        if len(parts) == 1 and parts[0] in CATS:
            return redirect(f"/news/{parts[0]}/", 301)
        return None
    if mod in ("contact", "seek"):
        return redirect(f"/{mod}/", 301)
    return None


class NukeVietSchool:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/robots.txt":
            return Response(200, ROBOTS.encode(), {"Content-Type": "text/plain; charset=utf-8"})
        if path.startswith(("/uploads/", "/assets/", "/themes/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path.startswith("/admin/"):
            return html(admin_login(request)) if path in ("/admin/", "/admin/index.php") else None
        if path == "/index.php":
            return _legacy(request) if "nv" in request.params else redirect("/", 301)
        if path == "/":
            if "nv" in request.params:
                return _legacy(request)
            return html(layout(request, title=SITE, center=home_center(), trail=[], func="main"))
        if path.startswith("/news/") or path == "/news":
            if path == "/news":
                return redirect("/news/", 301)
            return _news(request, path[len("/news/"):])
        if path in PAGE_PATHS:
            return html(about_page(request, path))
        if path == "/gioi-thieu/":
            return html(about_index(request))
        if path == "/contact/":
            return html(contact_page(request))
        if path == DOC_PATH:
            return html(doc_page(request))
        if path == "/van-ban/":
            return html(doc_index(request))
        if path == ALBUM_PATH:
            return html(album_page(request))
        if path == "/thu-vien-anh/":
            return html(album_index(request))
        if path == "/seek/":
            return html(search_page(request))
        return None


def build_site() -> NukeVietSchool:
    return NukeVietSchool()


# --- gold -------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    alts = [print_link(s)]
    if s is T1:
        alts.append(old_link(T1))
    if s is T2:
        alts.append(old_link(T2, T2.opts["old_alias"]))
    return alts


GOLD = [
    gold_record(s, link(s), CATS[s.cat].title, alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/lich-su-nha-truong.html",
    "/gioi-thieu/co-cau-to-chuc.html",
    "/gioi-thieu/thanh-tich-nha-truong.html",
    "/contact/",
    DOC_PATH,
    ALBUM_PATH,
]
