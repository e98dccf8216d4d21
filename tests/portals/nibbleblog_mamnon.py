"""Nibbleblog 4 blog of Trường Mầm non Sơn Ca (xã Phước Hòa, huyện Tuy Phước, tỉnh Bình Định).

Platform: Nibbleblog 4.0 (flat-file PHP blog, posts stored as XML) with friendly URLs on, theme
"simpler" translated to Vietnamese by a teacher, who also renamed its classes (``bv``, ``bv-td``,
``bv-nd``, ``cot-phai`` …) and added a breadcrumb, a drop-down menu and a visitor counter.

URL scheme:
- ``/`` home: the latest 5 posts (text up to the ``<!-- pagebreak -->`` marker, or the whole
  text when the post has none), ``/page-2``, ``/page-3`` for older ones ("« Bài mới hơn" /
  "Bài cũ hơn »" only, no page numbers);
- ``/category/<slug>/`` (+ ``/category/<slug>/page-N``), ``/tag/<tag>/`` (one page each);
- ``/post/<slug>/`` a post; ``/post/<slug>`` answers 301 to it; the non-friendly
  ``/index.php?controller=post&action=view&id_post=N`` and the 3.x friendly form
  ``/post-<id>/<slug>`` still serve the post;
- ``/page/<slug>/`` static pages (Giới thiệu, Đội ngũ giáo viên, Liên hệ); ``/feed.php`` RSS;
  ``/admin.php`` login; pictures under ``/content/public/upload/…``.

Page templates: header (today's date, blog name in ``<h1>``, slogan), drop-down menu, content
column (breadcrumb "Trang chủ » <category> » <title>", then the post: ``<h2 class="bv-td">``,
the info line "Đăng lúc HH:MM - DD Tháng <month in words>, YYYY | Người đăng: quantri |
Chuyên mục: …", the text ``div.bv-nd``, tags, share bar, previous/next links, comments and the
comment form), right column (latest posts, categories, photo-library thumbnails, links, visitor
counter, poll), footer (address, phone, e-mail).

How each gold article is reached: home pages 1–3 list every post (5 a page); each category lists
its own (Hoạt động của bé has a page 2); tags and the feed list some again. The oldest post
(``be-nha-tre-lam-quen-truong-lop``) is only on ``/page-3``, ``/category/hoat-dong-cua-be/page-2``
and behind a "Xem thêm" link in an older-form URL.

Traps:
1. Blog name is the ``<h1>`` on every page; the post's headline is an ``<h2>`` (``bv-td``) and
   the ``<title>`` adds " – Trường Mầm non Sơn Ca". Gold title: the ``<h2>`` text.
2. Listings (home, ``page-N``, categories, tags) print whole posts when the post has no
   pagebreak: they are listings, not articles; the article is the ``/post/<slug>/`` page only.
3. Duplicates: the "Bài viết mới" sidebar plugin links the five newest posts as
   ``/index.php?controller=post&action=view&id_post=N`` (no canonical link on any page); a "Xem
   thêm:" line in an old post links ``/post-1/<slug>`` (the 3.x URL form). Gold: ``/post/<slug>/``
   with those as ``alt_paths``; the "Xem thêm:" line is not body.
4. Dates: months printed in words ("06 Tháng Mười Một, 2026" — "Tháng Mười" is a prefix of
   "Tháng Mười Một"), time before the day ("Đăng lúc 15:20 - 02 Tháng Mười Hai, 2026") -> ISO
   with +07:00; a post imported at "00:00" -> the day alone; the "Sửa lần cuối" line and
   parents' comment dates are not the publication date; the official notice takes its
   letterhead's day ("2026-12-03") although posted on 04/12.
5. Bylines: "Người đăng: quantri" is the CMS account (nobody); the real byline is the last,
   right-aligned paragraph in the text: "Tin, ảnh: Lê Thị Mỹ Dung" (author and photographer),
   "Bài: Cô Trần Thị Kim Oanh – Ảnh: Phạm Văn Tài" (the honorific "Cô" dropped), "Nguyễn Thị
   Thu Hà – Phó Hiệu trưởng" (post dropped), "Công đoàn trường" (a unit signing alone), "BBT"
   (nobody); closing "Nguồn: …" / "Theo …" lines are the source; none of these are body.
6. Captions in five editor habits: an italic centred paragraph after the picture; a TinyMCE
   table with the picture in one row and the caption in the next (not body rows); a
   parenthesised italic line in a ``<div>`` (parentheses dropped); a line that only credits
   "Ảnh: Phạm Văn Tài" (caption None); a picture with only an ``alt`` (caption None).
7. Text shapes: one post written in ``<div>``s without any ``<p>``; a poem typed as lines split
   by ``<br>`` (each line a paragraph); a Word paste with ``mso-list:Ignore`` bullets (no text)
   and typed "- " dashes (text), written with named/decimal entities; a Facebook paste whose
   lines start with an emoji drawn as ``<img alt="👉">`` (a bullet, no text, not an image); a
   symptom table whose rows are paragraphs ("Giai đoạn | Biểu hiện").
8. Chrome that looks like content: parents' comments under posts (names, dates, text), the
   comment form, "« Bài trước / Bài sau »" links with other headlines, the sidebar photo library
   of thumbnails from ``/content/public/upload/`` (same folder as article pictures), tags.
9. Posts that are not articles although the blog files them like any post: a video post (Nibbleblog
   "video" type: an embedded YouTube player and one line) and a photo album post (pictures with
   captions and one line of text). Both are NON_ARTICLES.
10. A notice's body opens "Theo kế hoạch của Trạm Y tế xã…" (text) and closes with the
   right-aligned "Theo Trạm Y tế xã Phước Hòa" (the source, not body).
11. One tag is printed in Vietnamese and linked percent-encoded (``/tag/s%E1%BB%A9c-kh%E1%BB%8Fe/``).

Gold decisions on ambiguous points:
- The bold first paragraph (sapo) is the summary and the body's first paragraph; posts
  without one have summary null.
- The notice's letterhead table, "THÔNG BÁO" / "Về việc …" lines and the "Nơi nhận / HIỆU
  TRƯỞNG / (Đã ký) / name" table are not body; its signer is its author.
- "Cô"/"Thầy" before a teacher's name is an honorific and is dropped like a degree.
- The poem's own heading ("ĐÔI BÀN TAY EM", centred bold) is a heading inside the text, so
  body; its closing "Cô Hồ Thị Lệ – Lớp Mầm 1" line is the byline (author "Hồ Thị Lệ"), not body.
- The album and the video post are not articles (like albums and video pages of other portals).
"""

from __future__ import annotations

import datetime as _dt
import re
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
)

NAME = "nibbleblog_mamnon"
PLATFORM = "Nibbleblog 4 (flat-file PHP blog), theme simpler translated to Vietnamese"
START_PATH = "/"

SITE_NAME = "Trường Mầm non Sơn Ca"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 5
UP = "/content/public/upload"

MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]

CATEGORIES = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-cua-be": "Hoạt động của bé",
    "goc-phu-huynh": "Góc phụ huynh",
    "dinh-duong-suc-khoe": "Dinh dưỡng - Sức khỏe",
    "thong-bao": "Thông báo",
}

TAGS = {
    "su-kien": "sự kiện",
    "lop-la": "lớp lá",
    "sức-khỏe": "sức khỏe",
    "phu-huynh": "phụ huynh",
    "thong-bao": "thông báo",
}

PAGEBREAK = Raw("<!-- pagebreak -->")


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{inner}</strong></p>')


# ----------------------------------------------------------------------------------------------
# the posts, oldest first (Nibbleblog numbers them in that order)
# ----------------------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        1, "be-nha-tre-lam-quen-truong-lop",
        "Bé lớp Nhà trẻ làm quen với trường lớp sau một tháng nhập học",
        "hoat-dong-cua-be", "2026-10-02T16:45:00+07:00",
        [
            P("Sau một tháng đầu năm học, các bé lớp Nhà trẻ 24–36 tháng tuổi của trường đã dần "
              "quen với cô giáo, bạn bè và nề nếp sinh hoạt ở lớp."),
            P("Những ngày đầu, nhiều bé còn khóc khi bố mẹ đưa đến lớp. Các cô đã dành nhiều thời "
              "gian ôm ấp, trò chuyện, cho bé chơi với đồ chơi quen thuộc mang từ nhà."),
            Img(f"{UP}/2026/10/nha-tre-01.jpg", "Cô Võ Thị Hạnh cho các bé chơi xếp khối",
                "Cô Võ Thị Hạnh cho các bé chơi xếp khối", "em"),
            PAGEBREAK,
            P("Đến nay, phần lớn các bé đã tự xúc cơm, biết chào cô khi đến lớp và ngủ trưa đúng giờ."),
            P("Nhà trường mong phụ huynh tiếp tục phối hợp với giáo viên, giữ giờ giấc sinh hoạt của "
              "bé ở nhà giống như ở lớp."),
            _right("Võ Thị Hạnh"),
        ],
        authors=["Võ Thị Hạnh"],
        opts={"dt": "2026-10-02 16:45", "tags": ["phu-huynh"]},
    ),
    Story(
        2, "khai-mac-tuan-le-hoc-tap-suot-doi-2026",
        "Khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2026",
        "tin-tuc-su-kien", "2026-10-08T09:30:00+07:00",
        [
            P("Sáng ngày 06/10/2026, Trường Mầm non Sơn Ca tổ chức lễ khai mạc Tuần lễ hưởng ứng "
              "học tập suốt đời năm 2026 với chủ đề “Học tập suốt đời – nền tảng xây dựng xã hội học tập”."),
            P("Tham dự có đại diện Hội Khuyến học xã Phước Hòa, Ban đại diện cha mẹ trẻ và toàn thể "
              "cán bộ, giáo viên, nhân viên nhà trường."),
            Img(f"{UP}/2026/10/hoc-tap-suot-doi.jpg", "Cô Nguyễn Thị Bích Ngọc, Hiệu trưởng, phát biểu khai mạc",
                "Cô Nguyễn Thị Bích Ngọc, Hiệu trưởng, phát biểu khai mạc", "em"),
            PAGEBREAK,
            P("Trong tuần lễ, nhà trường trưng bày sách, tranh truyện cho trẻ tại góc thư viện "
              "thân thiện và phát động phong trào “Mỗi ngày một câu chuyện” trong các lớp."),
            P("Giáo viên đăng ký tham gia các khóa bồi dưỡng trực tuyến về ứng dụng công nghệ thông "
              "tin trong tổ chức hoạt động giáo dục trẻ."),
            _right("Phan Thị Ngọc Trâm"),
        ],
        authors=["Phan Thị Ngọc Trâm"],
        opts={"dt": "2026-10-08 09:30", "tags": ["su-kien"]},
    ),
    Story(
        3, "hoi-thi-be-voi-an-toan-giao-thong",
        "Hội thi “Bé với an toàn giao thông” năm học 2026–2027",
        "hoat-dong-cua-be", "2026-10-15T10:00:00+07:00",
        [
            P("Nhằm giúp trẻ làm quen với một số luật lệ giao thông đơn giản, sáng 14/10 nhà trường "
              "tổ chức Hội thi “Bé với an toàn giao thông” cho trẻ mẫu giáo 5–6 tuổi."),
            P("Hội thi gồm ba phần: Chào hỏi, Bé thông minh và Bé khéo tay. Các đội trả lời câu hỏi "
              "về đèn tín hiệu, cách đội mũ bảo hiểm và đi bộ qua đường."),
            Img(f"{UP}/2026/10/atgt-01.jpg", "(Đội lớp Lá 1 trong phần thi Bé thông minh)",
                "Đội lớp Lá 1 trong phần thi Bé thông minh", "paren"),
            PAGEBREAK,
            P("Kết quả, đội lớp Lá 2 đạt giải Nhất, đội lớp Lá 1 đạt giải Nhì, đội lớp Chồi 1 đạt giải Ba."),
            Raw('<p><strong>Xem thêm:</strong> <a href="/post-1/be-nha-tre-lam-quen-truong-lop">'
                "Bé lớp Nhà trẻ làm quen với trường lớp sau một tháng nhập học</a></p>"),
            _right("Tổ chuyên môn Mẫu giáo lớn"),
        ],
        authors=["Tổ chuyên môn Mẫu giáo lớn"],
        opts={"dt": "2026-10-15 10:00", "tags": ["lop-la", "su-kien"]},
    ),
    Story(
        4, "be-la-2-tham-quan-vuon-rau-an-toan",
        "Bé lớp Lá 2 tham quan vườn rau an toàn Phước Hòa",
        "hoat-dong-cua-be", "2026-10-21T09:15:00+07:00",
        [
            P("Thực hiện chủ đề “Thế giới thực vật”, sáng 20/10 cô và trò lớp Lá 2 đã đi tham quan "
              "vườn rau an toàn của hợp tác xã nông nghiệp Phước Hòa."),
            P("Các bé được cô chú nông dân giới thiệu về các loại rau cải, rau muống, mồng tơi và "
              "cách chăm sóc, tưới nước cho rau."),
            Img(f"{UP}/2026/10/vuon-rau-01.jpg", "(Các bé hào hứng tưới rau cùng cô chú nông dân)",
                "Các bé hào hứng tưới rau cùng cô chú nông dân", "paren"),
            P("Sau buổi tham quan, mỗi bé mang về một chậu rau nhỏ để tiếp tục chăm sóc tại góc "
              "thiên nhiên của lớp."),
            Img(f"{UP}/2026/10/vuon-rau-02.jpg", None, None, "alt"),
            Raw('<div style="text-align: right;"><b>Đặng Thị Thanh Thủy</b></div>'),
        ],
        authors=["Đặng Thị Thanh Thủy"],
        opts={"dt": "2026-10-21 09:15", "tags": ["lop-la"], "divs": True},
    ),
    Story(
        5, "lich-tiem-chung-bo-sung-soi-rubella",
        "Thông báo lịch tiêm bổ sung vắc xin sởi – rubella cho trẻ",
        "thong-bao", "2026-10-27T08:30:00+07:00",
        [
            P("Theo kế hoạch của Trạm Y tế xã, trẻ từ 1 đến 5 tuổi chưa tiêm đủ hai mũi vắc xin "
              "sởi – rubella sẽ được tiêm bổ sung miễn phí."),
            P("Thời gian: từ 7 giờ 30 đến 10 giờ 30, ngày 31/10/2026 (thứ Bảy)."),
            P("Địa điểm: Trạm Y tế xã Phước Hòa."),
            P("Phụ huynh mang theo sổ tiêm chủng hoặc giấy xác nhận tiêm chủng của trẻ. Trẻ đang "
              "sốt, ho nhiều cần báo cho cán bộ y tế trước khi tiêm."),
            Raw('<p style="text-align: right;"><em>Theo Trạm Y tế xã Phước Hòa</em></p>'),
        ],
        source="Trạm Y tế xã Phước Hòa",
        opts={"dt": "2026-10-27 08:30", "tags": ["thong-bao", "sức-khỏe"]},
    ),
    Story(
        6, "hoi-nghi-can-bo-vien-chuc-2026-2027",
        "Hội nghị cán bộ, viên chức, người lao động năm học 2026–2027",
        "tin-tuc-su-kien", "2026-10-30T16:10:00+07:00",
        [
            P("Chiều 29/10/2026, Trường Mầm non Sơn Ca long trọng tổ chức Hội nghị cán bộ, viên "
              "chức, người lao động năm học 2026–2027.", "sapo"),
            P("Hội nghị đã nghe báo cáo tổng kết năm học 2025–2026 và phương hướng, nhiệm vụ năm "
              "học mới với trọng tâm nâng cao chất lượng chăm sóc, nuôi dưỡng và giáo dục trẻ."),
            Img(f"{UP}/2026/10/hoi-nghi-cbvc.jpg", "Quang cảnh hội nghị", "Quang cảnh hội nghị", "em"),
            PAGEBREAK,
            P("Các đại biểu đã thảo luận, đóng góp ý kiến vào quy chế chi tiêu nội bộ, quy chế dân "
              "chủ cơ sở và ký giao ước thi đua giữa các tổ chuyên môn."),
            P("Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026–2028 gồm 3 đồng chí."),
            _right("BBT"),
        ],
        summary=("Chiều 29/10/2026, Trường Mầm non Sơn Ca long trọng tổ chức Hội nghị cán bộ, viên "
                 "chức, người lao động năm học 2026–2027."),
        opts={"dt": "2026-10-30 16:10", "modified": "02 Tháng Mười Một, 2026 - 08:12", "tags": ["su-kien"]},
    ),
    Story(
        7, "ren-thoi-quen-tu-phuc-vu-cho-tre-3-4-tuoi",
        "Hướng dẫn phụ huynh rèn thói quen tự phục vụ cho trẻ 3–4 tuổi",
        "goc-phu-huynh", "2026-11-06",
        [
            P("Ở lứa tuổi 3–4, trẻ rất thích tự làm mọi việc. Đây là thời điểm tốt để cha mẹ rèn "
              "cho trẻ những thói quen tự phục vụ đơn giản."),
            P("Một số việc trẻ có thể tự làm:", "h3"),
            P("Tự xúc cơm, tự uống nước bằng cốc.", "mso-li"),
            P("Tự cởi, mặc quần áo có khóa dán, cúc to.", "mso-li"),
            P("Tự rửa tay bằng xà phòng trước khi ăn và sau khi đi vệ sinh.", "mso-li"),
            P("Lưu ý khi rèn luyện:", "h3"),
            P("- Kiên nhẫn, không làm thay khi trẻ đang cố gắng."),
            P("- Khen ngợi kịp thời để trẻ thấy vui khi tự làm được."),
            _right("Nguyễn Thị Thu Hà – Phó Hiệu trưởng"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"dt": "2026-11-06 00:00", "tags": ["phu-huynh"], "word": True},
    ),
    Story(
        8, "lop-choi-2-trai-nghiem-lam-banh-it-la-gai",
        "Lớp Chồi 2 trải nghiệm làm bánh ít lá gai",
        "hoat-dong-cua-be", "2026-11-12T14:00:00+07:00",
        [
            P("Bánh ít lá gai là đặc sản quen thuộc của quê hương Bình Định. Tuần qua, các bé lớp "
              "Chồi 2 đã được trải nghiệm tự tay gói bánh ít cùng các bà, các mẹ."),
            Img(f"{UP}/2026/11/banh-it-01.jpg", "Bà Nguyễn Thị Lài hướng dẫn các bé gói bánh",
                "Bà Nguyễn Thị Lài hướng dẫn các bé gói bánh", "table"),
            P("Các bé chăm chú quan sát cách nhào bột lá gai, cho nhân đậu xanh dừa và gói lá chuối "
              "thành hình chóp."),
            PAGEBREAK,
            Img(f"{UP}/2026/11/banh-it-02.jpg", "Ảnh: Phạm Văn Tài", None, "em"),
            P("Buổi trải nghiệm giúp trẻ hiểu thêm về món ăn truyền thống và rèn sự khéo léo của đôi tay."),
            _right("Bài: Cô Trần Thị Kim Oanh – Ảnh: Phạm Văn Tài"),
        ],
        authors=["Trần Thị Kim Oanh"],
        photographers=["Phạm Văn Tài"],
        opts={"dt": "2026-11-12 14:00", "tags": ["su-kien"]},
    ),
    Story(
        9, "tho-cho-be-doi-ban-tay-em",
        "Thơ cho bé: Đôi bàn tay em",
        "goc-phu-huynh", "2026-11-16T20:40:00+07:00",
        [
            P("Góc phụ huynh giới thiệu bài thơ ngắn để cha mẹ đọc cùng bé mỗi tối, giúp bé biết "
              "giữ gìn đôi bàn tay sạch sẽ."),
            P("ĐÔI BÀN TAY EM", "ctr"),
            P("Hai bàn tay em", "br-new"),
            P("Như hoa đầu cành", "br"),
            P("Hoa hồng hồng nụ", "br"),
            P("Cánh tròn ngón xinh", "br"),
            P("Sáng em rửa tay", "br-new"),
            P("Trước khi ăn sáng", "br"),
            P("Tay em sạch sẽ", "br"),
            P("Cô khen em ngoan", "br"),
            _right("Cô Hồ Thị Lệ – Lớp Mầm 1"),
        ],
        authors=["Hồ Thị Lệ"],
        opts={"dt": "2026-11-16 20:40", "tags": ["phu-huynh"]},
    ),
    Story(
        11, "tri-an-thay-co-ngay-nha-giao-20-11",
        "🎉 Tri ân thầy cô nhân Ngày Nhà giáo Việt Nam 20/11 🎉",
        "tin-tuc-su-kien", "2026-11-20T10:05:00+07:00",
        [
            P("Sáng 20/11/2026, trong không khí vui tươi, Trường Mầm non Sơn Ca tổ chức buổi gặp "
              "mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 🌸"),
            P("Chương trình văn nghệ do các bé lớp Lá biểu diễn tặng cô", "fb"),
            P("Tặng giấy khen cho 6 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện", "fb"),
            P("Ban đại diện cha mẹ trẻ tặng hoa chúc mừng tập thể sư phạm", "fb"),
            Img(f"{UP}/2026/11/20-11-tap-the.jpg", "Tập thể giáo viên, nhân viên nhà trường chụp ảnh lưu niệm",
                "Tập thể giáo viên, nhân viên nhà trường chụp ảnh lưu niệm", "em"),
            P("Chúc quý thầy cô luôn mạnh khỏe, hạnh phúc và yêu nghề 🥰"),
            _right("Công đoàn trường"),
        ],
        authors=["Công đoàn trường"],
        opts={"dt": "2026-11-20 10:05", "tags": ["su-kien"]},
    ),
    Story(
        12, "phong-chong-benh-tay-chan-mieng-mua-lanh",
        "Phòng chống bệnh tay chân miệng khi thời tiết chuyển lạnh",
        "dinh-duong-suc-khoe", "2026-11-26T09:00:00+07:00",
        [
            P("Bệnh tay chân miệng thường gặp ở trẻ dưới 5 tuổi, lây qua đường tiêu hóa và tiếp xúc "
              "với dịch tiết của người bệnh.", "sapo"),
            P("Dấu hiệu nhận biết", "h3"),
            P("Giai đoạn | Biểu hiện", "tr"),
            P("Khởi phát (1–2 ngày) | Sốt nhẹ, mệt mỏi, đau họng, biếng ăn", "tr"),
            P("Toàn phát (3–10 ngày) | Loét miệng, phát ban dạng phỏng nước ở lòng bàn tay, bàn chân", "tr"),
            P("Cách phòng bệnh", "h3"),
            P("Rửa tay cho trẻ bằng xà phòng dưới vòi nước chảy nhiều lần trong ngày.", "li"),
            P("Lau sạch đồ chơi, sàn nhà bằng dung dịch sát khuẩn.", "li"),
            P("Cho trẻ ăn chín, uống chín; không cho trẻ mút tay, ngậm đồ chơi.", "li"),
            PAGEBREAK,
            P("Khi trẻ có dấu hiệu sốt cao liên tục, giật mình, quấy khóc nhiều, phụ huynh cần đưa "
              "trẻ đến cơ sở y tế gần nhất."),
            Raw('<p style="text-align: right;"><em>Nguồn: Trung tâm Kiểm soát bệnh tật tỉnh Bình Định</em></p>'),
        ],
        source="Trung tâm Kiểm soát bệnh tật tỉnh Bình Định",
        summary=("Bệnh tay chân miệng thường gặp ở trẻ dưới 5 tuổi, lây qua đường tiêu hóa và tiếp xúc "
                 "với dịch tiết của người bệnh."),
        opts={"dt": "2026-11-26 09:00", "tags": ["sức-khỏe"]},
    ),
    Story(
        14, "be-vui-hoi-thi-be-khoe-be-ngoan",
        "Bé vui Hội thi “Bé khỏe – Bé ngoan” cấp trường",
        "hoat-dong-cua-be", "2026-12-02T15:20:00+07:00",
        [
            P("Sáng 01/12/2026, sân trường rộn ràng tiếng cười của hơn 200 bé tham gia Hội thi "
              "“Bé khỏe – Bé ngoan” cấp trường."),
            Img(f"{UP}/2026/12/be-khoe-01.jpg", "Các bé lớp Chồi 1 trong phần thi bật qua vòng",
                "Các bé lớp Chồi 1 trong phần thi bật qua vòng", "em"),
            PAGEBREAK,
            P("Hội thi gồm các phần thi đồng diễn thể dục, vận động theo nhạc và trò chơi dân gian "
              "kéo co, nhảy bao bố."),
            Img(f"{UP}/2026/12/be-khoe-02.jpg", "Ban giám khảo trao giải cho các đội",
                "Ban giám khảo trao giải cho các đội", "same-p"),
            P("Kết thúc hội thi, Ban tổ chức trao 3 giải Nhất, 3 giải Nhì và 4 giải Khuyến khích cho các lớp."),
            _right("Tin, ảnh: Lê Thị Mỹ Dung"),
        ],
        authors=["Lê Thị Mỹ Dung"],
        photographers=["Lê Thị Mỹ Dung"],
        opts={
            "dt": "2026-12-02 15:20", "tags": ["lop-la", "su-kien"],
            "comments": [
                ("Phụ huynh bé Bin (Chồi 1)", "02/12/2026 20:15",
                 "Cảm ơn các cô đã tổ chức hội thi thật vui, bé nhà em về kể suốt."),
                ("Mẹ bé Na", "03/12/2026 06:48", "Các con đáng yêu quá ạ!"),
            ],
        },
    ),
    Story(
        15, "thong-bao-nghi-tet-duong-lich-2027",
        "Thông báo nghỉ Tết Dương lịch năm 2027",
        "thong-bao", "2026-12-03",
        [
            Raw('<table style="width: 100%; border: 0;"><tbody><tr>'
                '<td style="text-align: center; width: 40%;">UBND XÃ PHƯỚC HÒA<br />'
                "<strong>TRƯỜNG MẦM NON SƠN CA</strong><br />Số: 45/TB-MNSC</td>"
                '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
                "<strong><u>Độc lập – Tự do – Hạnh phúc</u></strong><br />"
                "<em>Phước Hòa, ngày 03 tháng 12 năm 2026</em></td></tr></tbody></table>"),
            Raw('<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'),
            Raw('<p style="text-align: center;"><strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>'),
            P("Căn cứ Bộ luật Lao động và hướng dẫn của Phòng Giáo dục và Đào tạo huyện Tuy Phước, "
              "Trường Mầm non Sơn Ca thông báo lịch nghỉ Tết Dương lịch năm 2027 như sau:"),
            P("Cán bộ, giáo viên, nhân viên và trẻ nghỉ 01 ngày: thứ Sáu, ngày 01/01/2027."),
            P("Trẻ đi học lại bình thường từ thứ Hai, ngày 04/01/2027."),
            P("Đề nghị phụ huynh quản lý, chăm sóc trẻ an toàn trong những ngày nghỉ."),
            Raw('<table style="width: 100%; border: 0;"><tbody><tr>'
                "<td><em><strong>Nơi nhận:</strong></em><br />- Phụ huynh học sinh;<br />- Lưu: VT.</td>"
                '<td style="text-align: center;"><strong>HIỆU TRƯỞNG</strong><br /><br />'
                "<em>(Đã ký)</em><br /><br /><strong>Nguyễn Thị Bích Ngọc</strong></td>"
                "</tr></tbody></table>"),
        ],
        authors=["Nguyễn Thị Bích Ngọc"],
        opts={"dt": "2026-12-04 07:45", "tags": ["thong-bao"]},
    ),
]

#: posts of the blog that are not articles (album, video), in the same numbering
EXTRA_POSTS: list[Story] = [
    Story(
        10, "album-anh-van-nghe-chao-mung-20-11",
        "Album ảnh: Hội diễn văn nghệ chào mừng 20/11",
        "tin-tuc-su-kien", None,
        [
            P("Một số hình ảnh hội diễn văn nghệ của các lớp chào mừng Ngày Nhà giáo Việt Nam."),
            Img(f"{UP}/2026/11/album-van-nghe-01.jpg", "Tiết mục múa “Cô giáo miền xuôi”", None, "em"),
            Img(f"{UP}/2026/11/album-van-nghe-02.jpg", "Tốp ca lớp Chồi 2", None, "em"),
            Img(f"{UP}/2026/11/album-van-nghe-03.jpg", "Hoạt cảnh “Bé tập làm cô giáo”", None, "em"),
            Img(f"{UP}/2026/11/album-van-nghe-04.jpg", "Các bé lớp Mầm tặng hoa cô", None, "em"),
        ],
        opts={"dt": "2026-11-19 17:30", "tags": ["su-kien"]},
    ),
    Story(
        13, "video-lop-la-1-mua-chau-yeu-co-chu-cong-nhan",
        "Video: Các bé lớp Lá 1 múa “Cháu yêu cô chú công nhân”",
        "hoat-dong-cua-be", None,
        [
            Raw('<div class="video-embed"><iframe width="560" height="315" '
                'src="https://www.youtube.com/embed/q8Xn3bMkTtA" frameborder="0" allowfullscreen></iframe></div>'),
            P("Tiết mục múa của các bé lớp Lá 1 trong buổi sinh hoạt dưới cờ."),
        ],
        opts={"dt": "2026-11-28 11:00", "tags": ["lop-la"], "video": True},
    ),
]

ALL_POSTS = sorted(STORIES + EXTRA_POSTS, key=lambda s: s.opts["dt"], reverse=True)
BY_SLUG = {s.slug: s for s in ALL_POSTS}
BY_ID = {s.id: s for s in ALL_POSTS}
#: the "Bài viết mới" plugin links these in the non-friendly form
LATEST = ALL_POSTS[:5]


def _nonfriendly(story: Story) -> str:
    return f"/index.php?controller=post&action=view&id_post={story.id}"


def _post_path(story: Story) -> str:
    return f"/post/{story.slug}/"


def _tag_path(tag: str) -> str:
    return f"/tag/{quote(tag)}/"


# ----------------------------------------------------------------------------------------------
# rendering of a post's text
# ----------------------------------------------------------------------------------------------

EMOJI_BULLET = (
    f'<img class="emoji" src="{UP}/emoji/1f449.png" alt="👉" width="16" height="16" '
    'style="vertical-align:middle" />'
)


def _img_html(img: Img) -> str:
    tag = f'<img src="{esc(img.src)}" alt="{esc(img.caption or "hinh anh")}" width="600" />'
    if img.style == "em":
        return (f'<p style="text-align: center;">{tag}</p>\n'
                f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>')
    if img.style == "paren":
        return (f'<div style="text-align: center;">{tag}</div>\n'
                f'<div style="text-align: center;"><i>{esc(img.printed or "")}</i></div>')
    if img.style == "table":
        return ('<table class="mceItemTable" style="margin-left: auto; margin-right: auto;" border="0">'
                f"<tbody><tr><td>{tag}</td></tr>"
                f'<tr><td style="text-align: center;"><span style="font-size: 10pt;"><em>'
                f"{esc(img.printed or '')}</em></span></td></tr></tbody></table>")
    if img.style == "same-p":
        return f'<p style="text-align: center;">{tag}<br /><em>{esc(img.printed or "")}</em></p>'
    # "alt": the picture alone
    alt = "Các bé chăm sóc chậu rau tại lớp"
    return f'<p style="text-align: center;"><img src="{esc(img.src)}" alt="{alt}" width="600" /></p>'


def render_blocks(blocks: list, *, divs: bool = False, word: bool = False) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img_html(b))
        elif b.style in ("br-new", "br"):
            lines = [esc(b.text)]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                i += 1
                lines.append(esc(blocks[i].text))
            out.append('<p style="text-align: center;"><em>' + "<br />\n".join(lines) + "</em></p>")
        elif b.style == "tr":
            rows = []
            while True:
                cells = blocks[i].text.split(" | ")
                cell = "th" if not rows else "td"
                rows.append("<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in cells) + "</tr>")
                if i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "tr":
                    i += 1
                else:
                    break
            out.append('<table border="1" cellpadding="4" style="border-collapse: collapse;"><tbody>'
                       + "\n".join(rows) + "</tbody></table>")
        elif b.style == "li":
            items = [f"<li>{esc(b.text)}</li>"]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "li":
                i += 1
                items.append(f"<li>{esc(blocks[i].text)}</li>")
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
        elif b.style == "mso-li":
            out.append(
                '<p class="MsoListParagraph" style="margin-left: .5in; text-indent: -.25in; '
                'mso-list: l0 level1 lfo1;"><!--[if !supportLists]--><span style="font-family: Symbol; '
                'mso-list: Ignore;">·<span style="font: 7.0pt \'Times New Roman\';">\xa0\xa0\xa0\xa0\xa0 '
                f"</span></span><!--[endif]--><span lang=\"VI\">{esc(b.text)}</span></p>"
            )
        elif b.style == "h3":
            out.append(f"<h3>{esc(b.text)}</h3>" if not word else
                       f'<p class="MsoNormal"><b><span lang="VI">{esc(b.text)}</span></b></p>')
        elif b.style == "ctr":
            out.append(f'<p style="text-align: center;"><strong>{esc(b.text)}</strong></p>')
        elif b.style == "sapo":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "fb":
            out.append(f'<div dir="auto">{EMOJI_BULLET} {esc(b.text)}</div>')
        elif divs:
            out.append(f"<div>{esc(b.text)}</div>")
        elif word:
            out.append(f'<p class="MsoNormal" style="text-align: justify;"><span lang="VI">{esc(b.text)}</span></p>')
        else:
            out.append(f"<p>{esc(b.text)}</p>")
        i += 1
    markup = "\n".join(out)
    if word:
        markup = entity_mix(markup, 2)
    return markup


def post_content(story: Story, excerpt: bool = False) -> str:
    blocks = story.blocks
    if excerpt and PAGEBREAK in blocks:
        blocks = blocks[: blocks.index(PAGEBREAK)]
    return render_blocks(blocks, divs=story.opts.get("divs", False), word=story.opts.get("word", False))


def _date_long(dt: str) -> str:
    day, hm = dt.split(" ")
    y, m, d = day.split("-")
    return f"Đăng lúc {hm} - {d} {MONTHS[int(m) - 1]}, {y}"


def _date_short(dt: str) -> str:
    y, m, d = dt.split(" ")[0].split("-")
    return f"{d}/{m}/{y}"


# ----------------------------------------------------------------------------------------------
# chrome
# ----------------------------------------------------------------------------------------------


def _sidebar() -> str:
    latest = "\n".join(
        f'<li><a href="{_nonfriendly(s)}">{esc(s.title)}</a></li>' for s in LATEST
    )
    cats = "\n".join(
        f'<li><a href="/category/{slug}/">{esc(name)}</a> '
        f"({sum(1 for s in ALL_POSTS if s.cat == slug)})</li>"
        for slug, name in CATEGORIES.items()
    )
    thumbs = "\n".join(
        f'<a href="/post/album-anh-van-nghe-chao-mung-20-11/"><img src="{UP}/thumbnail/thu-vien-{n}.jpg" '
        f'width="80" height="60" alt="" /></a>'
        for n in range(1, 5)
    )
    tags = " ".join(f'<a href="{_tag_path(t)}">{esc(name)}</a>' for t, name in TAGS.items())
    return f"""
<aside id="cot-phai">
 <div class="plugin pl-latest"><h4 class="pl-td">Bài viết mới</h4><ul>
{latest}
 </ul></div>
 <div class="plugin pl-cat"><h4 class="pl-td">Chuyên mục</h4><ul>
{cats}
 </ul></div>
 <div class="plugin pl-img"><h4 class="pl-td">Thư viện ảnh</h4><div class="tv-anh">
{thumbs}
 </div></div>
 <div class="plugin pl-tag"><h4 class="pl-td">Thẻ</h4><div class="may-the">{tags}</div></div>
 <div class="plugin pl-link"><h4 class="pl-td">Liên kết</h4><ul>
  <li><a href="https://pgdtuyphuoc.edu.vn/" target="_blank">Phòng GD&amp;ĐT Tuy Phước</a></li>
  <li><a href="https://binhdinh.edu.vn/" target="_blank">Sở GD&amp;ĐT Bình Định</a></li>
  <li><a href="https://www.facebook.com/mamnonsonca.phuochoa" target="_blank">Fanpage nhà trường</a></li>
 </ul></div>
 <div class="plugin pl-poll"><h4 class="pl-td">Thăm dò ý kiến</h4>
  <p>Phụ huynh biết đến website nhà trường qua đâu?</p>
  <label><input type="radio" name="bc" value="1" /> Giáo viên giới thiệu</label><br />
  <label><input type="radio" name="bc" value="2" /> Fanpage Facebook</label><br />
  <label><input type="radio" name="bc" value="3" /> Zalo nhóm lớp</label><br />
  <button type="button" onclick="alert('Cảm ơn quý phụ huynh!')">Bình chọn</button>
 </div>
 <div class="plugin pl-dem"><h4 class="pl-td">Thống kê truy cập</h4>
  <table class="bo-dem"><tr><td>Đang online</td><td>4</td></tr><tr><td>Hôm nay</td><td>61</td></tr>
  <tr><td>Tổng truy cập</td><td>48.213</td></tr></table>
 </div>
</aside>"""


def _menu() -> str:
    cats = "".join(f'<li><a href="/category/{slug}/">{esc(n)}</a></li>' for slug, n in CATEGORIES.items())
    return f"""
<nav id="menu-ngang"><ul class="mn">
 <li><a href="/">Trang chủ</a></li>
 <li class="co-con"><a href="/page/gioi-thieu/">Giới thiệu</a><ul class="mn-con">
  <li><a href="/page/gioi-thieu/">Lịch sử nhà trường</a></li>
  <li><a href="/page/doi-ngu-giao-vien/">Đội ngũ giáo viên</a></li></ul></li>
 <li class="co-con"><a href="/category/tin-tuc-su-kien/">Bài viết</a><ul class="mn-con">{cats}</ul></li>
 <li><a href="/page/lien-he/">Liên hệ</a></li>
</ul></nav>"""


def layout(request: Request, title: str, main: str, description: str = "") -> Response:
    head_title = f"{title} – {SITE_NAME}" if title else f"{SITE_NAME} – Xã Phước Hòa, Tuy Phước"
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<title>{esc(head_title)}</title>
<meta name="description" content="{esc(description or 'Website Trường Mầm non Sơn Ca, xã Phước Hòa, huyện Tuy Phước')}" />
<meta name="generator" content="Nibbleblog" />
<link rel="alternate" type="application/atom+xml" title="RSS" href="{base_url(request)}/feed.php" />
<link rel="stylesheet" type="text/css" href="/themes/simpler/css/main.css" />
<link rel="shortcut icon" href="/themes/simpler/css/img/favicon.ico" />
<script src="/admin/js/jquery/jquery.js"></script>
</head>
<body>
<div id="nb-bao">
<div class="thanh-tren"><span class="ngay-hnay">{HEADER_TODAY}</span>
 <span class="lien-he-nhanh">Hotline: 0256 3834 217</span></div>
<header id="nb-dau">
 <img class="logo" src="/content/public/upload/logo-sonca.png" alt="Logo" width="80" />
 <h1 class="ten-blog"><a href="/">{SITE_NAME}</a></h1>
 <p class="khau-hieu">Xã Phước Hòa – Huyện Tuy Phước – Tỉnh Bình Định</p>
</header>
{_menu()}
<div id="nb-khung">
<div id="cot-trai">
{main}
</div>
{_sidebar()}
</div>
<footer id="nb-chan">
 <p><strong>TRƯỜNG MẦM NON SƠN CA</strong></p>
 <p>Địa chỉ: Thôn Lộc Thượng, xã Phước Hòa, huyện Tuy Phước, tỉnh Bình Định</p>
 <p>Điện thoại: 0256 3834 217 – Email: mnsonca.tuyphuoc@binhdinh.edu.vn</p>
 <p>© 2026 Trường Mầm non Sơn Ca. Chạy trên <a href="http://www.nibbleblog.com">Nibbleblog</a>
  – Giao diện Simpler (Việt hóa: cô Phan Thị Ngọc Trâm) – <a href="/admin.php">Quản trị</a></p>
</footer>
</div>
</body>
</html>"""
    return html(page)


# ----------------------------------------------------------------------------------------------
# pages
# ----------------------------------------------------------------------------------------------


def _listing_item(story: Story) -> str:
    cat = CATEGORIES[story.cat]
    more = PAGEBREAK in story.blocks
    read_more = (f'\n <p class="doc-tiep"><a href="{_post_path(story)}">Đọc tiếp »</a></p>' if more else "")
    return f"""<div class="bv bv-ds" id="bv-{story.id}">
 <h2 class="bv-td"><a href="{_post_path(story)}">{esc(story.title)}</a></h2>
 <div class="bv-info">{_date_short(story.opts['dt'])} | <a href="/category/{story.cat}/">{esc(cat)}</a>
  | <a href="{_post_path(story)}#comments">{len(story.opts.get('comments', []))} bình luận</a></div>
 <div class="bv-nd">
{post_content(story, excerpt=True)}
 </div>{read_more}
</div>"""


def _pager(base: str, page: int, pages: int) -> str:
    links = []
    if page > 1:
        newer = base if page == 2 else f"{base}page-{page - 1}"
        links.append(f'<a class="moi-hon" href="{newer}">« Bài mới hơn</a>')
    if page < pages:
        links.append(f'<a class="cu-hon" href="{base}page-{page + 1}">Bài cũ hơn »</a>')
    return '<div class="phan-trang">' + " ".join(links) + "</div>"


def listing(request: Request, posts: list[Story], base: str, page: int, heading: str, crumb: str) -> Response | None:
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE: page * PER_PAGE]
    items = "\n".join(_listing_item(s) for s in chunk)
    head = f'<div class="duong-dan"><a href="/">Trang chủ</a> » {crumb}</div>\n' if crumb else ""
    h = f'<h3 class="ds-td">{esc(heading)}</h3>\n' if heading else ""
    title = heading if heading else ""
    if page > 1:
        title = f"{title} – Trang {page}" if title else f"Trang {page}"
    return layout(request, title, head + h + items + "\n" + _pager(base, page, pages))


def _comments(story: Story) -> str:
    items = "\n".join(
        f'<li class="bl" id="bl-{story.id}-{n}"><div class="bl-ten">{esc(name)}</div>'
        f'<div class="bl-ngay">{when}</div><div class="bl-nd"><p>{esc(body)}</p></div></li>'
        for n, (name, when, body) in enumerate(story.opts.get("comments", []), 1)
    )
    return f"""<div id="comments" class="binh-luan">
 <h4>Bình luận ({len(story.opts.get('comments', []))})</h4>
 <ul class="ds-bl">{items}</ul>
 <form method="post" action="{_post_path(story)}" class="form-bl">
  <input type="hidden" name="id_post" value="{story.id}" />
  <p><label>Họ tên</label><input type="text" name="author_name" /></p>
  <p><label>Email (không công khai)</label><input type="text" name="author_email" /></p>
  <p><label>Nội dung</label><textarea name="content" rows="4"></textarea></p>
  <p><input type="submit" value="Gửi bình luận" /></p>
 </form>
</div>"""


def post_page(request: Request, story: Story) -> Response:
    idx = ALL_POSTS.index(story)
    nav = []
    if idx + 1 < len(ALL_POSTS):
        older = ALL_POSTS[idx + 1]
        nav.append(f'<a class="bai-truoc" href="{_post_path(older)}">« Bài trước: {esc(older.title)}</a>')
    if idx > 0:
        newer = ALL_POSTS[idx - 1]
        nav.append(f'<a class="bai-sau" href="{_post_path(newer)}">Bài sau: {esc(newer.title)} »</a>')
    cat = CATEGORIES[story.cat]
    modified = story.opts.get("modified")
    mod = f' <span class="sua-cuoi">(Sửa lần cuối: {modified})</span>' if modified else ""
    tags = ", ".join(f'<a href="{_tag_path(t)}">{esc(TAGS[t])}</a>' for t in story.opts.get("tags", []))
    main = f"""<div class="duong-dan"><a href="/">Trang chủ</a> » <a href="/category/{story.cat}/">{esc(cat)}</a> » {esc(story.title)}</div>
<div class="bv bv-{'video' if story.opts.get('video') else 'simple'}" id="bv-{story.id}">
 <h2 class="bv-td"><a href="{_post_path(story)}">{esc(story.title)}</a></h2>
 <div class="bv-info"><span class="ngay-dang">{_date_long(story.opts['dt'])}</span>{mod}
  | Người đăng: quantri | Chuyên mục: <a href="/category/{story.cat}/">{esc(cat)}</a>
  | <a href="{_post_path(story)}#comments">{len(story.opts.get('comments', []))} bình luận</a></div>
 <div class="bv-nd">
{post_content(story)}
 </div>
 <div class="bv-the">Thẻ: {tags}</div>
 <div class="chia-se">Chia sẻ:
  <a href="https://www.facebook.com/sharer/sharer.php?u={base_url(request)}{_post_path(story)}" target="_blank"><img src="/themes/simpler/css/img/fb.png" alt="Facebook" /></a>
  <a href="https://sp.zalo.me/share_inline?url={base_url(request)}{_post_path(story)}" target="_blank"><img src="/themes/simpler/css/img/zalo.png" alt="Zalo" /></a>
  <a href="javascript:window.print()">In bài</a></div>
 <div class="bv-dieu-huong">{' | '.join(nav)}</div>
{_comments(story)}
</div>"""
    first = next((b.text for b in story.blocks if isinstance(b, P)), "")
    return layout(request, story.title, main, description=first[:150])


STATIC_PAGES = {
    "gioi-thieu": ("Giới thiệu", """<p>Trường Mầm non Sơn Ca được thành lập năm 1998 trên cơ sở
 sáp nhập hai nhà trẻ thôn Lộc Thượng và Lộc Hạ, xã Phước Hòa.</p>
<p>Năm học 2026–2027, trường có 11 nhóm, lớp với 312 trẻ; 2 điểm trường; đạt chuẩn quốc gia
 mức độ 1 năm 2021.</p>
<p><img src="/content/public/upload/pages/toan-canh-truong.jpg" alt="Toàn cảnh trường" width="600" /></p>"""),
    "doi-ngu-giao-vien": ("Đội ngũ giáo viên", """<p>Tổng số cán bộ, giáo viên, nhân viên: 29 người.</p>
<table border="1"><tr><th>Họ tên</th><th>Chức vụ</th></tr>
<tr><td>Nguyễn Thị Bích Ngọc</td><td>Hiệu trưởng</td></tr>
<tr><td>Nguyễn Thị Thu Hà</td><td>Phó Hiệu trưởng</td></tr>
<tr><td>Phan Thị Ngọc Trâm</td><td>Tổ trưởng tổ Mẫu giáo lớn</td></tr>
<tr><td>Lê Thị Mỹ Dung</td><td>Giáo viên lớp Lá 1</td></tr></table>"""),
    "lien-he": ("Liên hệ", """<p>Địa chỉ: Thôn Lộc Thượng, xã Phước Hòa, huyện Tuy Phước, tỉnh Bình Định.</p>
<p>Điện thoại: 0256 3834 217</p>
<p>Email: mnsonca.tuyphuoc@binhdinh.edu.vn</p>
<form method="post" action="/page/lien-he/"><p><input type="text" name="ten" placeholder="Họ tên" /></p>
<p><textarea name="noi_dung"></textarea></p><p><input type="submit" value="Gửi" /></p></form>"""),
}


def static_page(request: Request, slug: str) -> Response:
    title, body = STATIC_PAGES[slug]
    main = f"""<div class="duong-dan"><a href="/">Trang chủ</a> » {esc(title)}</div>
<div class="trang-tinh" id="trang-{slug}">
 <h2 class="bv-td">{esc(title)}</h2>
 <div class="bv-nd">{body}</div>
</div>"""
    return layout(request, title, main)


def feed(request: Request) -> Response:
    base = base_url(request)
    items = []
    for s in ALL_POSTS[:10]:
        y, m, d = (int(x) for x in s.opts["dt"][:10].split("-"))
        hh, mm = (int(x) for x in s.opts["dt"][11:].split(":"))
        utc = _dt.datetime(y, m, d, hh, mm) - _dt.timedelta(hours=7)
        items.append(
            f"<item><title>{esc(s.title)}</title><link>{base}{_post_path(s)}</link>"
            f"<guid>{base}{_post_path(s)}</guid>"
            f"<pubDate>{utc.strftime('%a, %d %b %Y %H:%M:%S')} +0000</pubDate>"
            f"<description>{esc(post_content(s, excerpt=True))}</description></item>"
        )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{SITE_NAME}</title><link>{base}/</link><description>Tin tức nhà trường</description>"
        + "".join(items) + "</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


ADMIN = """<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Nibbleblog - Đăng nhập</title></head>
<body><form method="post" action="/admin.php?controller=user&amp;action=login">
<input type="text" name="username" /><input type="password" name="password" />
<input type="submit" value="Đăng nhập" /></form></body></html>"""


_PAGE_N = re.compile(r"^page-(\d+)$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path.startswith(("/content/", "/themes/", "/admin/js/")):
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path == "/feed.php":
            return feed(request)
        if path == "/admin.php":
            return html(ADMIN)
        if path == "/index.php":
            params = request.params
            if params.get("controller") == "post" and params.get("action") == "view":
                story = BY_ID.get(int(params["id_post"])) if params.get("id_post", "").isdigit() else None
                return post_page(request, story) if story else None
            if not request.query:
                return listing(request, ALL_POSTS, "/", 1, "", "")
            return None
        if request.query:
            return None
        if path == "/":
            return listing(request, ALL_POSTS, "/", 1, "", "")
        parts = path.strip("/").split("/")
        parts_ok = path.endswith("/")
        if len(parts) == 1 and (m := _PAGE_N.match(parts[0])) and not parts_ok:
            n = int(m.group(1))
            return listing(request, ALL_POSTS, "/", n, "", "") if n >= 2 else None
        if parts[0] == "post" and len(parts) == 2 and parts[1] in BY_SLUG:
            if not parts_ok:
                return redirect(f"/post/{parts[1]}/", 301)
            return post_page(request, BY_SLUG[parts[1]])
        if (m := re.match(r"^post-(\d+)$", parts[0])) and len(parts) == 2 and not parts_ok:
            story = BY_ID.get(int(m.group(1)))
            if story and story.slug == parts[1]:
                return post_page(request, story)
            return None
        if parts[0] == "category" and len(parts) in (2, 3) and parts[1] in CATEGORIES:
            posts = [s for s in ALL_POSTS if s.cat == parts[1]]
            base = f"/category/{parts[1]}/"
            name = CATEGORIES[parts[1]]
            if len(parts) == 2 and parts_ok:
                return listing(request, posts, base, 1, name, esc(name))
            if len(parts) == 3 and not parts_ok and (m := _PAGE_N.match(parts[2])) and int(m.group(1)) >= 2:
                return listing(request, posts, base, int(m.group(1)), name, esc(name))
            return None
        if parts[0] == "tag" and len(parts) == 2 and parts[1] in TAGS and parts_ok:
            posts = [s for s in ALL_POSTS if parts[1] in s.opts.get("tags", [])]
            name = f"Thẻ: {TAGS[parts[1]]}"
            return listing(request, posts, _tag_path(parts[1]), 1, name, esc(name))
        if parts[0] == "page" and len(parts) == 2 and parts[1] in STATIC_PAGES and parts_ok:
            return static_page(request, parts[1])
        return None


def build_site() -> Site:
    return Site()


def _gold(story: Story) -> dict:
    alts: list[str] = []
    if story in LATEST:
        alts.append(_nonfriendly(story))
    if story.id == 1:
        alts.append(f"/post-1/{story.slug}")
    return gold_record(story, _post_path(story), CATEGORIES[story.cat], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/page/gioi-thieu/",
    "/page/doi-ngu-giao-vien/",
    "/page/lien-he/",
    "/post/album-anh-van-nghe-chao-mung-20-11/",
    "/post/video-lop-la-1-mua-chau-yeu-co-chu-cong-nhan/",
]
