"""Trường THPT Phan Bội Châu (TP. Phan Thiết, Bình Thuận): WordPress 5.9 + OceanWP 3.1 + Ocean Extra.

Platform
--------
WordPress 5.9.3 with the OceanWP theme (3.1.x) and its companion plugin Ocean Extra, posts written
in the classic editor (TinyMCE): captions are ``[caption]`` shortcodes rendered by WP 5.9 as
``<figure class="wp-caption"><figcaption class="wp-caption-text">``, galleries are ``[gallery]``
shortcodes rendered as ``div.gallery > figure.gallery-item > figcaption.wp-caption-text
gallery-caption`` (thumbnails linking to attachment pages). ``wpautop`` turns single newlines into
``<br />``, ``wptexturize`` prints quotes and dashes as numeric references (``&#8220;``,
``&#8211;``). Plugins that write into ``the_content``: Post Views Counter, Easy Table of Contents,
Contextual Related Posts, a Facebook "like" button. Site language vi: dates printed with
``j F, Y`` ("4 Tháng Mười Hai, 2026"), no time anywhere on an article's own page.

URL scheme
----------
- start URL ``/`` (the blog index is the front page: OceanWP grid, 4 posts a page, "Đọc thêm"),
  ``/page/<n>/``; ``?paged=<n>`` answers 301 to the pretty form, ``/page/1/`` 301 to the base;
- posts ``/<category>/<slug>.html`` (custom structure ``/%category%/%postname%.html``, the category
  with the lowest term id); ``/?p=<id>`` (the shortlink in the head) 301 to it; a trailing slash
  301 to the form without; another category in the path 301 to the right one;
- categories ``/chuyen-muc/<slug>/`` and ``/chuyen-muc/<slug>/page/<n>/``;
- pages ``/<slug>/``; tags ``/tag/<slug>/``; authors ``/author/<login>/`` (+ ``page/<n>/``);
- attachments ``/<category>/<slug>.html/<attachment-slug>/``;
- search ``/?s=…`` (sidebar form), RSS ``/feed/``, ``/robots.txt``; ``/wp-json/…`` answers 401 (a
  "disable REST API" plugin), ``/wp-comments-post.php`` 405 to GET.

Page templates
--------------
- listing (home, category, tag, author, search): OceanWP ``#blog-entries.blog-grid`` of
  ``article.blog-entry.grid-entry`` (thumbnail, ``h2.blog-entry-title``, meta, excerpt,
  ``.blog-entry-readmore`` "Đọc thêm"), ``.oceanwp-pagination`` built by ``paginate_links``
  (type list, icon-only prev/next arrows);
- single post: ``header.page-header`` (h1 "Blog", breadcrumbs), ``article.single-post-article``
  holding ``h2.single-post-title``, ``ul.meta.ospm-default`` (Đăng bởi, [Cập nhật], date, category,
  comments, reading time), ``div.entry-content`` (the text and the plugins' boxes), tags, share
  buttons (Ocean Social Sharing), "Bài trước / Bài sau", the author box, "Bài viết liên quan", the
  comments and the reply form;
- page: page header with the title as h1, ``div.entry`` content;
- attachment: page header with the attachment's title, the picture, its caption, a comment form.
- chrome: top bar with the day ("Thứ Bảy, 05/12/2026"), hotline, mail; header with logo and a
  drop-down menu; right sidebar (Tìm kiếm, Bài viết mới with thumbnails, Chuyên mục with counts,
  Facebook page plugin, WP Statistics counter); footer widgets (address, links) and copyright.

How each gold article is reached
--------------------------------
Home ``/`` page 1 lists (sticky first) A12, A1, A2, A3, A4; ``/page/2/`` A5–A8; ``/page/3/``
A9–A12 (the sticky A12 a second time, as WP does); ``/page/4/`` A13. Category listings:
``/chuyen-muc/tin-tuc/`` A1 A4 A5 A6, its ``page/2/`` A9 A11 A13 (reachable from listings only on
page 2+, and along "Bài trước/Bài sau", related posts, tags, author pages);
``/chuyen-muc/thong-bao/`` A2 A4 A8 A12; ``/chuyen-muc/hoat-dong-doan/`` A3 A7 A10. The sidebar's
"Bài viết mới" lists A1–A5 on every page.

Traps
-----
1. Headline not in the h1 (not a README kind): the only ``<h1>`` of a post page is OceanWP's
   page-header title "Blog" (the theme's default for single posts); the headline is
   ``<h2 class="single-post-title entry-title">``; ``<title>`` adds " – Trường THPT Phan Bội
   Châu"; the breadcrumb's last item repeats the title. Gold title = the h2 as printed.
2. Dates in words, several dates around the text (dates): the meta prints "4 Tháng Mười Hai, 2026"
   (vi month names, no time); A11 prints "Cập nhật: 22 Tháng Mười, 2026" before it; related posts
   inside the article carry ``<time class="published" datetime="…T16:20:05+07:00">`` of other posts;
   comments carry times ("4 Tháng Mười Hai, 2026 lúc 8:11 chiều"); the RSS feed has full times.
   Gold: the meta's day alone ("2026-12-04"); A2 (an official notice) the letterhead's day.
3. Plugin boxes inside ``div.entry-content`` (not a README kind): Post Views Counter "Lượt xem:
   1,234" at the top, Easy Table of Contents "Nội dung chính" (a list repeating the headings, with
   ``span.ez-toc-section`` anchors inside the headings) before the first heading (A9), Contextual
   Related Posts "Có thể bạn quan tâm:" list and a Facebook like button at the end. None is body;
   A9's headings are body once each.
4. Attachment pages that look like posts (not a README kind): the gallery in A1 links each
   thumbnail to ``/tin-tuc/<slug>.html/<attachment>/``, a page with the theme's page header, the
   photo, its caption, the parent post's title in the breadcrumb and a comment form. Not articles
   (listed in NON_ARTICLES). Gold images of a gallery: the thumbnails as printed
   (``…-150x150.jpg``), captions from ``figcaption.gallery-caption``.
5. A slug of percent-encoded combining marks (not a README kind): A5 was typed with Unikey in
   "Unicode tổ hợp" (precomposed â/ê/ô/ơ/ư/ă/đ, tone marks as combining characters U+0300…U+0323):
   WP 5.9's ``remove_accents`` strips the letters but leaves the combining marks, which
   ``sanitize_title`` percent-encodes in lower-case hex: ``/tin-tuc/u%cc%81ng-du%cc%a3ng-…html``.
   The title and text are decomposed too. Gold: title/body in NFC; path as linked (lower-case
   hex); the upper-case hex form, which the site serves as well, in ``alt_paths``.
6. Comment reply links (duplicates; the mechanism is WP's): every comment has ``Trả lời`` →
   ``<post>.html?replytocom=<id>#respond``, which serves the whole article again (reply form
   opened). Those targets are ``alt_paths``. Comment text, commenters and their times are not
   body, authors or dates.
7. Bylines: "Đăng bởi" is a CMS account ("Quản trị viên" = admin, "BBT Website" = bbt) and the
   author box below the text describes the account: nobody. Authors come from the signature lines
   at the end of the text: "Tin, ảnh: X" (A1), "Tin: X – Ảnh: Y" (A6), a unit signing alone
   right-aligned ("Tổ Ngữ văn", "Văn phòng trường", "Đoàn trường THPT Phan Bội Châu", "BCH Công
   đoàn trường", "Ban Giám hiệu"), a name with the post after it ("Nguyễn Thanh Tùng – Bí thư Đoàn
   trường" → the name), a post above the name ("PHÓ HIỆU TRƯỞNG / Lê Minh Hoàng" → the name).
   Photographers from "Ảnh: X" lines printed under a photo in place of a caption (caption None).
8. Two categories, one URL (not a README kind): A4 is filed under "Tin tức - Sự kiện" and
   "Thông báo"; the URL and the breadcrumb use the lower term id (tin-tuc) while the meta lists
   both in name order ("Thông báo / Tin tức - Sự kiện"). It appears in both listings. Gold
   category = the breadcrumb's "Tin tức - Sự kiện". ``/thong-bao/<slug>.html`` 301s to it.
9. Pagination and discovery: ``paginate_links`` prints the next/previous arrows as icons only
   (``<a class="next page-numbers"><i class="fa fa-angle-right"></i></a>``) and links page 1 as
   the bare base URL; ``<link rel="next">`` in the head; a sticky post is repeated on home
   page 1 and page 3; ``?paged=`` 301s. Three articles
   are listed only on ``/chuyen-muc/tin-tuc/page/2/`` (and home pages 3–4).
10. Classic-editor text: Word-pasted ``p.MsoNormal`` spans (A11), ``<br />`` line breaks inside one
    ``<p>`` (A2, A11: each line its own paragraph), ``<p>&nbsp;</p>`` spacers, tables for data
    (rows are paragraphs, cells joined by " | "), a typed "👉 " (kept), a footnote call "[1]" kept
    in its sentence and its note kept as text (A9).
11. Official notice (README kind): A2 is printed with the letterhead table, "THÔNG BÁO / Về việc
    …", a "Nơi nhận" / signature table and a file line "Tải tệp đính kèm": none of it is body; date
    = letterhead's "ngày 01 tháng 12 năm 2026" (the post is dated 3 Tháng Mười Hai); author = signer.
12. Source vs. text (README kind): A10 is copied from the provincial paper and ends "Theo Báo Bình
    Thuận" (source "Báo Bình Thuận"); its body has a sentence "Theo bác sĩ Hiếu, …" which is text.
    Its photo is hot-linked from the paper's host (gold ``url``).

Gold decisions on ambiguous points
----------------------------------
- published_at: the day the article's own page prints (meta-date), never the feed's or related
  posts' ``datetime``, never "Cập nhật"; A2 the letterhead's day.
- Gallery images: the ``src`` printed (the 150×150 thumbnail), not the attachment page it links to
  nor the ``srcset``'s larger files; the listing thumbnails, sidebar thumbnails, related-post
  thumbnails, avatars and the logo are not the article's images.
- summary: only A4 and A6 print a bold lead paragraph (``<p><strong>…</strong></p>`` as the first
  paragraph): that is their sapo. The manual excerpts shown in the listings are not sapos.
- A "- " typed at the start of a line (A2) is text and stays; A11's "– " likewise.
- The footnote's entry "[1] Sách giáo khoa …" and its heading "Tài liệu tham khảo" are body (A9).
- Unit signatures keep their printed wording ("Tổ Toán – Tin").
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from datetime import datetime, timedelta
from urllib.parse import quote, unquote

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
)

NAME = "wp_oceanwp_classic_thpt"
PLATFORM = "WordPress 5.9 + OceanWP 3.1 (Ocean Extra), classic editor"
START_PATH = "/"

SITE = "Trường THPT Phan Bội Châu"
TAGLINE = "Phan Thiết – Bình Thuận"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4
UP = "/wp-content/uploads"

CATS = {
    # slug: (term id, name, description)
    "tin-tuc": (2, "Tin tức - Sự kiện"),
    "thong-bao": (3, "Thông báo"),
    "hoat-dong-doan": (5, "Hoạt động Đoàn"),
}
TAGS = {
    "hoc-sinh": "học sinh",
    "chuyen-de": "chuyên đề",
    "thi-dua": "thi đua",
    "doan-truong": "đoàn trường",
}
USERS = {
    # login: (display name, bio)
    "admin": (
        "Quản trị viên",
        "Tài khoản quản trị website Trường THPT Phan Bội Châu. Mọi ý kiến đóng góp xin gửi về "
        "hộp thư thptphanboichau.pt@binhthuan.edu.vn.",
    ),
    "bbt": (
        "BBT Website",
        "Ban biên tập website nhà trường: cập nhật tin tức, hoạt động dạy và học, phong trào của "
        "Đoàn trường.",
    ),
}

# --- the articles -----------------------------------------------------------------------------


def _img(name: str, month: str, printed: str | None = None, caption: str | None = None,
         style: str = "cap", size: str = "-1024x683") -> Img:
    return Img(f"{UP}/2026/{month}/{name}{size}.jpg", printed, caption, style)


A1 = Story(
    id=2841,
    slug="hoi-thi-rung-chuong-vang-khoi-10-nam-hoc-2026-2027",
    title="Sôi nổi hội thi “Rung chuông vàng” dành cho học sinh khối 10",
    cat="tin-tuc",
    published_at="2026-12-04",
    blocks=[
        P("Chiều ngày 03/12/2026, tại sân trường, Đoàn trường THPT Phan Bội Châu phối hợp với các "
          "tổ chuyên môn tổ chức hội thi “Rung chuông vàng” dành cho học sinh khối 10 năm học "
          "2026 – 2027. Đây là hoạt động thiết thực chào mừng 82 năm Ngày thành lập Quân đội nhân "
          "dân Việt Nam (22/12/1944 – 22/12/2026)."),
        P("Tham gia hội thi có 100 thí sinh đại diện cho 10 lớp khối 10, mỗi lớp cử 10 học sinh. "
          "Hệ thống câu hỏi gồm 30 câu thuộc các lĩnh vực Toán học, Khoa học tự nhiên, Lịch sử, "
          "Địa lý, Văn học, Tiếng Anh và hiểu biết về truyền thống của quê hương Bình Thuận."),
        P("Ngay từ những câu hỏi đầu tiên, không khí hội thi đã diễn ra hết sức sôi nổi. Nhiều câu "
          "hỏi về lịch sử Phan Thiết, về di tích Trường Dục Thanh đã khiến số thí sinh trên sàn "
          "thi giảm nhanh. Ban tổ chức đã hai lần thực hiện phần thi “cứu trợ” để đưa các bạn trở "
          "lại sàn thi."),
        Img(f"{UP}/2026/12/rcv-k10-01-150x150.jpg", "Toàn cảnh sàn thi với 100 thí sinh khối 10",
            "Toàn cảnh sàn thi với 100 thí sinh khối 10", "gallery"),
        Img(f"{UP}/2026/12/rcv-k10-02-150x150.jpg",
            "Các thí sinh giơ bảng đáp án ở câu hỏi số 12",
            "Các thí sinh giơ bảng đáp án ở câu hỏi số 12", "gallery"),
        Img(f"{UP}/2026/12/rcv-k10-03-150x150.jpg",
            "Thầy Hiệu trưởng trao giải Nhất cho em Võ Ngọc Bảo Trâm, lớp 10A1",
            "Thầy Hiệu trưởng trao giải Nhất cho em Võ Ngọc Bảo Trâm, lớp 10A1", "gallery"),
        P("Sau gần hai giờ tranh tài, em Võ Ngọc Bảo Trâm, học sinh lớp 10A1 là thí sinh cuối cùng "
          "trụ lại trên sàn thi và xuất sắc vượt qua câu hỏi số 27. Ban tổ chức trao giải Nhất cho "
          "em Bảo Trâm; giải Nhì thuộc về em Lê Hoàng Minh Khang (lớp 10A3); hai giải Ba được trao "
          "cho em Nguyễn Thị Thanh Tâm (lớp 10A5) và em Trần Gia Huy (lớp 10A2)."),
        P("Phát biểu tổng kết, thầy Nguyễn Văn Thành – Hiệu trưởng nhà trường – biểu dương tinh "
          "thần học tập nghiêm túc của các em và mong muốn hội thi sẽ được tổ chức thường xuyên ở "
          "các khối lớp, tạo sân chơi bổ ích giúp học sinh củng cố kiến thức, rèn luyện bản lĩnh."),
        Raw('<p style="text-align: right;"><em><strong>Tin, ảnh: Nguyễn Hoàng Phúc</strong></em></p>'),
    ],
    authors=["Nguyễn Hoàng Phúc"],
    photographers=["Nguyễn Hoàng Phúc"],
    opts={
        "date": "2026-12-04 16:20:05", "user": "bbt", "tags": ["hoc-sinh"], "views_box": True,
        "fb": True,
        "comments": [
            (45, 0, "Trần Thị Mai", "2026-12-04 20:11:37",
             "Chúc mừng em Bảo Trâm! Hội thi rất bổ ích, mong nhà trường tổ chức thêm cho khối 11."),
            (46, 45, "Quản trị viên", "2026-12-05 07:02:10",
             "Cảm ơn chị đã quan tâm. Đoàn trường sẽ tổ chức hội thi cho khối 11 vào học kỳ II."),
        ],
        "excerpt": "Chiều ngày 03/12/2026, tại sân trường, Đoàn trường THPT Phan Bội Châu phối "
                   "hợp với các tổ chuyên môn tổ chức hội thi “Rung chuông vàng” dành cho học "
                   "sinh khối 10 năm học 2026 – 2027.",
        "thumb": f"{UP}/2026/12/rcv-k10-01",
    },
)

_LETTERHEAD = (
    '<table style="width: 100%; border-collapse: collapse;" border="0">\n<tbody>\n<tr>\n'
    '<td style="width: 42%; text-align: center; vertical-align: top;">SỞ GD&amp;ĐT BÌNH THUẬN<br />\n'
    '<strong>TRƯỜNG THPT PHAN BỘI CHÂU</strong><br />\n'
    '<span style="font-size: 10pt;">———————</span><br />\nSố: 215/TB-THPTPBC</td>\n'
    '<td style="width: 58%; text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ '
    'NGHĨA VIỆT NAM</strong><br />\n<strong><u>Độc lập &#8211; Tự do &#8211; Hạnh phúc</u></strong>'
    '<br />\n<br />\n<em>Phan Thiết, ngày 01 tháng 12 năm 2026</em></td>\n</tr>\n</tbody>\n</table>\n'
    '<p>&nbsp;</p>\n'
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />\n'
    '<strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 &#8211; 2027</strong></p>'
)
_SIGNER_TABLE = (
    '<table style="width: 100%; border-collapse: collapse;" border="0">\n<tbody>\n<tr>\n'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />\n'
    '<span style="font-size: 10pt;">&#8211; Các tổ chuyên môn;<br />\n&#8211; GVCN các lớp;<br />\n'
    '&#8211; Đăng website trường;<br />\n&#8211; Lưu: VT.</span></td>\n'
    '<td style="width: 50%; text-align: center; vertical-align: top;"><strong>KT. HIỆU TRƯỞNG<br />\n'
    'PHÓ HIỆU TRƯỞNG</strong><br />\n<br />\n<em>(Đã ký)</em><br />\n<br />\n'
    '<strong>Trần Quốc Việt</strong></td>\n</tr>\n</tbody>\n</table>\n'
    '<p><img class="alignnone" src="/wp-includes/images/media/document.png" alt="" width="16" '
    'height="20" /> Tải tệp đính kèm: <a href="/wp-content/uploads/2026/12/215-TB-lich-kiem-tra-HKI.pdf">'
    '215-TB-lich-kiem-tra-HKI.pdf</a> (182 KB)</p>'
)

A2 = Story(
    id=2836,
    slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
    cat="thong-bao",
    published_at="2026-12-01",
    blocks=[
        Raw(_LETTERHEAD),
        P("Căn cứ Kế hoạch số 128/KH-THPTPBC ngày 05/9/2026 của Trường THPT Phan Bội Châu về kế "
          "hoạch giáo dục nhà trường năm học 2026 – 2027;"),
        P("Căn cứ Công văn số 2350/SGDĐT-GDTrH ngày 20/11/2026 của Sở Giáo dục và Đào tạo Bình "
          "Thuận về việc kiểm tra, đánh giá cuối học kỳ I;"),
        P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I các môn học như sau:"),
        P("1. Thời gian kiểm tra", "b"),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "tr"),
        P("Thứ Hai, 21/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
        P("Thứ Hai, 21/12/2026 | Chiều | Lịch sử | 45 phút", "tr"),
        P("Thứ Ba, 22/12/2026 | Sáng | Toán | 90 phút", "tr"),
        P("Thứ Tư, 23/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
        P("Thứ Năm, 24/12/2026 | Sáng | Các môn lựa chọn | 45 phút", "tr"),
        P("2. Yêu cầu", "b"),
        P("- Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh; nhắc "
          "nhở học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút."),
        P("- Học sinh mang theo thẻ học sinh, không mang điện thoại di động và tài liệu vào phòng "
          "kiểm tra.", "br"),
        P("- Các tổ chuyên môn hoàn thành việc ra đề, duyệt đề và nộp về bộ phận khảo thí trước "
          "ngày 16/12/2026.", "br"),
        P("Đề nghị cán bộ, giáo viên, nhân viên và học sinh nghiêm túc thực hiện./."),
        Raw(_SIGNER_TABLE),
    ],
    authors=["Trần Quốc Việt"],
    opts={
        "date": "2026-12-03 09:05:47", "user": "admin", "views_box": True,
        "excerpt": "SỞ GD&ĐT BÌNH THUẬN TRƯỜNG THPT PHAN BỘI CHÂU ——————— Số: 215/TB-THPTPBC "
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc Phan Thiết, "
                   "ngày 01 tháng 12 năm 2026 THÔNG BÁO Về việc tổ chức kiểm tra cuối học kỳ I",
    },
)

A3 = Story(
    id=2830,
    slug="ngoai-khoa-hoc-sinh-voi-van-hoa-giao-thong-nam-2026",
    title="Ngoại khóa “Học sinh với văn hóa giao thông” năm 2026",
    cat="hoat-dong-doan",
    published_at="2026-12-02",
    blocks=[
        P("Nhằm nâng cao nhận thức và ý thức chấp hành pháp luật về trật tự an toàn giao thông cho "
          "đoàn viên, thanh niên, sáng ngày 30/11/2026, Đoàn trường THPT Phan Bội Châu phối hợp với "
          "Đội Cảnh sát giao thông – Công an thành phố Phan Thiết tổ chức buổi ngoại khóa với chủ "
          "đề “Học sinh với văn hóa giao thông”."),
        _img("ngoai-khoa-atgt-1", "12", "Ảnh: Minh Quân", None, "credit"),
        P("Tại buổi ngoại khóa, Thượng úy Phạm Văn Lực đã tuyên truyền những nội dung cơ bản của "
          "Luật Trật tự, an toàn giao thông đường bộ, tập trung vào các quy định liên quan trực "
          "tiếp đến học sinh như: độ tuổi được phép điều khiển xe gắn máy, việc đội mũ bảo hiểm khi "
          "tham gia giao thông, không đi hàng ba, không lạng lách, đánh võng."),
        P("Thông qua những đoạn phim tình huống và hình ảnh thực tế về tai nạn giao thông trên địa "
          "bàn tỉnh, các em học sinh đã nhận thức rõ hơn hậu quả nặng nề do hành vi thiếu ý thức "
          "gây ra cho bản thân, gia đình và xã hội."),
        _img("ngoai-khoa-atgt-2", "12",
             "Học sinh tham gia trả lời câu hỏi tìm hiểu pháp luật về giao thông",
             "Học sinh tham gia trả lời câu hỏi tìm hiểu pháp luật về giao thông"),
        P("Buổi ngoại khóa còn có phần thi tìm hiểu kiến thức với nhiều câu hỏi thực tế; 20 phần "
          "quà đã được trao cho những học sinh trả lời đúng."),
        P("Kết thúc chương trình, 1.250 đoàn viên, học sinh toàn trường đã ký cam kết chấp hành "
          "nghiêm các quy định về an toàn giao thông, nói không với xe máy khi chưa đủ tuổi, chưa có "
          "giấy phép lái xe."),
        Raw('<p style="text-align: right;"><strong>Đoàn trường THPT Phan Bội Châu</strong></p>'),
    ],
    authors=["Đoàn trường THPT Phan Bội Châu"],
    photographers=["Minh Quân"],
    opts={"date": "2026-12-02 15:20:11", "user": "bbt", "tags": ["hoc-sinh", "doan-truong"],
          "crp": True, "thumb": f"{UP}/2026/12/ngoai-khoa-atgt-1"},
)

A4 = Story(
    id=2824,
    slug="ket-qua-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
    title="Kết quả kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 – 2027",
    cat="tin-tuc",
    published_at="2026-11-30",
    blocks=[
        P("Trường THPT Phan Bội Châu có 27 học sinh đạt giải trong kỳ thi chọn học sinh giỏi cấp "
          "tỉnh lớp 12 năm học 2026 – 2027, xếp thứ hai toàn tỉnh về tổng số giải.", "b"),
        P("Kỳ thi do Sở Giáo dục và Đào tạo Bình Thuận tổ chức trong hai ngày 18 và 19/11/2026 "
          "với hơn 1.100 thí sinh dự thi ở 11 môn."),
        P("Nhà trường có 34 học sinh dự thi ở 10 môn, đạt 27 giải gồm 3 giải Nhất, 8 giải Nhì, 9 "
          "giải Ba và 7 giải Khuyến khích. Đặc biệt, đội tuyển Hóa học có 4/4 học sinh đạt giải, "
          "trong đó em Đặng Minh Triết, lớp 12A1 đạt giải Nhất với số điểm cao nhất tỉnh."),
        _img("doi-tuyen-hoa-hoc", "11",
             "Em Đặng Minh Triết (thứ hai từ trái sang) cùng các bạn trong đội tuyển Hóa học",
             "Em Đặng Minh Triết (thứ hai từ trái sang) cùng các bạn trong đội tuyển Hóa học"),
        P("Môn | Nhất | Nhì | Ba | Khuyến khích", "tr"),
        P("Toán | 1 | 1 | 1 | 1", "tr"),
        P("Hóa học | 1 | 2 | 1 | 0", "tr"),
        P("Ngữ văn | 0 | 1 | 2 | 1", "tr"),
        P("Tiếng Anh | 1 | 2 | 1 | 2", "tr"),
        P("Các môn khác | 0 | 2 | 4 | 3", "tr"),
        P("Các em đạt giải sẽ được xem xét chọn vào đội tuyển của tỉnh tham dự kỳ thi chọn học "
          "sinh giỏi quốc gia trung học phổ thông năm 2027."),
        P("Ban Giám hiệu nhà trường chúc mừng các em học sinh đạt giải và ghi nhận sự nỗ lực của "
          "quý thầy cô giáo trực tiếp bồi dưỡng các đội tuyển."),
        Raw('<p style="text-align: right;"><strong><em>Văn phòng trường</em></strong></p>'),
    ],
    authors=["Văn phòng trường"],
    summary="Trường THPT Phan Bội Châu có 27 học sinh đạt giải trong kỳ thi chọn học sinh giỏi "
            "cấp tỉnh lớp 12 năm học 2026 – 2027, xếp thứ hai toàn tỉnh về tổng số giải.",
    opts={"date": "2026-11-30 10:48:36", "user": "admin", "cats": ["thong-bao"],
          "tags": ["thi-dua"], "views_box": True, "thumb": f"{UP}/2026/11/doi-tuyen-hoa-hoc"},
)

A5 = Story(
    id=2817,
    slug="",  # computed below from the decomposed title, as WP 5.9 did
    title="Ứng dụng trí tuệ nhân tạo trong dạy học: sinh hoạt chuyên đề tổ Toán – Tin",
    cat="tin-tuc",
    published_at="2026-11-26",
    blocks=[
        P("Ngày 24/11/2026, tổ Toán – Tin Trường THPT Phan Bội Châu tổ chức buổi sinh hoạt chuyên "
          "đề “Ứng dụng trí tuệ nhân tạo trong thiết kế bài dạy và kiểm tra, đánh giá” với sự tham "
          "gia của 16 giáo viên trong tổ và đại diện các tổ chuyên môn khác."),
        P("Báo cáo viên của chuyên đề là cô Huỳnh Thị Kim Ngân, giáo viên Tin học. Cô đã giới thiệu "
          "một số công cụ trí tuệ nhân tạo phổ biến hiện nay và cách sử dụng chúng để soạn câu hỏi "
          "trắc nghiệm, xây dựng ma trận đề kiểm tra, tạo tình huống học tập gắn với thực tiễn."),
        P("Bên cạnh những tiện ích, báo cáo viên cũng lưu ý về những hạn chế của công cụ: nội dung "
          "do máy tạo ra có thể sai sót về kiến thức, thiếu chính xác về số liệu; vì vậy giáo viên "
          "phải kiểm tra kỹ trước khi đưa vào bài dạy, đồng thời hướng dẫn học sinh sử dụng công cụ "
          "một cách có trách nhiệm."),
        _img("chuyen-de-ai-to-toan-tin", "11", "Cô Huỳnh Thị Kim Ngân trình bày chuyên đề",
             "Cô Huỳnh Thị Kim Ngân trình bày chuyên đề"),
        P("Trong phần thảo luận, nhiều giáo viên đã chia sẻ kinh nghiệm thực tế khi sử dụng công cụ "
          "để tạo phiếu học tập phân hóa theo năng lực học sinh. Thầy Phạm Đức Long, tổ trưởng tổ "
          "Toán – Tin, đề nghị mỗi giáo viên xây dựng ít nhất một kế hoạch bài dạy có ứng dụng "
          "công nghệ trong học kỳ I."),
        P("Chuyên đề đã mang lại nhiều thông tin bổ ích, góp phần thực hiện hiệu quả nhiệm vụ "
          "chuyển đổi số trong giáo dục của nhà trường."),
        Raw('<p style="text-align: right;">Tổ Toán &#8211; Tin</p>'),
    ],
    authors=["Tổ Toán – Tin"],
    opts={"date": "2026-11-26 14:02:55", "user": "bbt", "tags": ["chuyen-de"], "tohop": True,
          "crp": True, "thumb": f"{UP}/2026/11/chuyen-de-ai-to-toan-tin"},
)

A6 = Story(
    id=2809,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="tin-tuc",
    published_at="2026-11-20",
    blocks=[
        P("(PBC) – Sáng ngày 20/11/2026, Trường THPT Phan Bội Châu long trọng tổ chức Lễ kỷ niệm "
          "44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) và tổng kết phong trào thi đua "
          "“Dạy tốt – Học tốt”.", "b"),
        P("Đến dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và Đào tạo Bình Thuận, UBND phường Đức "
          "Nghĩa, Ban đại diện cha mẹ học sinh cùng đông đảo thầy cô giáo nguyên là cán bộ, giáo "
          "viên nhà trường qua các thời kỳ."),
        _img("le-20-11-van-nghe", "11", "Các tiết mục văn nghệ chào mừng do học sinh biểu diễn",
             "Các tiết mục văn nghệ chào mừng do học sinh biểu diễn"),
        P("Ôn lại truyền thống vẻ vang của ngành giáo dục, thầy Hiệu trưởng Nguyễn Văn Thành khẳng "
          "định: trong năm học vừa qua, tập thể sư phạm nhà trường đã đoàn kết, vượt qua khó khăn, "
          "hoàn thành xuất sắc nhiệm vụ. Tỉ lệ học sinh tốt nghiệp THPT năm 2026 đạt 99,8%, có 82% "
          "học sinh trúng tuyển vào các trường đại học."),
        P("Trong đợt thi đua chào mừng ngày 20/11, nhà trường đã tổ chức 48 tiết thao giảng, hội "
          "giảng; 100% lớp học đăng ký “Giờ học tốt”, “Tuần học tốt”. Phong trào đã tạo không khí "
          "thi đua sôi nổi trong toàn trường."),
        _img("le-20-11-khen-thuong", "11",
             "Lãnh đạo nhà trường trao giấy khen cho các giáo viên có thành tích xuất sắc trong đợt "
             "hội giảng",
             "Lãnh đạo nhà trường trao giấy khen cho các giáo viên có thành tích xuất sắc trong đợt "
             "hội giảng"),
        P("Tại buổi lễ, nhà trường đã khen thưởng 15 giáo viên đạt giải trong hội giảng cấp trường "
          "và 12 tập thể lớp có thành tích xuất sắc. Ban đại diện cha mẹ học sinh cũng trao tặng 30 "
          "suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn vươn lên trong "
          "học tập."),
        P("Buổi lễ khép lại trong không khí ấm áp, nghĩa tình với những bó hoa tươi thắm và lời tri "
          "ân sâu sắc mà các thế hệ học trò dành cho thầy cô."),
        Raw('<p style="text-align: right;"><strong>Tin: Lê Thị Mỹ Duyên &#8211; Ảnh: Phạm Quốc Bảo'
            '</strong></p>'),
    ],
    authors=["Lê Thị Mỹ Duyên"],
    photographers=["Phạm Quốc Bảo"],
    summary="(PBC) – Sáng ngày 20/11/2026, Trường THPT Phan Bội Châu long trọng tổ chức Lễ kỷ "
            "niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) và tổng kết phong trào "
            "thi đua “Dạy tốt – Học tốt”.",
    opts={
        "date": "2026-11-20 11:35:00", "user": "bbt", "tags": ["thi-dua"], "views_box": True,
        "crp": True, "fb": True,
        "comments": [
            (51, 0, "Cựu học sinh khóa 2010 – 2013", "2026-11-21 21:47:03",
             "Xúc động quá! Kính chúc quý thầy cô Trường Phan Bội Châu luôn mạnh khỏe, hạnh phúc "
             "và thành công trong sự nghiệp trồng người."),
        ],
        "thumb": f"{UP}/2026/11/le-20-11-van-nghe",
    },
)

A7 = Story(
    id=2802,
    slug="doan-truong-to-chuc-hien-mau-tinh-nguyen-dot-2-nam-2026",
    title="Đoàn trường tổ chức hiến máu tình nguyện đợt 2 năm 2026",
    cat="hoat-dong-doan",
    published_at="2026-11-17",
    blocks=[
        P("Hưởng ứng phong trào hiến máu tình nguyện năm 2026, ngày 15/11/2026, Đoàn trường THPT "
          "Phan Bội Châu phối hợp với Trung tâm Y tế thành phố Phan Thiết và Bệnh viện Đa khoa tỉnh "
          "Bình Thuận tổ chức ngày hội hiến máu tình nguyện đợt 2 tại hội trường nhà trường."),
        P("Ngay từ 6 giờ 30 phút, đông đảo giáo viên, nhân viên và học sinh đủ 18 tuổi đã có mặt "
          "để đăng ký, khám sàng lọc. Các bạn đoàn viên trong đội tình nguyện hỗ trợ hướng dẫn thủ "
          "tục, chuẩn bị sữa, bánh và nước uống cho người hiến máu."),
        _img("hien-mau-dot-2", "11", None, None, "bare"),
        P("Kết quả, ngày hội đã tiếp nhận 142 đơn vị máu, vượt chỉ tiêu đề ra. Nhiều học sinh lớp "
          "12 lần đầu tham gia hiến máu đều chia sẻ niềm vui khi được góp một phần nhỏ giúp đỡ "
          "người bệnh."),
        P("👉 Những trường hợp chưa đủ điều kiện hiến máu lần này có thể đăng ký tham gia đợt 3 dự "
          "kiến tổ chức vào tháng 3/2027 tại Văn phòng Đoàn trường."),
        Raw('<p style="text-align: right;"><em>Nguyễn Thanh Tùng &#8211; Bí thư Đoàn trường</em></p>'),
    ],
    authors=["Nguyễn Thanh Tùng"],
    opts={"date": "2026-11-17 17:10:42", "user": "bbt", "tags": ["doan-truong"],
          "thumb": f"{UP}/2026/11/hien-mau-dot-2"},
)

A8 = Story(
    id=2795,
    slug="thong-bao-hop-cha-me-hoc-sinh-giua-hoc-ky-i",
    title="Thông báo họp cha mẹ học sinh giữa học kỳ I năm học 2026 – 2027",
    cat="thong-bao",
    published_at="2026-11-12",
    blocks=[
        P("Nhà trường trân trọng thông báo đến quý cha mẹ học sinh lịch họp giữa học kỳ I năm học "
          "2026 – 2027 như sau:"),
        P("Thời gian: 7 giờ 30 phút, Chủ nhật ngày 22/11/2026.", "li"),
        P("Địa điểm: tại các phòng học của lớp (theo sơ đồ dán tại cổng trường).", "li"),
        P("Nội dung: thông báo kết quả học tập, rèn luyện giữa học kỳ I; trao đổi các biện pháp "
          "phối hợp giáo dục học sinh giữa gia đình và nhà trường.", "li"),
        P("Giáo viên chủ nhiệm các lớp có trách nhiệm gửi giấy mời và nhắn tin qua sổ liên lạc "
          "điện tử cho cha mẹ học sinh trước ngày 18/11/2026."),
        P("Rất mong quý cha mẹ học sinh sắp xếp thời gian đến dự đầy đủ, đúng giờ. Trường hợp không "
          "thể tham dự, đề nghị liên hệ trực tiếp với giáo viên chủ nhiệm để được thông tin."),
        Raw('<p style="text-align: right;"><strong>Ban Giám hiệu</strong></p>'),
    ],
    authors=["Ban Giám hiệu"],
    opts={"date": "2026-11-12 08:14:26", "user": "admin"},
)

A9 = Story(
    id=2788,
    slug="chuyen-de-day-hoc-doc-hieu-van-ban-theo-the-loai-mon-ngu-van-lop-11",
    title="Chuyên đề “Dạy học đọc hiểu văn bản theo thể loại” môn Ngữ văn lớp 11",
    cat="tin-tuc",
    published_at="2026-11-06",
    blocks=[
        P("Thực hiện kế hoạch sinh hoạt chuyên môn năm học 2026 – 2027, ngày 04/11/2026, tổ Ngữ văn "
          "Trường THPT Phan Bội Châu tổ chức chuyên đề “Dạy học đọc hiểu văn bản theo thể loại” môn "
          "Ngữ văn lớp 11 theo Chương trình giáo dục phổ thông 2018."),
        P("I. Mục đích của chuyên đề", "h2"),
        P("Chuyên đề nhằm giúp giáo viên thống nhất cách tổ chức hoạt động đọc hiểu văn bản theo "
          "đặc trưng thể loại, qua đó hình thành cho học sinh cách đọc để các em có thể tự đọc những "
          "văn bản mới cùng thể loại ngoài sách giáo khoa."),
        P("II. Nội dung chính", "h2"),
        P("1. Xác định yêu cầu cần đạt", "h3"),
        P("Báo cáo viên, cô Lê Thị Ngọc Hân, phân tích yêu cầu cần đạt của từng bài học trong sách "
          "giáo khoa Ngữ văn 11, chỉ ra những kiến thức về thể loại mà học sinh cần nắm vững: "
          "truyện, thơ, kịch, văn bản nghị luận và văn bản thông tin."),
        P("2. Thiết kế hoạt động học", "h3"),
        P("Thông qua tiết dạy minh họa bài “Chí Phèo” (Nam Cao) tại lớp 11A4, cô Hân giới thiệu "
          "chuỗi hoạt động gồm: khởi động, khám phá tri thức thể loại, đọc hiểu văn bản và vận dụng "
          "vào đọc một văn bản mới.[1]"),
        _img("chuyen-de-ngu-van-11", "11", "Tiết dạy minh họa tại lớp 11A4",
             "Tiết dạy minh họa tại lớp 11A4"),
        P("Học sinh được làm việc nhóm với phiếu học tập, sơ đồ tư duy và trình bày sản phẩm trước "
          "lớp. Giáo viên đóng vai trò tổ chức, gợi mở, hạn chế tối đa việc giảng giải một chiều."),
        P("III. Kết quả và đề xuất", "h2"),
        P("Qua thảo luận, các thầy cô đánh giá chuyên đề có tính thực tiễn cao. Tổ thống nhất áp "
          "dụng quy trình dạy học đọc hiểu theo thể loại cho tất cả các lớp khối 11 và sẽ tiếp tục "
          "tổ chức chuyên đề tương tự cho khối 12 vào tháng 3/2027."),
        P("Tài liệu tham khảo", "b"),
        P("[1] Sách giáo khoa Ngữ văn 11, tập một, bộ Kết nối tri thức với cuộc sống, NXB Giáo dục "
          "Việt Nam, 2023."),
        Raw('<p style="text-align: right;"><strong>Tổ Ngữ văn</strong></p>'),
    ],
    authors=["Tổ Ngữ văn"],
    opts={"date": "2026-11-06 08:40:19", "user": "bbt", "tags": ["chuyen-de"], "toc": True,
          "views_box": True, "thumb": f"{UP}/2026/11/chuyen-de-ngu-van-11"},
)

A10 = Story(
    id=2781,
    slug="noi-khong-voi-thuoc-la-dien-tu-trong-truong-hoc",
    title="Nói không với thuốc lá điện tử trong trường học",
    cat="hoat-dong-doan",
    published_at="2026-10-28",
    blocks=[
        P("Những năm gần đây, thuốc lá điện tử và các loại thuốc lá nung nóng với mẫu mã bắt mắt, "
          "nhiều hương vị đang len lỏi vào trường học, trở thành mối nguy hại đối với sức khỏe của "
          "học sinh."),
        P("Ngày 26/10, Đoàn trường THPT Phan Bội Châu (TP. Phan Thiết) tổ chức buổi ngoại khóa "
          "“Nói không với thuốc lá điện tử” cho hơn 1.200 học sinh toàn trường. Tại buổi ngoại "
          "khóa, bác sĩ Trần Văn Hiếu, Trung tâm Kiểm soát bệnh tật tỉnh đã cung cấp cho học sinh "
          "những thông tin khoa học về thành phần, tác hại của thuốc lá điện tử đối với hệ hô hấp, "
          "tim mạch và thần kinh."),
        Img("https://baobinhthuan.com.vn/Uploads/Images/2026/10/27/thuoc-la-dien-tu-pbc.jpg",
            "Học sinh Trường THPT Phan Bội Châu tìm hiểu tác hại của thuốc lá điện tử qua tranh cổ "
            "động",
            "Học sinh Trường THPT Phan Bội Châu tìm hiểu tác hại của thuốc lá điện tử qua tranh cổ "
            "động", "credit"),
        P("Theo bác sĩ Hiếu, dung dịch trong thuốc lá điện tử thường chứa nicotine với hàm lượng "
          "cao, có thể gây nghiện nhanh hơn thuốc lá thông thường; một số sản phẩm trôi nổi còn bị "
          "trộn chất ma túy tổng hợp, gây ảo giác, co giật."),
        P("Chương trình còn có phần hỏi đáp, tiểu phẩm sân khấu hóa do các bạn đoàn viên lớp 11A2 "
          "thể hiện, giúp học sinh nhận diện các chiêu thức lôi kéo sử dụng thuốc lá điện tử "
          "thường gặp trên mạng xã hội."),
        P("Anh Nguyễn Thanh Tùng, Bí thư Đoàn trường cho biết: “Sau buổi ngoại khóa, Đoàn trường sẽ "
          "thành lập các đội thanh niên xung kích để tuyên truyền, nhắc nhở, đồng thời phối hợp với "
          "giáo viên chủ nhiệm kịp thời phát hiện, ngăn chặn việc học sinh mang thuốc lá điện tử "
          "vào trường”."),
        Raw('<p style="text-align: right;"><strong>Thanh Hà</strong></p>\n'
            '<p style="text-align: right;"><em>Theo Báo Bình Thuận</em></p>'),
    ],
    authors=["Thanh Hà"],
    source="Báo Bình Thuận",
    opts={"date": "2026-10-28 19:25:03", "user": "bbt", "tags": ["doan-truong"]},
)

A11 = Story(
    id=2774,
    slug="cong-doan-truong-to-chuc-hoi-thao-chao-mung-ngay-phu-nu-viet-nam-20-10",
    title="Công đoàn trường tổ chức hội thao chào mừng Ngày Phụ nữ Việt Nam 20/10",
    cat="tin-tuc",
    published_at="2026-10-20",
    blocks=[
        P("Chào mừng kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – "
          "20/10/2026), trong hai ngày 17 và 18/10/2026, Công đoàn Trường THPT Phan Bội Châu tổ "
          "chức hội thao dành cho cán bộ, giáo viên, nhân viên nhà trường.", "mso"),
        P("Hội thao gồm các môn: bóng chuyền hơi nữ, kéo co, cờ tướng và các trò chơi dân gian như "
          "nhảy bao bố, đi cà kheo. Các vận động viên được chia thành 6 đội theo tổ công đoàn.",
          "mso"),
        P("Kết quả các nội dung thi đấu:", "mso"),
        P("– Bóng chuyền hơi nữ: giải Nhất thuộc về tổ công đoàn Tự nhiên 1; giải Nhì: tổ Xã hội; "
          "giải Ba: tổ Văn phòng.", "mso"),
        P("– Kéo co: giải Nhất thuộc về tổ Tự nhiên 2; giải Nhì: tổ Ngoại ngữ – Thể dục.", "br"),
        P("– Cờ tướng: giải Nhất thuộc về thầy Trương Công Định (tổ Toán – Tin).", "br"),
        _img("hoi-thao-20-10", "10", "(Hội thao diễn ra trong không khí vui tươi, đoàn kết)",
             "Hội thao diễn ra trong không khí vui tươi, đoàn kết", "credit"),
        P("Hội thao là dịp để các thầy cô giao lưu, rèn luyện sức khỏe, tăng cường tình đoàn kết, "
          "gắn bó trong tập thể sư phạm. Cuối buổi, Ban Chấp hành Công đoàn đã trao giải và tặng "
          "hoa chúc mừng các nữ cán bộ, giáo viên, nhân viên nhân ngày 20/10.", "mso"),
        Raw('<p class="MsoNormal" style="text-align: right;"><strong><span style="font-size: 14.0pt; '
            "font-family: 'Times New Roman',serif;\">BCH Công đoàn trường</span></strong></p>"),
    ],
    authors=["BCH Công đoàn trường"],
    opts={"date": "2026-10-20 16:55:30", "mod": "2026-10-22 09:12:00", "user": "admin",
          "thumb": f"{UP}/2026/10/hoi-thao-20-10"},
)

A12 = Story(
    id=2766,
    slug="ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
    title="Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
    cat="thong-bao",
    published_at="2026-10-15",
    blocks=[
        P("Thực hiện kế hoạch năm học 2026 – 2027 và nhằm tuyển chọn vận động viên tham gia Hội khỏe "
          "Phù Đổng cấp tỉnh, Trường THPT Phan Bội Châu xây dựng kế hoạch tổ chức Hội khỏe Phù Đổng "
          "cấp trường như sau:"),
        P("1. Thời gian, địa điểm", "b"),
        P("Từ ngày 02/11/2026 đến ngày 14/11/2026, tại sân trường và Nhà thi đấu đa năng của "
          "trường."),
        P("2. Các môn thi đấu", "b"),
        P("Điền kinh: chạy 100 m, 400 m, 1.500 m, nhảy xa, nhảy cao (nam, nữ).", "li"),
        P("Bóng đá nam, bóng chuyền nữ (theo khối lớp).", "li"),
        P("Cầu lông, bóng bàn, cờ vua (đơn nam, đơn nữ).", "li"),
        P("Đẩy gậy, kéo co (nội dung dân tộc).", "li"),
        P("3. Đăng ký thi đấu", "b"),
        P("Các lớp lập danh sách vận động viên theo mẫu, nộp cho thầy Hồ Văn Nam, tổ trưởng tổ Thể "
          "dục – Quốc phòng, trước ngày 28/10/2026. Mỗi học sinh đăng ký tham gia không quá hai "
          "môn."),
        P("Đề nghị giáo viên chủ nhiệm phổ biến kế hoạch đến học sinh và tạo điều kiện cho các em "
          "tập luyện. Mọi thắc mắc xin liên hệ Văn phòng Đoàn trường."),
        Raw('<p style="text-align: right;"><strong>PHÓ HIỆU TRƯỞNG</strong><br />\n'
            '<strong>Lê Minh Hoàng</strong></p>'),
    ],
    authors=["Lê Minh Hoàng"],
    opts={"date": "2026-10-15 07:30:00", "user": "admin", "sticky": True},
)

A13 = Story(
    id=2759,
    slug="tap-huan-ky-nang-phong-chay-chua-chay-va-cuu-nan-cuu-ho-cho-hoc-sinh",
    title="Tập huấn kỹ năng phòng cháy chữa cháy và cứu nạn, cứu hộ cho học sinh",
    cat="tin-tuc",
    published_at="2026-10-08",
    blocks=[
        P("Sáng ngày 06/10/2026, Trường THPT Phan Bội Châu phối hợp với Phòng Cảnh sát phòng cháy, "
          "chữa cháy và cứu nạn, cứu hộ – Công an tỉnh Bình Thuận tổ chức buổi tập huấn kỹ năng "
          "phòng cháy, chữa cháy (PCCC) và cứu nạn, cứu hộ cho hơn 400 học sinh khối 10."),
        P("Tại buổi tập huấn, cán bộ Phòng Cảnh sát PCCC và CNCH đã hướng dẫn học sinh cách nhận "
          "biết các nguy cơ gây cháy nổ trong gia đình và trường học, cách sử dụng bình chữa cháy "
          "xách tay, kỹ năng thoát nạn khi xảy ra cháy trong nhà cao tầng và cách sơ cứu ban đầu "
          "cho người bị nạn."),
        _img("tap-huan-pccc", "10", "Ảnh: Phạm Quốc Bảo", None, "credit"),
        P("Học sinh cũng được trực tiếp thực hành dập tắt đám cháy giả định bằng bình bột, bình khí "
          "CO2 và chăn ướt; thực hành dùng dây thoát hiểm từ tầng hai của dãy phòng học."),
        Raw('<p><strong>Xem thêm:</strong> <a href="https://canhsatpccc.gov.vn/ky-nang-thoat-nan-khi-'
            'xay-ra-chay.html" target="_blank" rel="noopener">Những kỹ năng thoát nạn cần biết khi '
            'xảy ra cháy</a></p>'),
        P("Em Nguyễn Ngọc Anh Thư, lớp 10A6 chia sẻ: “Lần đầu tiên được cầm bình chữa cháy, em thấy "
          "rất hồi hộp. Buổi tập huấn giúp em biết cách bình tĩnh xử lý khi gặp sự cố và hướng dẫn "
          "lại cho người thân trong gia đình”."),
        P("Thông qua buổi tập huấn, nhà trường mong muốn trang bị cho học sinh những kỹ năng sống cần "
          "thiết, góp phần xây dựng trường học an toàn, phòng chống tai nạn thương tích."),
        Raw('<p style="text-align: right;"><strong>Minh Quân</strong></p>'),
    ],
    authors=["Minh Quân"],
    photographers=["Phạm Quốc Bảo"],
    opts={"date": "2026-10-08 15:12:44", "user": "bbt", "tags": ["hoc-sinh"],
          "thumb": f"{UP}/2026/10/tap-huan-pccc"},
)

STORIES = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13]

# --- text as this site prints it --------------------------------------------------------------

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def tohop(value: str) -> str:
    """Unikey's "Unicode tổ hợp": shape letters precomposed, the five tone marks combining."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", value):
        parts = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in parts if c not in _TONES)
        out.append(unicodedata.normalize("NFC", base) + "".join(c for c in parts if c in _TONES))
    return "".join(out)


def wp_slug(title: str) -> str:
    """sanitize_title() of WP 5.9 on a title typed in tổ hợp: letters lose their shape marks
    (remove_accents), combining tone marks survive and are percent-encoded in lower-case hex."""
    out: list[str] = []
    for ch in tohop(title):
        if ch in _TONES:
            out.append("".join(f"%{b:02x}" for b in ch.encode("utf-8")))
        elif ch in "–—":
            out.append("-")
        elif ord(ch) >= 128:
            base = "".join(c for c in unicodedata.normalize("NFD", ch) if ord(c) < 128)
            out.append("d" if ch in "đĐ" else base)
        else:
            out.append(ch)
    slug = "".join(out).lower()
    slug = re.sub(r"[^%a-z0-9 _-]", "", slug)
    slug = re.sub(r"\s+", "-", slug)
    return re.sub(r"-+", "-", slug).strip("-")


A5.slug = wp_slug(A5.title)

_TEXTURIZE = {"“": "&#8220;", "”": "&#8221;", "–": "&#8211;", "—": "&#8212;", "…": "&#8230;",
              "’": "&#8217;", "‘": "&#8216;"}


def tx(value: str) -> str:
    """Escaped text as wptexturize leaves it: curly quotes and dashes as numeric references."""
    s = _html.escape(value, quote=False).replace("&amp;", "&#038;")
    return "".join(_TEXTURIZE.get(ch, ch) for ch in s)


VI_MONTHS = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một",
             "Mười Hai"]


def _dt(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")


def vi_date(stamp: str) -> str:
    d = _dt(stamp)
    return f"{d.day} Tháng {VI_MONTHS[d.month - 1]}, {d.year}"


def vi_time(stamp: str) -> str:
    d = _dt(stamp)
    hour = d.hour % 12 or 12
    return f"{hour}:{d.minute:02d} {'sáng' if d.hour < 12 else 'chiều'}"


def iso(stamp: str) -> str:
    return _dt(stamp).strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def rfc822(stamp: str) -> str:
    return (_dt(stamp) - timedelta(hours=7)).strftime("%a, %d %b %Y %H:%M:%S +0000")


# --- URLs and lookups -------------------------------------------------------------------------

BY_ID = {s.id: s for s in STORIES}


def post_path(s: Story) -> str:
    return f"/{s.cat}/{s.slug}.html"


def cats_of(s: Story) -> list[str]:
    return [s.cat, *s.opts.get("cats", [])]


def newest_first(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.opts["date"], reverse=True)


ALL = newest_first(STORIES)


def shown(s: Story, value: str) -> str:
    """A story's text as its page stores it (A5 in tổ hợp)."""
    return tohop(value) if s.opts.get("tohop") else value


def att_slug(src: str) -> str:
    return re.sub(r"-\d+x\d+\.jpg$", "", src.rsplit("/", 1)[-1])


def thumb(s: Story, size: str) -> str:
    return f"{s.opts.get('thumb', UP + '/2026/09/logo-pbc-mac-dinh')}-{size}.jpg"


def attachments() -> dict[str, tuple[Story, Img, int]]:
    out: dict[str, tuple[Story, Img, int]] = {}
    for s in STORIES:
        for n, img in enumerate(s.images, 1):
            if img.style == "gallery":
                out[f"{post_path(s)}/{att_slug(img.src)}/"] = (s, img, s.id + n + 1)
    return out


ATTACHMENTS = attachments()


def ez_id(text_: str) -> str:
    folded = "".join(c for c in unicodedata.normalize("NFD", text_.replace("đ", "d").replace("Đ", "D"))
                     if ord(c) < 128)
    return re.sub(r"[^A-Za-z0-9]+", "_", folded).strip("_")


# --- the post's content (the_content after all filters) ---------------------------------------


def _srcset(src: str) -> str:
    m = re.match(r"(/.*)-1024x683\.jpg$", src)
    if not m:
        return ""
    b = m.group(1)
    return (f' srcset="{b}-1024x683.jpg 1024w, {b}-300x200.jpg 300w, {b}-768x512.jpg 768w, '
            f'{b}.jpg 1600w" sizes="(max-width: 1024px) 100vw, 1024px"')


def img_html(img: Img, aid: int) -> str:
    if img.src.startswith("http"):
        tag = (f'<img loading="lazy" class="aligncenter" src="{esc(img.src)}" alt="" width="640" '
               'height="427" />')
    else:
        tag = (f'<img loading="lazy" class="aligncenter size-large wp-image-{aid}" src="{img.src}" '
               f'alt="" width="1024" height="683"{_srcset(img.src)} />')
    if img.style == "cap":
        return (f'<figure id="attachment_{aid}" aria-describedby="caption-attachment-{aid}" '
                f'style="width: 1024px" class="wp-caption aligncenter">{tag.replace("aligncenter ", "")}'
                f'<figcaption id="caption-attachment-{aid}" class="wp-caption-text">'
                f"{tx(img.printed or '')}</figcaption></figure>")
    if img.style == "bare":
        return f"<p>{tag}</p>"
    return (f'<p style="text-align: center;">{tag}</p>\n'
            f'<p style="text-align: center;"><em>{tx(img.printed or "")}</em></p>')


def gallery_html(s: Story, items: list[tuple[Img, int]], host: str) -> str:
    figs = []
    for img, aid in items:
        link = f"{host}{post_path(s)}/{att_slug(img.src)}/"
        figs.append(
            "<figure class='gallery-item'>\n\t\t\t<div class='gallery-icon landscape'>\n"
            f"\t\t\t\t<a href='{link}'><img width=\"150\" height=\"150\" src=\"{img.src}\" "
            'class="attachment-thumbnail size-thumbnail" alt="" loading="lazy" '
            f'aria-describedby="gallery-1-{aid}" /></a>\n\t\t\t</div>\n'
            f"\t\t\t\t<figcaption class='wp-caption-text gallery-caption' id='gallery-1-{aid}'>\n"
            f"\t\t\t\t{tx(img.printed or '')}\n\t\t\t\t</figcaption></figure>"
        )
    return (
        "\n\t\t<style>\n\t\t\t#gallery-1 {\n\t\t\t\tmargin: auto;\n\t\t\t}\n\t\t\t#gallery-1 "
        ".gallery-item {\n\t\t\t\tfloat: left;\n\t\t\t\tmargin-top: 10px;\n\t\t\t\ttext-align: "
        "center;\n\t\t\t\twidth: 33%;\n\t\t\t}\n\t\t</style>\n"
        f"\t\t<div id='gallery-1' class='gallery galleryid-{s.id} gallery-columns-3 "
        f"gallery-size-thumbnail'>{''.join(figs)}\n\t\t</div>\n"
    )


_MSO = ('<p class="MsoNormal" style="text-align: justify; line-height: 150%;"><span '
        "style=\"font-size: 14.0pt; line-height: 150%; font-family: 'Times New Roman',serif;\">"
        "{}</span></p>")


def toc_html(s: Story) -> str:
    heads = [b for b in s.blocks if isinstance(b, P) and b.style in ("h2", "h3")]
    out: list[str] = []
    open_sub = False
    for n, b in enumerate(heads, 1):
        link = (f'<a class="ez-toc-link ez-toc-heading-{n}" href="#{ez_id(b.text)}" '
                f'title="{esc(b.text)}">{tx(b.text)}</a>')
        if b.style == "h2":
            if open_sub:
                out.append("</ul></li>")
                open_sub = False
            elif out:
                out.append("</li>")
            out.append(f'<li class="ez-toc-page-1 ez-toc-heading-level-2">{link}')
        else:
            if not open_sub:
                out.append('<ul class="ez-toc-list-level-3">')
                open_sub = True
            out.append(f'<li class="ez-toc-heading-level-3">{link}</li>')
    out.append("</ul></li>" if open_sub else "</li>")
    return (
        '<div id="ez-toc-container" class="ez-toc-v2_0_17 counter-hierarchy ez-toc-grey">\n'
        '<div class="ez-toc-title-container">\n<p class="ez-toc-title">Nội dung chính</p>\n'
        '<span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn '
        'ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="ez-toc-toggle-icon-1">'
        '<label for="item-1" aria-label="Table of Content"><i class="ez-toc-glyphicon '
        'ez-toc-icon-toggle"></i></label><input type="checkbox" id="item-1"></a></span></div>\n'
        f'<nav><ul class="ez-toc-list ez-toc-list-level-1">{"".join(out)}</ul></nav></div>\n'
    )


def related_in_cat(s: Story, n: int = 3) -> list[Story]:
    same = [o for o in ALL if o is not s and s.cat in cats_of(o)]
    same.sort(key=lambda o: abs(_dt(o.opts["date"]) - _dt(s.opts["date"])))
    rest = [o for o in ALL if o is not s and o not in same]
    return (same + rest)[:n]


def content_html(s: Story, host: str) -> str:
    out: list[str] = []
    if s.opts.get("views_box"):
        out.append(
            f'<div class="post-views content-post post-{s.id} entry-meta">\n\t\t\t\t<span '
            'class="post-views-icon dashicons dashicons-chart-bar"></span>\n\t\t\t\t<span '
            'class="post-views-label">Lượt xem: </span>\n\t\t\t\t<span class="post-views-count">'
            f"{s.views():,}</span>\n\t\t\t</div>"
        )
    blocks = s.blocks
    aid = s.id + 1
    toc_done = not s.opts.get("toc")
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if i == len(blocks) - 1:
                out.append("<p>&nbsp;</p>")
            out.append(b.html)
            i += 1
        elif isinstance(b, Img):
            if b.style == "gallery":
                items = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                    aid += 1
                    items.append((blocks[i], aid))
                    i += 1
                out.append(gallery_html(s, items, host))
            else:
                aid += 1
                out.append(img_html(b, aid))
                i += 1
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{tx(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
        elif b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                if not rows:
                    tds = "".join(f'<td style="text-align: center;"><strong>{tx(c)}</strong></td>'
                                  for c in cells)
                else:
                    tds = "".join(f"<td>{tx(c)}</td>" for c in cells)
                rows.append(f"<tr>\n{tds}\n</tr>")
                i += 1
            out.append('<table style="border-collapse: collapse; width: 100%;" border="1">\n<tbody>\n'
                       + "\n".join(rows) + "\n</tbody>\n</table>")
        else:
            inner = tx(b.text)
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                inner += "<br />\n" + tx(blocks[i].text)
                i += 1
            if b.style in ("h2", "h3"):
                if not toc_done:
                    out.append(toc_html(s))
                    toc_done = True
                anchor = ez_id(b.text)
                out.append(f'<{b.style}><span class="ez-toc-section" id="{anchor}"></span>{inner}'
                           f'<span class="ez-toc-section-end"></span></{b.style}>')
            elif b.style == "b":
                out.append(f"<p><strong>{inner}</strong></p>")
            elif b.style == "mso":
                out.append(_MSO.format(inner))
            else:
                out.append(f"<p>{inner}</p>")
    if s.opts.get("crp"):
        links = "".join(
            f'<li><a href="{host}{post_path(o)}" class="crp_link post-{o.id}"><span class="crp_title">'
            f"{tx(shown(o, o.title))}</span></a></li>"
            for o in related_in_cat(s, 4)
        )
        out.append(f'<div class="crp_related     crp-text-only"><h3>Có thể bạn quan tâm:</h3><ul>'
                   f'{links}</ul><div class="crp_clear"></div></div>')
    if s.opts.get("fb"):
        out.append(f'<div class="fb-like" data-href="{host}{post_path(s)}" data-width="" '
                   'data-layout="button_count" data-action="like" data-size="small" '
                   'data-share="true"></div>')
    return shown(s, "\n".join(out))


# --- chrome ------------------------------------------------------------------------------------


def menu(host: str, current: str = "") -> str:
    def item(num: int, label: str, href: str, sub: list[tuple[int, str, str]] | None = None) -> str:
        cls = f"menu-item menu-item-type-custom menu-item-object-custom menu-item-{num}"
        if href == current:
            cls += " current-menu-item"
        if not sub:
            return (f'<li id="menu-item-{num}" class="{cls}"><a href="{href}" class="menu-link">'
                    f'<span class="text-wrap">{label}</span></a></li>')
        subs = "".join(
            f'<li id="menu-item-{n}" class="menu-item menu-item-type-taxonomy menu-item-object-'
            f'category menu-item-{n}"><a href="{h}" class="menu-link"><span class="text-wrap">{lbl}'
            "</span></a></li>"
            for n, lbl, h in sub
        )
        return (f'<li id="menu-item-{num}" class="{cls} menu-item-has-children dropdown">'
                f'<a href="{href}" class="menu-link"><span class="text-wrap">{label}<i class="nav-'
                'arrow fa fa-angle-down" aria-hidden="true" role="img"></i></span></a>'
                f'<ul class="sub-menu">{subs}</ul></li>')

    items = [
        item(21, "Trang chủ", f"{host}/"),
        item(22, "Giới thiệu", f"{host}/gioi-thieu/", [
            (31, "Giới thiệu chung", f"{host}/gioi-thieu/"),
            (32, "Cơ cấu tổ chức", f"{host}/co-cau-to-chuc/"),
        ]),
        item(23, "Tin tức", f"{host}/chuyen-muc/tin-tuc/", [
            (33, "Tin tức - Sự kiện", f"{host}/chuyen-muc/tin-tuc/"),
            (34, "Hoạt động Đoàn", f"{host}/chuyen-muc/hoat-dong-doan/"),
        ]),
        item(24, "Thông báo", f"{host}/chuyen-muc/thong-bao/"),
        item(25, "Thời khóa biểu", f"{host}/thoi-khoa-bieu/"),
        item(26, "Văn bản Sở", "https://sgddt.binhthuan.gov.vn/van-ban"),
        item(27, "Liên hệ", f"{host}/lien-he/"),
    ]
    return (
        '<div id="site-navigation-wrap" class="clr">\n<nav id="site-navigation" class="navigation '
        'main-navigation clr" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement"'
        ' role="navigation">\n<ul id="menu-menu-chinh" class="main-menu dropdown-menu sf-menu">'
        + "".join(items)
        + '<li class="search-toggle-li"><a href="javascript:void(0)" class="site-search-toggle '
        'search-dropdown-toggle" aria-label="Tìm kiếm"><i class=" icon-magnifier" aria-hidden="true" '
        'role="img"></i></a></li></ul>\n<div id="searchform-dropdown" class="header-searchform-wrap '
        f'clr"><form aria-label="Tìm kiếm" role="search" method="get" class="searchform" action="{host}/">'
        '<label for="ocean-search-form-2"><span class="screen-reader-text">Tìm kiếm</span><input '
        'type="search" id="ocean-search-form-2" class="field" autocomplete="off" placeholder="Tìm '
        'kiếm" name="s"></label></form></div>\n</nav></div>'
    )


def sidebar(host: str) -> str:
    recent = "".join(
        f'<li class="clr"><a href="{host}{post_path(o)}" title="{esc(shown(o, o.title))}" '
        f'class="recent-posts-thumbnail"><img width="150" height="150" src="{thumb(o, "150x150")}" '
        'class="attachment-thumbnail size-thumbnail wp-post-image" alt="" loading="lazy" />'
        '<span class="overlay"></span></a><div class="recent-posts-details clr"><div class="recent-'
        f'posts-details-inner clr"><a href="{host}{post_path(o)}" class="recent-posts-title">'
        f'{tx(shown(o, o.title))}</a><div class="recent-posts-info clr"><div class="recent-posts-date">'
        f'{vi_date(o.opts["date"])}<span class="sep">/</span></div><div class="recent-posts-comments">'
        f'<a href="{host}{post_path(o)}#comments">{len(o.opts.get("comments", []))} bình luận</a>'
        "</div></div></div></div></li>"
        for o in ALL[:5]
    )
    counts = {slug: sum(1 for s in STORIES if slug in cats_of(s)) for slug in CATS}
    cats = "".join(
        f'<li class="cat-item cat-item-{CATS[slug][0]}"><a href="{host}/chuyen-muc/{slug}/">'
        f"{CATS[slug][1]}</a> ({counts[slug]})</li>"
        for slug in sorted(CATS, key=lambda k: CATS[k][1])
    )
    return (
        '<aside id="right-sidebar" class="sidebar-container widget-area sidebar-primary" '
        'itemscope="itemscope" itemtype="https://schema.org/WPSideBar" role="complementary" '
        'aria-label="Primary Sidebar">\n<div id="right-sidebar-inner" class="clr">\n'
        '<div id="search-2" class="sidebar-box widget_search clr"><h4 class="widget-title">Tìm kiếm'
        '</h4>\n<form aria-label="Tìm kiếm trên website" role="search" method="get" class="searchform"'
        f' action="{host}/">\n<label for="ocean-search-form-1"><span class="screen-reader-text">Tìm '
        'kiếm trên website</span><input type="search" id="ocean-search-form-1" class="field" '
        'autocomplete="off" placeholder="Tìm kiếm" name="s"><i class=" icon-magnifier" '
        'aria-hidden="true" role="img"></i></label>\n</form>\n</div>\n'
        '<div id="ocean_recent_posts-3" class="sidebar-box widget-oceanwp-recent-posts recent-posts-'
        'widget clr"><h4 class="widget-title">Bài viết mới</h4>\n<ul class="oceanwp-recent-posts clr">'
        f"{recent}</ul>\n</div>\n"
        '<div id="categories-2" class="sidebar-box widget_categories clr"><h4 class="widget-title">'
        f"Chuyên mục</h4>\n<ul>\n{cats}\n</ul>\n</div>\n"
        '<div id="ocean_facebook-2" class="sidebar-box widget-oceanwp-facebook facebook-widget clr">'
        '<h4 class="widget-title">Fanpage nhà trường</h4>\n<div class="fb-page" data-href="https://'
        'www.facebook.com/thptphanboichau.pt" data-width="340" data-height="420" data-hide-cover="false"'
        ' data-show-facepile="true" data-small-header="false" data-tabs="timeline"><div class="fb-xfbml-'
        'parse-ignore"><blockquote cite="https://www.facebook.com/thptphanboichau.pt"><a href="https://'
        'www.facebook.com/thptphanboichau.pt">Trường THPT Phan Bội Châu - Phan Thiết</a></blockquote>'
        "</div></div>\n</div>\n"
        '<div id="wp_statistics_widget-2" class="sidebar-box widget_wp_statistics_widget clr"><h4 '
        'class="widget-title">Thống kê truy cập</h4><ul><li><label>Đang online:</label> 14</li>'
        "<li><label>Hôm nay:</label> 326</li><li><label>Hôm qua:</label> 541</li><li><label>Tổng truy "
        "cập:</label> 1.284.560</li></ul></div>\n</div>\n</aside>"
    )


def footer(host: str) -> str:
    return (
        '<footer id="footer" class="site-footer" itemscope="itemscope" itemtype="https://schema.org/'
        'WPFooter" role="contentinfo">\n<div id="footer-inner" class="clr">\n<div id="footer-widgets" '
        'class="oceanwp-row clr">\n<div class="footer-widgets-inner container">\n'
        '<div class="footer-box span_1_of_3 col col-1"><div id="text-3" class="footer-widget '
        'widget_text clr"><h4 class="widget-title">Trường THPT Phan Bội Châu</h4><div class="textwidget">'
        "<p>Địa chỉ: Số 12 đường Trần Hưng Đạo, phường Đức Nghĩa, TP. Phan Thiết, tỉnh Bình Thuận<br />\n"
        "Điện thoại: 0252.3821.456 – Fax: 0252.3821.457<br />\nEmail: thptphanboichau.pt@binhthuan.edu.vn"
        "</p></div></div></div>\n"
        '<div class="footer-box span_1_of_3 col col-2"><div id="nav_menu-2" class="footer-widget '
        'widget_nav_menu clr"><h4 class="widget-title">Liên kết</h4><div class="menu-lien-ket-container">'
        '<ul id="menu-lien-ket" class="menu"><li class="menu-item"><a href="https://moet.gov.vn">Bộ '
        'Giáo dục và Đào tạo</a></li><li class="menu-item"><a href="https://sgddt.binhthuan.gov.vn">Sở '
        'GD&amp;ĐT Bình Thuận</a></li><li class="menu-item"><a href="https://thitotnghiepthpt.edu.vn">'
        "Thi tốt nghiệp THPT</a></li></ul></div></div></div>\n"
        '<div class="footer-box span_1_of_3 col col-3 "><div id="custom_html-2" class="widget_text '
        'footer-widget widget_custom_html clr"><h4 class="widget-title">Bản đồ</h4><div class="textwidget'
        ' custom-html-widget"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3917.'
        '0!2d108.1!3d10.93" width="100%" height="180" style="border:0;" allowfullscreen="" '
        'loading="lazy"></iframe></div></div></div>\n</div>\n</div>\n'
        '<div id="footer-bottom" class="clr no-footer-nav"><div id="footer-bottom-inner" class="container'
        ' clr"><div id="copyright" class="clr" role="contentinfo">Copyright © 2026 Trường THPT Phan Bội '
        'Châu – Phan Thiết. Thiết kế: Tổ Tin học.</div></div></div>\n</div>\n</footer>\n'
        '<a aria-label="Scroll to the top of the page" href="#" id="scroll-top" class="scroll-top-right">'
        '<i class=" fa fa-angle-up" aria-hidden="true" role="img"></i></a>'
    )


def layout(request: Request, *, doc_title: str, body_class: str, page_header: str, content: str,
           head_extra: str = "", with_sidebar: bool = True) -> str:
    host = base_url(request)
    return (
        '<!DOCTYPE html>\n<html class="html" lang="vi">\n<head>\n\t<meta charset="UTF-8">\n'
        '\t<link rel="profile" href="https://gmpg.org/xfn/11">\n\n'
        "<meta name='robots' content='max-image-preview:large' />\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{doc_title}</title>\n"
        "<link rel='dns-prefetch' href='//fonts.googleapis.com' />\n"
        f'<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" '
        f'href="{host}/feed/" />\n'
        "<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/"
        "style.min.css?ver=5.9.3' media='all' />\n"
        "<link rel='stylesheet' id='oceanwp-style-css' href='/wp-content/themes/oceanwp/assets/css/"
        "style.min.css?ver=3.1.4' media='all' />\n"
        "<link rel='stylesheet' id='ez-toc-css' href='/wp-content/plugins/easy-table-of-contents/"
        "assets/css/screen.min.css?ver=2.0.17' media='all' />\n"
        "<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.6.0' id='jquery-core-js'></script>\n"
        f'<link rel="https://api.w.org/" href="{host}/wp-json/" />\n'
        f'<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{host}/xmlrpc.php?rsd" />\n'
        '<meta name="generator" content="WordPress 5.9.3" />\n'
        f"{head_extra}"
        f'<link rel="icon" href="{UP}/2026/09/cropped-logo-pbc-32x32.png" sizes="32x32" />\n'
        "</head>\n\n"
        f'<body class="{body_class} wp-custom-logo wp-embed-responsive oceanwp-theme dropdown-mobile '
        'default-breakpoint has-sidebar content-right-sidebar has-topbar has-breadcrumbs" '
        'itemscope="itemscope" itemtype="https://schema.org/WebPage">\n\n'
        '<div id="outer-wrap" class="site clr">\n<a class="skip-link screen-reader-text" href="#main">'
        "Bỏ qua nội dung</a>\n<div id=\"wrap\" class=\"clr\">\n"
        '<div id="top-bar-wrap" class="clr">\n<div id="top-bar" class="clr container has-no-content">'
        '<div id="top-bar-inner" class="clr"><div id="top-bar-content" class="clr has-content '
        f'top-bar-left"><span class="topbar-content"><i class="fa fa-calendar"></i> {TODAY_LINE} '
        '&nbsp;|&nbsp; <i class="fa fa-phone"></i> 0252.3821.456 &nbsp;|&nbsp; <i class="fa '
        'fa-envelope"></i> thptphanboichau.pt@binhthuan.edu.vn</span></div>'
        '<div id="top-bar-social" class="clr top-bar-right"><ul class="clr" aria-label="Social links">'
        '<li class="oceanwp-facebook"><a href="https://www.facebook.com/thptphanboichau.pt" '
        'aria-label="Facebook (opens in a new tab)" target="_blank" rel="noopener noreferrer"><i '
        'class=" fab fa-facebook" aria-hidden="true" role="img"></i></a></li><li class="oceanwp-'
        'youtube"><a href="https://www.youtube.com/@thptphanboichaupt" aria-label="Youtube (opens in a '
        'new tab)" target="_blank" rel="noopener noreferrer"><i class=" fab fa-youtube" aria-hidden="'
        'true" role="img"></i></a></li></ul></div></div></div>\n</div>\n'
        '<header id="site-header" class="minimal-header clr" data-height="74" itemscope="itemscope" '
        'itemtype="https://schema.org/WPHeader" role="banner">\n<div id="site-header-inner" '
        'class="clr container">\n<div id="site-logo" class="clr" itemscope itemtype="https://schema.'
        'org/Brand" >\n<div id="site-logo-inner" class="clr">\n'
        f'<a href="{host}/" class="custom-logo-link" rel="home"><img width="420" height="90" '
        f'src="{UP}/2026/09/logo-thpt-phan-boi-chau.png" class="custom-logo" alt="{SITE}" /></a>\n'
        "</div>\n</div>\n"
        f"{menu(host)}\n"
        "</div>\n</header>\n\n"
        '<main id="main" class="site-main clr" role="main">\n'
        f"{page_header}\n"
        '<div id="content-wrap" class="container clr">\n<div id="primary" class="content-area clr">\n'
        f'<div id="content" class="site-content clr">\n{content}\n</div>\n</div>\n'
        f"{sidebar(host) if with_sidebar else ''}\n</div>\n</main>\n\n"
        f"{footer(host)}\n</div>\n</div>\n"
        "<div id=\"fb-root\"></div>\n<script async defer crossorigin=\"anonymous\" src=\"https://"
        "connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v12.0\" nonce=\"pbcFb\"></script>\n"
        "<script src='/wp-content/themes/oceanwp/assets/js/theme.min.js?ver=3.1.4' "
        "id='oceanwp-main-js'></script>\n</body>\n</html>\n"
    )


def page_header(title: str, crumbs: list[tuple[str, str | None]], host: str) -> str:
    """OceanWP's page header: h1 and Breadcrumb Trail (``crumbs``: label, href or None)."""
    items = []
    trail = [("Trang chủ", f"{host}/"), *crumbs]
    for n, (label, href) in enumerate(trail, 1):
        cls = "trail-item" + (" trail-begin" if n == 1 else "") + (" trail-end" if n == len(trail) else "")
        if n == 1:
            inner = (f'<a href="{href}" rel="home" aria-label="Trang chủ" itemprop="item"><span '
                     'itemprop="name"><i class=" icon-home" aria-hidden="true" role="img"></i><span '
                     'class="breadcrumb-home has-icon">Trang chủ</span></span></a>')
        elif href:
            inner = f'<a href="{href}" itemprop="item"><span itemprop="name">{label}</span></a>'
        else:
            inner = f'<span itemprop="name">{label}</span>'
        sep = '<span class="breadcrumb-sep">></span>' if n < len(trail) else ""
        items.append(f'<li class="{cls}" itemprop="itemListElement" itemscope itemtype="https://'
                     f'schema.org/ListItem">{inner}{sep}<meta itemprop="position" content="{n}" /></li>')
    return (
        '<header class="page-header">\n<div class="container clr page-header-inner">\n'
        f'<h1 class="page-header-title clr" itemprop="headline">{title}</h1>\n'
        '<nav aria-label="Breadcrumbs" class="site-breadcrumbs clr position-under-title" '
        'itemprop="breadcrumb"><ol class="trail-items" itemscope itemtype="http://schema.org/'
        f'BreadcrumbList"><meta name="numberOfItems" content="{len(trail)}" /><meta name="'
        f'itemListOrder" content="Ascending" />{"".join(items)}</ol></nav>\n</div>\n</header>'
    )


# --- listings ----------------------------------------------------------------------------------


def excerpt(s: Story) -> str:
    if "excerpt" in s.opts:
        return s.opts["excerpt"]
    words = " ".join(b.text for b in s.blocks if isinstance(b, P)).split()
    return " ".join(words[:30])


def cat_links(s: Story, host: str, sep: str = " <span class=\"owp-sep\">/</span> ") -> str:
    names = sorted(cats_of(s), key=lambda k: CATS[k][1])
    return sep.join(f'<a href="{host}/chuyen-muc/{k}/" rel="category tag">{CATS[k][1]}</a>'
                    for k in names)


def grid_entry(s: Story, host: str, sticky: bool = False) -> str:
    url = f"{host}{post_path(s)}"
    title = tx(shown(s, s.title))
    classes = " ".join(f"category-{k}" for k in cats_of(s))
    tags = " ".join(f"tag-{t}" for t in s.opts.get("tags", []))
    return (
        f'<article id="post-{s.id}" class="blog-entry clr isotope-entry col span_1_of_2 grid-entry '
        f'post-{s.id} post type-post status-publish format-standard has-post-thumbnail hentry '
        f'{classes} {tags}{" sticky" if sticky else ""} entry has-media">\n'
        '<div class="blog-entry-inner clr">\n'
        f'<div class="thumbnail"><a href="{url}" class="thumbnail-link no-lightbox"><img width="768" '
        f'height="512" src="{thumb(s, "768x512")}" class="attachment-medium_large size-medium_large '
        'wp-post-image" alt="" loading="lazy" itemprop="image" /><span class="overlay"></span></a>'
        "</div>\n"
        f'<header class="blog-entry-header clr"><h2 class="blog-entry-title entry-title"><a href="{url}" '
        f'rel="bookmark">{title}</a></h2></header>\n'
        '<ul class="meta obem-default clr" aria-label="Chi tiết bài viết:"><li class="meta-date" '
        'itemprop="datePublished"><span class="screen-reader-text">Ngày đăng:</span><i class=" '
        f'icon-clock" aria-hidden="true" role="img"></i>{vi_date(s.opts["date"])}</li><li class="meta-'
        'cat"><span class="screen-reader-text">Chuyên mục:</span><i class=" icon-folder" aria-hidden='
        f'"true" role="img"></i>{cat_links(s, host)}</li></ul>\n'
        f'<div class="blog-entry-summary clr" itemprop="text"><p>{tx(shown(s, excerpt(s)))}&hellip;'
        "</p></div>\n"
        f'<div class="blog-entry-readmore clr"><a href="{url}" title="Đọc thêm">Đọc thêm<span '
        f'class="screen-reader-text">{title}</span><i class=" fa fa-angle-right" aria-hidden="true" '
        'role="img"></i></a></div>\n</div>\n</article>'
    )


def page_url(base: str, n: int) -> str:
    return base if n == 1 else f"{base}page/{n}/"


def pagination(base: str, cur: int, total: int) -> str:
    if total <= 1:
        return ""
    li = []
    if cur > 1:
        li.append(f'<a class="prev page-numbers" href="{page_url(base, cur - 1)}"><i class=" fa '
                  'fa-angle-left" aria-hidden="true" role="img"></i></a>')
    dots = False
    for n in range(1, total + 1):
        if n == cur:
            li.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
            dots = True
        elif n <= 1 or cur - 2 <= n <= cur + 2 or n > total - 1:
            li.append(f'<a class="page-numbers" href="{page_url(base, n)}">{n}</a>')
            dots = True
        elif dots:
            li.append('<span class="page-numbers dots">&hellip;</span>')
            dots = False
    if cur < total:
        li.append(f'<a class="next page-numbers" href="{page_url(base, cur + 1)}"><i class=" fa '
                  'fa-angle-right" aria-hidden="true" role="img"></i></a>')
    return ('<div class="oceanwp-pagination clr"><ul class=\'page-numbers\'>\n\t<li>'
            + "</li>\n\t<li>".join(li) + "</li>\n</ul>\n</div>")


def listing(request: Request, *, base_path: str, stories: list[Story], page: int, title: str,
            crumbs: list[tuple[str, str | None]], body_class: str, home: bool = False) -> Response | None:
    host = base_url(request)
    total = max(1, -(-len(stories) // PER_PAGE))
    if page < 1 or page > total:
        return None
    chunk = stories[(page - 1) * PER_PAGE: page * PER_PAGE]
    entries = [grid_entry(s, host) for s in chunk]
    if home and page == 1:
        entries = [grid_entry(s, host, sticky=True) for s in stories
                   if s.opts.get("sticky") and s not in chunk] + entries
    if page > 1:
        crumbs = [*crumbs[:-1], (crumbs[-1][0], f"{host}{base_path}"), (f"Trang {page}", None)] \
            if crumbs else [(f"Trang {page}", None)]
    doc_title = f"{title} &#8211; " if not home else ""
    if page > 1:
        doc_title += f"Trang {page} &#8211; "
    doc_title += SITE if not home or page > 1 else f"{SITE} &#8211; {TAGLINE}"
    content = (
        '<div id="blog-entries" class="entries clr oceanwp-row blog-grid blog-equal-heights">\n'
        + "\n".join(entries)
        + "\n</div>\n"
        + pagination(f"{host}{base_path}", page, total)
    )
    header = "" if home else page_header(title, crumbs, host)
    head = ""
    if page > 1:
        head += f'<link rel="prev" href="{page_url(host + base_path, page - 1)}" />\n'
    if page < total:
        head += f'<link rel="next" href="{page_url(host + base_path, page + 1)}" />\n'
    return html(layout(request, doc_title=doc_title, body_class=body_class, page_header=header,
                       content=content, head_extra=head))


# --- a single post -----------------------------------------------------------------------------


def comment_html(s: Story, c: tuple, host: str, depth: int, children: str) -> str:
    cid, _parent, name, stamp, body = c
    url = f"{host}{post_path(s)}"
    kids = f'<ol class="children">\n{children}</ol>' if children else ""
    return (
        f'<li id="comment-{cid}" class="comment {"even" if depth == 1 else "odd alt"} depth-{depth}'
        f'{" parent" if children else ""}">\n<article id="div-comment-{cid}" class="comment-container">'
        '\n<div class="comment-author vcard"><img alt=\'\' src=\'https://secure.gravatar.com/avatar/'
        f"{cid:032x}?s=150&#038;d=mm&#038;r=g' class='avatar avatar-150 photo' height='150' "
        "width='150' loading='lazy'/></div>\n<div class=\"comment-details clr\">\n"
        f'<header class="comment-meta"><strong class="fn">{esc(name)}</strong><span class="comment-date">'
        f'<time datetime="{iso(stamp)}">{vi_date(stamp)} lúc {vi_time(stamp)}</time></span></header>\n'
        f'<div class="comment-content entry clr"><p>{tx(body)}</p></div>\n'
        f"<footer class=\"comment-footer\"><a rel='nofollow' class='comment-reply-link' href='{url}"
        f"?replytocom={cid}#respond' data-commentid=\"{cid}\" data-postid=\"{s.id}\" "
        f'data-belowelement="div-comment-{cid}" data-respondelement="respond" data-replyto="Trả lời '
        f"{esc(name)}\" aria-label='Trả lời {esc(name)}'>Trả lời</a></footer>\n</div>\n</article>\n"
        f"{kids}</li>\n"
    )


def respond_form(request: Request, post_id: int, url: str, reply_to: tuple | None) -> str:
    title = f"Trả lời {esc(reply_to[2])}" if reply_to else "Để lại một bình luận"
    cancel_style = "" if reply_to else ' style="display:none;"'
    host = base_url(request)
    return (
        '<div id="respond" class="comment-respond">\n<h3 id="reply-title" class="comment-reply-title">'
        f'{title} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond"'
        f"{cancel_style}>Hủy</a></small></h3>"
        f'<form action="{host}/wp-comments-post.php" method="post" id="commentform" class="comment-form"'
        ' novalidate><div class="comment-textarea"><label for="comment" class="screen-reader-text">'
        'Bình luận</label><textarea name="comment" id="comment" cols="39" rows="4" tabindex="0" '
        'class="textarea-comment" placeholder="Bình luận của bạn..."></textarea></div>'
        '<div class="comment-form-author"><input type="text" name="author" id="author" value="" '
        'placeholder="Họ tên (bắt buộc)" size="22" tabindex="0" aria-required="true" class="input-name" '
        '/></div><div class="comment-form-email"><input type="text" name="email" id="email" value="" '
        'placeholder="Email (bắt buộc)" size="22" tabindex="0" aria-required="true" class="input-email" '
        '/></div><p class="form-submit"><input name="submit" type="submit" id="comment-submit" '
        'class="submit" value="Gửi bình luận" /> <input type=\'hidden\' name=\'comment_post_ID\' '
        f"value='{post_id}' id='comment_post_ID' />\n<input type='hidden' name='comment_parent' "
        f"id='comment_parent' value='{reply_to[0] if reply_to else 0}' />\n</p></form>\t</div>"
        "<!-- #respond -->\n"
    )


def comments_section(request: Request, s: Story, reply: int | None) -> str:
    host = base_url(request)
    url = f"{host}{post_path(s)}"
    comments = s.opts.get("comments", [])
    reply_to = next((c for c in comments if c[0] == reply), None)

    def thread(parent: int, depth: int) -> str:
        return "".join(
            comment_html(s, c, host, depth, thread(c[0], depth + 1))
            for c in comments if c[1] == parent
        )

    listed = ""
    if comments:
        listed = (
            '<h3 class="theme-heading comments-title"><span class="text">'
            f"{len(comments)} bình luận về &ldquo;{tx(shown(s, s.title))}&rdquo;</span></h3>\n"
            f'<ol class="comment-list">\n{thread(0, 1)}</ol><!-- .comment-list -->\n'
        )
    has = "has-comments" if comments else "empty-closed-comments"
    return (f'<section id="comments" class="comments-area clr {has}">\n<div class="comments-inner '
            f'clr">\n{listed}{respond_form(request, s.id, url, reply_to)}</div>\n</section>')


def single(request: Request, s: Story, reply: int | None = None) -> Response:
    host = base_url(request)
    url = f"{host}{post_path(s)}"
    title = tx(shown(s, s.title))
    user = s.opts["user"]
    uname, ubio = USERS[user]
    comments = s.opts.get("comments", [])
    words = sum(len(b.text.split()) for b in s.blocks if isinstance(b, P))
    mod = ""
    if s.opts.get("mod"):
        mod = ('<li class="meta-mod-date" itemprop="dateModified"><span class="screen-reader-text">'
               'Cập nhật lần cuối:</span><i class=" icon-note" aria-hidden="true" role="img"></i>'
               f'Cập nhật: {vi_date(s.opts["mod"])}</li>\n')
    ncom = (f'<a href="{url}#comments" class="comments-link">{len(comments)} bình luận</a>'
            if comments else f'<a href="{url}#respond" class="comments-link">0 bình luận</a>')
    meta = (
        '<ul class="meta ospm-default clr">\n'
        '<li class="meta-author" itemprop="name"><span class="screen-reader-text">Tác giả:</span><i '
        'class=" icon-user" aria-hidden="true" role="img"></i>Đăng bởi <a href="'
        f'{host}/author/{user}/" title="Bài viết của {uname}" rel="author" itemprop="author" '
        f'itemscope="itemscope" itemtype="https://schema.org/Person">{uname}</a></li>\n'
        f"{mod}"
        '<li class="meta-date" itemprop="datePublished"><span class="screen-reader-text">Ngày đăng:'
        '</span><i class=" icon-clock" aria-hidden="true" role="img"></i>'
        f'{vi_date(s.opts["date"])}</li>\n'
        '<li class="meta-cat"><span class="screen-reader-text">Chuyên mục:</span><i class=" '
        f'icon-folder" aria-hidden="true" role="img"></i>{cat_links(s, host)}</li>\n'
        '<li class="meta-comments"><span class="screen-reader-text">Bình luận:</span><i class=" '
        f'icon-bubble" aria-hidden="true" role="img"></i>{ncom}</li>\n'
        '<li class="meta-rt"><span class="screen-reader-text">Thời gian đọc:</span><i class=" '
        f'icon-cup" aria-hidden="true" role="img"></i>{max(1, -(-words // 200))} phút đọc</li>\n</ul>'
    )
    tags = ""
    if s.opts.get("tags"):
        tags = ('<div class="post-tags clr"><span class="owp-tag-text">Thẻ: </span>'
                + '<span class="owp-sep">,</span> '.join(
                    f'<a href="{host}/tag/{t}/" rel="tag">{TAGS[t]}</a>' for t in s.opts["tags"])
                + "</div>")
    share_url = quote(url, safe="")
    share = (
        '<div class="entry-share clr minimal side">\n<h3 class="theme-heading social-share-title">'
        '<span class="text" aria-hidden="true">Chia sẻ bài viết</span></h3>\n<ul class="oss-social-share'
        ' clr" aria-label="Available sharing options">'
        f'<li class="facebook"><a href="https://www.facebook.com/sharer.php?u={share_url}" aria-label='
        '"Chia sẻ lên Facebook" onclick="oss_onClick( this.href );return false;"><span class="oss-icon-'
        'wrap"><svg class="oss-icon" role="img" viewBox="0 0 512 512" xmlns="http://www.w3.org/2000/svg"'
        ' aria-hidden="true" focusable="false"><path d="M504 256C504 119 393 8 256 8S8 119 8 256"/></svg>'
        '</span><span class="oss-name">Facebook</span></a></li>'
        f'<li class="twitter"><a href="https://twitter.com/share?text={quote(s.title)}&amp;url='
        f'{share_url}" aria-label="Chia sẻ lên Twitter" onclick="oss_onClick( this.href );return false;">'
        '<span class="oss-name">Twitter</span></a></li>'
        f'<li class="email"><a href="mailto:?subject={quote(s.title)}&amp;body={share_url}" '
        'aria-label="Gửi qua email"><span class="oss-name">Email</span></a></li></ul>\n</div>'
    )
    same = [o for o in ALL if s.cat in cats_of(o)]
    k = same.index(s)
    newer = same[k - 1] if k > 0 else None
    older = same[k + 1] if k + 1 < len(same) else None
    nav = ['<nav class="navigation post-navigation" aria-label="Đọc thêm bài viết"><h2 class="screen-'
           'reader-text">Đọc thêm bài viết</h2><div class="nav-links">']
    if older:
        nav.append(f'<div class="nav-previous"><a href="{host}{post_path(older)}" rel="prev"><span '
                   'class="title"><i class=" fas fa-long-arrow-alt-left" aria-hidden="true" '
                   'role="img"></i> Bài trước</span><span class="post-title">'
                   f"{tx(shown(older, older.title))}</span></a></div>")
    if newer:
        nav.append(f'<div class="nav-next"><a href="{host}{post_path(newer)}" rel="next"><span '
                   'class="title"><i class=" fas fa-long-arrow-alt-right" aria-hidden="true" '
                   'role="img"></i> Bài sau</span><span class="post-title">'
                   f"{tx(shown(newer, newer.title))}</span></a></div>")
    nav.append("</div></nav>")
    bio = (
        '<section id="author-bio" class="clr">\n<div id="author-bio-inner">\n<div class="author-bio-'
        f'avatar"><a href="{host}/author/{user}/" title="Xem tất cả bài viết" rel="author"><img alt=\'\''
        f" src='https://secure.gravatar.com/avatar/{user}?s=100&#038;d=mm&#038;r=g' class='avatar "
        "avatar-100 photo' height='100' width='100' loading='lazy'/></a></div>\n<div class=\"author-bio-"
        f'content clr">\n<h4 class="author-bio-title"><a href="{host}/author/{user}/" title="Xem tất cả'
        f' bài viết">{uname}</a></h4>\n<div class="author-bio-description clr"><p>{tx(ubio)}</p></div>\n'
        "</div>\n</div>\n</section>"
    )
    rel = "".join(
        f'<article class="related-post clr col span_1_of_3 col-{n} post-{o.id} post type-post status-'
        'publish format-standard has-post-thumbnail hentry entry has-media">\n<figure class="related-'
        f'post-media clr"><a href="{host}{post_path(o)}" class="related-thumb"><img width="300" '
        f'height="200" src="{thumb(o, "300x200")}" class="attachment-medium size-medium wp-post-image" '
        'alt="" loading="lazy" /></a></figure>\n<h3 class="related-post-title"><a href="'
        f'{host}{post_path(o)}" rel="bookmark">{tx(shown(o, o.title))}</a></h3>\n<time class="published"'
        f' datetime="{iso(o.opts["date"])}"><i class=" icon-clock" aria-hidden="true" role="img"></i>'
        f'{vi_date(o.opts["date"])}</time>\n</article>\n'
        for n, o in enumerate(related_in_cat(s), 1)
    )
    related = (
        '<section id="related-posts" class="clr">\n<h3 class="theme-heading related-posts-title">'
        '<span class="text">Bài viết liên quan</span></h3>\n<div class="oceanwp-row clr">\n'
        f"{rel}</div>\n</section>"
    )
    classes = " ".join(f"category-{c}" for c in cats_of(s))
    article = (
        f'<article class="single-post-article clr">\n<header class="entry-header clr">\n<h2 class="'
        f'single-post-title entry-title" itemprop="headline">{title}</h2>\n</header>\n{meta}\n'
        f'<div class="entry-content clr" itemprop="text">\n{content_html(s, host)}\n</div>\n'
        f"{tags}\n{share}\n{''.join(nav)}\n{bio}\n{related}\n"
        f"{comments_section(request, s, reply)}\n</article>"
    )
    article = (f'<div id="post-{s.id}" class="post-{s.id} post type-post status-publish '
               f'format-standard hentry {classes} entry">\n{article}\n</div>')
    header = page_header("Blog", [(CATS[s.cat][1], f"{host}/chuyen-muc/{s.cat}/"),
                                  (f'<a href="{url}">{title}</a>', None)], host)
    head = (f'<link rel="alternate" type="application/json" href="{host}/wp-json/wp/v2/posts/{s.id}" />\n'
            f'<link rel="canonical" href="{url}" />\n'
            f"<link rel='shortlink' href='{host}/?p={s.id}' />\n")
    body_class = (f"post-template-default single single-post postid-{s.id} single-format-standard "
                  f"post-in-category-{s.cat}")
    return html(layout(request, doc_title=f"{title} &#8211; {SITE}", body_class=body_class,
                       page_header=header, content=article, head_extra=head))


def attachment_page(request: Request, path: str) -> Response:
    s, img, aid = ATTACHMENTS[path]
    host = base_url(request)
    name = att_slug(img.src)
    big = img.src.replace("-150x150.jpg", "-1024x683.jpg")
    header = page_header(name, [(CATS[s.cat][1], f"{host}/chuyen-muc/{s.cat}/"),
                                (tx(shown(s, s.title)), f"{host}{post_path(s)}"), (name, None)], host)
    content = (
        f'<article id="post-{aid}" class="image-attachment post-{aid} attachment type-attachment '
        'status-inherit hentry entry">\n<div class="attachment-image clr">'
        f'<p><img width="1024" height="683" src="{big}" class="attachment-full size-full" alt="" '
        f'loading="lazy"{_srcset(big)} /></p></div>\n'
        f'<div class="entry clr"><p class="wp-caption-text">{tx(img.printed or "")}</p>\n'
        f'<p>Ảnh đăng trong bài <a href="{host}{post_path(s)}">{tx(shown(s, s.title))}</a> ngày '
        f'{vi_date(s.opts["date"])}.</p></div>\n'
        f'{respond_form(request, aid, host + path, None)}</article>'
    )
    return html(layout(request, doc_title=f"{name} &#8211; {SITE}",
                       body_class=f"attachment attachment-template-default single single-attachment "
                                  f"postid-{aid} attachmentid-{aid} attachment-jpeg",
                       page_header=header, content=content,
                       head_extra=f'<link rel="canonical" href="{host}{path}" />\n'))


# --- pages ------------------------------------------------------------------------------------

PAGES = {
    "gioi-thieu": (
        12, "Giới thiệu chung",
        "<p>Trường THPT Phan Bội Châu được thành lập năm 1952, là một trong những trường trung học "
        "có bề dày truyền thống nhất của tỉnh Bình Thuận. Trường mang tên nhà chí sĩ yêu nước Phan "
        "Bội Châu, người đã khởi xướng phong trào Đông Du đầu thế kỷ XX.</p>\n"
        "<p>Năm học 2026 &#8211; 2027, nhà trường có 36 lớp với 1.412 học sinh; đội ngũ 96 cán bộ, "
        "giáo viên, nhân viên, trong đó 38% giáo viên có trình độ thạc sĩ. Trường đạt chuẩn quốc gia "
        "mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</p>\n"
        "<p>Sứ mệnh: xây dựng môi trường học tập thân thiện, kỷ cương, chất lượng; giúp mỗi học sinh "
        "phát triển toàn diện phẩm chất và năng lực.</p>",
    ),
    "co-cau-to-chuc": (
        14, "Cơ cấu tổ chức",
        '<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>\n'
        "<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td></tr>\n"
        "<tr><td>Nguyễn Văn Thành</td><td>Hiệu trưởng</td></tr>\n"
        "<tr><td>Trần Quốc Việt</td><td>Phó Hiệu trưởng</td></tr>\n"
        "<tr><td>Lê Minh Hoàng</td><td>Phó Hiệu trưởng</td></tr>\n"
        "<tr><td>Nguyễn Thanh Tùng</td><td>Bí thư Đoàn trường</td></tr>\n"
        "</tbody></table>\n<p>Nhà trường có 8 tổ chuyên môn và tổ Văn phòng.</p>",
    ),
    "thoi-khoa-bieu": (
        16, "Thời khóa biểu",
        "<p>Thời khóa biểu số 5, áp dụng từ ngày 16/11/2026 (học kỳ I năm học 2026 &#8211; 2027).</p>\n"
        '<p><a href="/wp-content/uploads/2026/11/TKB-so-5-buoi-sang.pdf">TKB số 5 &#8211; buổi sáng'
        '</a><br />\n<a href="/wp-content/uploads/2026/11/TKB-so-5-buoi-chieu.pdf">TKB số 5 &#8211; '
        "buổi chiều</a></p>\n<p>Giáo viên và học sinh theo dõi thường xuyên để cập nhật thay đổi.</p>",
    ),
    "lien-he": (
        18, "Liên hệ",
        "<p><strong>TRƯỜNG THPT PHAN BỘI CHÂU</strong><br />\nĐịa chỉ: Số 12 đường Trần Hưng Đạo, "
        "phường Đức Nghĩa, TP. Phan Thiết, tỉnh Bình Thuận<br />\nĐiện thoại: 0252.3821.456<br />\n"
        "Email: thptphanboichau.pt@binhthuan.edu.vn</p>\n"
        '<div role="form" class="wpcf7" id="wpcf7-f120-p18-o1" lang="vi" dir="ltr"><form action="'
        '/lien-he/#wpcf7-f120-p18-o1" method="post" class="wpcf7-form init" novalidate="novalidate">'
        '<p><label>Họ tên<br /><input type="text" name="your-name" value="" size="40" /></label></p>'
        '<p><label>Nội dung<br /><textarea name="your-message" cols="40" rows="6"></textarea></label>'
        '</p><p><input type="submit" value="Gửi" class="wpcf7-form-control wpcf7-submit" /></p>'
        "</form></div>",
    ),
}
PDFS = {
    "/wp-content/uploads/2026/12/215-TB-lich-kiem-tra-HKI.pdf",
    "/wp-content/uploads/2026/11/TKB-so-5-buoi-sang.pdf",
    "/wp-content/uploads/2026/11/TKB-so-5-buoi-chieu.pdf",
}


def wp_page(request: Request, slug: str) -> Response:
    pid, title, body = PAGES[slug]
    host = base_url(request)
    content = (f'<article class="single-page-article clr">\n<div class="entry clr" itemprop="text">\n'
               f"{body}\n</div>\n</article>")
    return html(layout(request, doc_title=f"{title} &#8211; {SITE}",
                       body_class=f"page-template-default page page-id-{pid}",
                       page_header=page_header(title, [(title, None)], host), content=content,
                       head_extra=f'<link rel="canonical" href="{host}/{slug}/" />\n'))


# --- search, feed, misc -----------------------------------------------------------------------


def search(request: Request, query: str) -> Response:
    host = base_url(request)
    needle = unicodedata.normalize("NFC", query).strip().lower()
    found = [s for s in ALL if needle and needle in s.title.lower()][:PER_PAGE]
    items = "".join(
        f'<article id="post-{s.id}" class="post-{s.id} post type-post entry">\n<div class="search-entry-'
        f'inner clr"><header class="search-entry-header clr"><h2 class="search-entry-title entry-title">'
        f'<a href="{host}{post_path(s)}" rel="bookmark">{tx(shown(s, s.title))}</a></h2></header>'
        f'<div class="search-entry-summary clr" itemprop="text"><p>{tx(shown(s, excerpt(s)))}&hellip;'
        f'</p></div><div class="search-entry-readmore clr"><a href="{host}{post_path(s)}" title="Đọc '
        'thêm">Đọc thêm</a></div></div>\n</article>\n'
        for s in found
    ) or "<p>Không tìm thấy kết quả phù hợp. Vui lòng thử lại với từ khóa khác.</p>"
    title = f"Kết quả tìm kiếm cho: {esc(query)}"
    return html(layout(request, doc_title=f"{title} &#8211; {SITE}", body_class="search search-results",
                       page_header=page_header(title, [(title, None)], host),
                       content=f'<div id="search-results">\n{items}</div>',
                       head_extra="<meta name='robots' content='noindex, follow' />\n"))


def feed(request: Request) -> Response:
    host = base_url(request)
    items = "".join(
        f"\t<item>\n\t\t<title>{tx(s.title)}</title>\n\t\t<link>{host}{post_path(s)}</link>\n"
        f"\t\t<dc:creator><![CDATA[{USERS[s.opts['user']][0]}]]></dc:creator>\n"
        f"\t\t<pubDate>{rfc822(s.opts['date'])}</pubDate>\n"
        + "".join(f"\t\t<category><![CDATA[{CATS[c][1]}]]></category>\n" for c in cats_of(s))
        + f'\t\t<guid isPermaLink="false">{host}/?p={s.id}</guid>\n'
        f"\t\t<description><![CDATA[{excerpt(s)} [&#8230;]]]></description>\n\t</item>\n"
        for s in ALL[:10]
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/'
        '1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.'
        'org/2005/Atom">\n<channel>\n'
        f"\t<title>{SITE}</title>\n\t<atom:link href=\"{host}/feed/\" rel=\"self\" type=\"application/"
        f'rss+xml" />\n\t<link>{host}</link>\n\t<description>{TAGLINE}</description>\n'
        f"\t<lastBuildDate>{rfc822('2026-12-05 07:02:10')}</lastBuildDate>\n\t<language>vi</language>\n"
        "\t<generator>https://wordpress.org/?v=5.9.3</generator>\n"
        f"{items}</channel>\n</rss>\n"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


_LIST_RE = re.compile(r"^/(chuyen-muc|tag|author)/([a-z0-9-]+)/(?:page/(\d+)/)?$")
_HOME_PAGE_RE = re.compile(r"^/page/(\d+)/?$")


class Site:
    """The WordPress install, answering like its rewrite rules and redirect_canonical()."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        host = base_url(request)
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path in PDFS:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n",
                            {"Content-Type": "text/plain; charset=utf-8"})
        if path.startswith("/wp-json"):
            return Response(401, '{"code":"rest_cannot_access","message":"Chỉ người dùng đã đăng nhập '
                            'mới có thể truy cập REST API.","data":{"status":401}}',
                            {"Content-Type": "application/json; charset=UTF-8"})
        if path == "/wp-comments-post.php":
            return Response(405, "", {"Allow": "POST", "Content-Type": "text/plain"})
        if path == "/feed/":
            return feed(request)
        if path == "/feed":
            return redirect(f"{host}/feed/", 301)

        paged = params.get("paged", "")
        if path == "/":
            if "p" in params:
                s = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(f"{host}{post_path(s)}", 301) if s else None
            if "s" in params:
                return search(request, params["s"])
            if paged.isdigit():
                return redirect(page_url(f"{host}/", int(paged)), 301)
            return self._home(request, 1)
        m = _HOME_PAGE_RE.match(path)
        if m:
            n = int(m.group(1))
            if n == 1:
                return redirect(f"{host}/", 301)
            if not path.endswith("/"):
                return redirect(f"{host}{path}/", 301)
            return self._home(request, n)
        m = _LIST_RE.match(path)
        if m:
            kind, slug, n = m.group(1), m.group(2), int(m.group(3) or 1)
            base = f"/{kind}/{slug}/"
            if paged.isdigit():
                return redirect(page_url(host + base, int(paged)), 301)
            if m.group(3) == "1":
                return redirect(host + base, 301)
            return self._archive(request, kind, slug, n)
        m = re.match(r"^/([a-z0-9-]+)/$", path)
        if m and m.group(1) in PAGES:
            return wp_page(request, m.group(1))
        return self._post(request, path, params)

    def _home(self, request: Request, n: int) -> Response | None:
        return listing(request, base_path="/", stories=ALL, page=n, title=SITE, crumbs=[],
                       body_class="home blog" + (f" paged paged-{n}" if n > 1 else ""), home=True)

    def _archive(self, request: Request, kind: str, slug: str, n: int) -> Response | None:
        host = base_url(request)
        if kind == "chuyen-muc" and slug in CATS:
            tid, name = CATS[slug]
            stories = [s for s in ALL if slug in cats_of(s)]
            cls = f"archive category category-{slug} category-{tid}"
        elif kind == "tag" and slug in TAGS:
            name = TAGS[slug]
            stories = [s for s in ALL if slug in s.opts.get("tags", [])]
            cls = f"archive tag tag-{slug}"
            name = f"Thẻ: {name}"
        elif kind == "author" and slug in USERS:
            name = USERS[slug][0]
            stories = [s for s in ALL if s.opts["user"] == slug]
            cls = f"archive author author-{slug}"
        else:
            return None
        return listing(request, base_path=f"/{kind}/{slug}/", stories=stories, page=n, title=name,
                       crumbs=[(name, f"{host}/{kind}/{slug}/")],
                       body_class=cls + (f" paged paged-{n}" if n > 1 else ""))

    def _post(self, request: Request, path: str, params: dict[str, str]) -> Response | None:
        host = base_url(request)
        decoded = unquote(path)
        if path in ATTACHMENTS:
            return attachment_page(request, path)
        for s in STORIES:
            own = unquote(post_path(s))
            if decoded == own:
                reply = params.get("replytocom", "")
                return single(request, s, int(reply) if reply.isdigit() else None)
            if decoded == own + "/":
                return redirect(f"{host}{post_path(s)}", 301)
            if decoded.startswith(own + "/"):
                return None
            for other in s.opts.get("cats", []):
                if decoded == unquote(f"/{other}/{s.slug}.html"):
                    return redirect(f"{host}{post_path(s)}", 301)
        return None


def build_site() -> Site:
    return Site()


# --- gold --------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    alts = [f"{post_path(s)}?replytocom={c[0]}" for c in s.opts.get("comments", [])]
    if "%" in s.slug:
        alts.append(re.sub(r"%[0-9a-f]{2}", lambda m: m.group().upper(), post_path(s)))
    return alts


GOLD = [gold_record(s, post_path(s), CATS[s.cat][1], alt_paths=_alt_paths(s)) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/co-cau-to-chuc/",
    "/thoi-khoa-bieu/",
    "/lien-he/",
    *ATTACHMENTS,
]
