"""Trường THCS Lý Tự Trọng (TP. Nha Trang, Khánh Hòa) on WordPress 6.4 with a magazine theme
("Tạp chí" child theme of a ColorMag-like parent) whose category archives use INFINITE SCROLL.

Platform
--------
WordPress 6.4, pretty permalinks ``/%year%/%monthnum%/%postname%/``, category base
``chuyen-muc``, Yoast SEO (canonical, breadcrumbs, ``article:published_time``) and a newsroom
plugin that inserts "related" boxes *inside* the post text. Feed links are removed from the head
(theme option), author names are not linked (no author archives are reachable).

Categories: Tin tức (``/chuyen-muc/tin-tuc/``), its child Hoạt động Đội
(``/chuyen-muc/tin-tuc/hoat-dong-doi/``), Chuyên môn (``/chuyen-muc/chuyen-mon/``), Thông báo
(``/chuyen-muc/thong-bao/``). As WordPress does, the archive of a parent category also lists the
posts of its child; some Thông báo / Chuyên môn posts are ticked in Tin tức as well (their
*primary* category, the one the breadcrumb and the label print, stays Thông báo / Chuyên môn).

URL scheme
----------
- ``/`` front page: "Tin mới" (5 newest), one block per category (3 newest of each archive).
- ``/chuyen-muc/<slug>/`` 5 posts a page, newest first. NO visible pager, NO "Xem thêm" button:
  the theme's infinite-scroll script follows ``<link rel="next" href=".../page/2/">`` printed in
  the ``<head>`` (Yoast). ``/page/2/`` and ``/page/3/`` print the same template with
  ``rel="prev"`` (and ``rel="next"`` when there is a further page). A page past the end is 404.
- ``/<yyyy>/<mm>/<slug>/`` posts; without the trailing slash: 301 to the slash form.
- ``/?p=<id>`` (the head's ``shortlink``): 301 to the permalink.
- ``/tag/<slug>/`` tag archives (same list template), ``/gioi-thieu/``, ``/lien-he/``,
  ``/thoi-khoa-bieu/`` WordPress pages (no date, no category).
- Uploads under ``/wp-content/uploads/<yyyy>/<mm>/``, printed as absolute URLs with srcset.

Post template::

    breadcrumbs (Yoast): Trang chủ » Tin tức » [Hoạt động Đội »] <title>
    <article class="post-N post type-post …">
      <span class="cat-links"> primary category label </span>
      <h1 class="entry-title">…</h1>
      <div class="below-entry-meta"> "Ngày 19/11/2026" (date only) · "Đăng bởi: admin" · views</div>
      [<div class="entry-excerpt"> sapo </div>]
      <div class="entry-content"> the editor's HTML, related boxes inserted by the plugin </div>
      "Cập nhật lần cuối: 21/11/2026 lúc 09:42", tags, share / print / email tools
    </article>
    "BÀI VIẾT CÙNG CHUYÊN MỤC" grid (4 newest of the primary category's archive), comment form.

Chrome: top bar "Thứ Sáu, 04/12/2026", logo, menu, sidebar (search, "Tin mới nhất" = 4 newest,
"Lịch công tác" of the week, poll, links, counter "Đang online / Hôm nay / Tổng truy cập"), footer.

How each gold article is reached
--------------------------------
- The 5 newest: front page, sidebar, category archives page 1.
- Hoạt động Đội, Chuyên môn and Thông báo posts: page 1 of their own archive (3, 3, 2 posts).
- Tin tức archive: 12 posts -> page 1 (5), ``/page/2/`` (5), ``/page/3/`` (2). The own Tin tức
  posts of October/September are ONLY there: "Ngoại khóa tuyên truyền an toàn giao thông"
  (page 2), "Hội nghị viên chức" (page 2), "Vui Tết Trung thu" (page 3); "Rộn ràng Lễ khai
  giảng" (page 3) is also linked from one sentence of the 20/11 post. Nothing else (front page,
  sidebar, grids, related boxes, tag pages) links them: a crawler that ignores ``<link
  rel="next">`` misses them.

Traps
-----
- Pagination only as ``<link rel="next|prev">`` in the head.
- Inline related boxes in the middle of the text: floated ``<div>`` titled "ĐỌC THÊM",
  "Tin liên quan" or "Có thể bạn quan tâm" with 2-3 links (some with thumbnails), or one line
  "<p><strong>>> Xem thêm: </strong><a>…</a></p>". Not body; the text continues after it.
  Their thumbnails are other posts' images, not this article's.
- One sentence quotes another post's title with a link ("Như đã đưa tin trong bài <a>Khai giảng
  năm học mới</a>, …"): that sentence IS body.
- Dates: "Ngày dd/mm/yyyy" in the meta line (the published day) and the theme's "Cập nhật lần
  cuối: …" line (a later day with a time: not the publication date); the header's today.
- Bylines at the end of the text in several forms; "BBT" and the meta's "admin" credit nobody.
- Captions: wp-caption / wp-caption-text, a Jetpack tiled gallery with a figcaption per image,
  an italic centred line, a plain centred paragraph under a photo, photos without a caption.
- A parent category archive lists its child's posts; multi-category posts keep their primary
  category in the breadcrumb and label.
- ``?p=`` shortlinks and slash-less permalinks answer 301.

Gold decisions
--------------
- title: ``h1.entry-title``. published_at: the meta line's day ("YYYY-MM-DD": no time printed).
- authors/photographers from the closing byline: "Tin: X - Ảnh: Y", "Tin, ảnh: X" (both),
  "Cô Đặng Thu Hà – GV Ngữ văn" -> Đặng Thu Hà, "ThS. Võ Thị Kim Oanh - Phó Hiệu trưởng" -> Võ Thị
  Kim Oanh, units as printed ("Liên đội THCS Lý Tự Trọng", "Tổ Văn phòng", "CLB Nhiếp ảnh"),
  "BBT" / "admin" -> nobody; one post unsigned.
- source: "Nguồn: Báo Khánh Hòa". summary: the bold lead paragraph or the excerpt element.
- body: entry-content paragraphs, headings, list items, table rows (cells " | "), quotes (a
  ``<br>`` splits a paragraph); not the related boxes, "Xem thêm" lines, captions, bylines.
- images: photos of entry-content in order, caption as printed (None when nothing is printed).
- category: the primary category (breadcrumb's last section / the label).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "relnext_inline_related_thcs"
PLATFORM = "WordPress 6.4 + magazine theme with infinite scroll (rel=next in head), Yoast SEO"
START_PATH = "/"

SITE_TITLE = "Trường THCS Lý Tự Trọng"
SITE_DESC = "Trường THCS Lý Tự Trọng - TP. Nha Trang - tỉnh Khánh Hòa"
HEADER_DATE = "Thứ Sáu, 04/12/2026"
PER_PAGE = 5
UP = "/wp-content/uploads"

CATEGORIES = {
    "tin-tuc": "Tin tức",
    "hoat-doi": "Hoạt động Đội",
    "chuyen-mon": "Chuyên môn",
    "thong-bao": "Thông báo",
}
#: archive path of each category (Hoạt động Đội is a child of Tin tức)
CAT_PATH = {
    "tin-tuc": "/chuyen-muc/tin-tuc/",
    "hoat-doi": "/chuyen-muc/tin-tuc/hoat-dong-doi/",
    "chuyen-mon": "/chuyen-muc/chuyen-mon/",
    "thong-bao": "/chuyen-muc/thong-bao/",
}
TAGS = {
    "ngay-nha-giao": "Ngày Nhà giáo",
    "doi-tntp": "Đội TNTP Hồ Chí Minh",
    "chuyen-de": "Chuyên đề",
}


@dataclass(frozen=True)
class Box:
    """A related box the newsroom plugin inserts into the text: ``kind`` is its markup form."""

    kind: str
    heading: str
    targets: tuple[str, ...]


# --- the posts, newest first ------------------------------------------------------------------
#
# opts: date (yyyy, mm folder from published_at), time, updated (the "Cập nhật lần cuối" line),
# also (also ticked in Tin tức), tags, thumb (listing thumbnail), link (anchor, slug) for the
# one sentence that links another post. P styles: "lead" (bold sapo), "h3", "li" (bullets),
# "oli" (numbered), "th"/"td" (table rows), "quote", "br" (continues the previous paragraph
# after a <br />), "link". Img styles: "wpcap", "em" (italic centred line), "center" (plain
# centred paragraph), "plain" (no line), "gal" (tiled gallery item).

S_A = "lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027"
S_B = "hoi-thi-nghi-thuc-doi-tien-buoc-len-doan-2026"
S_C = "chuyen-de-day-hoc-doc-hieu-van-ban-tho-ngu-van-8"
S_D = "hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027"
S_E = "ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11"
S_F = "ke-hoach-nho-thu-gom-giay-vun-nuoi-heo-dat"
S_G = "thong-bao-cho-hoc-sinh-nghi-hoc-phong-chong-bao-so-14"
S_H = "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-to-toan-tin"
S_I = "ngoai-khoa-tuyen-truyen-an-toan-giao-thong"
S_J = "phat-dong-phong-trao-ao-am-cho-em-vung-cao"
S_K = "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027"
S_L = "trien-khai-day-hoc-stem-nam-hoc-2026-2027"
S_M = "vui-tet-trung-thu-dem-hoi-trang-ram-2026"
S_N = "ron-rang-le-khai-giang-nam-hoc-moi-2026-2027"

#: the posts only a crawler following rel="next" finds (page 2 / 3 of Tin tức)
DEEP_ONLY = (S_I, S_K, S_M)


def up(ym: str, name: str) -> str:
    return f"{UP}/{ym}/{name}"


def shot(src: str, line: str, style: str) -> Img:
    """A photo whose printed line is what a reader calls its caption."""
    return Img(src, line, line, style)


def byline(markup: str, align: str = "right") -> Raw:
    return Raw(f'<p style="text-align: {align};">{markup}</p>')


STORIES: list[Story] = [
    Story(
        1288,
        S_A,
        "Lịch kiểm tra cuối học kỳ I năm học 2026-2027",
        "thong-bao",
        "2026-12-02",
        [
            P(
                "Căn cứ kế hoạch giáo dục nhà trường năm học 2026-2027, Trường THCS Lý Tự Trọng thông "
                "báo lịch kiểm tra cuối học kỳ I các môn kiểm tra tập trung như sau:"
            ),
            P("Buổi | Ngày | Khối | Môn | Thời gian làm bài", "th"),
            P("Sáng | 21/12/2026 | 6, 7 | Ngữ văn | 90 phút", "td"),
            P("Sáng | 21/12/2026 | 8, 9 | Ngữ văn | 90 phút", "td"),
            P("Sáng | 22/12/2026 | 6, 7, 8, 9 | Toán | 90 phút", "td"),
            P("Chiều | 23/12/2026 | 6, 7, 8, 9 | Tiếng Anh | 60 phút", "td"),
            P("Chiều | 24/12/2026 | 6, 7, 8, 9 | Khoa học tự nhiên | 60 phút", "td"),
            Box("xemthem", ">> Xem thêm: ", (S_G,)),
            P(
                "Các môn còn lại do giáo viên bộ môn tổ chức kiểm tra trên lớp từ ngày 14/12 đến "
                "19/12/2026. Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo "
                "thẻ học sinh và đồ dùng học tập cần thiết."
            ),
            P(
                "Đề nghị giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh; các tổ chuyên "
                "môn hoàn thành ma trận, bản đặc tả và nộp đề về Phó Hiệu trưởng phụ trách chuyên môn "
                "trước ngày 10/12/2026."
            ),
        ],
        opts={"time": "08:15:20", "updated": "03/12/2026 lúc 16:40", "also": True},
    ),
    Story(
        1281,
        S_B,
        "Liên đội THCS Lý Tự Trọng tổ chức Hội thi “Nghi thức Đội – Tiến bước lên Đoàn”",
        "hoat-doi",
        "2026-11-30",
        [
            P(
                "Chiều ngày 28/11/2026, tại sân trường, Liên đội THCS Lý Tự Trọng tổ chức Hội thi "
                "“Nghi thức Đội – Tiến bước lên Đoàn” năm học 2026-2027 với sự tham gia của 32 chi đội "
                "khối 6, 7, 8."
            ),
            P(
                "Mỗi chi đội dự thi gồm 15 đội viên, thực hiện các nội dung: chào cờ, báo cáo, đội hình "
                "đội ngũ, đánh trống và phần thi tìm hiểu về lịch sử Đội TNTP Hồ Chí Minh."
            ),
            shot(up("2026/11", "hoi-thi-nghi-thuc-1.jpg"), "Chi đội 7A2 trình diễn đội hình đội ngũ", "wpcap"),
            Box("docthem", "ĐỌC THÊM", (S_F, S_J)),
            P(
                "Ban giám khảo đánh giá các chi đội đã chuẩn bị chu đáo, động tác nghi thức chuẩn, "
                "đều; nhiều chi đội có phần xếp hình sáng tạo, dàn trống biểu diễn sôi động."
            ),
            P(
                "Kết quả, Ban tổ chức trao giải Nhất cho chi đội 8A1; giải Nhì cho các chi đội 7A2, "
                "8A4; giải Ba cho các chi đội 6A3, 7A5, 8A6 và 6 giải Khuyến khích."
            ),
            shot(up("2026/11", "hoi-thi-nghi-thuc-2.jpg"), "Thầy Hiệu trưởng trao giải Nhất cho chi đội 8A1", "wpcap"),
            P(
                "Hội thi là dịp để đội viên rèn luyện kỹ năng, tác phong, bồi dưỡng lòng tự hào về "
                "truyền thống của Đội, chuẩn bị hành trang tiến bước lên Đoàn."
            ),
            byline("<em>Liên đội THCS Lý Tự Trọng</em>"),
        ],
        authors=["Liên đội THCS Lý Tự Trọng"],
        opts={"time": "17:05:44", "updated": "01/12/2026 lúc 07:12", "tags": ["doi-tntp"]},
    ),
    Story(
        1276,
        S_C,
        "Chuyên đề “Dạy học đọc hiểu văn bản thơ” môn Ngữ văn 8",
        "chuyen-mon",
        "2026-11-27",
        [
            P(
                "Thực hiện kế hoạch hoạt động chuyên môn học kỳ I, ngày 25/11/2026, tổ Ngữ văn – Lịch "
                "sử – Địa lí tổ chức chuyên đề “Dạy học đọc hiểu văn bản thơ” môn Ngữ văn 8 theo "
                "Chương trình GDPT 2018."
            ),
            P(
                "Tiết dạy minh họa bài “Nhớ đồng” (Tố Hữu) do cô Nguyễn Thị Bích Ngọc thực hiện tại lớp "
                "8A3. Học sinh được tổ chức đọc diễn cảm, thảo luận nhóm về hình ảnh, nhịp điệu và cảm "
                "xúc của nhân vật trữ tình."
            ),
            P("Gì sâu bằng những trưa thương nhớ", "quote"),
            P("Hiu quạnh bên trong một tiếng hò!", "br"),
            shot(up("2026/11", "chuyen-de-ngu-van-8.jpg"), "Học sinh lớp 8A3 thảo luận nhóm trong tiết dạy minh họa", "em"),
            P("Những điểm mới trong dạy đọc hiểu thơ", "h3"),
            P("Hướng dẫn học sinh nhận biết đặc điểm thể loại qua vần, nhịp, hình ảnh.", "li"),
            P("Tăng cường hoạt động đọc diễn cảm, vẽ sơ đồ tư duy về mạch cảm xúc.", "li"),
            P("Kết nối văn bản với trải nghiệm của học sinh, viết đoạn văn ghi lại cảm nghĩ.", "li"),
            Box("quantam", "Có thể bạn quan tâm", (S_H, S_L)),
            P(
                "Trong phần thảo luận, các thầy cô đã trao đổi về cách thiết kế phiếu học tập, cách "
                "đặt câu hỏi mở và đánh giá năng lực đọc của học sinh bằng bảng kiểm, rubric."
            ),
            P(
                "Chuyên đề giúp giáo viên thống nhất quy trình dạy học đọc hiểu văn bản thơ, tạo điều "
                "kiện để học sinh chủ động chiếm lĩnh kiến thức."
            ),
            byline("<strong>Cô Đặng Thu Hà – GV Ngữ văn</strong>"),
        ],
        authors=["Đặng Thu Hà"],
        opts={
            "time": "10:30:02",
            "updated": "28/11/2026 lúc 09:15",
            "also": True,
            "tags": ["chuyen-de"],
        },
    ),
    Story(
        1270,
        S_D,
        "Hội thi Giáo viên dạy giỏi cấp trường năm học 2026-2027",
        "tin-tuc",
        "2026-11-25",
        [
            P(
                "Từ ngày 09 đến 20/11/2026, Trường THCS Lý Tự Trọng tổ chức Hội thi Giáo viên dạy giỏi "
                "cấp trường năm học 2026-2027 với 18 giáo viên của 5 tổ chuyên môn tham gia.",
                "lead",
            ),
            P(
                "Hội thi nhằm tuyên truyền, nhân rộng những giáo viên có năng lực, chuyên môn vững "
                "vàng, đồng thời là dịp để đội ngũ học hỏi, đổi mới phương pháp dạy học theo định "
                "hướng phát triển phẩm chất, năng lực học sinh."
            ),
            P(
                "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và thực hiện "
                "hai tiết dạy: một tiết tự chọn và một tiết bốc thăm trước 5 ngày."
            ),
            shot(up("2026/11", "gvdg-cap-truong-1.jpg"), "Cô Lê Thị Thu Trang (tổ Toán – Tin) trong tiết dạy dự thi", "wpcap"),
            Box("lienquan", "Tin liên quan", (S_E, S_C)),
            P(
                "Nhiều tiết dạy được ban giám khảo đánh giá cao nhờ ứng dụng công nghệ thông tin hợp "
                "lý, tổ chức hoạt động nhóm hiệu quả và phát huy tính tích cực của học sinh."
            ),
            Img(up("2026/11", "gvdg-cap-truong-2.jpg"), style="plain"),
            P(
                "Kết quả, 15/18 giáo viên được công nhận Giáo viên dạy giỏi cấp trường; nhà trường "
                "chọn 6 thầy cô tiêu biểu tham dự hội thi cấp thành phố vào tháng 01/2027."
            ),
            byline("<strong>Tin, ảnh: Nguyễn Văn Phúc</strong>"),
        ],
        authors=["Nguyễn Văn Phúc"],
        photographers=["Nguyễn Văn Phúc"],
        summary=(
            "Từ ngày 09 đến 20/11/2026, Trường THCS Lý Tự Trọng tổ chức Hội thi Giáo viên dạy giỏi "
            "cấp trường năm học 2026-2027 với 18 giáo viên của 5 tổ chuyên môn tham gia."
        ),
        opts={"time": "15:48:31", "updated": "26/11/2026 lúc 08:03", "tags": ["ngay-nha-giao"]},
    ),
    Story(
        1262,
        S_E,
        "Trường THCS Lý Tự Trọng long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc",
        "2026-11-20",
        [
            P(
                "Sáng 20/11/2026, tại hội trường nhà trường, Trường THCS Lý Tự Trọng long trọng tổ "
                "chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) và tổng kết "
                "đợt thi đua “Dạy tốt – Học tốt”."
            ),
            shot(up("2026/11", "ky-niem-20-11-1.jpg"), "Quang cảnh Lễ kỷ niệm", "wpcap"),
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Phòng GD&ĐT Nha Trang, UBND phường Lộc Thọ, Ban "
                "đại diện cha mẹ học sinh cùng các thế hệ thầy cô giáo nguyên là cán bộ, giáo viên "
                "của trường."
            ),
            P(
                "Như đã đưa tin trong bài Khai giảng năm học mới, nhà trường bước vào năm học 2026-2027 "
                "với 1.486 học sinh ở 36 lớp và 74 cán bộ, giáo viên, nhân viên; sau gần ba tháng, "
                "phong trào thi đua đã đạt nhiều kết quả đáng ghi nhận.",
                "link",
            ),
            Box("docthem", "ĐỌC THÊM", (S_D, S_B)),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng Phạm Minh Tuấn ôn lại truyền thống vẻ vang của "
                "ngành giáo dục và bày tỏ lòng biết ơn đối với các thế hệ nhà giáo đã cống hiến cho sự "
                "nghiệp trồng người."
            ),
            P(
                "“Mỗi thầy cô hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh noi "
                "theo”, thầy Tuấn nhấn mạnh.",
                "quote",
            ),
            shot(up("2026/11", "ky-niem-20-11-2.jpg"), "Văn nghệ chào mừng của học sinh khối 9", "gal"),
            shot(up("2026/11", "ky-niem-20-11-3.jpg"), "Học sinh tặng hoa tri ân thầy cô", "gal"),
            shot(up("2026/11", "ky-niem-20-11-4.jpg"), "Các thầy cô giáo nguyên là cán bộ, giáo viên của trường", "gal"),
            shot(up("2026/11", "ky-niem-20-11-5.jpg"), "Khen thưởng tập thể, cá nhân xuất sắc trong đợt thi đua", "gal"),
            P(
                "Dịp này, nhà trường khen thưởng 12 tập thể lớp và 46 học sinh có thành tích xuất sắc "
                "trong đợt thi đua; trao giấy khen cho 15 giáo viên đạt danh hiệu Giáo viên dạy giỏi "
                "cấp trường."
            ),
            P(
                "Buổi lễ khép lại trong không khí ấm áp, xúc động với tiết mục văn nghệ “Người thầy” "
                "do tập thể giáo viên trẻ của trường biểu diễn."
            ),
            byline("<strong>Tin: Nguyễn Thị Mỹ Linh - Ảnh: Trần Văn Hậu</strong>"),
        ],
        authors=["Nguyễn Thị Mỹ Linh"],
        photographers=["Trần Văn Hậu"],
        summary=(
            "Trong không khí hân hoan của cả nước hướng về Ngày Nhà giáo Việt Nam, thầy và trò Trường "
            "THCS Lý Tự Trọng đã tổ chức nhiều hoạt động ý nghĩa tri ân các thế hệ thầy cô giáo."
        ),
        sapo_outside=True,
        opts={
            "time": "11:20:05",
            "updated": "22/11/2026 lúc 14:05",
            "tags": ["ngay-nha-giao"],
            "link": ("Khai giảng năm học mới", S_N),
        },
    ),
    Story(
        1259,
        S_F,
        "“Kế hoạch nhỏ” thu gom giấy vụn, nuôi heo đất giúp bạn khó khăn",
        "hoat-doi",
        "2026-11-19",
        [
            P(
                "Hưởng ứng phong trào “Kế hoạch nhỏ” năm học 2026-2027, trong tuần từ 16 đến 19/11, "
                "Liên đội THCS Lý Tự Trọng tổ chức cho các chi đội thu gom giấy vụn, vỏ chai nhựa và "
                "nuôi heo đất."
            ),
            P(
                "Ngay từ đầu tuần, các chi đội đã phân công đội viên thu gom sách báo cũ, giấy vở đã "
                "qua sử dụng tại gia đình và khu phố, phân loại và buộc thành từng bó gọn gàng."
            ),
            shot(up("2026/11", "ke-hoach-nho.jpg"), "Đội viên các chi đội mang giấy vụn đến điểm tập kết", "center"),
            Box("xemthem", ">> Xem thêm: ", (S_B,)),
            P(
                "Kết quả, toàn Liên đội thu được hơn 2,3 tấn giấy vụn và 180 kg vỏ chai nhựa; cùng "
                "với 36 con heo đất, tổng số tiền gây quỹ đạt 18.650.000 đồng."
            ),
            P(
                "Số tiền này được dùng để trao học bổng “Thắp sáng ước mơ” cho 25 học sinh có hoàn cảnh "
                "khó khăn và mua áo ấm gửi tặng học sinh vùng cao huyện Khánh Sơn."
            ),
            byline("<strong>BBT</strong>"),
        ],
        opts={"time": "16:42:10", "updated": "20/11/2026 lúc 10:30", "tags": ["doi-tntp"]},
    ),
    Story(
        1251,
        S_G,
        "Thông báo cho học sinh nghỉ học để phòng, chống bão số 14",
        "thong-bao",
        "2026-11-16",
        [
            P(
                "Thực hiện Công điện số 09/CĐ-UBND ngày 16/11/2026 của UBND thành phố Nha Trang về việc "
                "chủ động ứng phó với bão số 14, Trường THCS Lý Tự Trọng thông báo:"
            ),
            P("Học sinh toàn trường nghỉ học ngày 17 và 18/11/2026.", "oli"),
            P(
                "Cán bộ, giáo viên, nhân viên trực theo lịch phân công; chằng chống phòng học, di "
                "chuyển hồ sơ, thiết bị đến nơi an toàn.",
                "oli",
            ),
            P(
                "Giáo viên chủ nhiệm thông báo kịp thời đến cha mẹ học sinh qua nhóm Zalo lớp, nhắc học "
                "sinh không ra biển, không đến gần khu vực sạt lở.",
                "oli",
            ),
            P(
                "Thời gian đi học trở lại sẽ được nhà trường thông báo trên website và qua giáo viên "
                "chủ nhiệm."
            ),
            byline("<em>Tổ Văn phòng</em>"),
        ],
        authors=["Tổ Văn phòng"],
        opts={"time": "14:02:37", "updated": "19/11/2026 lúc 08:00", "also": True},
    ),
    Story(
        1243,
        S_H,
        "Sinh hoạt chuyên môn theo nghiên cứu bài học tổ Toán – Tin",
        "chuyen-mon",
        "2026-11-12",
        [
            P(
                "Ngày 10/11/2026, tổ Toán – Tin Trường THCS Lý Tự Trọng tổ chức buổi sinh hoạt chuyên "
                "môn theo nghiên cứu bài học với bài dạy “Hình thang cân” (Toán 8, sách Kết nối tri thức "
                "với cuộc sống)."
            ),
            P(
                "Trước đó, nhóm giáo viên khối 8 đã cùng nhau thiết kế kế hoạch bài dạy, dự kiến khó "
                "khăn của học sinh và các phương án hỗ trợ trong từng hoạt động."
            ),
            shot(up("2026/11", "nghien-cuu-bai-hoc-toan.jpg"), "Thầy Trần Quốc Việt dạy minh họa tại lớp 8A5", "wpcap"),
            P(
                "Giờ dạy minh họa do thầy Trần Quốc Việt thực hiện tại lớp 8A5. Giáo viên dự giờ tập "
                "trung quan sát hoạt động học của học sinh thay vì nhận xét người dạy."
            ),
            Box("lienquan-thumb", "Tin liên quan", (S_C, S_L, S_D)),
            P("Sau giờ dạy, tổ chuyên môn thống nhất một số nội dung:", "h3"),
            P("Học sinh còn lúng túng khi chứng minh hai góc kề một đáy bằng nhau.", "li"),
            P("Cần tăng thời gian cho hoạt động gấp giấy, đo đạc để phát hiện tính chất.", "li"),
            P("Phiếu học tập nên phân hóa theo ba mức độ cho các nhóm.", "li"),
            shot(up("2026/11", "nghien-cuu-bai-hoc-toan-2.jpg"), "Giáo viên tổ Toán – Tin thảo luận sau giờ dạy", "wpcap"),
            P(
                "Buổi sinh hoạt diễn ra cởi mở, giúp mỗi giáo viên rút ra kinh nghiệm để điều chỉnh "
                "bài dạy của mình phù hợp với đối tượng học sinh."
            ),
            byline("<strong>Tin, ảnh: Lê Quốc Bảo</strong>"),
        ],
        authors=["Lê Quốc Bảo"],
        photographers=["Lê Quốc Bảo"],
        opts={"time": "09:12:48", "updated": "12/11/2026 lúc 20:31", "tags": ["chuyen-de"]},
    ),
    Story(
        1236,
        S_I,
        "Ngoại khóa tuyên truyền an toàn giao thông cho học sinh",
        "tin-tuc",
        "2026-11-06",
        [
            P(
                "Sáng 05/11/2026, Đội Cảnh sát giao thông – Công an TP. Nha Trang phối hợp với Trường "
                "THCS Lý Tự Trọng tổ chức buổi ngoại khóa tuyên truyền pháp luật về trật tự, an toàn "
                "giao thông cho hơn 1.400 học sinh."
            ),
            P(
                "Tại buổi tuyên truyền, Thượng úy Nguyễn Hoàng Nam đã phổ biến các quy định của Luật "
                "Trật tự, an toàn giao thông đường bộ, đặc biệt là các hành vi học sinh thường vi phạm "
                "như đi xe đạp dàn hàng ngang, không đội mũ bảo hiểm khi ngồi trên xe máy."
            ),
            Box("xemthem", ">> Xem thêm: ", (S_G,)),
            P(
                "Theo thống kê, từ đầu năm 2026 đến nay, trên địa bàn tỉnh xảy ra nhiều vụ tai nạn giao "
                "thông liên quan đến học sinh, phần lớn do điều khiển xe máy khi chưa đủ tuổi."
            ),
            shot(up("2026/11", "ngoai-khoa-atgt.jpg"), "Học sinh trả lời câu hỏi tìm hiểu về an toàn giao thông", "wpcap"),
            P(
                "Phần giao lưu, hỏi đáp thu hút đông đảo học sinh tham gia; 20 em trả lời đúng được "
                "Ban tổ chức tặng mũ bảo hiểm đạt chuẩn."
            ),
            P(
                "Kết thúc buổi ngoại khóa, đại diện học sinh toàn trường ký cam kết chấp hành nghiêm "
                "quy định về an toàn giao thông."
            ),
            byline("<strong>Hải Yến</strong>"),
            byline("<em>Nguồn: Báo Khánh Hòa</em>"),
        ],
        authors=["Hải Yến"],
        source="Báo Khánh Hòa",
        opts={"time": "13:25:19", "updated": "07/11/2026 lúc 09:10"},
    ),
    Story(
        1224,
        S_J,
        "Phát động phong trào “Áo ấm cho em” vùng cao",
        "hoat-doi",
        "2026-10-28",
        [
            P(
                "Sáng thứ Hai 26/10/2026, trong giờ chào cờ, Liên đội THCS Lý Tự Trọng phát động phong "
                "trào “Áo ấm cho em” hướng về học sinh vùng cao hai huyện Khánh Sơn và Khánh Vĩnh."
            ),
            P(
                "Mỗi đội viên được khuyến khích đóng góp ít nhất một chiếc áo ấm còn sử dụng tốt hoặc "
                "quyên góp tiền để mua áo mới, mũ len, khăn quàng."
            ),
            shot(up("2026/10", "ao-am-cho-em.jpg"), "Đại diện Liên đội phát động phong trào dưới cờ", "em"),
            Box("xemthem", ">> Xem thêm: ", (S_F,)),
            P(
                "Phong trào diễn ra đến hết ngày 15/11/2026. Các chi đội nộp quà về Văn phòng Liên đội "
                "vào giờ ra chơi hằng ngày."
            ),
            byline("<strong>Tin: Phạm Thị Thanh Tâm (TPT Đội)</strong>"),
        ],
        authors=["Phạm Thị Thanh Tâm"],
        opts={"time": "10:00:12", "updated": "29/10/2026 lúc 15:20", "tags": ["doi-tntp"]},
    ),
    Story(
        1215,
        S_K,
        "Hội nghị viên chức, người lao động năm học 2026-2027",
        "tin-tuc",
        "2026-10-20",
        [
            P(
                "Chiều ngày 17/10/2026, Trường THCS Lý Tự Trọng tổ chức Hội nghị viên chức, người lao "
                "động năm học 2026-2027 với sự tham dự của 74 cán bộ, giáo viên, nhân viên."
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025-2026: tỷ lệ học sinh lên lớp đạt "
                "99,4%, tốt nghiệp THCS đạt 100%, 38 học sinh đạt giải học sinh giỏi cấp tỉnh; nhà "
                "trường được UBND tỉnh tặng Bằng khen."
            ),
            shot(up("2026/10", "hoi-nghi-vien-chuc.jpg"), "Đoàn chủ tịch điều hành hội nghị", "wpcap"),
            Box("docthem", "ĐỌC THÊM", (S_D, S_A)),
            P("Chỉ tiêu chủ yếu năm học 2026-2027", "h3"),
            P("Tỷ lệ học sinh lên lớp thẳng từ 97% trở lên.", "li"),
            P("Có ít nhất 40 giải học sinh giỏi cấp tỉnh.", "li"),
            P("100% giáo viên đạt chuẩn nghề nghiệp mức khá trở lên.", "li"),
            P(
                "Hội nghị đã thảo luận, thông qua quy chế chi tiêu nội bộ, quy chế dân chủ và bầu Ban "
                "Thanh tra nhân dân nhiệm kỳ 2026-2028 gồm 3 thành viên."
            ),
            P(
                "Kết thúc hội nghị, các tổ chuyên môn, tổ văn phòng ký giao ước thi đua thực hiện "
                "thắng lợi nhiệm vụ năm học."
            ),
            byline("<strong>ThS. Võ Thị Kim Oanh - Phó Hiệu trưởng</strong>"),
        ],
        authors=["Võ Thị Kim Oanh"],
        opts={"time": "18:30:00", "updated": "21/10/2026 lúc 07:45"},
    ),
    Story(
        1207,
        S_L,
        "Triển khai dạy học STEM năm học 2026-2027",
        "chuyen-mon",
        "2026-10-09",
        [
            P(
                "Thực hiện hướng dẫn của Sở GD&ĐT Khánh Hòa, Trường THCS Lý Tự Trọng xây dựng kế hoạch "
                "triển khai giáo dục STEM năm học 2026-2027 ở tất cả các khối lớp."
            ),
            P(
                "Mỗi khối thực hiện ít nhất 4 bài học STEM trong năm học, gắn với các môn Khoa học tự "
                "nhiên, Công nghệ, Toán và Tin học; các sản phẩm tiêu biểu được trưng bày tại Ngày hội "
                "STEM vào tháng 3/2027."
            ),
            P("Một số chủ đề đã được các tổ đăng ký:", "h3"),
            P("Khối 6: Mô hình lọc nước đơn giản.", "li"),
            P("Khối 7: Xe chạy bằng sức gió.", "li"),
            P("Khối 8: Đèn ngủ cảm ứng ánh sáng.", "li"),
            P("Khối 9: Hệ thống tưới cây tự động.", "li"),
            Img(up("2026/10", "day-hoc-stem.jpg"), style="plain"),
            P(
                "Nhà trường đã bố trí phòng học bộ môn Khoa học tự nhiên làm không gian STEM, bổ sung "
                "bộ dụng cụ lắp ráp và máy in 3D từ nguồn xã hội hóa."
            ),
            byline("<em>Tổ Khoa học tự nhiên</em>"),
        ],
        authors=["Tổ Khoa học tự nhiên"],
        opts={"time": "08:40:26", "updated": "10/10/2026 lúc 10:02"},
    ),
    Story(
        1189,
        S_M,
        "Vui Tết Trung thu “Đêm hội trăng rằm” năm 2026",
        "tin-tuc",
        "2026-09-24",
        [
            P(
                "Tối 23/9/2026, Trường THCS Lý Tự Trọng tổ chức chương trình Vui Tết Trung thu “Đêm hội "
                "trăng rằm” cho học sinh toàn trường."
            ),
            P(
                "Chương trình gồm các tiết mục múa lân, văn nghệ, thi làm lồng đèn, bày mâm cỗ "
                "Trung thu và trò chơi dân gian do các chi đội chuẩn bị."
            ),
            shot(up("2026/09", "trung-thu-1.jpg"), "Đội lân của Liên đội biểu diễn mở màn", "wpcap"),
            Box("quantam", "Có thể bạn quan tâm", (S_F, S_J)),
            P(
                "Hội thi làm lồng đèn thu hút 36 sản phẩm từ vật liệu tái chế như vỏ chai nhựa, lon "
                "nước, giấy báo cũ. Nhiều sản phẩm được ban giám khảo đánh giá cao về tính sáng tạo."
            ),
            P(
                "Dịp này, nhà trường trao 50 phần quà Trung thu cho học sinh có hoàn cảnh khó khăn từ "
                "nguồn đóng góp của Ban đại diện cha mẹ học sinh."
            ),
            shot(up("2026/09", "trung-thu-2.jpg"), "Mâm cỗ Trung thu của chi đội 6A1", "wpcap"),
            byline("<strong>Bài: Trần Ngọc Hân – Ảnh: CLB Nhiếp ảnh</strong>"),
        ],
        authors=["Trần Ngọc Hân"],
        photographers=["CLB Nhiếp ảnh"],
        opts={"time": "21:15:50", "updated": "25/09/2026 lúc 08:30"},
    ),
    Story(
        1172,
        S_N,
        "Rộn ràng Lễ khai giảng năm học mới 2026-2027",
        "tin-tuc",
        "2026-09-05",
        [
            P(
                "Sáng 05/9/2026, cùng với học sinh cả nước, hơn 1.480 học sinh Trường THCS Lý Tự Trọng "
                "hân hoan dự Lễ khai giảng năm học mới 2026-2027."
            ),
            P(
                "Năm học này, nhà trường có 36 lớp với 1.486 học sinh, trong đó 378 học sinh lớp 6 "
                "được tuyển mới; đội ngũ gồm 74 cán bộ, giáo viên, nhân viên."
            ),
            shot(up("2026/09", "khai-giang-1.jpg"), "Học sinh lớp 6 bước vào lễ đường", "wpcap"),
            P(
                "Tại buổi lễ, thầy Hiệu trưởng Phạm Minh Tuấn đọc thư của Chủ tịch nước gửi ngành "
                "giáo dục, đồng thời quán triệt nhiệm vụ trọng tâm năm học: nâng cao chất lượng dạy "
                "học, chuyển đổi số và xây dựng trường học hạnh phúc."
            ),
            P(
                "Nhà trường trao 30 suất học bổng cho học sinh vượt khó học giỏi; đại diện cha mẹ học "
                "sinh tặng 200 bộ sách giáo khoa cho thư viện."
            ),
            shot(up("2026/09", "khai-giang-2.jpg"), "Thầy Hiệu trưởng đánh trống khai giảng năm học mới", "wpcap"),
            P(
                "Tiếng trống khai trường vang lên trong niềm vui, khép lại buổi lễ trang trọng, mở đầu "
                "một năm học mới với nhiều kỳ vọng."
            ),
            byline("<strong>Tin, ảnh: Trần Văn Hậu</strong>"),
        ],
        authors=["Trần Văn Hậu"],
        photographers=["Trần Văn Hậu"],
        opts={"time": "11:05:33", "updated": "06/09/2026 lúc 17:22"},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}


def permalink(story: Story) -> str:
    y, m, _ = story.published_at.split("-")
    return f"/{y}/{m}/{story.slug}/"


def dmy(story: Story) -> str:
    y, m, d = story.published_at.split("-")
    return f"{d}/{m}/{y}"


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: (s.published_at, s.opts["time"]), reverse=True)


def in_archive(key: str) -> list[Story]:
    """The posts of a category archive: a parent lists its child's posts and ticked posts."""
    if key == "tin-tuc":
        return newest([s for s in STORIES if s.cat in ("tin-tuc", "hoat-doi") or s.opts.get("also")])
    return newest([s for s in STORIES if s.cat == key])


def thumb(story: Story) -> str:
    y, m, _ = story.published_at.split("-")
    return up(f"{y}/{m}", f"{story.slug[:28].rstrip('-')}-thumb-300x200.jpg")


GOLD = [gold_record(s, permalink(s), CATEGORIES[s.cat]) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    "/thoi-khoa-bieu/",
    "/tag/ngay-nha-giao/",
    "/chuyen-muc/tin-tuc/page/2/",
    "/chuyen-muc/thong-bao/",
]


# --- printing: the post text ------------------------------------------------------------------


def _wp_img(request: Request, img: Img, aid: int, cls: str = "aligncenter") -> str:
    base = base_url(request)
    small = img.src[:-4] + "-300x200.jpg"
    return (
        f'<img decoding="async" loading="lazy" class="{cls} size-full wp-image-{aid}" '
        f'src="{base}{img.src}" alt="" width="800" height="533" '
        f'srcset="{base}{img.src} 800w, {base}{small} 300w" sizes="(max-width: 800px) 100vw, 800px" />'
    )


def _box(request: Request, box: Box) -> str:
    """The newsroom plugin's inserted box (four markup forms)."""
    base = base_url(request)
    items = [BY_SLUG[t] for t in box.targets]
    if box.kind == "xemthem":
        s = items[0]
        return f'<p><strong>&gt;&gt; Xem thêm: </strong><a href="{base}{permalink(s)}">{esc(s.title)}</a></p>'
    if box.kind == "docthem":
        lis = "".join(
            f'<li class="ltt-related__item"><a class="ltt-related__thumb" href="{base}{permalink(s)}">'
            f'<img src="{base}{thumb(s)}" width="90" height="60" alt="{esc(s.title)}"></a>'
            f'<a class="ltt-related__link" href="{base}{permalink(s)}">{esc(s.title)}</a></li>'
            for s in items
        )
        return (
            '<div class="ltt-related ltt-related--inline alignright" style="float:right;width:280px;'
            'margin:0 0 15px 20px;border-top:3px solid #c00">'
            f'<div class="ltt-related__heading">{esc(box.heading)}</div><ul class="ltt-related__list">'
            f"{lis}</ul></div>"
        )
    if box.kind == "quantam":
        links = "".join(
            f'<div class="nrp-item"><a href="{base}{permalink(s)}" title="{esc(s.title)}">'
            f"&#9658; {esc(s.title)}</a></div>"
            for s in items
        )
        return (
            '<div class="nrp-box nrp-float-left" style="float:left;width:40%;margin-right:18px;'
            f'background:#f4f7fb;padding:10px"><h4 class="nrp-title">{esc(box.heading)}</h4>{links}</div>'
        )
    with_thumbs = box.kind == "lienquan-thumb"
    lis = "".join(
        "<li>"
        + (f'<img class="rp-thumb" src="{base}{thumb(s)}" alt="" width="60" height="40"> ' if with_thumbs else "")
        + f'<a href="{base}{permalink(s)}" rel="bookmark">{esc(s.title)}</a>'
        + f' <span class="rp-date">({dmy(s)})</span></li>'
        for s in items
    )
    return (
        '<div class="tin-lien-quan-inline" style="float:right;width:300px;margin-left:15px">'
        f'<p class="tlq-heading"><strong>{esc(box.heading)}</strong></p><ul>{lis}</ul></div>'
    )


def _ptext(story: Story, p: P) -> str:
    out = esc(p.text)
    if p.style == "link":
        anchor, slug = story.opts["link"]
        href = permalink(BY_SLUG[slug])
        out = out.replace(esc(anchor), f'<a href="{href}">{esc(anchor)}</a>', 1)
    return out


def render_content(request: Request, story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    aid = story.id * 10
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Box):
            out.append(_box(request, b))
        elif isinstance(b, Img) and b.style == "gal":
            items = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gal":
                g = blocks[i]
                aid += 1
                cap = (
                    f'<figcaption class="tiled-gallery__caption">{esc(g.printed)}</figcaption>'
                    if g.printed
                    else ""
                )
                items.append(
                    '<div class="tiled-gallery__col" style="flex-basis:50%"><figure class="tiled-gallery__item">'
                    f'<img data-id="{aid}" src="{base_url(request)}{g.src}" alt="" '
                    f'data-width="800" data-height="533" data-link="{base_url(request)}{g.src}">{cap}</figure></div>'
                )
                i += 1
            rows = [items[k : k + 2] for k in range(0, len(items), 2)]
            out.append(
                '<div class="wp-block-jetpack-tiled-gallery aligncenter is-style-rectangular">'
                '<div class="tiled-gallery__gallery">'
                + "".join(f'<div class="tiled-gallery__row">{"".join(r)}</div>' for r in rows)
                + "</div></div>"
            )
            continue
        elif isinstance(b, Img):
            aid += 1
            if b.style == "wpcap":
                out.append(
                    f'<div id="attachment_{aid}" style="width: 810px" class="wp-caption aligncenter">'
                    + _wp_img(request, b, aid, "").replace("<img ", f'<img aria-describedby="caption-attachment-{aid}" ')
                    + f'<p id="caption-attachment-{aid}" class="wp-caption-text">{esc(b.printed or "")}</p></div>'
                )
            else:
                out.append(f'<p style="text-align: center;">{_wp_img(request, b, aid)}</p>')
                if b.printed and b.style == "em":
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
                elif b.printed:
                    out.append(f'<p style="text-align: center;">{esc(b.printed)}</p>')
        elif b.style in ("li", "oli"):
            tag = "ul" if b.style == "li" else "ol"
            lis = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                lis.append(f"<li>{_ptext(story, blocks[i])}</li>")
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(lis) + f"\n</{tag}>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{cell}>{esc(c)}</{cell}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><tbody>'
                + "".join(rows)
                + "</tbody></table></figure>"
            )
            continue
        else:
            inner = _ptext(story, b)
            # following "br" paragraphs are the same <p> after a line break
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                i += 1
                inner += "<br />\n" + _ptext(story, blocks[i])
            if b.style == "h3":
                out.append(f"<h3>{inner}</h3>")
            elif b.style == "lead":
                out.append(f"<p><strong>{inner}</strong></p>")
            elif b.style == "quote":
                out.append(f'<blockquote class="wp-block-quote"><p>{inner}</p></blockquote>')
            else:
                out.append(f'<p style="text-align: justify;">{inner}</p>')
        i += 1
    return "\n".join(out)


# --- printing: theme ----------------------------------------------------------------------------


MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu/", "Giới thiệu"),
    ("/chuyen-muc/tin-tuc/", "Tin tức"),
    ("/chuyen-muc/tin-tuc/hoat-dong-doi/", "Hoạt động Đội"),
    ("/chuyen-muc/chuyen-mon/", "Chuyên môn"),
    ("/chuyen-muc/thong-bao/", "Thông báo"),
    ("/thoi-khoa-bieu/", "Thời khóa biểu"),
    ("/lien-he/", "Liên hệ"),
]

SCHEDULE = [
    ("Thứ Hai 07/12", "7g00: Chào cờ; 14g00: Họp Hội đồng sư phạm tháng 12"),
    ("Thứ Ba 08/12", "Dự giờ tổ Ngữ văn – Lịch sử – Địa lí (BGH)"),
    ("Thứ Tư 09/12", "Kiểm tra hồ sơ chuyên môn tổ Toán – Tin"),
    ("Thứ Năm 10/12", "Hạn nộp đề kiểm tra cuối học kỳ I"),
    ("Thứ Sáu 11/12", "15g30: Sinh hoạt Liên đội"),
]


def layout(request: Request, title: str, main: str, head: str = "", body_class: str = "") -> str:
    base = base_url(request)
    menu = ""
    for href, label in MENU:
        cls = "menu-item sub-menu-item" if href.count("/") > 3 else "menu-item"
        menu += f'<li class="{cls}"><a href="{base}{href}">{esc(label)}</a></li>'
    latest = "".join(
        f'<li><a href="{base}{permalink(s)}"><img src="{base}{thumb(s)}" width="75" height="50" alt=""></a>'
        f'<a class="widget-title-link" href="{base}{permalink(s)}">{esc(s.title)}</a>'
        f'<span class="date">{dmy(s)}</span></li>'
        for s in newest(STORIES)[:4]
    )
    sched = "".join(f"<tr><th>{esc(d)}</th><td>{esc(t)}</td></tr>" for d, t in SCHEDULE)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="robots" content="index, follow, max-image-preview:large">
{head}
<link rel="stylesheet" id="colormag-style-css" href="{base}/wp-content/themes/tapchi-child/style.css?ver=6.4.3" media="all">
<link rel="stylesheet" id="jetpack-tiled-gallery-css" href="{base}/wp-content/plugins/jetpack/css/tiled-gallery.css?ver=13.1" media="all">
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<meta name="generator" content="WordPress 6.4.3">
<link rel="icon" href="{base}{UP}/2024/08/cropped-logo-ltt-32x32.png" sizes="32x32">
</head>
<body class="{body_class} wp-custom-logo wide infinite-scroll-on">
<div id="page" class="hfeed site">
<div class="news-bar"><div class="inner-wrap clearfix">
<div class="date-in-header">{esc(HEADER_DATE)}</div>
<div class="breaking-news"><strong class="breaking-news-latest">Tin mới:</strong>
<ul class="newsticker"><li><a href="{base}{permalink(newest(STORIES)[0])}">{esc(newest(STORIES)[0].title)}</a></li></ul></div>
<div class="social-links"><a href="https://www.facebook.com/thcslytutrong.nhatrang" target="_blank">Facebook</a></div>
</div></div>
<header id="masthead" class="site-header clearfix"><div class="inner-wrap">
<div id="header-logo-image"><a href="{base}/" class="custom-logo-link" rel="home"><img width="90" height="90"
 src="{base}{UP}/2024/08/logo-ltt.png" class="custom-logo" alt="{esc(SITE_TITLE)}"></a></div>
<div id="header-text"><h3 id="site-title"><a href="{base}/" rel="home">{esc(SITE_TITLE)}</a></h3>
<p id="site-description">Kỷ cương – Tình thương – Trách nhiệm</p></div>
<div class="header-banner"><img src="{base}{UP}/2024/08/banner-truong-ltt.jpg" alt="banner"></div>
</div>
<nav id="site-navigation" class="main-navigation clearfix" role="navigation"><div class="inner-wrap">
<ul id="menu-menu-chinh" class="menu">{menu}</ul>
</div></nav>
</header>
<div id="main" class="clearfix"><div class="inner-wrap clearfix">
<div id="primary"><div id="content" class="clearfix">
{main}
</div></div>
<div id="secondary">
<aside id="search-3" class="widget widget_search"><form action="{base}/" class="search-form searchform clearfix" method="get" role="search">
<input type="search" class="search-field" placeholder="Tìm kiếm..." value="" name="s"><button type="submit" class="search-submit">Tìm</button></form></aside>
<aside id="colormag_featured_posts_vertical_widget-2" class="widget widget_featured_posts_vertical">
<h3 class="widget-title"><span>Tin mới nhất</span></h3><ul class="latest-posts">{latest}</ul></aside>
<aside id="custom_html-4" class="widget widget_custom_html"><h3 class="widget-title"><span>Lịch công tác</span></h3>
<div class="textwidget custom-html-widget"><p class="lct-week">Tuần 14 (từ 07/12 đến 12/12/2026)</p><table class="lich-cong-tac">{sched}</table></div></aside>
<aside id="polls-widget-2" class="widget widget_polls-widget"><h3 class="widget-title"><span>Thăm dò ý kiến</span></h3>
<form id="polls_form_3" class="wp-polls-form" action="{base}/wp-admin/admin-ajax.php" method="post">
<p style="text-align: center;"><strong>Bạn thấy website của trường thế nào?</strong></p>
<ul class="wp-polls-ul"><li><input type="radio" id="poll-answer-7" name="poll_3" value="7"><label for="poll-answer-7">Rất hữu ích</label></li>
<li><input type="radio" id="poll-answer-8" name="poll_3" value="8"><label for="poll-answer-8">Bình thường</label></li>
<li><input type="radio" id="poll-answer-9" name="poll_3" value="9"><label for="poll-answer-9">Cần cải thiện</label></li></ul>
<p style="text-align: center;"><input type="button" name="vote" value="Bình chọn" class="Buttons"></p></form></aside>
<aside id="media_image-3" class="widget widget_media_image"><h3 class="widget-title"><span>Liên kết</span></h3>
<ul class="lien-ket"><li><a href="https://khanhhoa.edu.vn" target="_blank">Sở GD&amp;ĐT Khánh Hòa</a></li>
<li><a href="https://nhatrang.khanhhoa.gov.vn" target="_blank">UBND TP. Nha Trang</a></li>
<li><a href="https://csdl.moet.gov.vn" target="_blank">Cơ sở dữ liệu ngành</a></li>
<li><a href="https://vnedu.vn" target="_blank">Sổ liên lạc điện tử vnEdu</a></li></ul></aside>
<aside id="counter-2" class="widget widget_wpstatistics_widget"><h3 class="widget-title"><span>Thống kê truy cập</span></h3>
<ul class="wps-counter"><li>Đang online: <strong>17</strong></li><li>Hôm nay: <strong>642</strong></li>
<li>Hôm qua: <strong>1.103</strong></li><li>Tổng truy cập: <strong>1.845.209</strong></li></ul></aside>
</div>
</div></div>
<footer id="colophon" class="clearfix"><div class="footer-widgets-wrapper"><div class="inner-wrap">
<div class="footer-block"><h3 class="widget-title">TRƯỜNG THCS LÝ TỰ TRỌNG</h3>
<p>Địa chỉ: 36 Hùng Vương, phường Lộc Thọ, TP. Nha Trang, tỉnh Khánh Hòa<br>
Điện thoại: 0258 3822 617 – Email: c2lytutrong.nt@khanhhoa.edu.vn<br>
Chịu trách nhiệm nội dung: Thầy Phạm Minh Tuấn – Hiệu trưởng</p></div>
</div></div>
<div class="footer-socket-wrapper clearfix"><div class="inner-wrap"><div class="copyright">Bản quyền &copy; 2026
<a href="{base}/">{esc(SITE_TITLE)}</a>. Vận hành trên WordPress.</div></div></div>
</footer>
<a href="#masthead" id="scroll-up"><i class="fa fa-chevron-up"></i></a>
</div>
<script id="tapchi-infinite-js-extra">var tapchiInfinite = {{"nextSelector":"link[rel=next]","contentSelector":"#archive-posts","itemSelector":"article.archive-item","loadingText":"Đang tải..."}};</script>
<script src="{base}/wp-content/themes/tapchi-child/js/infinite-scroll.min.js?ver=1.4.2" id="tapchi-infinite-js"></script>
</body>
</html>"""


def not_found(request: Request) -> Response:
    main = (
        '<section class="error-404 not-found"><header class="page-header"><h1 class="page-title">'
        "Không tìm thấy trang</h1></header><p>Có vẻ như không có gì ở đây. Hãy thử tìm kiếm?</p></section>"
    )
    return html(layout(request, f"Không tìm thấy trang – {SITE_TITLE}", main, body_class="error404"), status=404)


def archive_item(request: Request, story: Story) -> str:
    base = base_url(request)
    link = base + permalink(story)
    first = next(b.text for b in story.blocks if isinstance(b, P))
    excerpt = " ".join(first.split()[:30]) + " […]"
    return f"""<article class="archive-item post-{story.id} post type-post status-publish has-post-thumbnail">
<div class="featured-image"><a href="{link}" title="{esc(story.title)}"><img width="300" height="200"
 src="{base}{thumb(story)}" class="attachment-colormag-featured-post-medium wp-post-image" alt=""></a></div>
<div class="article-content clearfix">
<div class="above-entry-meta"><span class="cat-links"><a href="{base}{CAT_PATH[story.cat]}" class="cat-{story.cat}">{esc(CATEGORIES[story.cat])}</a></span></div>
<h2 class="entry-title"><a href="{link}" title="{esc(story.title)}">{esc(story.title)}</a></h2>
<div class="below-entry-meta"><span class="posted-on"><i class="fa fa-calendar-o"></i> <time class="entry-date published">{dmy(story)}</time></span></div>
<div class="entry-content clearfix"><p>{esc(excerpt)}</p></div>
</div></article>"""


def block(request: Request, key: str) -> str:
    base = base_url(request)
    posts = in_archive(key)[:3]
    items = "".join(
        f'<div class="single-article"><a href="{base}{permalink(s)}"><img src="{base}{thumb(s)}" alt=""></a>'
        f'<h3 class="entry-title"><a href="{base}{permalink(s)}">{esc(s.title)}</a></h3>'
        f'<span class="posted-on">{dmy(s)}</span></div>'
        for s in posts
    )
    return (
        f'<section class="widget widget_featured_posts"><h3 class="widget-title"><span>'
        f'<a href="{base}{CAT_PATH[key]}">{esc(CATEGORIES[key])}</a></span></h3>{items}</section>'
    )


def home(request: Request) -> Response:
    base = base_url(request)
    top = "".join(archive_item(request, s) for s in newest(STORIES)[:5])
    blocks = "".join(block(request, k) for k in CATEGORIES)
    main = (
        '<section class="widget widget_slider_area"><h3 class="widget-title"><span>Tin mới</span></h3>'
        f'<div id="home-latest">{top}</div></section>{blocks}'
    )
    head = f'<link rel="canonical" href="{base}/">\n<meta property="og:type" content="website">'
    return html(layout(request, f"{SITE_TITLE} – {SITE_DESC}", main, head, "home blog"))


def archive(request: Request, heading: str, posts: list[Story], path: str, page: int, extra: str = "") -> Response:
    """A category or tag archive: 5 a page, pagination only as rel next/prev in the head."""
    base = base_url(request)
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page > pages:
        return not_found(request)
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    here = path if page == 1 else f"{path}page/{page}/"
    head = f'<link rel="canonical" href="{base}{here}">\n'
    if page > 1:
        prev = path if page == 2 else f"{path}page/{page - 1}/"
        head += f'<link rel="prev" href="{base}{prev}">\n'
    if page < pages:
        head += f'<link rel="next" href="{base}{path}page/{page + 1}/">\n'
    head += '<meta property="og:type" content="article">'
    crumbs = f'<a href="{base}/">Trang chủ</a> » {extra}<span class="breadcrumb_last">{esc(heading)}</span>'
    items = "\n".join(archive_item(request, s) for s in chunk)
    main = (
        f'<div class="breadcrumbs" id="breadcrumbs"><span>{crumbs}</span></div>'
        f'<header class="page-header"><h1 class="page-title"><span>{esc(heading)}</span></h1></header>'
        f'<div id="archive-posts" class="article-container">\n{items}\n</div>'
        '<div class="infinite-loader" style="display:none"><span class="spinner"></span> Đang tải...</div>'
    )
    suffix = f" – Trang {page}" if page > 1 else ""
    return html(layout(request, f"{heading}{suffix} – {SITE_TITLE}", main, head, "archive category"))


def related_grid(request: Request, story: Story) -> str:
    base = base_url(request)
    others = [s for s in in_archive(story.cat) if s is not story][:4]
    cells = "".join(
        f'<div class="single-related-posts"><div class="related-posts-thumbnail"><a href="{base}{permalink(s)}">'
        f'<img src="{base}{thumb(s)}" width="390" height="205" alt=""></a></div>'
        f'<div class="article-content"><h3 class="entry-title"><a href="{base}{permalink(s)}" rel="bookmark">'
        f'{esc(s.title)}</a></h3><div class="below-entry-meta"><span class="posted-on">{dmy(s)}</span></div></div></div>'
        for s in others
    )
    return (
        '<div class="related-posts-wrapper"><h4 class="related-posts-main-title"><i class="fa fa-thumbs-up"></i>'
        f'<span>BÀI VIẾT CÙNG CHUYÊN MỤC</span></h4><div class="related-posts clearfix">{cells}</div></div>'
    )


def post_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    link = base + permalink(story)
    cat = story.cat
    crumbs = f'<a href="{base}/">Trang chủ</a> » '
    if cat == "hoat-doi":
        crumbs += f'<a href="{base}{CAT_PATH["tin-tuc"]}">Tin tức</a> » '
    crumbs += f'<a href="{base}{CAT_PATH[cat]}">{esc(CATEGORIES[cat])}</a> » '
    crumbs += f'<span class="breadcrumb_last" aria-current="page">{esc(story.title)}</span>'
    tags = story.opts.get("tags", [])
    tags_html = (
        '<div class="tags"><i class="fa fa-tags"></i> Từ khóa: '
        + ", ".join(f'<a href="{base}/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in tags)
        + "</div>"
        if tags
        else ""
    )
    excerpt = (
        f'<div class="entry-excerpt"><p>{esc(story.summary)}</p></div>' if story.sapo_outside else ""
    )
    head = (
        f'<link rel="canonical" href="{link}">\n'
        f"<link rel='shortlink' href='{base}/?p={story.id}'>\n"
        '<meta property="og:locale" content="vi_VN">\n<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta property="og:url" content="{link}">\n'
        f'<meta property="article:section" content="{esc(CATEGORIES[cat])}">\n'
        f'<meta property="article:published_time" content="{story.published_at}T{story.opts["time"]}+07:00">\n'
        '<meta name="author" content="admin">'
    )
    share = (
        '<div class="share-tools"><span>Chia sẻ:</span> '
        f'<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={link}" target="_blank">Facebook</a> '
        f'<a class="share-zalo" href="https://sp.zalo.me/share_inline?url={link}" target="_blank">Zalo</a> '
        '<a class="share-print" href="javascript:window.print()">In bài viết</a> '
        f'<a class="share-email" href="mailto:?subject={esc(story.title)}&amp;body={link}">Gửi email</a></div>'
    )
    main = f"""<div class="breadcrumbs" id="breadcrumbs"><span>{crumbs}</span></div>
<article id="post-{story.id}" class="post-{story.id} post type-post status-publish format-standard category-{cat}">
<div class="article-content clearfix">
<div class="above-entry-meta"><span class="cat-links"><a href="{base}{CAT_PATH[cat]}" class="cat-{cat}" rel="category tag">{esc(CATEGORIES[cat])}</a></span></div>
<header class="entry-header"><h1 class="entry-title">{esc(story.title)}</h1></header>
<div class="below-entry-meta">
<span class="posted-on"><i class="fa fa-calendar-o"></i> Ngày {dmy(story)}</span>
<span class="byline"><span class="author vcard"><i class="fa fa-user"></i> Đăng bởi: admin</span></span>
<span class="post-views"><i class="fa fa-eye"></i> Lượt xem: {story.views()}</span>
</div>
{excerpt}
<div class="entry-content clearfix">
{render_content(request, story)}
</div>
<p class="last-updated"><em>Cập nhật lần cuối: {story.opts["updated"]}</em></p>
{tags_html}
{share}
</div>
</article>
{related_grid(request, story)}
<div id="comments" class="comments-area"><div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Để lại bình luận</h3>
<form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p>
<p class="comment-form-comment"><textarea id="comment" name="comment" rows="8" required></textarea></p>
<p class="comment-form-author"><input id="author" name="author" type="text" placeholder="Tên *"></p>
<p class="comment-form-email"><input id="email" name="email" type="email" placeholder="Email *"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận">
<input type="hidden" name="comment_post_ID" value="{story.id}" id="comment_post_ID"></p>
</form></div></div>"""
    return html(layout(request, f"{story.title} – {SITE_TITLE}", main, head, "post-template-default single single-post"))


STATIC_PAGES = {
    "gioi-thieu": (
        "Giới thiệu",
        "<p>Trường THCS Lý Tự Trọng được thành lập năm 1976, là một trong những trường THCS có bề dày "
        "truyền thống của thành phố Nha Trang.</p><p>Năm học 2026-2027, trường có 36 lớp với 1.486 học "
        "sinh; 74 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn.</p>"
        "<h3>Ban Giám hiệu</h3><ul><li>Hiệu trưởng: Thầy Phạm Minh Tuấn</li>"
        "<li>Phó Hiệu trưởng: Cô Võ Thị Kim Oanh</li><li>Phó Hiệu trưởng: Thầy Lê Đình Khôi</li></ul>",
    ),
    "lien-he": (
        "Liên hệ",
        "<p>Địa chỉ: 36 Hùng Vương, phường Lộc Thọ, TP. Nha Trang, tỉnh Khánh Hòa</p>"
        "<p>Điện thoại: 0258 3822 617 – Email: c2lytutrong.nt@khanhhoa.edu.vn</p>"
        '<div class="wpcf7"><form action="/lien-he/#wpcf7-f52-p18-o1" method="post" class="wpcf7-form">'
        '<p><label>Họ và tên<br><input type="text" name="your-name"></label></p>'
        '<p><label>Email<br><input type="email" name="your-email"></label></p>'
        '<p><label>Nội dung<br><textarea name="your-message"></textarea></label></p>'
        '<p><input type="submit" value="Gửi" class="wpcf7-submit"></p></form></div>',
    ),
    "thoi-khoa-bieu": (
        "Thời khóa biểu học kỳ I năm học 2026-2027",
        "<p>Thời khóa biểu áp dụng từ ngày 16/11/2026 (thay thế thời khóa biểu số 2).</p>"
        '<figure class="wp-block-table"><table><tbody>'
        "<tr><th>Tiết</th><th>Thứ Hai</th><th>Thứ Ba</th><th>Thứ Tư</th><th>Thứ Năm</th><th>Thứ Sáu</th></tr>"
        "<tr><td>1</td><td>Chào cờ</td><td>Toán</td><td>Ngữ văn</td><td>Tiếng Anh</td><td>KHTN</td></tr>"
        "<tr><td>2</td><td>Ngữ văn</td><td>Toán</td><td>Lịch sử</td><td>Tin học</td><td>Toán</td></tr>"
        "<tr><td>3</td><td>Tiếng Anh</td><td>KHTN</td><td>Địa lí</td><td>Ngữ văn</td><td>GDCD</td></tr>"
        "<tr><td>4</td><td>Công nghệ</td><td>Thể dục</td><td>Âm nhạc</td><td>Mĩ thuật</td><td>Sinh hoạt</td></tr>"
        "</tbody></table></figure>"
        f'<p><a href="{UP}/2026/11/tkb-hk1-so-3.xlsx">Tải thời khóa biểu toàn trường (Excel)</a></p>',
    ),
}


def static_page(request: Request, slug: str) -> Response:
    base = base_url(request)
    title, content = STATIC_PAGES[slug]
    main = (
        f'<div class="breadcrumbs" id="breadcrumbs"><span><a href="{base}/">Trang chủ</a> » '
        f'<span class="breadcrumb_last">{esc(title)}</span></span></div>'
        f'<article id="post-{18 + len(slug)}" class="page type-page status-publish">'
        f'<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>'
        f'<div class="entry-content clearfix">{content}</div></article>'
    )
    head = f'<link rel="canonical" href="{base}/{slug}/">'
    return html(layout(request, f"{title} – {SITE_TITLE}", main, head, "page-template-default page"))


def _archive_route(path: str) -> tuple[str, int] | None:
    """(archive base path, page) of a category or tag archive URL."""
    m = re.fullmatch(r"(/(?:chuyen-muc|tag)/[a-z0-9/-]+?/)(?:page/(\d+)/)?", path)
    if not m:
        return None
    page = int(m.group(2) or 1)
    if m.group(2) is not None and page < 2:
        return None
    return m.group(1), page


class WordPressSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/wp-content/", "/wp-includes/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            if "p" in request.params:
                raw = request.params["p"]
                story = BY_ID.get(int(raw)) if raw.isdigit() else None
                if story is None:
                    return not_found(request)
                return redirect(base_url(request) + permalink(story), 301)
            if request.query:
                return not_found(request)
            return home(request)
        if m := re.fullmatch(r"/(\d{4})/(\d{2})/([a-z0-9-]+)(/?)", path):
            story = BY_SLUG.get(m.group(3))
            if story is None or permalink(story).rstrip("/") != path.rstrip("/"):
                return not_found(request)
            if not m.group(4):
                return redirect(base_url(request) + permalink(story), 301)
            return post_page(request, story)
        if route := _archive_route(path):
            arch, page = route
            for key, cpath in CAT_PATH.items():
                if arch == cpath:
                    extra = ""
                    if key == "hoat-doi":
                        extra = f'<a href="{base_url(request)}{CAT_PATH["tin-tuc"]}">Tin tức</a> » '
                    return archive(request, CATEGORIES[key], in_archive(key), cpath, page, extra)
            if tm := re.fullmatch(r"/tag/([a-z0-9-]+)/", arch):
                key = tm.group(1)
                if key in TAGS:
                    posts = newest([s for s in STORIES if key in s.opts.get("tags", [])])
                    return archive(request, f"Thẻ: {TAGS[key]}", posts, arch, page)
            return not_found(request)
        if (m := re.fullmatch(r"/([a-z0-9-]+)/", path)) and m.group(1) in STATIC_PAGES:
            return static_page(request, m.group(1))
        return not_found(request)


def build_site() -> WordPressSite:
    return WordPressSite()
