"""wp_eduma_pvd_thpt: Trường THPT Phạm Văn Đồng (phường Đức Phổ, Quảng Ngãi) on WordPress 6 + Eduma.

Platform: WordPress 6.7 with ThimPress's Eduma theme (thim- markup, SiteOrigin panels on the home
page, a page title bar with an ``<h1>`` and schema.org breadcrumbs), LearnPress 4 courses, WP
Events Manager events (``tp_event``), Yoast SEO, WP Rocket lazy images, WP-Polls, WP Statistics.
Permalinks ``/%postname%/``; links printed absolute from the Host header, as WordPress does.

URL scheme
- ``/`` home (SiteOrigin: slider, notice marquee, "Tin tức – Sự kiện" 4 cards, "Thông báo",
  "Hoạt động Đoàn", next event, course cards, counters, principal's letter, YouTube iframe);
  ``/?s=…`` search results; ``/?p=<id>`` (the shortlink in ``<link rel=shortlink>`` and the feed's
  guid) answers 301 to the permalink.
- ``/tin-tuc/`` the posts page, ``/tin-tuc/page/N/`` (5 a page, 3 pages; ``page/1/`` -> 301);
  the sticky notice is prepended on page 1 and shows again in its own place on page 2.
- ``/category/<slug>/`` and child categories ``/category/to-chuyen-mon/<child>/`` (the short
  ``/category/<child>/`` 301s there), ``/tag/<slug>/``, ``/author/<account>/``, ``/2026/MM/``, each
  with ``page/N/``; ``/feed/`` RSS (10 latest); ``/robots.txt``.
- Posts ``/<slug>/``; ``/<slug>/?replytocom=<comment id>`` (comment "Trả lời" links); a post split
  with ``<!--nextpage-->`` has ``/<slug>/2/``; an image attachment page ``/<slug>/img_5021/``.
- ``/events/``, ``/events/<slug>/``; ``/courses/``, ``/courses/<slug>/``; pages ``/gioi-thieu/``,
  ``/lien-he/``. Images under ``/wp-content/uploads/YYYY/MM/`` (placeholders), PDFs under uploads.

Page templates: every page has the toolbar (phone, e-mail, today's date "Thứ Bảy, 05/12/2026",
social icons), the main menu with drop-downs (printed twice: mobile and desktop), the title bar +
breadcrumbs (not on the home page), a right sidebar on blog pages (search, categories with counts,
"Bài viết mới", a notice text widget, "Xem nhiều", poll, archives, banner links, visitor counter)
and the footer (address, quick links, "Tin mới", copyright, Zalo widget). A post: ``h1.entry-title``
then ``ul.entry-meta`` (account, categories, "Ngày đăng dd/mm/YYYY HH:MM", comment count), the
featured image, ``div.entry-content``, tags + share buttons, previous/next post, the "Bạn có thể
thích" carousel, comments and the comment form.

How the gold articles are reached: the home page links 8 of them (S2 S3 S4 S6 S7 S10 S13, and S12
through the footer's "Tin mới"), as does the blog's page 1; S1 S5 S8 S9 S11 are reachable only through
``/tin-tuc/page/2/`` and ``/page/3/``, category page 2, month archives, tag/author listings,
previous/next links or the feed. Everything a crawler following every link finds is 50 requests.

Traps
1. Two ``<h1>``: Eduma's title bar prints ``<h1>Tin tức</h1>`` on every post before the headline
   ``<h1 class="entry-title">``; ``<title>``/og:title add " - Trường THPT Phạm Văn Đồng" and the last
   breadcrumb is cut with "...". Gold title: the entry-title, emoji kept ("🎉 Sôi nổi …").
2. Category: breadcrumbs read "Trang chủ › Tin tức › [Tổ chuyên môn ›] <category> › <headline>";
   "Tin tức" is the posts page, not the category. S7 is filed in two categories (entry-meta lists
   "Thông báo, Tin tức – Sự kiện", it is on both category listings); Yoast's primary category in
   the breadcrumb is "Thông báo". Gold: the last crumb before the headline ("Tổ Toán – Tin",
   "Tổ Ngữ văn" for the child categories).
3. Dates: entry-meta prints "dd/mm/YYYY HH:MM" in site time, but Yoast's article:published_time
   and JSON-LD datePublished are in UTC ("…T07:30:00+00:00"); listing badges print "03 Th12" with no
   year; S6 prints "Cập nhật 04/12/2026 08:15" *before* "Ngày đăng 03/12/2026 14:30"; S5 was
   imported at "22/10/2026 00:00", whose UTC form falls on 21/10. Gold: the site-time publication
   timestamp with +07:00; S5 the day alone "2026-10-22"; S6 "2026-12-03T14:30:00+07:00".
4. Official notice (S3, also the sticky post): a letterhead table (Sở GD&ĐT / school / "Số:
   187/TB-THPTPVĐ" | quốc hiệu / "Đức Phổ, ngày 04 tháng 11 năm 2026"), "THÔNG BÁO / Về việc …",
   the text, then a table "Nơi nhận … | HIỆU TRƯỞNG (Đã ký) Trần Minh Quang" and a "Tải về" PDF
   block; WordPress dates it 05/11/2026 07:10 and its listing excerpt starts with the letterhead.
   Gold: body = the five paragraphs only, published "2026-11-04", authors ["Trần Minh Quang"].
5. Duplicates: each comment's "Trả lời" link ``?replytocom=N`` (rel=nofollow, robots noindex,
   canonical to the post) serves the whole article again -> alt_paths; S5 is split by
   ``<!--nextpage-->`` ("Trang: 1 2"), ``/<slug>/2/`` carries the second half and the footnotes
   under the same headline with a canonical of its own -> one article at ``/<slug>/`` whose body is
   both pages, ``/<slug>/2/`` in alt_paths; ``/?p=<id>`` shortlinks 301 to the permalink.
6. Featured image repeated: Eduma prints the featured image above the text. For S1 S2 S6 S9 it is
   the first content photo again in another size (full vs ``-1024x683``) -> one photo, listed once
   at the src the content prints; for S11 it is a banner not in the text -> first image, no caption.
7. Lazy images (WP Rocket) in S8: ``src`` is an SVG ``data:`` placeholder, the photo is in
   ``data-lazy-src`` and in a ``<noscript><img>`` copy. Gold: the real path, once.
8. Captions in four forms: Gutenberg ``<figcaption>``, a gallery of three figures (S2), classic
   ``[caption]`` output whose caption is a ``<p class="wp-caption-text">`` inside the content, and a
   centred italic ``<p>`` after a centred image (S4, S8, S12) that reads like a paragraph. Lines in
   parentheses lose them (S8, S13); "Ảnh: Nguyễn Văn Thịnh" under S4's first photo is a credit:
   caption None. None of these lines is body.
9. Emoji: S4's prize lines are one ``<p>`` split by ``<br />``, each led by a 👉 drawn as
   ``<img class="emoji" alt="👉">`` (pasted from the front end): three paragraphs without the
   bullet; the 💐 character ending a sentence stays; emoji images are not photos.
10. Word pastes: S5 and S10 are MsoNormal paragraphs in 14pt spans with ``<o:p>``; S10's list
   items carry ``mso-list:Ignore`` "-" markers (no text) while the typed "- Ban Giám khảo …" keeps
   its dash, and S10's text is decomposed Unicode (NFD, "Unicode tổ hợp") -> NFC in the gold; S5's
   footnote calls "[1]" "[2]" are inside anchors and stay in their sentences ("…ba cấp học.[1]
   Trong …"), its footnote entries "[1] Bộ Giáo dục …" are body paragraphs.
11. Bylines: entry-meta's "Posted by quantri / doantruong / tonguvan" are CMS accounts (nobody);
   the real bylines close the text, right-aligned: "Tin, ảnh: X", "Bài: X – Ảnh: Y", "Tin: X – Ảnh:
   Y" (inside ``<em><strong>``), "ThS. X – Tổ trưởng tổ Ngữ văn", "X (Bí thư Đoàn trường)", a bare
   name "Thanh Huyền" above "Nguồn: Báo Quảng Ngãi", units "Tổ Văn phòng", "Tổ Toán – Tin",
   "Công đoàn trường". S13 has none: authors [].
12. Look-alikes: ``/events/<slug>/`` and ``/courses/<slug>/`` print an ``h1.entry-title``, a
   featured image, paragraphs of description and dates; the attachment page ``/…/img_5021/`` has a
   title, "Posted by" and "Ngày đăng". None is an article (NON_ARTICLES).
13. Chrome that reads like content: comments with text paragraphs under the article, the related
   carousel and previous/next titles with dates, the sidebar notice widget ("Lịch tiếp công dân…"),
   "Xem thêm: <link>" lines and the "📎 Tệp đính kèm: ….pdf (312 KB)" line inside entry-content,
   the "Thư ngỏ" on the home page.
14. Pagination prints no words: the next/previous links hold only ``<i class="fa
   fa-long-arrow-right">``; page numbers are plain links in ``ul.page-numbers``.

Gold decisions on ambiguous points
- Headings (h3/h4), list items, table rows (the header row included, cells joined by " | ") and
  the blockquote are body paragraphs; "Theo kế hoạch, …" (S7) and "Theo thống kê …" (S11) are text,
  not sources; S6's source is "Báo Quảng Ngãi".
- Summary only where the lead is a bold first paragraph (S2 with its "(PVĐ) –" prefix, S6, S12);
  Yoast's meta description (the auto excerpt) is never a sapo.
- A featured image that repeats a content photo in another size is the same photo (trap 6); a
  featured image that is not in the text is the article's first photo.
- S5's second page belongs to the article at ``/<slug>/`` (body = both pages in order, footnotes
  last); the byline sits between the text and the footnotes and is not body.
- The notice S3 takes the letterhead's day, not WordPress's post date; its signer is its author.
- A unit signing alone is the author as printed ("Tổ Văn phòng", "Tổ Toán – Tin", "Công đoàn
  trường"); "Tin, ảnh: X" makes X author and photographer; a photo line "Ảnh: X" is no caption.
- Events, courses, the attachment page, the intro and contact pages are not articles; listings,
  tag/author/month archives, search and the feed are not either (and are not in NON_ARTICLES).
"""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from datetime import datetime, timedelta

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_eduma_pvd_thpt"
PLATFORM = "WordPress 6 + Eduma (ThimPress) + LearnPress + WP Events Manager"
START_PATH = "/"

SITE = "Trường THPT Phạm Văn Đồng"
TODAY = "Thứ Bảy, 05/12/2026"
UP = "/wp-content/uploads"

# WordPress categories: slug -> (name, parent slug)
CATS: dict[str, tuple[str, str | None]] = {
    "tin-tuc-su-kien": ("Tin tức – Sự kiện", None),
    "thong-bao": ("Thông báo", None),
    "doan-thanh-nien": ("Đoàn Thanh niên", None),
    "to-chuyen-mon": ("Tổ chuyên môn", None),
    "to-ngu-van": ("Tổ Ngữ văn", "to-chuyen-mon"),
    "to-toan-tin": ("Tổ Toán – Tin", "to-chuyen-mon"),
}
TAGS = {
    "ngay-nha-giao-viet-nam": "Ngày Nhà giáo Việt Nam",
    "stem": "STEM",
    "huong-nghiep": "Hướng nghiệp",
}
ACCOUNTS = {"quantri": "quantri", "doantruong": "doantruong", "tovan": "tonguvan"}


def _u(month: str, name: str) -> str:
    return f"{UP}/2026/{month}/{name}"


# --- the thirteen posts ------------------------------------------------------------------------
# opts: wp = the post date WordPress stores (site time), shown = how entry-meta prints it,
# cats (primary first, as Yoast's breadcrumb uses it), tags, acc (the posting account),
# featured = (src, is a copy of the first content photo), lazy, word, doc, comments, split.

S1 = Story(
    2811, "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    "Trường THPT Phạm Văn Đồng tổ chức Hội nghị viên chức, người lao động năm học 2026 – 2027",
    "tin-tuc-su-kien", "2026-10-08T07:45:00+07:00",
    [
        P("Sáng ngày 07/10/2026, Trường THPT Phạm Văn Đồng long trọng tổ chức Hội nghị viên chức, "
          "người lao động năm học 2026 – 2027. Đến dự hội nghị có đồng chí Lê Văn Tâm – Phó Chủ tịch "
          "Công đoàn ngành Giáo dục tỉnh; đồng chí Nguyễn Thị Thu Hà – Bí thư Đảng ủy phường Đức Phổ "
          "cùng toàn thể 82 cán bộ, giáo viên, nhân viên nhà trường."),
        Img(_u("10", "hoi-nghi-vien-chuc-1-1024x683.jpg"),
            "Quang cảnh Hội nghị viên chức, người lao động năm học 2026 – 2027",
            "Quang cảnh Hội nghị viên chức, người lao động năm học 2026 – 2027", "fig"),
        P("Tại hội nghị, thầy Trần Minh Quang, Hiệu trưởng nhà trường đã trình bày báo cáo tổng kết năm "
          "học 2025 – 2026 và phương hướng, nhiệm vụ năm học 2026 – 2027. Năm học vừa qua, nhà trường có "
          "98,7% học sinh tốt nghiệp THPT, 21 học sinh đạt giải trong kỳ thi chọn học sinh giỏi cấp "
          "tỉnh; tập thể nhà trường được UBND tỉnh tặng Bằng khen."),
        P("Các chỉ tiêu chủ yếu năm học 2026 – 2027", "h4"),
        P("Tỷ lệ học sinh lên lớp thẳng đạt từ 96% trở lên;", "li"),
        P("Tỷ lệ tốt nghiệp THPT đạt 99% trở lên;", "li"),
        P("Có ít nhất 25 giải học sinh giỏi cấp tỉnh và 01 giải cấp quốc gia;", "li"),
        P("100% giáo viên ứng dụng công nghệ thông tin, chuyển đổi số trong dạy học.", "li"),
        P("Hội nghị đã dành nhiều thời gian thảo luận, đóng góp ý kiến về Quy chế chi tiêu nội bộ, Quy "
          "chế dân chủ ở cơ sở và các giải pháp nâng cao chất lượng giáo dục mũi nhọn. Các ý kiến đều "
          "thẳng thắn, tâm huyết và mang tính xây dựng cao."),
        Img(_u("10", "hoi-nghi-vien-chuc-3.jpg"),
            "Thầy Trần Minh Quang, Hiệu trưởng nhà trường ký kết giao ước thi đua với Chủ tịch Công đoàn trường",
            "Thầy Trần Minh Quang, Hiệu trưởng nhà trường ký kết giao ước thi đua với Chủ tịch Công đoàn trường",
            "wpcap"),
        P("Kết thúc hội nghị, 100% đại biểu biểu quyết thông qua Nghị quyết Hội nghị viên chức, người lao "
          "động năm học 2026 – 2027 và ký kết giao ước thi đua giữa chính quyền với Công đoàn nhà trường."),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Huỳnh Thị Mỹ Dung</strong></p>'),
    ],
    authors=["Huỳnh Thị Mỹ Dung"], photographers=["Huỳnh Thị Mỹ Dung"],
    opts={"wp": "2026-10-08 07:45", "cats": ["tin-tuc-su-kien"], "acc": "quantri", "nbsp": True,
          "featured": (_u("10", "hoi-nghi-vien-chuc-1.jpg"), True)},
)

S2 = Story(
    2884, "le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    "Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
    "tin-tuc-su-kien", "2026-11-20T16:55:00+07:00",
    [
        P("(PVĐ) – Sáng 20/11, Trường THPT Phạm Văn Đồng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt "
          "Nam và tuyên dương giáo viên, học sinh có thành tích xuất sắc trong phong trào thi đua chào "
          "mừng ngày 20/11.", "b"),
        P("Về dự buổi lễ có ông Võ Thành Nhân – Phó Giám đốc Sở Giáo dục và Đào tạo; đại diện Ban đại "
          "diện Cha mẹ học sinh; các thế hệ thầy cô giáo đã nghỉ hưu cùng đông đảo cựu học sinh của "
          "trường qua các thời kỳ."),
        Img(_u("11", "le-20-11-dai-bieu-1024x576.jpg"), "Các đại biểu dự Lễ kỷ niệm",
            "Các đại biểu dự Lễ kỷ niệm", "fig"),
        P("Phát biểu tại buổi lễ, thầy Hiệu trưởng Trần Minh Quang ôn lại truyền thống vẻ vang của ngành "
          "Giáo dục Việt Nam và chặng đường 40 năm xây dựng, phát triển của nhà trường. Thầy bày tỏ lòng "
          "biết ơn sâu sắc đối với các thế hệ nhà giáo đã tận tụy vì sự nghiệp trồng người."),
        P("“Mỗi thầy cô giáo hãy thực sự là một tấm gương sáng về đạo đức, tự học và sáng tạo cho học "
          "sinh noi theo.”", "q"),
        P("Nhân dịp này, nhà trường đã khen thưởng 12 tập thể và 35 cá nhân có thành tích xuất sắc trong "
          "đợt thi đua chào mừng Ngày Nhà giáo Việt Nam; trao 20 suất học bổng “Tiếp sức đến trường” cho "
          "học sinh có hoàn cảnh khó khăn vươn lên trong học tập, mỗi suất trị giá 1.000.000 đồng."),
        Img(_u("11", "le-20-11-van-nghe-1024x683.jpg"), "Tiết mục văn nghệ chào mừng của học sinh lớp 12A1",
            "Tiết mục văn nghệ chào mừng của học sinh lớp 12A1", "gal"),
        Img(_u("11", "le-20-11-khen-thuong-1024x683.jpg"), "Trao thưởng cho giáo viên đạt giải Hội giảng cấp trường",
            "Trao thưởng cho giáo viên đạt giải Hội giảng cấp trường", "gal"),
        Img(_u("11", "le-20-11-tang-hoa-1024x683.jpg"), "Học sinh tặng hoa tri ân thầy cô",
            "Học sinh tặng hoa tri ân thầy cô", "gal"),
        P("Buổi lễ khép lại trong không khí ấm áp, xúc động với những tiết mục văn nghệ đặc sắc do chính "
          "các em học sinh dàn dựng và biểu diễn."),
        Raw('<p style="text-align: right;"><em>Bài: Lê Thị Thanh Tâm – Ảnh: Đặng Văn Hiếu</em></p>'),
        Raw('<p><strong>Xem thêm:</strong> <a href="/san-choi-rung-chuong-vang-chao-mung-20-11/">🎉 Sôi nổi '
            'sân chơi “Rung chuông vàng” chào mừng Ngày Nhà giáo Việt Nam 20/11</a></p>'),
    ],
    authors=["Lê Thị Thanh Tâm"], photographers=["Đặng Văn Hiếu"],
    summary="(PVĐ) – Sáng 20/11, Trường THPT Phạm Văn Đồng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt "
    "Nam và tuyên dương giáo viên, học sinh có thành tích xuất sắc trong phong trào thi đua chào "
    "mừng ngày 20/11.",
    opts={"wp": "2026-11-20 16:55", "cats": ["tin-tuc-su-kien"], "acc": "quantri",
          "tags": ["ngay-nha-giao-viet-nam"],
          "featured": (_u("11", "le-20-11-dai-bieu.jpg"), True),
          "comments": [
              (61, "Trần Thị Bích Ngọc", "20/11/2026 lúc 19:02", None,
               "Chúc các thầy cô luôn mạnh khỏe, hạnh phúc và thành công trong sự nghiệp trồng người!"),
              (62, "Cựu HS khóa 2008 – 2011", "21/11/2026 lúc 07:35", None,
               "Nhìn lại ngôi trường thân yêu mà xúc động quá. Em nhớ cô Hạnh dạy Văn lớp 12A3 ngày ấy."),
          ]},
)

S3 = Story(
    2853, "thong-bao-cho-hoc-sinh-nghi-hoc-phong-tranh-bao-so-13",
    "Thông báo về việc cho học sinh nghỉ học để phòng, tránh bão số 13",
    "thong-bao", "2026-11-04",
    [
        P("Thực hiện Công văn số 2145/SGDĐT-VP ngày 04/11/2026 của Sở Giáo dục và Đào tạo về việc chủ "
          "động ứng phó với bão số 13; căn cứ diễn biến phức tạp của bão, Trường THPT Phạm Văn Đồng "
          "thông báo như sau:"),
        P("1. Toàn thể học sinh nghỉ học từ chiều ngày 05/11/2026 đến hết ngày 07/11/2026. Thời gian đi "
          "học trở lại nhà trường sẽ thông báo sau."),
        P("2. Giáo viên chủ nhiệm thông báo kịp thời đến học sinh và cha mẹ học sinh qua nhóm Zalo lớp và "
          "ứng dụng eNetViet; nắm tình hình học sinh ở vùng trũng thấp, ven sông, ven biển."),
        P("3. Tổ Văn phòng, bảo vệ chằng chống cửa, chặt tỉa cây xanh, di chuyển hồ sơ, thiết bị dạy học "
          "lên vị trí an toàn; trực 24/24 giờ trong thời gian bão đổ bộ."),
        P("Nhận được thông báo này, đề nghị cán bộ, giáo viên, nhân viên và học sinh nghiêm túc thực "
          "hiện./."),
    ],
    authors=["Trần Minh Quang"],
    opts={"wp": "2026-11-05 07:10", "cats": ["thong-bao"], "acc": "quantri", "sticky": True,
          "doc": {"so": "Số: 187/TB-THPTPVĐ", "noi_ngay": "Đức Phổ, ngày 04 tháng 11 năm 2026",
                  "kind": "THÔNG BÁO",
                  "subject": "Về việc cho học sinh nghỉ học để phòng, tránh bão số 13",
                  "noi_nhan": ["Sở GD&ĐT (b/c);", "CB, GV, NV, HS;", "Website trường;", "Lưu: VT."],
                  "post": "HIỆU TRƯỞNG", "signer": "Trần Minh Quang",
                  "pdf": _u("11", "TB-187-nghi-hoc-bao-so-13.pdf")}},
)

_EMOJI = "https://s.w.org/images/core/emoji/15.0.3/svg/"
S4 = Story(
    2871, "san-choi-rung-chuong-vang-chao-mung-20-11",
    "🎉 Sôi nổi sân chơi “Rung chuông vàng” chào mừng Ngày Nhà giáo Việt Nam 20/11",
    "doan-thanh-nien", "2026-11-15T19:20:00+07:00",
    [
        P("Nhằm chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tối ngày 14/11/2026, Đoàn trường tổ chức "
          "sân chơi “Rung chuông vàng” dành cho học sinh khối 10 và khối 11 với sự tham gia của 120 thí "
          "sinh đến từ 22 chi đoàn."),
        P("Các câu hỏi xoay quanh kiến thức lịch sử, văn hóa, xã hội, an toàn giao thông và truyền thống "
          "của ngành Giáo dục. Sau 25 câu hỏi hấp dẫn, cuộc thi đã tìm ra những gương mặt xuất sắc nhất:"),
        P("Giải Nhất: em Nguyễn Ngọc Bảo Trâm – lớp 11A2;", "emo"),
        P("Giải Nhì: em Võ Đăng Khoa – lớp 10A5;", "emo"),
        P("Giải Ba: em Phạm Thị Hồng Nhung – lớp 11A7.", "emo"),
        Img(_u("11", "rung-chuong-vang-2026-01.jpg"), "Ảnh: Nguyễn Văn Thịnh", None, "plain"),
        P("Sân chơi là hoạt động bổ ích, giúp các em học sinh củng cố kiến thức, rèn luyện kỹ năng, đồng "
          "thời bày tỏ lòng biết ơn đối với các thầy cô giáo. 💐"),
        Img(_u("11", "rung-chuong-vang-2026-02.jpg"),
            "Ban Tổ chức trao giải cho các thí sinh xuất sắc",
            "Ban Tổ chức trao giải cho các thí sinh xuất sắc", "plain"),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Văn Thịnh</strong></p>'),
    ],
    authors=["Nguyễn Văn Thịnh"], photographers=["Nguyễn Văn Thịnh"],
    opts={"wp": "2026-11-15 19:20", "cats": ["doan-thanh-nien"], "acc": "doantruong",
          "tags": ["ngay-nha-giao-viet-nam"]},
)

_FTN1 = ("Bộ Giáo dục và Đào tạo, Chương trình giáo dục phổ thông môn Ngữ văn (ban hành kèm theo "
         "Thông tư số 32/2018/TT-BGDĐT ngày 26/12/2018).")
_FTN2 = "Sách giáo khoa Ngữ văn 10, NXB Giáo dục Việt Nam, 2022."
S5 = Story(
    2796, "chuyen-de-day-hoc-doc-hieu-van-ban-nghi-luan",
    "Chuyên đề: Dạy học đọc hiểu văn bản nghị luận theo Chương trình GDPT 2018",
    "to-ngu-van", "2026-10-22",
    [
        P("I. Đặt vấn đề", "h3"),
        P("Chương trình giáo dục phổ thông môn Ngữ văn năm 2018 được xây dựng theo hướng phát triển năng "
          "lực, lấy các kỹ năng đọc, viết, nói và nghe làm trục chính xuyên suốt ba cấp học.[1] Trong "
          "đó, đọc hiểu văn bản nghị luận là nội dung có vai trò quan trọng, giúp học sinh hình thành tư "
          "duy phản biện và năng lực lập luận.", "w"),
        P("Tuy nhiên, qua dự giờ, thăm lớp, tổ chuyên môn nhận thấy không ít giờ học vẫn nặng về thuyết "
          "giảng, giáo viên phân tích thay cho học sinh; học sinh chưa được hướng dẫn cách nhận diện luận "
          "đề, luận điểm, lí lẽ và bằng chứng.", "w"),
        P("II. Một số biện pháp", "h3"),
        P("1. Hướng dẫn học sinh đọc văn bản theo đặc trưng thể loại: xác định mục đích viết, luận đề và "
          "hệ thống luận điểm; phân biệt ý kiến chủ quan với thông tin khách quan.", "w"),
        Raw("<!--nextpage-->"),
        P("2. Sử dụng phiếu học tập và sơ đồ tư duy để học sinh tự khái quát cấu trúc lập luận của văn "
          "bản, chẳng hạn khi dạy bài “Hiền tài là nguyên khí của quốc gia” (Thân Nhân Trung).[2]", "w"),
        P("3. Tổ chức cho học sinh tranh biện về một vấn đề gần gũi với đời sống, từ đó vận dụng kiến "
          "thức về văn bản nghị luận để tạo lập văn bản của chính mình.", "w"),
        P("III. Kết luận", "h3"),
        P("Đổi mới dạy học đọc hiểu văn bản nghị luận không chỉ giúp học sinh đạt kết quả tốt trong các "
          "bài kiểm tra đánh giá theo định hướng mới mà còn hình thành cho các em thói quen suy nghĩ độc "
          "lập, có chính kiến.", "w"),
        Raw('<p class="MsoNormal" style="text-align: right;"><b><span style="font-size: 14.0pt;">ThS. Trần '
            'Thị Minh Nguyệt – Tổ trưởng tổ Ngữ văn</span></b></p>'),
        P("[1] " + _FTN1, "ftn1"),
        P("[2] " + _FTN2, "ftn2"),
    ],
    authors=["Trần Thị Minh Nguyệt"],
    opts={"wp": "2026-10-22 00:00", "cats": ["to-ngu-van"], "acc": "tovan"},
)

S6 = Story(
    2931, "hoc-sinh-dat-giai-nhat-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
    "Học sinh Trường THPT Phạm Văn Đồng đoạt giải Nhất Cuộc thi Khoa học kỹ thuật cấp tỉnh năm học 2026 – 2027",
    "tin-tuc-su-kien", "2026-12-03T14:30:00+07:00",
    [
        P("Với dự án “Hệ thống cảnh báo sớm sạt lở đất sử dụng cảm biến IoT”, nhóm học sinh lớp 12A1 đã "
          "xuất sắc giành giải Nhất lĩnh vực Kỹ thuật cơ khí tại Cuộc thi Khoa học kỹ thuật cấp tỉnh dành "
          "cho học sinh trung học năm học 2026 – 2027.", "b"),
        P("Cuộc thi do Sở Giáo dục và Đào tạo tổ chức từ ngày 01 đến 02/12/2026 tại Trường THPT chuyên "
          "Lê Khiết, thu hút 146 dự án của học sinh đến từ 58 trường THCS và THPT trên địa bàn tỉnh."),
        Img(_u("12", "khkt-cap-tinh-2026-nhom-12a1.jpg"),
            "Nhóm tác giả Nguyễn Hoàng Anh Khoa và Lê Thị Bảo Ngọc trình bày dự án trước Ban giám khảo",
            "Nhóm tác giả Nguyễn Hoàng Anh Khoa và Lê Thị Bảo Ngọc trình bày dự án trước Ban giám khảo",
            "wpcap"),
        P("Dự án của hai em Nguyễn Hoàng Anh Khoa và Lê Thị Bảo Ngọc do thầy Phan Văn Lực, giáo viên Vật "
          "lí hướng dẫn. Hệ thống gồm các cảm biến độ ẩm đất, độ nghiêng và lượng mưa, truyền dữ liệu về "
          "máy chủ và gửi tin nhắn cảnh báo đến người dân khi có nguy cơ sạt lở."),
        P("Kết quả của nhà trường tại cuộc thi:", "h4"),
        P("TT | Tên dự án | Lĩnh vực | Giải", "th"),
        P("1 | Hệ thống cảnh báo sớm sạt lở đất sử dụng cảm biến IoT | Kỹ thuật cơ khí | Nhất", "tr"),
        P("2 | Ứng dụng trí tuệ nhân tạo nhận diện sâu bệnh trên lá lúa | Phần mềm hệ thống | Ba", "tr"),
        P("3 | Chế phẩm sinh học xử lý mùi hôi từ vỏ bưởi | Hóa học | Khuyến khích", "tr"),
        P("Với kết quả này, dự án đạt giải Nhất sẽ được chọn tham gia Cuộc thi Khoa học kỹ thuật cấp quốc "
          "gia dự kiến tổ chức vào tháng 3/2027."),
        Raw('<p style="text-align: right;"><strong>Thanh Huyền</strong></p>'),
        Raw('<p style="text-align: right;"><em>Nguồn: Báo Quảng Ngãi</em></p>'),
    ],
    authors=["Thanh Huyền"], source="Báo Quảng Ngãi",
    summary="Với dự án “Hệ thống cảnh báo sớm sạt lở đất sử dụng cảm biến IoT”, nhóm học sinh lớp 12A1 đã "
    "xuất sắc giành giải Nhất lĩnh vực Kỹ thuật cơ khí tại Cuộc thi Khoa học kỹ thuật cấp tỉnh dành "
    "cho học sinh trung học năm học 2026 – 2027.",
    opts={"wp": "2026-12-03 14:30", "modified": "2026-12-04 08:15", "cats": ["tin-tuc-su-kien"],
          "acc": "quantri", "tags": ["stem", "huong-nghiep"],
          "featured": (_u("12", "khkt-cap-tinh-2026-nhom-12a1-1024x683.jpg"), True)},
)

S7 = Story(
    2918, "ke-hoach-on-tap-va-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    "Kế hoạch ôn tập và kiểm tra cuối học kỳ I, năm học 2026 – 2027",
    "thong-bao", "2026-12-01T10:05:00+07:00",
    [
        P("Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 – 2027 và Thông tư số 22/2021/TT-BGDĐT quy "
          "định về đánh giá học sinh trung học cơ sở và học sinh trung học phổ thông, Trường THPT Phạm "
          "Văn Đồng xây dựng kế hoạch ôn tập và kiểm tra cuối học kỳ I như sau:"),
        P("1. Thời gian ôn tập", "h4"),
        P("Từ ngày 07/12/2026 đến ngày 19/12/2026, giáo viên bộ môn hướng dẫn học sinh ôn tập theo đề "
          "cương đã được tổ chuyên môn thống nhất."),
        P("2. Lịch kiểm tra tập trung", "h4"),
        P("Ngày | Buổi sáng | Buổi chiều", "th"),
        P("21/12/2026 | Ngữ văn (90 phút) | Lịch sử (45 phút)", "tr"),
        P("22/12/2026 | Toán (90 phút) | Tiếng Anh (60 phút)", "tr"),
        P("23/12/2026 | Các môn lựa chọn (45 phút) | Dự phòng", "tr"),
        P("Theo kế hoạch, các môn còn lại kiểm tra tại lớp theo thời khóa biểu trong tuần từ 14/12 đến "
          "19/12/2026. Giáo viên chủ nhiệm phổ biến kế hoạch đến học sinh và cha mẹ học sinh trước ngày "
          "05/12/2026."),
        Raw('<p>📎 <strong>Tệp đính kèm:</strong> <a href="/wp-content/uploads/2026/12/'
            'Ke-hoach-on-tap-kiem-tra-cuoi-HKI-2026-2027.pdf">'
            'Ke-hoach-on-tap-kiem-tra-cuoi-HKI-2026-2027.pdf</a> (312 KB)</p>'),
        Raw('<p style="text-align: right;"><strong>Tổ Văn phòng</strong></p>'),
    ],
    authors=["Tổ Văn phòng"],
    opts={"wp": "2026-12-01 10:05", "cats": ["thong-bao", "tin-tuc-su-kien"], "acc": "quantri"},
)

S8 = Story(
    2838, "toa-dam-huong-nghiep-chon-nganh-chon-nghe-khoi-12",
    "Tọa đàm “Hướng nghiệp – Chọn ngành, chọn nghề” cho học sinh khối 12",
    "tin-tuc-su-kien", "2026-10-29T10:30:00+07:00",
    [
        P("Chiều ngày 28/10/2026, nhà trường phối hợp với Trường Đại học Phạm Văn Đồng và Trung tâm Dịch vụ "
          "việc làm tỉnh tổ chức buổi tọa đàm “Hướng nghiệp – Chọn ngành, chọn nghề” cho gần 400 học sinh "
          "khối 12."),
        Img(_u("10", "toa-dam-huong-nghiep-01-1024x683.jpg"), "Các chuyên gia chia sẻ tại buổi tọa đàm",
            "Các chuyên gia chia sẻ tại buổi tọa đàm", "fig"),
        P("Tại buổi tọa đàm, các chuyên gia đã cung cấp thông tin về nhu cầu nhân lực của thị trường lao "
          "động, các nhóm ngành đang có xu hướng phát triển như công nghệ thông tin, logistics, du lịch – "
          "khách sạn, cùng những điểm mới trong phương thức tuyển sinh đại học năm 2027."),
        P("Nhiều câu hỏi của học sinh được đặt ra như: “Nên chọn ngành theo sở thích hay theo nhu cầu xã "
          "hội?”, “Học nghề có phải là lựa chọn thấp hơn so với học đại học?”… đã được các diễn giả giải "
          "đáp cụ thể, thuyết phục."),
        Img(_u("10", "toa-dam-huong-nghiep-02-1024x683.jpg"), "(Học sinh đặt câu hỏi cho diễn giả)",
            "Học sinh đặt câu hỏi cho diễn giả", "plain"),
        P("Buổi tọa đàm giúp các em có thêm cơ sở để lựa chọn tổ hợp, ngành học phù hợp với năng lực, sở "
          "thích và hoàn cảnh của bản thân, chuẩn bị tốt cho kỳ thi tốt nghiệp THPT năm 2027."),
        Raw('<p style="text-align: right;"><em><strong>Tin: Nguyễn Hoàng Phúc – Ảnh: Lê Thị Kim Oanh'
            '</strong></em></p>'),
    ],
    authors=["Nguyễn Hoàng Phúc"], photographers=["Lê Thị Kim Oanh"],
    opts={"wp": "2026-10-29 10:30", "cats": ["tin-tuc-su-kien"], "acc": "quantri", "lazy": True,
          "tags": ["huong-nghiep"]},
)

S9 = Story(
    2815, "doan-truong-ra-quan-chien-dich-lam-cho-the-gioi-sach-hon-2026",
    "Đoàn trường ra quân hưởng ứng Chiến dịch “Làm cho thế giới sạch hơn” năm 2026",
    "doan-thanh-nien", "2026-10-12T17:05:00+07:00",
    [
        P("Sáng Chủ nhật, ngày 11/10/2026, Đoàn trường THPT Phạm Văn Đồng tổ chức lễ ra quân hưởng ứng "
          "Chiến dịch “Làm cho thế giới sạch hơn” năm 2026 với chủ đề “Chung tay giảm thiểu rác thải "
          "nhựa”."),
        P("Hơn 500 đoàn viên, thanh niên của 33 chi đoàn đã tham gia dọn vệ sinh khuôn viên trường, tuyến "
          "đường Nguyễn Tất Thành và khu vực bãi biển Sa Huỳnh; thu gom hơn 2 tấn rác thải các loại."),
        Img(_u("10", "lam-cho-the-gioi-sach-hon-12a3-1024x768.jpg"),
            "Đoàn viên chi đoàn 12A3 thu gom rác tại bãi biển Sa Huỳnh",
            "Đoàn viên chi đoàn 12A3 thu gom rác tại bãi biển Sa Huỳnh", "fig"),
        P("Dịp này, Đoàn trường phát động phong trào “Đổi rác thải nhựa lấy cây xanh”, khuyến khích học "
          "sinh sử dụng bình nước cá nhân, hạn chế sử dụng túi ni lông và đồ nhựa dùng một lần."),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Phạm Quốc Bảo (Bí thư Đoàn trường)</strong></p>'),
    ],
    authors=["Phạm Quốc Bảo"], photographers=["Phạm Quốc Bảo"],
    opts={"wp": "2026-10-12 17:05", "cats": ["doan-thanh-nien"], "acc": "doantruong",
          "featured": (_u("10", "lam-cho-the-gioi-sach-hon-12a3.jpg"), True),
          "comments": [
              (58, "Nguyễn Thị Hoa", "12/10/2026 lúc 20:14", None,
               "Hoạt động rất ý nghĩa, mong Đoàn trường tổ chức thường xuyên hơn!"),
              (59, "doantruong", "13/10/2026 lúc 06:48", 58,
               "Cảm ơn bạn đã quan tâm ạ! Đoàn trường sẽ duy trì hoạt động hằng tháng."),
          ]},
)

S10 = Story(
    2862, "hoi-giang-chao-mung-ngay-nha-giao-viet-nam-2026",
    "Hội giảng chào mừng Ngày Nhà giáo Việt Nam: lan tỏa tinh thần đổi mới phương pháp dạy học",
    "tin-tuc-su-kien", "2026-11-10T09:00:00+07:00",
    [
        P("Từ ngày 19/10 đến ngày 06/11/2026, Trường THPT Phạm Văn Đồng tổ chức Hội giảng chào mừng 44 năm "
          "Ngày Nhà giáo Việt Nam với sự tham gia của 36 giáo viên thuộc 8 tổ chuyên môn.", "w"),
        P("Các tiết dạy được thiết kế theo định hướng phát triển phẩm chất, năng lực học sinh, trong đó nổi "
          "bật là:", "w"),
        P("Ứng dụng hiệu quả công nghệ thông tin, phần mềm mô phỏng và học liệu số trong bài giảng;", "mli"),
        P("Tổ chức dạy học theo dự án, dạy học STEM gắn với thực tiễn địa phương;", "mli"),
        P("Vận dụng linh hoạt các kỹ thuật dạy học tích cực như khăn trải bàn, mảnh ghép, phòng tranh.",
          "mli"),
        P("- Ban Giám khảo đánh giá cao sự đầu tư, sáng tạo của giáo viên trẻ; nhiều tiết dạy được học "
          "sinh hào hứng đón nhận.", "w"),
        P("Kết quả, Ban Tổ chức đã trao 06 giải Nhất, 09 giải Nhì, 12 giải Ba cho các giáo viên đạt thành "
          "tích cao. Các tiết dạy đạt giải Nhất sẽ được lựa chọn tham gia Hội thi giáo viên dạy giỏi cấp "
          "tỉnh.", "w"),
        Img(_u("11", "hoi-giang-co-dieu-linh.jpg"),
            "Cô Nguyễn Thị Diệu Linh (Tổ Tiếng Anh) trong tiết dạy đạt giải Nhất",
            "Cô Nguyễn Thị Diệu Linh (Tổ Tiếng Anh) trong tiết dạy đạt giải Nhất", "wpcap"),
        Raw('<p class="MsoNormal" style="text-align: right;"><b><i><span style="font-size: 14.0pt;">'
            'Công đoàn trường</span></i></b></p>'),
    ],
    authors=["Công đoàn trường"],
    opts={"wp": "2026-11-10 09:00", "cats": ["tin-tuc-su-kien"], "acc": "quantri", "nfd": True,
          "tags": ["ngay-nha-giao-viet-nam"]},
)

S11 = Story(
    2807, "tap-huan-ky-nang-phong-chong-duoi-nuoc-va-so-cap-cuu",
    "Tập huấn kỹ năng phòng, chống đuối nước và sơ cấp cứu cho học sinh",
    "tin-tuc-su-kien", "2026-10-18T08:20:00+07:00",
    [
        Img(_u("10", "tap-huan-duoi-nuoc-banner.jpg"), None, None, "featured"),
        P("Ngày 17/10/2026, Trường THPT Phạm Văn Đồng phối hợp với Hội Chữ thập đỏ phường Đức Phổ tổ chức "
          "buổi tập huấn kỹ năng phòng, chống đuối nước và sơ cấp cứu ban đầu cho hơn 300 học sinh khối 10."),
        P("Tại buổi tập huấn, học sinh được hướng dẫn các kỹ năng nhận biết nguy cơ đuối nước, cách tự cứu "
          "khi bị chuột rút, cách dùng sào, phao để cứu người đuối nước mà không xuống nước; thực hành hô "
          "hấp nhân tạo và ép tim ngoài lồng ngực."),
        Img(_u("10", "IMG_5021-1024x683.jpg"),
            "Học sinh thực hành sơ cấp cứu dưới sự hướng dẫn của cán bộ Hội Chữ thập đỏ",
            "Học sinh thực hành sơ cấp cứu dưới sự hướng dẫn của cán bộ Hội Chữ thập đỏ", "attach"),
        P("Theo thống kê của ngành chức năng, mỗi năm cả nước có khoảng 2.000 trẻ em, học sinh tử vong do "
          "đuối nước. Vì vậy, việc trang bị kỹ năng an toàn cho học sinh là hết sức cần thiết, nhất là tại "
          "các địa phương ven biển như Đức Phổ."),
        Raw('<p><strong>Xem thêm:</strong> <a href="/doan-truong-ra-quan-chien-dich-lam-cho-the-gioi-sach-hon'
            '-2026/">Đoàn trường ra quân hưởng ứng Chiến dịch “Làm cho thế giới sạch hơn” năm 2026</a></p>'),
        Raw('<p style="text-align: right;"><strong>Minh Tâm</strong></p>'),
    ],
    authors=["Minh Tâm"],
    opts={"wp": "2026-10-18 08:20", "cats": ["tin-tuc-su-kien"], "acc": "quantri",
          "featured": (_u("10", "tap-huan-duoi-nuoc-banner.jpg"), False),
          "attachment": ("img_5021", "IMG_5021", 5021, _u("10", "IMG_5021.jpg"))},
)

S12 = Story(
    2903, "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-toan-lop-11",
    "Sinh hoạt chuyên môn theo nghiên cứu bài học môn Toán lớp 11",
    "to-toan-tin", "2026-11-26T15:40:00+07:00",
    [
        P("Thực hiện kế hoạch sinh hoạt chuyên môn năm học 2026 – 2027, ngày 25/11/2026, Tổ Toán – Tin tổ "
          "chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với bài dạy “Cấp số nhân” (Toán 11).", "b"),
        P("Tiết dạy minh họa do cô Đỗ Thị Ngọc Hân thực hiện tại lớp 11A4. Thông qua chuỗi hoạt động khám "
          "phá từ bài toán thực tế về lãi suất ngân hàng, học sinh tự phát hiện công thức số hạng tổng quát "
          "và tổng n số hạng đầu của cấp số nhân."),
        Img(_u("11", "shcm-toan-11a4.jpg"), "Cô Đỗ Thị Ngọc Hân hướng dẫn học sinh lớp 11A4 hoạt động nhóm",
            "Cô Đỗ Thị Ngọc Hân hướng dẫn học sinh lớp 11A4 hoạt động nhóm", "plain"),
        P("Sau tiết dạy, các thành viên trong tổ tập trung phân tích hoạt động học của học sinh: học sinh "
          "học như thế nào, gặp khó khăn ở đâu, nguyên nhân vì sao và cần điều chỉnh gì để nâng cao hiệu "
          "quả bài học."),
        P("Buổi sinh hoạt chuyên môn diễn ra sôi nổi, cởi mở, góp phần nâng cao năng lực chuyên môn và "
          "tinh thần học hỏi, chia sẻ của đội ngũ giáo viên trong tổ."),
        Raw('<p style="text-align: right;"><strong>Tổ Toán – Tin</strong></p>'),
    ],
    authors=["Tổ Toán – Tin"],
    summary="Thực hiện kế hoạch sinh hoạt chuyên môn năm học 2026 – 2027, ngày 25/11/2026, Tổ Toán – Tin tổ "
    "chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với bài dạy “Cấp số nhân” (Toán 11).",
    opts={"wp": "2026-11-26 15:40", "cats": ["to-toan-tin"], "acc": "quantri"},
)

S13 = Story(
    2858, "tuoi-tre-pham-van-dong-chung-tay-huong-ve-hoc-sinh-vung-lu",
    "Tuổi trẻ Phạm Văn Đồng chung tay hướng về học sinh vùng lũ",
    "doan-thanh-nien", "2026-11-08T20:45:00+07:00",
    [
        P("Trước những thiệt hại nặng nề do mưa lũ gây ra tại các xã miền núi phía Tây của tỉnh, Đoàn "
          "trường đã phát động đợt quyên góp “Áo ấm, sách vở tặng bạn vùng lũ” trong toàn thể đoàn viên, "
          "học sinh."),
        P("Sau một tuần phát động, các chi đoàn đã quyên góp được:", "br"),
        P("– 1.250 quyển vở, 320 bộ sách giáo khoa;", "br"),
        P("– 450 áo ấm và 86 thùng mì tôm;", "br"),
        P("– Tổng số tiền mặt: 28.650.000 đồng.", "br"),
        Img(_u("11", "trao-qua-hoc-sinh-ba-vinh-1024x683.jpg"),
            "(Đại diện Đoàn trường trao quà cho học sinh Trường PTDTBT THCS Ba Vinh)",
            "Đại diện Đoàn trường trao quà cho học sinh Trường PTDTBT THCS Ba Vinh", "fig"),
        P("Toàn bộ số tiền và hiện vật đã được Đoàn trường trao tận tay các em học sinh có hoàn cảnh khó "
          "khăn bị ảnh hưởng bởi lũ lụt vào ngày 07/11/2026. Mỗi phần quà không chỉ là vật chất mà còn là "
          "tấm lòng sẻ chia, tình cảm yêu thương của tuổi trẻ Phạm Văn Đồng."),
    ],
    opts={"wp": "2026-11-08 20:45", "cats": ["doan-thanh-nien"], "acc": "doantruong"},
)

STORIES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}


def _wp(s: Story) -> datetime:
    return datetime.strptime(s.opts["wp"], "%Y-%m-%d %H:%M")


#: newest first, as WordPress orders posts
ORDERED = sorted(STORIES, key=_wp, reverse=True)


# --- events and courses (tp_event, lp_course): pages that look like posts but are not news ------

EVENTS = [
    {
        "id": 3012, "slug": "ngay-hoi-tu-van-tuyen-sinh-huong-nghiep-2027",
        "title": "Ngày hội Tư vấn tuyển sinh – hướng nghiệp 2027",
        "start": ("07:30", "19/12/2026"), "end": ("11:00", "19/12/2026"), "status": "Sắp diễn ra",
        "place": "Sân trường THPT Phạm Văn Đồng, số 45 Nguyễn Tất Thành, phường Đức Phổ",
        "img": f"{UP}/2026/11/ngay-hoi-tuyen-sinh-2027.jpg",
        "text": [
            "Ngày hội do nhà trường phối hợp với Báo Tuổi Trẻ và hơn 20 trường đại học, cao đẳng tổ chức "
            "nhằm cung cấp thông tin tuyển sinh năm 2027 cho học sinh khối 12 và cha mẹ học sinh.",
            "Tại ngày hội, học sinh được tư vấn trực tiếp về phương thức xét tuyển, tổ hợp môn, học phí, "
            "học bổng và cơ hội việc làm sau khi tốt nghiệp.",
            "Đề nghị giáo viên chủ nhiệm các lớp khối 12 tổ chức cho học sinh tham gia đầy đủ, đúng giờ.",
        ],
    },
    {
        "id": 2989, "slug": "giai-bong-da-hoc-sinh-pvd-cup-2026",
        "title": "Giải bóng đá học sinh PVĐ Cup 2026",
        "start": ("15:30", "02/11/2026"), "end": ("17:30", "27/11/2026"), "status": "Đã kết thúc",
        "place": "Sân vận động phường Đức Phổ",
        "img": f"{UP}/2026/10/pvd-cup-2026.jpg",
        "text": [
            "Giải bóng đá học sinh PVĐ Cup 2026 quy tụ 24 đội bóng nam và 12 đội bóng nữ đại diện cho các "
            "chi đoàn trong toàn trường.",
            "Các trận đấu diễn ra vào chiều thứ Hai, thứ Tư và thứ Sáu hằng tuần. Lễ bế mạc và trao giải dự "
            "kiến tổ chức vào chiều ngày 27/11/2026.",
        ],
    },
]
COURSES = [
    {
        "id": 3105, "slug": "on-thi-tot-nghiep-thpt-mon-toan-2027",
        "title": "Ôn thi tốt nghiệp THPT môn Toán 2027", "teacher": "Nguyễn Văn Thành",
        "cat": "Ôn thi THPT", "students": 286, "lessons": 24,
        "img": f"{UP}/2026/09/khoa-hoc-on-thi-toan-2027.jpg",
        "text": [
            "Khóa học dành cho học sinh lớp 12 chuẩn bị tham gia Kỳ thi tốt nghiệp THPT năm 2027, bám sát "
            "cấu trúc đề tham khảo của Bộ Giáo dục và Đào tạo.",
            "Nội dung gồm 6 chuyên đề trọng tâm: hàm số, nguyên hàm – tích phân, hình học không gian, "
            "phương pháp tọa độ trong không gian, xác suất và thống kê. Mỗi chuyên đề có video bài giảng, "
            "bài tập trắc nghiệm và đề kiểm tra cuối chuyên đề.",
        ],
        "sections": [("Chuyên đề 1: Hàm số", ["Tính đơn điệu của hàm số", "Cực trị của hàm số",
                                              "Giá trị lớn nhất, nhỏ nhất"]),
                     ("Chuyên đề 2: Nguyên hàm – Tích phân", ["Nguyên hàm", "Tích phân", "Ứng dụng"])],
    },
    {
        "id": 3118, "slug": "tieng-anh-giao-tiep-cho-hoc-sinh-thpt",
        "title": "Tiếng Anh giao tiếp cho học sinh THPT", "teacher": "Lê Thị Phương Thảo",
        "cat": "Kỹ năng", "students": 154, "lessons": 16,
        "img": f"{UP}/2026/09/khoa-hoc-tieng-anh-giao-tiep.jpg",
        "text": [
            "Khóa học giúp học sinh tự tin giao tiếp tiếng Anh trong các tình huống quen thuộc ở trường "
            "học và cuộc sống hằng ngày.",
            "Học viên được luyện phát âm, phản xạ nghe – nói qua các chủ đề: giới thiệu bản thân, gia đình, "
            "sở thích, du lịch và nghề nghiệp tương lai.",
        ],
        "sections": [("Unit 1: Getting started", ["Greetings", "Introducing yourself"]),
                     ("Unit 2: School life", ["My timetable", "Clubs and activities"])],
    },
]
EVENT_BY_SLUG = {e["slug"]: e for e in EVENTS}
COURSE_BY_SLUG = {c["slug"]: c for c in COURSES}


# --- small helpers -------------------------------------------------------------------------------


def _t(s: Story, value: str) -> str:
    """Article text as the post stores it (decomposed for the Word paste of one post)."""
    out = esc(value)
    if s.opts.get("nfd"):
        out = unicodedata.normalize("NFD", out)
    if s.opts.get("nbsp"):
        out = out.replace(". ", ".&nbsp; ").replace("; ", ";&nbsp;")
    return out


_SIZE = re.compile(r"-\d+x\d+(?=\.\w+$)")


def _orig(src: str) -> str:
    return _SIZE.sub("", src)


def _sized(src: str, size: str) -> str:
    stem, ext = _orig(src).rsplit(".", 1)
    return f"{stem}-{size}.{ext}"


def _srcset(b: str, src: str) -> str:
    o = _orig(src)
    return (f"{b}{src} 1024w, {b}{_sized(o, '300x200')} 300w, {b}{_sized(o, '768x512')} 768w, "
            f"{b}{o} 1280w")


def _img(b: str, src: str, wid: int, *, lazy: bool = False, cls: str = "", extra: str = "") -> str:
    classes = f"wp-image-{wid} {cls}".strip()
    attrs = f'width="1024" height="683" alt="" class="{classes}"'
    if lazy:
        ph = ("data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%201024%20683'"
              "%3E%3C/svg%3E")
        return (f'<img decoding="async" {attrs}{extra} src="{ph}" data-lazy-srcset="{_srcset(b, src)}" '
                f'data-lazy-sizes="(max-width: 1024px) 100vw, 1024px" data-lazy-src="{b}{src}" />'
                f'<noscript><img decoding="async" {attrs} src="{b}{src}" srcset="{_srcset(b, src)}" '
                f'sizes="(max-width: 1024px) 100vw, 1024px" /></noscript>')
    return (f'<img decoding="async" loading="lazy" {attrs}{extra} src="{b}{src}" srcset="{_srcset(b, src)}" '
            f'sizes="(max-width: 1024px) 100vw, 1024px" />')


def _ftn_calls(markup: str) -> str:
    """Word's footnote calls: the bracketed number is printed, inside its anchor."""
    return re.sub(
        r"\[(\d)\]",
        lambda m: (f'<a style="mso-footnote-id: ftn{m[1]};" title="" href="#_ftn{m[1]}" name="_ftnref{m[1]}">'
                   f'<span class="MsoFootnoteReference"><span style="font-size: 14.0pt; line-height: 115%;">'
                   f'[{m[1]}]</span></span></a>'),
        markup,
    )


_W_SPAN = '<span style="font-size: 14.0pt; line-height: 150%; font-family: \'Times New Roman\',serif;">'


def _word_p(inner: str) -> str:
    return (f'<p class="MsoNormal" style="margin-bottom: 6.0pt; text-align: justify; text-indent: 36.0pt; '
            f'line-height: 150%;">{_W_SPAN}{inner}<o:p></o:p></span></p>')


def _content(s: Story, b: str, blocks: list) -> str:
    """The post's entry-content as the editor left it."""
    out: list[str] = []
    i = 0
    n_img = 0
    while i < len(blocks):
        blk = blocks[i]
        if isinstance(blk, Raw):
            if blk.html != "<!--nextpage-->":
                out.append(blk.html)
            i += 1
            continue
        if isinstance(blk, Img):
            n_img += 1
            wid = s.id + 40 + n_img
            lazy = bool(s.opts.get("lazy"))
            if blk.style == "featured":
                i += 1
                continue
            if blk.style == "gal":
                items = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gal":
                    g = blocks[i]
                    items.append(
                        f'<figure class="wp-block-image size-large"><a href="{b}{_orig(g.src)}">'
                        f'{_img(b, g.src, s.id + 40 + n_img)}</a>'
                        f'<figcaption class="wp-element-caption">{esc(g.printed or "")}</figcaption></figure>')
                    i += 1
                    n_img += 1
                out.append('<figure class="wp-block-gallery has-nested-images columns-3 is-cropped '
                           'wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">'
                           + "\n".join(items) + "</figure>")
                continue
            if blk.style == "fig":
                cap = (f'<figcaption class="wp-element-caption">{esc(blk.printed)}</figcaption>'
                       if blk.printed else "")
                out.append(f'<figure class="wp-block-image aligncenter size-large">'
                           f'{_img(b, blk.src, wid, lazy=lazy)}{cap}</figure>')
            elif blk.style in ("wpcap", "attach"):
                tag = _img(b, blk.src, wid, cls="size-large",
                           extra=f' aria-describedby="caption-attachment-{wid}"')
                if blk.style == "attach":
                    att = s.opts["attachment"]
                    tag = f'<a href="{b}/{s.slug}/{att[0]}/" rel="attachment wp-att-{att[2]}">{tag}</a>'
                out.append(f'<div id="attachment_{wid}" style="width: 1034px" class="wp-caption aligncenter">'
                           f'{tag}<p id="caption-attachment-{wid}" class="wp-caption-text">'
                           f'{esc(blk.printed or "")}</p></div>')
            else:  # plain: image in its own centred paragraph, the line under it in italics
                out.append(f'<p style="text-align: center;">{_img(b, blk.src, wid, lazy=lazy, cls="aligncenter")}</p>')
                if blk.printed:
                    out.append(f'<p style="text-align: center;"><em>{esc(blk.printed)}</em></p>')
            i += 1
            continue
        st = blk.style
        if st in ("li",):
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(s, blocks[i].text)}</li>")
                i += 1
            out.append('<ul class="wp-block-list">' + "".join(items) + "</ul>")
            continue
        if st in ("th", "tr"):
            head, rows = "", []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    head = "<thead><tr>" + "".join(f"<th>{_t(s, c)}</th>" for c in cells) + "</tr></thead>"
                else:
                    rows.append("<tr>" + "".join(f"<td>{_t(s, c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append('<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">'
                       + head + "<tbody>" + "".join(rows) + "</tbody></table></figure>")
            continue
        if st in ("br", "emo"):
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == st:
                line = _t(s, blocks[i].text)
                if st == "emo":
                    line = (f'<img draggable="false" role="img" class="emoji" alt="👉" '
                            f'src="{_EMOJI}1f449.svg"> {line}')
                lines.append(line)
                i += 1
            out.append("<p>" + "<br />\n".join(lines) + "</p>")
            continue
        if st == "mli":
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "mli":
                out.append(
                    '<p class="MsoListParagraphCxSpMiddle" style="margin-left: 54.0pt; text-indent: -18.0pt; '
                    'line-height: 150%; mso-list: l0 level1 lfo1;"><!-- [if !supportLists]-->'
                    f'{_W_SPAN}<span style="mso-list: Ignore;">-<span style="font: 7.0pt \'Times New Roman\';">'
                    '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->'
                    f'{_W_SPAN}{_t(s, blocks[i].text)}<o:p></o:p></span></p>')
                i += 1
            continue
        if st.startswith("ftn"):
            notes = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style.startswith("ftn"):
                k = blocks[i].style[3:]
                rest = blocks[i].text.split("] ", 1)[1]
                notes.append(
                    f'<div id="ftn{k}" style="mso-element: footnote;"><p class="MsoFootnoteText">'
                    f'<a style="mso-footnote-id: ftn{k};" title="" href="#_ftnref{k}" name="_ftn{k}">'
                    f'<span class="MsoFootnoteReference"><span style="font-size: 10.0pt;">[{k}]</span></span>'
                    f'</a> {_t(s, rest)}</p></div>')
                i += 1
            out.append('<div style="mso-element: footnote-list;"><br clear="all" />'
                       '<hr align="left" size="1" width="33%" />' + "\n".join(notes) + "</div>")
            continue
        txt = _t(s, blk.text)
        if st == "b":
            out.append(f"<p><strong>{txt}</strong></p>")
        elif st in ("h3", "h4"):
            out.append(f'<{st} class="wp-block-heading">{txt}</{st}>')
        elif st == "q":
            out.append(f'<blockquote class="wp-block-quote"><p><em>{txt}</em></p></blockquote>')
        elif st == "w":
            out.append(_word_p(_ftn_calls(txt)))
        else:
            out.append(f'<p style="text-align: justify;">{txt}</p>' if s.id % 2 else f"<p>{txt}</p>")
        if s.opts.get("nbsp") and i % 3 == 1:
            out.append("<p>&nbsp;</p>")
        i += 1
    return "\n".join(out)


def _doc(s: Story, b: str) -> str:
    """A notice typed as an official document: letterhead table, kind and subject, text, closing."""
    d = s.opts["doc"]
    paras = "\n".join(f'<p style="text-align: justify; text-indent: 30px;">{_t(s, p.text)}</p>'
                      for p in s.blocks if isinstance(p, P))
    nn = "<br />".join(f"- {esc(x)}" for x in d["noi_nhan"])
    return f"""<figure class="wp-block-table"><table style="border-collapse: collapse; width: 100%;" border="0">
<tbody><tr>
<td style="width: 42%; text-align: center; border: none;">SỞ GD&amp;ĐT QUẢNG NGÃI<br /><strong>TRƯỜNG THPT PHẠM VĂN ĐỒNG</strong><br />{esc(d["so"])}</td>
<td style="width: 58%; text-align: center; border: none;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br /><strong><u>Độc lập – Tự do – Hạnh phúc</u></strong><br /><em>{esc(d["noi_ngay"])}</em></td>
</tr></tbody></table></figure>
<p style="text-align: center;"><strong>{esc(d["kind"])}</strong><br /><strong>{esc(d["subject"])}</strong></p>
{paras}
<figure class="wp-block-table"><table style="border-collapse: collapse; width: 100%;" border="0"><tbody><tr>
<td style="width: 50%; border: none; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br /><span style="font-size: 11pt;">{nn}</span></td>
<td style="width: 50%; text-align: center; border: none;"><strong>{esc(d["post"])}</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>{esc(d["signer"])}</strong></td>
</tr></tbody></table></figure>
<div class="wp-block-file"><a id="wp-block-file--media-{s.id}" href="{b}{d["pdf"]}">TB-187-nghi-hoc-bao-so-13</a><a href="{b}{d["pdf"]}" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-{s.id}">Tải về</a></div>"""


def _pages_of(s: Story) -> list[list]:
    """The post's blocks cut at <!--nextpage-->."""
    pages: list[list] = [[]]
    for blk in s.blocks:
        if isinstance(blk, Raw) and blk.html == "<!--nextpage-->":
            pages.append([])
        else:
            pages[-1].append(blk)
    return pages


def _plain(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", re.sub(r"<noscript>.*?</noscript>", "", markup, flags=re.S))
    return re.sub(r"\s+", " ", _html.unescape(no_tags)).strip()


def _excerpt(s: Story, words: int = 40) -> str:
    """WordPress's automatic excerpt: the content's first words, letterhead and all."""
    src = _doc(s, "") if "doc" in s.opts else _content(s, "", _pages_of(s)[0])
    parts = unicodedata.normalize("NFC", _plain(src)).split(" ")
    return " ".join(parts[:words]) + (" […]" if len(parts) > words else "")


def _date_vn(s: Story) -> str:
    return _wp(s).strftime("%d/%m/%Y")


def _thumb(s: Story) -> str | None:
    feat = s.opts.get("featured")
    return _sized(feat[0], "300x200") if feat else None


def _cat_path(slug: str) -> str:
    parent = CATS[slug][1]
    return f"/category/{parent}/{slug}/" if parent else f"/category/{slug}/"


def _utc(dt: datetime) -> str:
    return (dt - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _is_post_of_cat(s: Story, slug: str) -> bool:
    cats = s.opts["cats"]
    return slug in cats or any(CATS[c][1] == slug for c in cats)


# --- chrome --------------------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Giới thiệu chung", "/gioi-thieu/"), ("Liên hệ", "/lien-he/")]),
    ("Tin tức", "/tin-tuc/", [("Tin tức – Sự kiện", "/category/tin-tuc-su-kien/"),
                              ("Thông báo", "/category/thong-bao/"),
                              ("Đoàn Thanh niên", "/category/doan-thanh-nien/")]),
    ("Tổ chuyên môn", "/category/to-chuyen-mon/", [("Tổ Ngữ văn", "/category/to-chuyen-mon/to-ngu-van/"),
                                                   ("Tổ Toán – Tin", "/category/to-chuyen-mon/to-toan-tin/")]),
    ("Khóa học", "/courses/", []),
    ("Sự kiện", "/events/", []),
    ("Liên hệ", "/lien-he/", []),
]


def _menu(b: str, mobile: bool = False) -> str:
    items = []
    for n, (label, href, subs) in enumerate(_MENU):
        mid = 1511 + n * 7
        cls = "menu-item menu-item-type-custom menu-item-object-custom"
        if subs:
            cls += " menu-item-has-children"
            sub = "".join(
                f'<li id="menu-item-{mid + k + 1}" class="menu-item menu-item-type-taxonomy '
                f'menu-item-object-category menu-item-{mid + k + 1} tc-menu-item tc-menu-depth-1">'
                f'<a href="{b}{h}" class="tc-menu-inner tc-megamenu-title">{esc(lb)}</a></li>'
                for k, (lb, h) in enumerate(subs))
            sub = f'<ul class="sub-menu">{sub}</ul>'
        else:
            sub = ""
        caret = '<span class="icon-toggle"><i class="fa fa-angle-down"></i></span>' if subs else ""
        items.append(f'<li id="{"mobile-" if mobile else ""}menu-item-{mid}" class="{cls} menu-item-{mid} '
                     f'tc-menu-item tc-menu-depth-0 tc-menu-align-left tc-menu-layout-default">'
                     f'<a href="{b}{href}" class="tc-menu-inner">{esc(label)}</a>{caret}{sub}</li>')
    return "".join(items)


def _head(b: str, title: str, canonical: str, *, og_type: str = "website", extra: str = "",
          robots: str = "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1",
          desc: str = "") -> str:
    d = f'<meta name="description" content="{esc(desc)}" />\n' if desc else ""
    return f"""<!DOCTYPE html>
<html itemscope itemtype="http://schema.org/WebPage" lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<link rel="pingback" href="{b}/xmlrpc.php">
<meta name='robots' content='{robots}' />
<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{esc(title)}</title>
{d}<link rel="canonical" href="{b}{canonical}" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="{og_type}" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:url" content="{b}{canonical}" />
<meta property="og:site_name" content="{SITE}" />
{extra}<meta name="twitter:card" content="summary_large_image" />
<!-- / Yoast SEO plugin. -->
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" href="{b}/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='{b}/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' type='text/css' media='all' />
<link rel='stylesheet' id='learnpress-css' href='{b}/wp-content/plugins/learnpress/assets/css/learnpress.min.css?ver=4.2.7.4' type='text/css' media='all' />
<link rel='stylesheet' id='thim-style-css' href='{b}/wp-content/themes/eduma/style.css?ver=5.6.5' type='text/css' media='all' />
<link rel='stylesheet' id='thim-style-options-css' href='{b}/wp-content/uploads/tc_stylesheets/eduma.1733112233.css?ver=6.7.1' type='text/css' media='all' />
<script type="text/javascript" src="{b}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="icon" href="{b}{UP}/2024/08/favicon-pvd-32x32.png" sizes="32x32" />
<style id="thim-customizer-inline-styles">.top_site_main .page-title-wrapper h1{{font-size:32px}}</style>
</head>
"""


def _header(b: str) -> str:
    return f"""<div id="thim-preloading"><div class="thim-loading-icon"><div class="sk-folding-cube"></div></div></div>
<div class="mobile-menu-wrapper">
<div class="mobile-menu-inner"><div class="icon-wrapper"><div class="menu-mobile-effect navbar-toggle close-icon" data-effect="mobile-effect"><span class="icon-bar"></span></div></div>
<nav class="mobile-menu-container mobile-effect"><ul class="nav navbar-nav">{_menu(b, True)}</ul></nav></div></div>
<div id="wrapper-container" class="wrapper-container">
<div class="content-pusher">
<header id="masthead" class="site-header affix-top bg-custom-sticky header_overlay header_v1">
<div id="toolbar" class="toolbar">
<div class="container"><div class="row"><div class="col-sm-12"><div class="toolbar-container">
<aside id="text-2" class="widget widget_text"><div class="textwidget"><div class="thim-have-any-question">
<div class="mobile"><i class="fa fa-phone"></i><a href="tel:02553859123" class="value">0255 3859 123</a></div>
<div class="email"><i class="fa fa-envelope"></i><a href="mailto:c3phamvandong@quangngai.edu.vn">c3phamvandong@quangngai.edu.vn</a></div>
</div></div></aside>
<aside id="text-5" class="widget widget_text"><div class="textwidget"><span class="thim-ngay-thang"><i class="fa fa-calendar"></i> {TODAY}</span></div></aside>
<aside id="thim_layout_builder-4" class="widget widget_thim_layout_builder"><div class="thim-widget-social thim-widget-social-base"><div class="thim-social"><ul class="social_link">
<li><a class="facebook hasTooltip" href="https://www.facebook.com/thptphamvandong.ducpho" target="_blank"><i class="fa fa-facebook"></i></a></li>
<li><a class="youtube hasTooltip" href="https://www.youtube.com/@thptphamvandongducpho" target="_blank"><i class="fa fa-youtube"></i></a></li>
</ul></div></div></aside>
</div></div></div></div></div>
<div class="thim-nav-wrapper container"><div class="row"><div class="navigation col-sm-12"><div class="tm-table">
<div class="width-logo table-cell sm-logo"><a href="{b}/" title="{SITE} - Trung thực – Kỷ cương – Sáng tạo" rel="home" class="no-sticky-logo"><img src="{b}{UP}/2024/08/logo-pvd.png" alt="{SITE}" width="264" height="62"></a><a href="{b}/" rel="home" class="sticky-logo"><img src="{b}{UP}/2024/08/logo-pvd-sticky.png" alt="{SITE}" width="264" height="62"></a></div>
<nav class="width-navigation table-cell table-right"><div class="inner-navigation"><div class="navbar-wrapper"><ul class="nav navbar-nav menu-main-menu">{_menu(b)}</ul></div>
<div class="menu-right header_v1"><div class="thim-search-popup"><div class="search-toggle"><i class="fa fa-search"></i></div></div></div></div>
<div class="menu-mobile-effect navbar-toggle" data-effect="mobile-effect"><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></div></nav>
</div></div></div></div>
</header>
<div id="main-content">
"""


def _title_bar(b: str, heading: str, crumbs: list[tuple[str, str | None]]) -> str:
    lis = []
    for pos, (name, href) in enumerate(crumbs, 1):
        sep = '<span class="breadcrum-icon"><i class="ti-angle-right"></i></span>' if pos < len(crumbs) else ""
        if href:
            lis.append(f'<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
                       f'<a itemprop="item" href="{b}{href}" title="{esc(name)}"><span itemprop="name">{esc(name)}'
                       f'</span></a><meta itemprop="position" content="{pos}" />{sep}</li>')
        else:
            short = name if len(name) <= 60 else name[:57].rsplit(" ", 1)[0] + "..."
            lis.append(f'<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
                       f'<span itemprop="name" title="{esc(name)}">{esc(short)}</span>'
                       f'<meta itemprop="position" content="{pos}" /></li>')
    return f"""<section class="content-area">
<div class="top_heading  _out">
<div class="top_site_main " style="color: #ffffff;background-image:url({b}{UP}/2024/08/top-heading-pvd.jpg);">
<span class="overlay-top-header" style="background:rgba(0,0,0,0.45);"></span>
<div class="page-title-wrapper"><div class="banner-wrapper container"><h1>{esc(heading)}</h1></div></div>
</div>
<div class="breadcrumb-content "><div class="breadcrumbs-wrapper container">
<ul itemprop="breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList" id="breadcrumbs" class="breadcrumbs">{"".join(lis)}</ul>
</div></div>
</div>
"""


def _recent(b: str, n: int, cls: str = "") -> str:
    lis = []
    for s in ORDERED[:n]:
        th = _thumb(s)
        img = (f'<div class="thumbnail"><a href="{b}/{s.slug}/"><img width="150" height="150" src="{b}{_sized(th, "150x150")}" '
               f'class="attachment-thumbnail size-thumbnail wp-post-image" alt="" /></a></div>') if th else ""
        lis.append(f'<div class="item-post{cls}">{img}<div class="article-title-wrapper">'
                   f'<h5><a href="{b}/{s.slug}/" class="article-title">{esc(s.title)}</a></h5>'
                   f'<div class="article-date"><span class="day">{_wp(s):%d}</span><span class="month">'
                   f'Th{_wp(s):%m}</span><span class="year">{_wp(s):%Y}</span></div></div></div>')
    return "".join(lis)


def _sidebar(b: str) -> str:
    tops, subs = [], {}
    for n, (slug, (name, parent)) in enumerate(CATS.items()):
        count = sum(1 for s in STORIES if _is_post_of_cat(s, slug))
        li = f'<li class="cat-item cat-item-{11 + n}"><a href="{b}{_cat_path(slug)}">{esc(name)}</a> ({count})'
        if parent:
            subs.setdefault(parent, []).append(li + "</li>")
        else:
            tops.append((slug, li))
    cats = [li + (f'<ul class="children">{"".join(subs[slug])}</ul>' if slug in subs else "") + "</li>"
            for slug, li in tops]
    popular = sorted([S2, S6, S4, S3], key=lambda s: s.views(), reverse=True)
    pop = "".join(f'<li><a href="{b}/{s.slug}/" title="{esc(s.title)}">{esc(s.title)}</a> - {s.views():,} lượt xem</li>'
                  .replace(",", ".") for s in popular)
    months = "".join(f'<li><a href="{b}/2026/{m:02d}/">Tháng {m} 2026</a></li>' for m in (12, 11, 10))
    return f"""<div id="sidebar" class="widget-area col-sm-3 sticky-sidebar" role="complementary">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{b}/">
<label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label>
<button type="submit" class="search-submit"><span class="ti-search"></span></button></form></aside>
<aside id="categories-3" class="widget widget_categories"><h4 class="widget-title">Chuyên mục</h4><ul>{"".join(cats)}</ul></aside>
<aside id="thim_layout_builder-7" class="widget widget_thim_layout_builder"><h4 class="widget-title">Bài viết mới</h4>
<div class="thim-widget-recent-posts"><div class="thim-recent-posts-widget">{_recent(b, 5)}</div></div></aside>
<aside id="text-9" class="widget widget_text"><h4 class="widget-title">Thông báo</h4><div class="textwidget">
<p><span style="color: #ff0000;"><strong>Lịch tiếp công dân:</strong></span> Hiệu trưởng tiếp công dân vào sáng thứ Năm hằng tuần tại Phòng Hiệu trưởng (tầng 2, nhà A).</p>
<p>Phụ huynh tra cứu điểm qua ứng dụng <strong>eNetViet</strong> hoặc cổng <a href="https://quangngai.vnedu.vn" target="_blank" rel="noopener">vnEdu</a>.</p></div></aside>
<aside id="views-2" class="widget widget_views"><h4 class="widget-title">Xem nhiều</h4><ul>{pop}</ul></aside>
<aside id="polls-widget-2" class="widget widget_polls-widget"><h4 class="widget-title">Thăm dò ý kiến</h4>
<div id="polls-4" class="wp-polls"><form id="polls_form_4" class="wp-polls-form" action="/index.php" method="post">
<p style="display: none;"><input type="hidden" id="poll_4_nonce" name="wp-polls-nonce" value="8c1f0d2a7e" /></p>
<p style="display: none;"><input type="hidden" name="poll_id" value="4" /></p>
<p style="text-align: center;"><strong>Bạn đánh giá thế nào về website mới của nhà trường?</strong></p>
<div id="polls-4-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
<li><input type="radio" id="poll-answer-13" name="poll_4" value="13" /> <label for="poll-answer-13">Rất hữu ích</label></li>
<li><input type="radio" id="poll-answer-14" name="poll_4" value="14" /> <label for="poll-answer-14">Hữu ích</label></li>
<li><input type="radio" id="poll-answer-15" name="poll_4" value="15" /> <label for="poll-answer-15">Cần cải thiện</label></li>
</ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(4);" /></p>
<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(4); return false;" title="Xem kết quả">Xem kết quả</a></p></div></form></div></aside>
<aside id="archives-2" class="widget widget_archive"><h4 class="widget-title">Lưu trữ</h4><ul>{months}</ul></aside>
<aside id="custom_html-3" class="widget_text widget widget_custom_html"><h4 class="widget-title">Liên kết</h4><div class="textwidget custom-html-widget">
<a href="https://moet.gov.vn" target="_blank"><img src="{b}{UP}/2024/08/banner-bo-gddt.png" alt="Bộ GD&amp;ĐT" width="270" height="70"></a>
<a href="https://sgddt.quangngai.gov.vn" target="_blank"><img src="{b}{UP}/2024/08/banner-so-gddt-qn.png" alt="Sở GD&amp;ĐT Quảng Ngãi" width="270" height="70"></a>
<a href="https://thituyensinh.vn" target="_blank"><img src="{b}{UP}/2024/08/banner-thi-tot-nghiep.jpg" alt="Thi tốt nghiệp THPT" width="270" height="70"></a></div></aside>
<aside id="wpstatistics_widget-2" class="widget widget_wpstatistics_widget"><h4 class="widget-title">Thống kê truy cập</h4>
<ul><li><label>Đang online:&nbsp;</label>17</li><li><label>Hôm nay:&nbsp;</label>412</li><li><label>Hôm qua:&nbsp;</label>938</li>
<li><label>Tháng này:&nbsp;</label>4.127</li><li><label>Tổng truy cập:&nbsp;</label>1.284.563</li></ul></aside>
</div>
"""


def _footer(b: str) -> str:
    return f"""</div><!-- #main-content -->
<footer id="colophon" class=" site-footer">
<div class="footer"><div class="container"><div class="row">
<aside id="siteorigin-panels-builder-5" class="widget widget_siteorigin-panels-builder footer_widget">
<div id="pl-w5f1a" class="panel-layout"><div id="pg-w5f1a-0" class="panel-grid panel-no-style">
<div id="pgc-w5f1a-0-0" class="panel-grid-cell"><div id="panel-w5f1a-0-0-0" class="so-panel widget widget_black-studio-tinymce widget_black_studio_tinymce panel-first-child panel-last-child">
<h3 class="widget-title">{SITE.upper()}</h3><div class="textwidget">
<p><i class="fa fa-map-marker"></i> Số 45 đường Nguyễn Tất Thành, phường Đức Phổ, tỉnh Quảng Ngãi</p>
<p><i class="fa fa-phone"></i> Điện thoại: 0255 3859 123 – Fax: 0255 3859 124</p>
<p><i class="fa fa-envelope"></i> Email: c3phamvandong@quangngai.edu.vn</p></div></div></div>
<div id="pgc-w5f1a-0-1" class="panel-grid-cell"><div id="panel-w5f1a-0-1-0" class="so-panel widget widget_nav_menu">
<h3 class="widget-title">Liên kết nhanh</h3><div class="menu-footer-container"><ul id="menu-footer" class="menu">
<li class="menu-item"><a href="{b}/gioi-thieu/">Giới thiệu</a></li><li class="menu-item"><a href="{b}/tin-tuc/">Tin tức</a></li>
<li class="menu-item"><a href="{b}/courses/">Khóa học trực tuyến</a></li><li class="menu-item"><a href="{b}/events/">Sự kiện</a></li>
<li class="menu-item"><a href="{b}/lien-he/">Liên hệ</a></li></ul></div></div></div>
<div id="pgc-w5f1a-0-2" class="panel-grid-cell"><div id="panel-w5f1a-0-2-0" class="so-panel widget widget_thim_layout_builder">
<h3 class="widget-title">Tin mới</h3><div class="thim-footer-posts">{_recent(b, 3, " footer-post")}</div></div></div>
</div></div></aside>
</div></div></div>
<div class="copyright-area"><div class="container"><div class="copyright-content"><div class="row">
<div class="col-sm-6"><p class="text-copyright">Bản quyền © 2024 – 2026 {SITE}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>
<div class="col-sm-6 text-right"><p class="text-copyright">Thiết kế bởi <a href="https://webtruonghoc.vn" target="_blank" rel="nofollow">WebTrườngHọc</a> · Theme Eduma</p></div>
</div></div></div></div>
</footer>
</div></div><!-- .wrapper-container -->
<a href="#" id="back-to-top"><i class="fa fa-chevron-up" aria-hidden="true"></i></a>
<div class="zalo-chat-widget" data-oaid="1789456123004567" data-welcome-message="Trường THPT Phạm Văn Đồng rất vui khi được hỗ trợ bạn!" data-autopopup="0"></div>
<script src="https://sp.zalo.me/plugins/sdk.js"></script>
<script type="text/javascript" src="{b}/wp-content/themes/eduma/assets/js/main.min.js?ver=5.6.5" id="thim-main-js"></script>
<script type="text/javascript" src="{b}/wp-includes/js/wp-emoji-release.min.js?ver=6.7.1" defer></script>
</body>
</html>
"""


def _body_open(cls: str) -> str:
    return (f'<body class="{cls} wp-embed-responsive theme-eduma learnpress learnpress-page '
            'thim-body-preload bg-boxed-image thim-popup-feature" id="thim-body">\n')


def _layout(b: str, main: str, sidebar: bool = True) -> str:
    if not sidebar:
        return f'<div class="container site-content"><div class="row"><main id="main" class="site-main col-sm-12 full-width">{main}</main></div></div></section>\n'
    return (f'<div class="container site-content sidebar-right"><div class="row">'
            f'<main id="main" class="site-main col-sm-9 alignleft">{main}</main>{_sidebar(b)}</div></div></section>\n')


# --- pages ---------------------------------------------------------------------------------------


def _cat_links(b: str, s: Story) -> str:
    return ", ".join(f'<a href="{b}{_cat_path(c)}" rel="category tag">{esc(CATS[c][0])}</a>' for c in s.opts["cats"])


def _crumbs_for(s: Story) -> list[tuple[str, str | None]]:
    primary = s.opts["cats"][0]
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc/")]
    parent = CATS[primary][1]
    if parent:
        crumbs.append((CATS[parent][0], _cat_path(parent)))
    crumbs.append((CATS[primary][0], _cat_path(primary)))
    crumbs.append((s.title, None))
    return crumbs


def _schema(b: str, s: Story, canonical: str) -> str:
    wp = _wp(s)
    mod = datetime.strptime(s.opts["modified"], "%Y-%m-%d %H:%M") if "modified" in s.opts else wp + timedelta(minutes=7)
    feat = s.opts.get("featured")
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "@id": f"{b}{canonical}#article",
             "isPartOf": {"@id": f"{b}{canonical}"},
             "author": {"name": ACCOUNTS[s.opts["acc"]], "@id": f"{b}/#/schema/person/{s.opts['acc']}"},
             "headline": s.title[:110], "datePublished": _utc(wp), "dateModified": _utc(mod),
             "mainEntityOfPage": {"@id": f"{b}{canonical}"}, "commentCount": len(s.opts.get("comments", [])),
             "publisher": {"@id": f"{b}/#organization"},
             **({"image": {"@id": f"{b}{canonical}#primaryimage"}, "thumbnailUrl": f"{b}{feat[0]}"} if feat else {}),
             "articleSection": [CATS[c][0] for c in sorted(s.opts["cats"], key=lambda c: CATS[c][0])],
             "inLanguage": "vi"},
            {"@type": "WebPage", "@id": f"{b}{canonical}", "url": f"{b}{canonical}",
             "name": f"{s.title} - {SITE}", "datePublished": _utc(wp), "dateModified": _utc(mod),
             "breadcrumb": {"@id": f"{b}{canonical}#breadcrumb"}, "inLanguage": "vi"},
            {"@type": "Organization", "@id": f"{b}/#organization", "name": SITE, "url": f"{b}/",
             "logo": {"@type": "ImageObject", "url": f"{b}{UP}/2024/08/logo-pvd.png"}},
            {"@type": "Person", "@id": f"{b}/#/schema/person/{s.opts['acc']}", "name": ACCOUNTS[s.opts["acc"]]},
        ],
    }
    return ('<script type="application/ld+json" class="yoast-schema-graph">'
            + json.dumps(graph, ensure_ascii=False) + "</script>\n")


def _comments(b: str, s: Story, reply_to: int | None) -> str:
    comments = s.opts.get("comments", [])
    form = f"""<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">{"Trả lời " + esc(next(c[1] for c in comments if c[0] == reply_to)) if reply_to else "Để lại bình luận"} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{b}/{s.slug}/#respond"{"" if reply_to else ' style="display:none;"'}>Hủy</a></small></h3>
<form action="{b}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p>
<p class="comment-form-comment"><textarea placeholder="Bình luận *" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea></p>
<p class="comment-form-author"><input placeholder="Họ tên *" id="author" name="author" type="text" value="" size="30" /></p>
<p class="comment-form-email"><input placeholder="Email *" id="email" name="email" type="email" value="" size="30" /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" />
<input type='hidden' name='comment_post_ID' value='{s.id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='{reply_to or 0}' /></p></form></div>"""

    def one(c: tuple) -> str:
        cid, who, when, _parent, said = c
        kids = [k for k in comments if k[3] == cid]
        child = f'<ul class="children">{"".join(one(k) for k in kids)}</ul>' if kids else ""
        here = form if reply_to == cid else ""
        return (f'<li class="comment byuser even thread-even depth-{2 if _parent else 1}" id="comment-{cid}">'
                f'<div id="div-comment-{cid}" class="comment-body"><div class="wrapper-comment">'
                f'<div class="avatar"><img alt="" src="https://secure.gravatar.com/avatar/{cid:x}a1e?s=105&#038;d=mm&#038;r=g" '
                f'class="avatar avatar-105 photo" height="105" width="105" /></div><div class="comment-right">'
                f'<div class="comment-extra-info"><div class="author"><span class="author-name">{esc(who)}</span></div>'
                f'<div class="date" itemprop="commentTime">{esc(when)}</div>'
                f"<a rel='nofollow' class='comment-reply-link' href='{b}/{s.slug}/?replytocom={cid}#respond' "
                f'data-commentid="{cid}" data-postid="{s.id}" data-belowelement="div-comment-{cid}" '
                f'data-respondelement="respond" aria-label="Trả lời {esc(who)}">Trả lời</a></div>'
                f'<div class="content-comment"><p>{esc(said)}</p></div></div></div></div>{here}{child}</li>')

    top = [c for c in comments if c[3] is None]
    lst = (f'<h3 class="comments-title"><span class="title">{len(comments)} Bình luận</span></h3>'
           f'<ol class="comment-list">{"".join(one(c) for c in top)}</ol>') if comments else ""
    return (f'<div id="comments" class="comments-area"><div class="comment-respond-area">{lst}'
            f'{"" if reply_to else form}</div></div>')


def _related(b: str, s: Story) -> str:
    same = [o for o in ORDERED if o is not s and o.opts["cats"][0] == s.opts["cats"][0]]
    others = [o for o in ORDERED if o is not s and o not in same]
    items = []
    for o in (same + others)[:3]:
        th = _thumb(o)
        img = (f'<a href="{b}/{o.slug}/" title="{esc(o.title)}"><img src="{b}{th}" width="300" height="200" alt="{esc(o.title)}"></a>'
               if th else f'<a href="{b}/{o.slug}/" class="no-thumb"><img src="{b}/wp-content/themes/eduma/images/placeholder-300x200.jpg" alt=""></a>')
        items.append(f'<div class="post-{o.id} post"><div class="category-posts clear">{img}'
                     f'<div class="rel-post-text"><h5><a href="{b}/{o.slug}/">{esc(o.title)}</a></h5>'
                     f'<div class="date">{_date_vn(o)}</div></div></div></div>')
    return (f'<section class="related-archive"><h3 class="single-title">Bạn có thể thích</h3>'
            f'<div class="archived-posts"><div class="thim-carousel-wrapper" data-visible="3" data-itemtablet="2" '
            f'data-itemmobile="1" data-pagination="1">{"".join(items)}</div></div></section>')


def _navigation(b: str, s: Story) -> str:
    k = ORDERED.index(s)
    older = ORDERED[k + 1] if k + 1 < len(ORDERED) else None
    newer = ORDERED[k - 1] if k else None
    out = ['<div class="entry-navigation-post clearfix">']
    if older:
        out.append(f'<div class="prev-post"><p class="heading">Bài trước</p><h5 class="title">'
                   f'<a href="{b}/{older.slug}/">{esc(older.title)}</a></h5><div class="date">{_date_vn(older)}</div></div>')
    if newer:
        out.append(f'<div class="next-post"><p class="heading">Bài sau</p><h5 class="title">'
                   f'<a href="{b}/{newer.slug}/">{esc(newer.title)}</a></h5><div class="date">{_date_vn(newer)}</div></div>')
    out.append("</div>")
    return "".join(out)


def _post_page(req: Request, s: Story, page_no: int = 1, reply_to: int | None = None) -> Response:
    b = base_url(req)
    pages = _pages_of(s)
    canonical = f"/{s.slug}/" if page_no == 1 else f"/{s.slug}/{page_no}/"
    wp = _wp(s)
    feat = s.opts.get("featured")
    first_img = feat[0] if feat else next((i.src for i in s.images), f"{UP}/2024/08/og-default-pvd.jpg")
    desc = _excerpt(s, 28).replace(" […]", "…")
    extra = (f'<meta property="og:description" content="{esc(desc)}" />\n'
             f'<meta property="article:publisher" content="https://www.facebook.com/thptphamvandong.ducpho" />\n'
             f'<meta property="article:published_time" content="{_utc(wp)}" />\n')
    if "modified" in s.opts:
        extra += f'<meta property="article:modified_time" content="{_utc(datetime.strptime(s.opts["modified"], "%Y-%m-%d %H:%M"))}" />\n'
    extra += (f'<meta property="og:image" content="{b}{_orig(first_img)}" />\n'
              f'<meta name="author" content="{ACCOUNTS[s.opts["acc"]]}" />\n'
              f'<meta name="twitter:label1" content="Được viết bởi" /><meta name="twitter:data1" content="{ACCOUNTS[s.opts["acc"]]}" />\n'
              + _schema(b, s, canonical)
              + f'<link rel="shortlink" href="{b}/?p={s.id}" />\n')
    robots = "noindex, follow" if reply_to else None
    head = _head(b, f"{s.title} - {SITE}", canonical, og_type="article", extra=extra, desc=desc,
                 **({"robots": robots} if robots else {}))
    cats = " ".join(f"category-{c}" for c in s.opts["cats"])
    tags = " ".join(f"tag-{t}" for t in s.opts.get("tags", []))
    body_cls = (f"post-template-default single single-post postid-{s.id} single-format-standard "
                f"{'has-post-thumbnail' if feat else ''}")
    ncom = len(s.opts.get("comments", []))
    meta = []
    if "modified" in s.opts:
        mod = datetime.strptime(s.opts["modified"], "%Y-%m-%d %H:%M")
        meta.append(f'<li class="entry-modified"><span>Cập nhật</span><span class="value"> {mod:%d/%m/%Y %H:%M}</span></li>')
    meta += [
        f'<li class="author"><span>Posted by</span> <span class="vcard author author_name">'
        f'<a href="{b}/author/{s.opts["acc"]}/">{ACCOUNTS[s.opts["acc"]]}</a></span></li>',
        f'<li class="entry-category"><span>Categories</span> {_cat_links(b, s)}</li>',
        f'<li class="entry-date"><span>Ngày đăng</span><span class="value"> {wp:%d/%m/%Y %H:%M}</span></li>',
        f'<li class="comment-total"><span>Bình luận</span><a href="{b}/{s.slug}/#respond">{ncom} bình luận</a></li>',
    ]
    featured = ""
    if feat or any(i.style == "featured" for i in s.images):
        fsrc = feat[0] if feat else next(i.src for i in s.images if i.style == "featured")
        featured = (f'<div class="post-formats-wrapper"><img width="1280" height="720" src="{b}{fsrc}" '
                    f'class="attachment-full size-full wp-post-image" alt="" decoding="async" fetchpriority="high" /></div>')
    content = _doc(s, b) if "doc" in s.opts else _content(s, b, pages[page_no - 1])
    if len(pages) > 1:
        links = []
        for n in range(1, len(pages) + 1):
            href = f"{b}/{s.slug}/" if n == 1 else f"{b}/{s.slug}/{n}/"
            links.append(f'<span class="post-page-numbers current" aria-current="page">{n}</span>' if n == page_no
                         else f'<a href="{href}" class="post-page-numbers">{n}</a>')
        content += f'\n<div class="page-links">Trang: {" ".join(links)}</div>'
    tag_html = ""
    if s.opts.get("tags"):
        tag_html = ('<p class="post-tag"><span>Tag:</span>'
                    + ", ".join(f'<a href="{b}/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in s.opts["tags"])
                    + "</p>")
    url = f"{b}/{s.slug}/"
    share = (f'<ul class="thim-social-share"><li class="heading">Chia sẻ:</li>'
             f'<li><div class="facebook-social"><a target="_blank" class="facebook" href="https://www.facebook.com/sharer.php?u={url}" title="Facebook"><i class="fa fa-facebook"></i></a></div></li>'
             f'<li><div class="twitter-social"><a target="_blank" class="twitter" href="https://twitter.com/share?url={url}&amp;text={esc(s.title)}" title="Twitter"><i class="fa fa-twitter"></i></a></div></li>'
             f'<li><div class="zalo-share-button" data-href="{url}" data-oaid="1789456123004567" data-layout="2" data-color="blue" data-customize="false"></div></li></ul>')
    main = f"""<article id="post-{s.id}" class="post-{s.id} post type-post status-publish format-standard {'has-post-thumbnail ' if feat else ''}hentry {cats} {tags}">
<div class="page-content-inner">
<header class="entry-header">
<h1 class="entry-title">{esc(s.title)}</h1>
<ul class="entry-meta">{"".join(meta)}</ul>
</header>
{featured}
<div class="entry-content">
{content}
</div>
<div class="entry-tag-share"><div class="row"><div class="col-sm-6">{tag_html}</div><div class="col-sm-6">{share}</div></div></div>
{_navigation(b, s)}
</div>
</article>
{_related(b, s)}
{_comments(b, s, reply_to)}"""
    heading = "Tin tức"
    page = (head + _body_open(body_cls) + _header(b) + _title_bar(b, heading, _crumbs_for(s))
            + _layout(b, main) + _footer(b))
    return html(page, headers={"Link": f'<{b}/?p={s.id}>; rel=shortlink', "X-Powered-By": "PHP/8.1.30"})


PER_PAGE = 5


def _list_item(b: str, s: Story, sticky: bool = False) -> str:
    th = _thumb(s)
    wp = _wp(s)
    img = (f'<div class="entry-top"><div class="post-formats-wrapper"><a class="post-image" href="{b}/{s.slug}/">'
           f'<img width="300" height="200" src="{b}{th}" class="attachment-medium size-medium wp-post-image" alt="" '
           f'decoding="async" loading="lazy" /></a></div></div>') if th else ""
    ncom = len(s.opts.get("comments", []))
    return f"""<article id="post-{s.id}" class="blog-grid-1 post-{s.id} post type-post status-publish format-standard {'sticky ' if sticky else ''}hentry {' '.join('category-' + c for c in s.opts['cats'])}">
<div class="content-inner">{img}
<div class="entry-content">
<header class="entry-header">
<div class="date-meta">{wp:%d}<i> Th{wp:%m}</i></div>
<div class="entry-contain">
<h2 class="entry-title"><a href="{b}/{s.slug}/" rel="bookmark">{'<span class="sticky-post"><i class="fa fa-thumb-tack"></i></span> ' if sticky else ''}{esc(s.title)}</a></h2>
<ul class="entry-meta"><li class="author"><span>Posted by</span> <span class="vcard author author_name"><a href="{b}/author/{s.opts['acc']}/">{ACCOUNTS[s.opts['acc']]}</a></span></li>
<li class="entry-category"><span>Categories</span> {_cat_links(b, s)}</li>
<li class="comment-total"><span>Bình luận</span><a href="{b}/{s.slug}/#respond">{ncom} bình luận</a></li></ul>
</div>
</header>
<div class="entry-summary"><p>{esc(_excerpt(s))}</p></div>
<div class="readmore"><a href="{b}/{s.slug}/">Đọc tiếp</a></div>
</div></div>
</article>"""


def _pagination(b: str, base_path: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return f"{b}{base_path}" if n == 1 else f"{b}{base_path}page/{n}/"

    lis = []
    if page > 1:
        lis.append(f'<li><a class="prev page-numbers" href="{href(page - 1)}"><i class="fa fa-long-arrow-left"></i></a></li>')
    for n in range(1, pages + 1):
        lis.append(f'<li><span aria-current="page" class="page-numbers current">{n}</span></li>' if n == page
                   else f'<li><a class="page-numbers" href="{href(n)}">{n}</a></li>')
    if page < pages:
        lis.append(f'<li><a class="next page-numbers" href="{href(page + 1)}"><i class="fa fa-long-arrow-right"></i></a></li>')
    return "<div class=\"pagination loop-pagination\"><ul class='page-numbers'>\n\t" + "\n\t".join(lis) + "\n</ul></div>"


def _listing(req: Request, posts: list[Story], base_path: str, page: int, heading: str,
             crumbs: list[tuple[str, str | None]], body_cls: str, sticky: bool = False,
             intro: str = "") -> Response | None:
    b = base_url(req)
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE: page * PER_PAGE]
    items = []
    if sticky and page == 1:
        stick = [s for s in STORIES if s.opts.get("sticky")]
        items += [_list_item(b, s, True) for s in stick]
        chunk = [s for s in chunk if s not in stick]
    items += [_list_item(b, s) for s in chunk]
    canonical = base_path if page == 1 else f"{base_path}page/{page}/"
    title = f"{heading} - {SITE}" if page == 1 else f"{heading} - Trang {page} trên {pages} - {SITE}"
    links = ""
    if page > 1:
        links += f'<link rel="prev" href="{b}{base_path if page == 2 else f"{base_path}page/{page - 1}/"}" />\n'
    if page < pages:
        links += f'<link rel="next" href="{b}{base_path}page/{page + 1}/" />\n'
    main = f"""{intro}<div class="thim-blog-top switch-layout-container"><div class="switch-layout"><a href="javascript:;" class="list switchToGrid switch-active"><i class="fa fa-th-large"></i></a><a href="javascript:;" class="grid switchToList"><i class="fa fa-list-ul"></i></a></div>
<div class="post-index">Hiển thị {(page - 1) * PER_PAGE + 1}–{min(page * PER_PAGE, len(posts))} trong {len(posts)} kết quả</div></div>
<div class="row blog-content archive_switch blog-list">
{"".join(items)}
</div>
{_pagination(b, base_path, page, pages)}"""
    page_html = (_head(b, title, canonical, extra=links) + _body_open(body_cls) + _header(b)
                 + _title_bar(b, heading, crumbs) + _layout(b, main) + _footer(b))
    return html(page_html)


def _home(req: Request) -> Response:
    b = base_url(req)

    def card(s: Story, n: int) -> str:
        th = _thumb(s)
        img = (f'<div class="article-image"><a href="{b}/{s.slug}/"><img src="{b}{th}" width="300" height="200" '
               f'alt="{esc(s.title)}"></a></div>') if th else ""
        return (f'<div class="item-post item-{n}">{img}<div class="article-title-wrapper">'
                f'<h5 class="title"><a href="{b}/{s.slug}/" class="article-title">{esc(s.title)}</a></h5>'
                f'<div class="date">{_date_vn(s)}</div><div class="description">{esc(_excerpt(s, 22))}</div></div></div>')

    news = [s for s in ORDERED if "tin-tuc-su-kien" in s.opts["cats"]][:4]
    notices = [s for s in ORDERED if "thong-bao" in s.opts["cats"]][:3]
    youth = [s for s in ORDERED if "doan-thanh-nien" in s.opts["cats"]][:2]
    ticker = " &nbsp;|&nbsp; ".join(f'<a href="{b}/{s.slug}/">{esc(s.title)}</a>' for s in notices)
    ev = EVENTS[0]
    courses = "".join(
        f'<div class="course-item"><div class="course-thumbnail"><a class="thumb" href="{b}/courses/{c["slug"]}/">'
        f'<img src="{b}{_sized(c["img"], "400x300")}" alt="{esc(c["title"])}" width="400" height="300"></a></div>'
        f'<div class="thim-course-content"><div class="course-author"><div class="author-contain"><div class="value">'
        f'{esc(c["teacher"])}</div></div></div><h2 class="course-title"><a href="{b}/courses/{c["slug"]}/">'
        f'{esc(c["title"])}</a></h2><div class="course-meta"><div class="course-students"><label>Học viên</label>'
        f'<div class="value"><i class="fa fa-group"></i>{c["students"]}</div></div><div class="course-price">'
        f'<div class="value free-course">Miễn phí</div></div></div></div></div>' for c in COURSES)
    main = f"""<div id="pl-12" class="panel-layout">
<div id="pg-12-0" class="panel-grid panel-has-style"><div class="thim-rev-slider panel-row-style panel-row-style-for-12-0"><div id="pgc-12-0-0" class="panel-grid-cell">
<div id="panel-12-0-0-0" class="so-panel widget widget_rev-slider panel-first-child panel-last-child">
<rs-module-wrap id="rev_slider_3_1_wrapper" data-source="gallery"><rs-module id="rev_slider_3_1" data-version="6.6.20"><rs-slides>
<rs-slide data-key="rs-7" data-title="Slide"><img src="{b}{UP}/2024/08/slider-truong-pvd-1.jpg" alt="" title="slider-truong-pvd-1" width="1920" height="800" class="rev-slidebg" data-no-retina>
<rs-layer id="slider-3-slide-7-layer-1" data-type="text">Chào mừng năm học mới 2026 – 2027</rs-layer></rs-slide>
<rs-slide data-key="rs-8" data-title="Slide"><img src="{b}{UP}/2024/08/slider-truong-pvd-2.jpg" alt="" width="1920" height="800" class="rev-slidebg" data-no-retina>
<rs-layer id="slider-3-slide-8-layer-1" data-type="text">Trung thực – Kỷ cương – Sáng tạo</rs-layer></rs-slide>
</rs-slides></rs-module></rs-module-wrap></div></div></div></div>
<div id="pg-12-1" class="panel-grid panel-no-style"><div id="pgc-12-1-0" class="panel-grid-cell">
<div id="panel-12-1-0-0" class="so-panel widget widget_text"><div class="thim-thong-bao-chay"><span class="lbl"><i class="fa fa-bullhorn"></i> Thông báo:</span><marquee behavior="scroll" scrollamount="4" onmouseover="this.stop();" onmouseout="this.start();">{ticker}</marquee></div></div></div></div>
<div id="pg-12-2" class="panel-grid panel-has-style"><div class="siteorigin-panels-stretch thim-fix-stretched panel-row-style"><div id="pgc-12-2-0" class="panel-grid-cell">
<div id="panel-12-2-0-0" class="so-panel widget widget_heading panel-first-child"><div class="thim-widget-heading thim-widget-heading-base"><div class="sc_heading text-left"><h3 class="title">Tin tức – Sự kiện</h3><p class="sub-heading">Hoạt động nổi bật của nhà trường</p><span class="line"></span></div></div></div>
<div id="panel-12-2-0-1" class="so-panel widget widget_list-post"><div class="thim-widget-list-post thim-widget-list-post-base"><div class="thim-list-posts style-2">{"".join(card(s, n) for n, s in enumerate(news, 1))}
<div class="link_read_more"><a href="{b}/category/tin-tuc-su-kien/">Xem tất cả tin tức <i class="fa fa-long-arrow-right"></i></a></div></div></div></div>
</div>
<div id="pgc-12-2-1" class="panel-grid-cell">
<div id="panel-12-2-1-0" class="so-panel widget widget_heading"><div class="sc_heading text-left"><h3 class="title">Thông báo</h3><span class="line"></span></div></div>
<div id="panel-12-2-1-1" class="so-panel widget widget_list-post"><div class="thim-widget-list-post"><div class="thim-list-posts style-1">{"".join(card(s, n) for n, s in enumerate(notices, 1))}</div></div></div>
<div id="panel-12-2-1-2" class="so-panel widget widget_heading"><div class="sc_heading text-left"><h3 class="title">Hoạt động Đoàn</h3><span class="line"></span></div></div>
<div id="panel-12-2-1-3" class="so-panel widget widget_list-post panel-last-child"><div class="thim-widget-list-post"><div class="thim-list-posts style-1">{"".join(card(s, n) for n, s in enumerate(youth, 1))}</div></div></div>
</div></div></div>
<div id="pg-12-3" class="panel-grid panel-no-style"><div id="pgc-12-3-0" class="panel-grid-cell">
<div id="panel-12-3-0-0" class="so-panel widget widget_list-event"><div class="thim-widget-list-event thim-widget-list-event-base"><div class="thim-list-event">
<div class="sc_heading text-left"><h3 class="title">Sự kiện sắp diễn ra</h3></div>
<div class="item-event post-{ev["id"]} tp_event type-tp_event status-publish has-post-thumbnail hentry">
<div class="time-from"><div class="date">19</div><div class="month">Tháng 12</div></div>
<div class="image"><img src="{b}{_sized(ev["img"], "450x233")}" alt="" width="450" height="233"></div>
<div class="event-wrapper"><h5 class="title"><a href="{b}/events/{ev["slug"]}/">{esc(ev["title"])}</a></h5>
<div class="meta"><div class="time"><i class="fa fa-clock-o"></i> 07:30 - 11:00</div><div class="location"><i class="fa fa-map-marker"></i> {esc(ev["place"])}</div></div>
<div class="description"><p>{esc(ev["text"][0])}</p></div></div></div>
<a class="view-all" href="{b}/events/">Xem tất cả sự kiện</a></div></div></div></div>
<div id="pgc-12-3-1" class="panel-grid-cell"><div id="panel-12-3-1-0" class="so-panel widget widget_courses"><div class="thim-widget-courses thim-widget-courses-base">
<div class="sc_heading text-left"><h3 class="title">Khóa học trực tuyến</h3></div><div class="thim-course-grid">{courses}</div>
<div class="view-all-courses"><a href="{b}/courses/">Tất cả khóa học <i class="lnr icon-arrow-right"></i></a></div></div></div></div></div>
<div id="pg-12-4" class="panel-grid panel-has-style"><div class="thim-bg-counter panel-row-style"><div id="pgc-12-4-0" class="panel-grid-cell">
<div class="so-panel widget widget_counters-box"><div class="counter-box"><div class="display-percentage" data-percentage="1326">1326</div><div class="counter-content-container"><div class="counter-box-content">Học sinh</div></div></div></div>
<div class="so-panel widget widget_counters-box"><div class="counter-box"><div class="display-percentage" data-percentage="33">33</div><div class="counter-box-content">Lớp học</div></div></div>
<div class="so-panel widget widget_counters-box"><div class="counter-box"><div class="display-percentage" data-percentage="78">78</div><div class="counter-box-content">Cán bộ, giáo viên</div></div></div>
</div></div></div>
<div id="pg-12-5" class="panel-grid panel-no-style"><div id="pgc-12-5-0" class="panel-grid-cell"><div class="so-panel widget widget_text">
<h3 class="widget-title">Thư ngỏ của Hiệu trưởng</h3><div class="textwidget"><p>Chào mừng quý phụ huynh, các em học sinh và các bạn đến với website của Trường THPT Phạm Văn Đồng. Trải qua 40 năm xây dựng và phát triển, nhà trường luôn là địa chỉ tin cậy của phụ huynh và học sinh phường Đức Phổ và các xã lân cận.</p>
<p style="text-align: right;"><em>Hiệu trưởng Trần Minh Quang</em></p></div></div></div>
<div id="pgc-12-5-1" class="panel-grid-cell"><div class="so-panel widget widget_video"><div class="thim-widget-video"><iframe width="560" height="315" src="https://www.youtube.com/embed/x7KpV3c0QfA" title="Giới thiệu Trường THPT Phạm Văn Đồng" frameborder="0" allowfullscreen></iframe></div></div></div></div>
</div>"""
    page = (_head(b, f"{SITE} - Trung thực – Kỷ cương – Sáng tạo", "/", desc="Website chính thức của Trường THPT Phạm Văn Đồng, phường Đức Phổ, tỉnh Quảng Ngãi.")
            + _body_open("home page-template page-template-page-templates page-template-homepage page-id-12 page")
            + _header(b) + '<section class="content-area">' + _layout(b, main, sidebar=False) + _footer(b))
    return html(page)


def _simple_page(req: Request, canonical: str, heading: str, body_cls: str, main: str,
                 crumbs: list[tuple[str, str | None]] | None = None, sidebar: bool = True,
                 og_type: str = "article") -> Response:
    b = base_url(req)
    crumbs = crumbs or [("Trang chủ", "/"), (heading, None)]
    page = (_head(b, f"{heading} - {SITE}", canonical, og_type=og_type) + _body_open(body_cls) + _header(b)
            + _title_bar(b, heading, crumbs) + _layout(b, main, sidebar) + _footer(b))
    return html(page)


def _intro(req: Request) -> Response:
    b = base_url(req)
    main = f"""<article id="post-14" class="post-14 page type-page status-publish hentry"><div class="entry-content">
<div id="pl-14" class="panel-layout"><div class="so-panel widget widget_black-studio-tinymce"><div class="textwidget">
<h3>Lịch sử hình thành và phát triển</h3>
<p>Trường THPT Phạm Văn Đồng được thành lập theo Quyết định số 112/QĐ-UB ngày 15/8/1986 của UBND tỉnh Nghĩa Bình (cũ). Trải qua 40 năm xây dựng và trưởng thành, từ 6 lớp học với 280 học sinh, đến nay nhà trường có 33 lớp với 1.326 học sinh và 78 cán bộ, giáo viên, nhân viên.</p>
<p><img class="aligncenter size-large" src="{b}{UP}/2024/08/toan-canh-truong-pvd.jpg" alt="Toàn cảnh nhà trường" width="1024" height="576" /></p>
<p>Nhà trường được công nhận đạt chuẩn quốc gia mức độ 1 năm 2019, kiểm định chất lượng giáo dục cấp độ 3 năm 2023; nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc.</p>
<h3>Ban Giám hiệu</h3>
<table class="bgh"><tbody><tr><td>Thầy Trần Minh Quang</td><td>Hiệu trưởng</td><td>0905 112 358</td></tr>
<tr><td>Cô Võ Thị Kim Liên</td><td>Phó Hiệu trưởng</td><td>0914 223 617</td></tr>
<tr><td>Thầy Nguyễn Đức Thắng</td><td>Phó Hiệu trưởng</td><td>0935 448 902</td></tr></tbody></table>
</div></div></div></div></article>"""
    return _simple_page(req, "/gioi-thieu/", "Giới thiệu chung", "page-template-default page page-id-14", main)


def _contact(req: Request) -> Response:
    main = """<article id="post-16" class="post-16 page type-page status-publish hentry"><div class="entry-content">
<div class="thim-widget-icon-box"><h3 class="heading">Trường THPT Phạm Văn Đồng</h3>
<p>Địa chỉ: Số 45 đường Nguyễn Tất Thành, phường Đức Phổ, tỉnh Quảng Ngãi</p><p>Điện thoại: 0255 3859 123</p>
<p>Email: c3phamvandong@quangngai.edu.vn</p></div>
<div class="wpcf7 no-js" id="wpcf7-f1204-p16-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f1204-p16-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">
<input type="hidden" name="_wpcf7" value="1204" /><input type="hidden" name="_wpcf7_version" value="5.9.8" />
<p><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text" placeholder="Họ và tên *" value="" type="text" name="your-name" /></span></p>
<p><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email" placeholder="Email *" value="" type="email" name="your-email" /></span></p>
<p><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="6" class="wpcf7-form-control wpcf7-textarea" placeholder="Nội dung" name="your-message"></textarea></span></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi liên hệ" /></p></form></div>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3881.2!2d108.95!3d14.81" width="100%" height="380" style="border:0;" allowfullscreen="" loading="lazy"></iframe>
</div></article>"""
    return _simple_page(req, "/lien-he/", "Liên hệ", "page-template-default page page-id-16", main, sidebar=False)


def _event_page(req: Request, ev: dict) -> Response:
    b = base_url(req)
    over = ev["status"] == "Đã kết thúc"
    text = "".join(f"<p>{esc(t)}</p>" for t in ev["text"])
    countdown = ('<div class="tp-event-notice"><p class="message message-warning">Sự kiện đã kết thúc.</p></div>' if over else
                 '<div class="tp-event-countdown"><div class="tp_event_counter" data-time="2026-12-19 07:30:00">'
                 '<span class="days">13</span> Ngày <span class="hours">20</span> Giờ</div></div>')
    main = f"""<div class="tp_single_event">
<h1 class="entry-title">{esc(ev["title"])}</h1>
<div class="entry-thumbnail"><img src="{b}{ev["img"]}" width="1170" height="600" alt=""></div>
{countdown}
<div class="summary entry-summary"><div class="entry-content">{text}</div></div>
<div class="thim-event-info"><div class="inner">
<div class="item-info"><div class="heading"><i class="fa fa-clock-o"></i>Bắt đầu</div><div class="meta"><div class="date-start">{ev["start"][0]}</div><div class="date-end">{ev["start"][1]}</div></div></div>
<div class="item-info"><div class="heading"><i class="fa fa-flag"></i>Kết thúc</div><div class="meta"><div class="date-start">{ev["end"][0]}</div><div class="date-end">{ev["end"][1]}</div></div></div>
<div class="item-info"><div class="heading"><i class="fa fa-map-marker"></i>Địa điểm</div><div class="meta">{esc(ev["place"])}</div></div>
<div class="item-info"><div class="heading"><i class="fa fa-info-circle"></i>Trạng thái</div><div class="meta">{ev["status"]}</div></div>
</div></div>
<div class="thim-social-share"><a target="_blank" class="facebook" href="https://www.facebook.com/sharer.php?u={b}/events/{ev["slug"]}/"><i class="fa fa-facebook"></i></a></div>
</div>"""
    crumbs = [("Trang chủ", "/"), ("Sự kiện", "/events/"), (ev["title"], None)]
    return _simple_page(req, f"/events/{ev['slug']}/", "Sự kiện", f"tp_event-template-default single single-tp_event postid-{ev['id']}",
                        main, crumbs)


def _events(req: Request) -> Response:
    b = base_url(req)
    items = "".join(
        f'<div class="item-event post-{e["id"]} tp_event"><div class="time-from"><div class="date">{e["start"][1][:2]}</div>'
        f'<div class="month">Tháng {int(e["start"][1][3:5])}</div></div><div class="image"><img src="{b}{_sized(e["img"], "450x233")}" alt=""></div>'
        f'<div class="event-wrapper"><h5 class="title"><a href="{b}/events/{e["slug"]}/">{esc(e["title"])}</a></h5>'
        f'<div class="meta"><div class="time"><i class="fa fa-clock-o"></i> {e["start"][0]} - {e["end"][0]}</div>'
        f'<div class="location"><i class="fa fa-map-marker"></i> {esc(e["place"])}</div></div>'
        f'<div class="description"><p>{esc(e["text"][0])}</p></div></div></div>' for e in EVENTS)
    main = f"""<div class="list-tab-event"><ul class="nav nav-tabs"><li class="active"><a href="#tab-happening" data-toggle="tab">Đang diễn ra</a></li>
<li><a href="#tab-upcoming" data-toggle="tab">Sắp diễn ra</a></li><li><a href="#tab-expired" data-toggle="tab">Đã kết thúc</a></li></ul>
<div class="tab-content thim-list-event">{items}</div></div>"""
    return _simple_page(req, "/events/", "Sự kiện", "archive post-type-archive post-type-archive-tp_event", main,
                        og_type="website")


def _course_page(req: Request, c: dict) -> Response:
    b = base_url(req)
    text = "".join(f"<p>{esc(t)}</p>" for t in c["text"])
    secs = "".join(
        f'<li class="section" id="section-{n}"><h4 class="section-header"><span class="collapse"></span>{esc(t)}'
        f'<span class="meta"><span class="step">{len(ls)}</span></span></h4><ul class="section-content">'
        + "".join(f'<li class="course-item course-item-lp_lesson item-locked"><span class="item-name">{esc(x)}</span>'
                  f'<span class="course-item-meta"><i class="fa item-meta course-item-status trans"></i></span></li>' for x in ls)
        + "</ul></li>" for n, (t, ls) in enumerate(c["sections"], 1))
    main = f"""<article id="post-{c["id"]}" class="post-{c["id"]} lp_course type-lp_course status-publish has-post-thumbnail hentry course">
<div class="entry-content"><div id="lp-single-course" class="lp-single-course">
<div class="course-summary"><h1 class="entry-title" itemprop="name">{esc(c["title"])}</h1>
<div class="course-meta"><div class="course-author"><img alt="" src="https://secure.gravatar.com/avatar/7b1?s=40&#038;d=mm" class="avatar" height="40" width="40" />
<div class="author-contain"><label itemprop="jobTitle">Giảng viên</label><div class="value" itemprop="name">{esc(c["teacher"])}</div></div></div>
<div class="course-categories"><label>Danh mục</label><div class="value"><span class="cat-links">{esc(c["cat"])}</span></div></div>
<div class="course-review"><label>Đánh giá</label><div class="value"><div class="review-stars-rated"><div class="review-stars empty"></div></div><span>(0 đánh giá)</span></div></div></div>
<div class="course-payment"><div class="course-price"><div class="value free-course">Miễn phí</div></div>
<div class="lp-course-buttons"><form name="enroll-course" class="enroll-course" method="post" enctype="multipart/form-data"><input type="hidden" name="enroll-course" value="{c["id"]}"/><button class="lp-button button button-enroll-course">Đăng ký học</button></form></div></div>
<div class="course-thumbnail"><img src="{b}{c["img"]}" width="970" height="560" alt="{esc(c["title"])}"></div>
<div class="course-tabs"><ul class="nav nav-tabs"><li class="course-nav-tab-overview active"><a href="#tab-overview" data-toggle="tab"><i class="fa fa-bookmark"></i> <span>Tổng quan</span></a></li>
<li class="course-nav-tab-curriculum"><a href="#tab-curriculum" data-toggle="tab"><i class="fa fa-cube"></i> <span>Chương trình học</span></a></li>
<li class="course-nav-tab-instructor"><a href="#tab-instructor" data-toggle="tab"><i class="fa fa-user"></i> <span>Giảng viên</span></a></li></ul>
<div class="tab-content"><div class="tab-pane course-tab-panel-overview active" id="tab-overview"><div class="course-description" id="learn-press-course-description"><div class="thim-course-content">{text}</div></div></div>
<div class="tab-pane course-tab-panel-curriculum" id="tab-curriculum"><div class="course-curriculum" id="learn-press-course-curriculum"><div class="curriculum-scrollable"><ul class="curriculum-sections">{secs}</ul></div></div></div>
<div class="tab-pane course-tab-panel-instructor" id="tab-instructor"><div class="thim-about-author"><div class="author-bio"><div class="name">{esc(c["teacher"])}</div><div class="role">Giáo viên Trường THPT Phạm Văn Đồng</div></div></div></div></div></div>
<div class="thim-course-info"><h3 class="title">Thông tin khóa học</h3><ul><li><i class="fa fa-files-o"></i><span class="label">Bài học</span><span class="value">{c["lessons"]}</span></li>
<li><i class="fa fa-users"></i><span class="label">Học viên</span><span class="value">{c["students"]}</span></li><li><i class="fa fa-language"></i><span class="label">Ngôn ngữ</span><span class="value">Tiếng Việt</span></li></ul></div>
</div></div></div></article>"""
    crumbs = [("Trang chủ", "/"), ("Khóa học", "/courses/"), (c["cat"], None), (c["title"], None)]
    return _simple_page(req, f"/courses/{c['slug']}/", "Khóa học", f"lp_course-template-default single single-lp_course postid-{c['id']} learnpress",
                        main, crumbs)


def _courses(req: Request) -> Response:
    b = base_url(req)
    items = "".join(
        f'<div id="post-{c["id"]}" class="lpr_course course-grid-3 post-{c["id"]} lp_course"><div class="course-item">'
        f'<div class="course-thumbnail"><a class="thumb" href="{b}/courses/{c["slug"]}/"><img src="{b}{_sized(c["img"], "400x300")}" alt="" width="400" height="300"></a>'
        f'<a class="course-readmore" href="{b}/courses/{c["slug"]}/">Xem thêm</a></div><div class="thim-course-content">'
        f'<div class="course-author"><div class="author-contain"><div class="value">{esc(c["teacher"])}</div></div></div>'
        f'<h2 class="course-title"><a href="{b}/courses/{c["slug"]}/" rel="bookmark">{esc(c["title"])}</a></h2>'
        f'<div class="course-meta"><div class="course-students"><label>Học viên</label><div class="value"><i class="fa fa-group"></i>{c["students"]}</div></div>'
        f'<div class="course-price"><div class="value free-course">Miễn phí</div></div></div></div></div></div>' for c in COURSES)
    main = (f'<div class="thim-course-top switch-layout-container"><div class="course-index"><span>Hiển thị 1–{len(COURSES)} '
            f'trong {len(COURSES)} kết quả</span></div></div><div id="thim-course-archive" class="thim-course-grid">{items}</div>')
    return _simple_page(req, "/courses/", "Tất cả khóa học", "archive post-type-archive post-type-archive-lp_course learnpress",
                        main, [("Trang chủ", "/"), ("Tất cả khóa học", None)], og_type="website")


def _attachment(req: Request, s: Story) -> Response:
    b = base_url(req)
    slug, name, wid, full = s.opts["attachment"]
    main = f"""<article id="post-{wid}" class="post-{wid} attachment type-attachment status-inherit hentry">
<div class="page-content-inner"><header class="entry-header"><h1 class="entry-title">{name}</h1>
<ul class="entry-meta"><li class="author"><span>Posted by</span> <span class="vcard author author_name"><a href="{b}/author/quantri/">quantri</a></span></li>
<li class="entry-date"><span>Ngày đăng</span><span class="value"> {_wp(s):%d/%m/%Y %H:%M}</span></li></ul></header>
<div class="entry-content"><p class="attachment"><a href="{b}{full}"><img width="1024" height="683" src="{b}{_sized(full, "1024x683")}" class="attachment-large size-large" alt="" /></a></p>
<p>Học sinh thực hành sơ cấp cứu dưới sự hướng dẫn của cán bộ Hội Chữ thập đỏ</p></div>
<div class="entry-navigation-post clearfix"><div class="prev-post"><p class="heading">Đăng trong</p><h5 class="title"><a href="{b}/{s.slug}/">{esc(s.title)}</a></h5></div></div>
</div></article>"""
    crumbs = [("Trang chủ", "/"), (s.title, f"/{s.slug}/"), (name, None)]
    return _simple_page(req, f"/{s.slug}/{slug}/", name, f"attachment attachment-template-default single single-attachment postid-{wid}",
                        main, crumbs)


def _search(req: Request, term: str) -> Response:
    key = unicodedata.normalize("NFC", term).casefold().strip()
    hits = [s for s in ORDERED if key and key in s.title.casefold()]
    b = base_url(req)
    items = "".join(_list_item(b, s) for s in hits) or '<p class="message">Không tìm thấy kết quả phù hợp. Vui lòng thử lại với từ khóa khác.</p>'
    main = f'<div class="row blog-content archive_switch blog-list">{items}</div>'
    page = (_head(b, f"Kết quả tìm kiếm cho “{term}” - {SITE}", "/", robots="noindex, follow") + _body_open("search search-results")
            + _header(b) + _title_bar(b, f"Kết quả tìm kiếm: {term}", [("Trang chủ", "/"), (f"Kết quả tìm kiếm cho “{term}”", None)])
            + _layout(b, main) + _footer(b))
    return html(page)


def _feed(req: Request) -> Response:
    b = base_url(req)
    items = []
    for s in ORDERED[:10]:
        pub = (_wp(s) - timedelta(hours=7)).strftime("%a, %d %b %Y %H:%M:%S +0000")
        cats = "".join(f"<category><![CDATA[{CATS[c][0]}]]></category>" for c in s.opts["cats"])
        items.append(f"""<item>
<title>{esc(s.title)}</title>
<link>{b}/{s.slug}/</link>
<comments>{b}/{s.slug}/#respond</comments>
<dc:creator><![CDATA[{ACCOUNTS[s.opts["acc"]]}]]></dc:creator>
<pubDate>{pub}</pubDate>
{cats}
<guid isPermaLink="false">{b}/?p={s.id}</guid>
<description><![CDATA[{_excerpt(s, 55)}]]></description>
<slash:comments>{len(s.opts.get("comments", []))}</slash:comments>
</item>""")
    body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
<title>{SITE}</title>
<atom:link href="{b}/feed/" rel="self" type="application/rss+xml" />
<link>{b}</link>
<description>Trung thực – Kỷ cương – Sáng tạo</description>
<lastBuildDate>Thu, 03 Dec 2026 07:30:00 +0000</lastBuildDate>
<language>vi</language>
<generator>https://wordpress.org/?v=6.7.1</generator>
{"".join(items)}
</channel>
</rss>"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


ROBOTS = """User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
"""


# --- routing -------------------------------------------------------------------------------------

_PAGED = re.compile(r"^(?P<base>/.*?/)page/(?P<n>\d+)/$")
_MONTH = re.compile(r"^/2026/(?P<m>\d\d)/$")


def _archive(req: Request, base: str, page: int) -> Response | None:
    """Every listing WordPress prints for the blog: posts page, categories, tags, authors, months."""
    if base == "/tin-tuc/":
        return _listing(req, ORDERED, base, page, "Tin tức", [("Trang chủ", "/"), ("Tin tức", None)],
                        f"blog paged-{page}", sticky=True)
    parts = base.strip("/").split("/")
    if parts[0] == "category" and len(parts) in (2, 3):
        slug = parts[-1]
        if slug not in CATS or _cat_path(slug) != base:
            return None
        posts = [s for s in ORDERED if _is_post_of_cat(s, slug)]
        crumbs = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc/")]
        if CATS[slug][1]:
            crumbs.append((CATS[CATS[slug][1]][0], _cat_path(CATS[slug][1])))
        crumbs.append((CATS[slug][0], None))
        intro = f'<div class="archive-description"><p>Chuyên mục: {esc(CATS[slug][0])}</p></div>'
        return _listing(req, posts, base, page, CATS[slug][0], crumbs, f"archive category category-{slug}", intro=intro)
    if parts[0] == "tag" and len(parts) == 2 and parts[1] in TAGS:
        posts = [s for s in ORDERED if parts[1] in s.opts.get("tags", [])]
        name = TAGS[parts[1]]
        return _listing(req, posts, base, page, f"Thẻ: {name}", [("Trang chủ", "/"), (f"Thẻ: {name}", None)],
                        f"archive tag tag-{parts[1]}")
    if parts[0] == "author" and len(parts) == 2 and parts[1] in ACCOUNTS:
        posts = [s for s in ORDERED if s.opts["acc"] == parts[1]]
        name = ACCOUNTS[parts[1]]
        return _listing(req, posts, base, page, f"Tác giả: {name}", [("Trang chủ", "/"), (f"Tác giả: {name}", None)],
                        f"archive author author-{parts[1]}")
    m = _MONTH.match(base)
    if m and m["m"] in ("10", "11", "12"):
        posts = [s for s in ORDERED if _wp(s).month == int(m["m"])]
        name = f"Tháng {int(m['m'])} 2026"
        return _listing(req, posts, base, page, f"Lưu trữ: {name}", [("Trang chủ", "/"), ("2026", None), (name, None)],
                        "archive date")
    return None


class EdumaSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path == "/":
            if "p" in params and params["p"].isdigit() and int(params["p"]) in BY_ID:
                return redirect(f"/{BY_ID[int(params['p'])].slug}/", 301)
            if "s" in params:
                return _search(request, params["s"])
            return _home(request)
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path.lower().endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"}) if path.startswith(UP) else None
        if "." in path.rsplit("/", 1)[-1]:
            if path == "/index.php":
                return redirect("/", 301)
            return static_file(path)
        if not path.endswith("/"):
            # WordPress's canonical redirect adds the slash, but only where a page answers
            target = self.respond(Request("GET", path + "/", "", request.headers))
            return redirect(path + "/", 301) if target is not None and target.status == 200 else None
        if path == "/feed/":
            return _feed(request)
        if path == "/gioi-thieu/":
            return _intro(request)
        if path == "/lien-he/":
            return _contact(request)
        if path == "/events/":
            return _events(request)
        if path == "/courses/":
            return _courses(request)
        parts = path.strip("/").split("/")
        if parts[0] == "events" and len(parts) == 2 and parts[1] in EVENT_BY_SLUG:
            return _event_page(request, EVENT_BY_SLUG[parts[1]])
        if parts[0] == "courses" and len(parts) == 2 and parts[1] in COURSE_BY_SLUG:
            return _course_page(request, COURSE_BY_SLUG[parts[1]])
        if parts[0] == "category" and len(parts) == 2 and parts[1] in CATS and CATS[parts[1]][1]:
            return redirect(_cat_path(parts[1]), 301)
        paged = _PAGED.match(path)
        if paged:
            if paged["n"] == "1":
                return redirect(paged["base"], 301)
            return _archive(request, paged["base"], int(paged["n"]))
        listing = _archive(request, path, 1)
        if listing is not None:
            return listing
        if parts[0] in BY_SLUG:
            s = BY_SLUG[parts[0]]
            if len(parts) == 1:
                reply = params.get("replytocom", "")
                ids = {c[0] for c in s.opts.get("comments", [])}
                return _post_page(request, s, 1, int(reply) if reply.isdigit() and int(reply) in ids else None)
            if len(parts) == 2 and parts[1].isdigit() and 2 <= int(parts[1]) <= len(_pages_of(s)):
                return _post_page(request, s, int(parts[1]))
            if len(parts) == 2 and "attachment" in s.opts and parts[1] == s.opts["attachment"][0]:
                return _attachment(request, s)
        return None


def build_site() -> EdumaSite:
    return EdumaSite()


# --- gold ----------------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    path = f"/{s.slug}/"
    alt = [f"{path}?replytocom={c[0]}" for c in s.opts.get("comments", [])]
    alt += [f"{path}{n}/" for n in range(2, len(_pages_of(s)) + 1)]
    return gold_record(s, path, CATS[s.cat][0], canonical_path=path, alt_paths=alt)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    "/events/ngay-hoi-tu-van-tuyen-sinh-huong-nghiep-2027/",
    "/events/giai-bong-da-hoc-sinh-pvd-cup-2026/",
    "/courses/on-thi-tot-nghiep-thpt-mon-toan-2027/",
    "/courses/tieng-anh-giao-tiep-cho-hoc-sinh-thpt/",
    "/tap-huan-ky-nang-phong-chong-duoi-nuoc-va-so-cap-cuu/img_5021/",
]
