"""Trường Mầm non Hướng Dương (Thủ Dầu Một, Bình Dương): WordPress 6, Kadence theme, Kadence Blocks, Rank Math SEO.

Platform
    WordPress 6.x in Vietnamese, the Kadence theme with its "title above content" post layout
    (the post's title, category links and meta sit in a hero ``<section class="entry-hero">``
    *before* ``<main>``: the ``<article>`` element holds only the content), posts built with
    Kadence Blocks (row layouts, advanced headings, info boxes, accordions, icon lists,
    advanced galleries, Kadence 2.x style inline ``<style>`` elements before each block), Rank
    Math SEO (breadcrumbs, canonical, ``article:published_time``, JSON-LD ``@graph``).

URL scheme
    ``/<category>/<slug>/`` posts (the Rank Math *primary* category in the permalink),
    ``/<category>/`` and ``/<category>/page/<N>/`` category lists (3 posts a page; ``/page/1/``
    redirects 301 to the list), ``/<yyyy>/<mm>/`` (+ ``/page/<N>/``) month archives,
    ``/<page-slug>/`` pages, ``/tag/<tag>/`` tags, ``/author/quantri/`` (+ pages) the account's
    archive, ``/?s=`` search, ``/wp-content/uploads/…`` images and one PDF.

Page templates
    home (Kadence row layouts, info boxes, a Kadence "Posts" block with the 4 newest posts and a
    notices column); archive (category, month, tag, author, search: Kadence loop ``<article>``
    entries with thumbnail, category links, title, meta and excerpt, WordPress pagination);
    single post (hero header, content, tags, post navigation, "Bài viết tương tự" related
    carousel, comments); page (hero header, no meta).

How each gold article is reached
    Home shows the 4 newest posts (and the 2 newest notices); the sidebar's "Bài viết mới" the 5
    newest and "Xem nhiều" three older ones; the rest only through page 2+ of the category lists
    (``/tin-tuc/page/2/``, ``/hoat-dong-cua-be/page/2/``), the month archives
    (``/2026/11/page/2/``, ``/2026/11/page/3/``, ``/2026/10/``), the related carousels or the
    post navigation.

Traps
    1. Title outside the article: Kadence's "above content" layout prints the ``<h1
       class="entry-title">``, the category links and the date in a hero ``<section>`` before
       ``<main>``; ``<article class="entry … single-entry">`` holds only the content. Gold title
       is the hero's h1.
    2. Month-first Vietnamese dates: the visible date is WordPress' vi ``F j, Y``, "Tháng Mười
       Hai 3, 2026" (month name in words, day after it, no time); the time is only in ``<time
       datetime>`` and Rank Math's ``article:published_time``. Gold: the full ISO stamp.
    3. "Cập nhật" only: on posts whose "Show updated date" is on, Kadence prints only the
       modified date, in ``<time class="entry-date published updated">`` labelled "Cập nhật"
       (the class says "published"!). The publication date is only in Rank Math's meta and
       JSON-LD ``datePublished``; gold is that (cam-nang-phong-benh-mua-kho: 2026-11-27T09:40,
       not the printed 2026-12-04).
    4. Info boxes wrapped in a link: a Kadence info box with a link puts its icon, title
       (``h3.kt-blocks-info-box-title``) and text (``p.kt-blocks-info-box-text``) inside one
       ``<a class="kt-blocks-info-box-link-wrap">`` (here to a PDF); a link-dense block that is
       still article text. Gold: title and text are paragraphs; the learn-more label ("Tải giáo
       án") is not.
    5. Accordion questions in ``<button>``: a Kadence accordion prints each question as
       ``<h3><button><span class="kt-blocks-accordion-title">…`` and each answer in a panel
       with ``kt-accordion-panel-hidden`` (hidden until clicked). Gold: question and answer are
       paragraphs, in order.
    6. Inline ``<style>`` elements inside ``.entry-content`` before each Kadence block (CSS of
       ``.kt-adv-heading…``/``.kb-row-layout-id…``): no text.
    7. Bylines in the same markup as the text: Kadence "posted-by" prints the WP account
       ("Bởi quantri", also JSON-LD author) -> nobody; the real byline is a Kadence advanced
       heading ``<p class="kt-adv-heading… wp-block-kadence-advancedheading">`` exactly like
       the body's lead/headings, right-aligned only by its ``<style>`` ("Tin, ảnh: X",
       "Tin: X - Ảnh: Y", "X – GV lớp Lá 3", "ThS. X - Phó Hiệu trưởng", a unit) -> authors.
    8. Advanced gallery captions inside the lightbox link: ``<a class="kb-gallery-item-link"
       href="…full.jpg"><img src="…-768x512.jpg"><div class="kadence-blocks-gallery-item__caption">``;
       the ``alt`` is the file name, not the caption. Gold image path = the ``<img src>`` as
       printed (the sized file); caption = the div's text, "(…)" parentheses taken off; "Ảnh: X"
       alone is a photographer credit.
    9. Related posts carousel and comments as ``<article>``: after the post, "Bài viết tương
       tự" prints three ``<article class="entry loop-entry">`` with h3 titles, dates and excerpts,
       and the comment list prints ``<article class="comment-body">`` with ``<time>``: not body,
       not the post's date.
    10. Same post under two permalinks: "Bé tham quan nông trại…" is filed in "Hoạt động của bé"
        (Rank Math primary, permalink, breadcrumb) and "Tin tức"; WordPress also serves it at
        ``/tin-tuc/<slug>/`` (200, canonical to the primary), which an older post's "Xem thêm"
        line links. Gold: one record, the other URL in ``alt_paths``; category = primary.
    11. ``?replytocom=N`` comment-reply links serve the same post (alt_paths).
    12. A notice printed as an official document (letterhead table, "THÔNG BÁO / Về việc …",
        "Nơi nhận", signer): date = the letterhead's day, signer = author.
    13. Row layouts: text and photos in ``kt-row-column-wrap`` columns; reading order = DOM order
        (column 1 then column 2).

Gold decisions on ambiguous points
    - ``published_at`` uses the ``datetime``/Rank Math time (the page prints it in markup) even
      though the visible date has no time.
    - Gallery images: the ``<img src>`` (sized) path, not the lightbox's full-size href.
    - Info box: the box's title and text are two paragraphs; an icon list item is a paragraph;
      a core table row is "cell | cell | cell".
    - A typed "👉 " stays in the text. A unit signing alone ("Tổ chuyên môn Mẫu giáo", "Ban Giám
      hiệu", "BCH Công đoàn trường", "Bộ phận Y tế – Dinh dưỡng") is the author as printed.
    - The bold Kadence advanced-heading lead is the sapo (summary) and the body's first paragraph.
    - Category = the Rank Math breadcrumb's (primary) category.
"""

from __future__ import annotations

import hashlib
import json
import re
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_kadence_blocks_mamnon"
PLATFORM = "WordPress 6 + Kadence theme + Kadence Blocks + Rank Math SEO"
START_PATH = "/"

SITE = "Trường Mầm non Hướng Dương"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 3
ACCOUNT = "quantri"

CATS = {
    "tin-tuc": "Tin tức",
    "hoat-dong-cua-be": "Hoạt động của bé",
    "thong-bao": "Thông báo",
    "goc-phu-huynh": "Góc phụ huynh",
}
TAGS = {"hoi-thi": "hội thi", "suc-khoe": "sức khỏe", "ky-nang-song": "kỹ năng sống"}
MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]

U = "/wp-content/uploads/2026"


# --- block helpers ---------------------------------------------------------------------------


def byline(line: str) -> Raw:
    """A right-aligned Kadence advanced heading: the same markup as a body paragraph."""
    return Raw(f"@advp-right@{esc(line)}")


def icon_list(items: list[str]) -> list:
    return [
        Raw('@style-icon@<ul class="kt-svg-icon-list">'),
        *[P(t, "icon") for t in items],
        Raw("</ul></div>"),
    ]


def accordion(pairs: list[tuple[str, str]]) -> list:
    out: list = [Raw("@accordion-open@")]
    for q, a in pairs:
        out += [P(q, "acc-q"), P(a, "acc-a"), Raw("</div></div></div>")]
    out.append(Raw("</div></div></div>"))
    return out


def infoboxes(boxes: list[tuple[str, str, str | None, str | None]]) -> list:
    """(title, text, link, learn-more label) boxes in a three-column row layout."""
    out: list = [Raw("@row-open:3@")]
    for i, (title, body, link, more) in enumerate(boxes):
        if i:
            out.append(Raw("@col-next@"))
        out.append(Raw(f"@box-open:{link or ''}@"))
        out += [P(title, "box-t"), P(body, "box-p")]
        tail = (
            '<div class="kt-blocks-info-box-learnmore-wrap"><span class="kt-blocks-info-box-learnmore">'
            f"{esc(more)}</span></div>"
            if more
            else ""
        )
        out.append(Raw(f"{tail}</div></{'a' if link else 'div'}></div>"))
    out.append(Raw("@row-close@"))
    return out


def gallery(images: list[Img]) -> list:
    return [Raw("@gallery-open@"), *images, Raw("</ul></div>")]


def row(col1: list, col2: list) -> list:
    return [Raw("@row-open:2@"), *col1, Raw("@col-next@"), *col2, Raw("@row-close@")]


def table(rows: list[str], head: str) -> list:
    return [
        Raw('<figure class="wp-block-table is-style-stripes"><table><thead>'),
        P(head, "th"),
        Raw("</thead><tbody>"),
        *[P(r, "tr") for r in rows],
        Raw("</tbody></table></figure>"),
    ]


LETTERHEAD = (
    '<figure class="wp-block-table"><table class="has-fixed-layout"><tbody><tr>'
    '<td class="has-text-align-center" data-align="center"><strong>UBND THÀNH PHỐ THỦ DẦU MỘT<br>'
    "TRƯỜNG MẦM NON HƯỚNG DƯƠNG</strong><br>Số: 87/TB-MNHD</td>"
    '<td class="has-text-align-center" data-align="center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    "<br>Độc lập – Tự do – Hạnh phúc</strong><br><em>Thủ Dầu Một, ngày 30 tháng 11 năm 2026</em></td>"
    "</tr></tbody></table></figure>"
    '<p class="has-text-align-center"><strong>THÔNG BÁO</strong><br>'
    "<strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>"
)
CLOSING = (
    '<figure class="wp-block-table"><table class="has-fixed-layout"><tbody><tr>'
    "<td><strong><em>Nơi nhận:</em></strong><br>- Phụ huynh học sinh;<br>- Website trường;<br>"
    '- Lưu: VT.</td><td class="has-text-align-center" data-align="center"><strong>HIỆU TRƯỞNG</strong>'
    "<br><em>(đã ký)</em><br><br><strong>Trần Thị Kim Oanh</strong></td></tr></tbody></table></figure>"
)


# --- the stories -----------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        101, "khai-mac-hoi-thi-be-khoe-be-ngoan-2026",
        "Khai mạc Hội thi “Bé khỏe – Bé ngoan” năm học 2026 – 2027", "hoat-dong-cua-be",
        "2026-12-03T15:20:00+07:00",
        [
            P("Sáng ngày 03/12/2026, Trường Mầm non Hướng Dương long trọng tổ chức khai mạc Hội thi "
              "“Bé khỏe – Bé ngoan” với sự tham gia của hơn 350 cháu thuộc 12 lớp mẫu giáo.", "lead"),
            P("Phát biểu khai mạc, cô Trần Thị Kim Oanh, Hiệu trưởng nhà trường, nhấn mạnh hội thi là dịp "
              "để các bé thể hiện sức khỏe, sự khéo léo và tinh thần đồng đội sau một học kỳ rèn luyện."),
            P("Những phần thi hấp dẫn", "adv-h2"),
            P("Hội thi gồm ba phần: đồng diễn thể dục nhịp điệu, vượt chướng ngại vật và “Bé tập làm nội "
              "trợ”. Mỗi lớp cử 10 bé tham gia dưới sự cổ vũ nhiệt tình của phụ huynh."),
            *gallery([
                Img(f"{U}/12/hoi-thi-be-khoe-01-768x512.jpg",
                    "Màn đồng diễn thể dục nhịp điệu của các bé lớp Lá 1",
                    "Màn đồng diễn thể dục nhịp điệu của các bé lớp Lá 1", "gal"),
                Img(f"{U}/12/hoi-thi-be-khoe-02-768x512.jpg", "Phần thi vượt chướng ngại vật",
                    "Phần thi vượt chướng ngại vật", "gal"),
                Img(f"{U}/12/hoi-thi-be-khoe-03-768x512.jpg",
                    "(Các bé lớp Chồi 2 trong phần thi “Bé tập làm nội trợ”)",
                    "Các bé lớp Chồi 2 trong phần thi “Bé tập làm nội trợ”", "gal"),
            ]),
            P("Kết thúc ngày thi đầu tiên, Ban tổ chức đã trao 4 giải Nhất, 6 giải Nhì cho các lớp. Hội thi "
              "sẽ tiếp tục với khối Nhà trẻ vào ngày 10/12/2026."),
            Raw('<p><strong>Xem thêm:</strong> <a href="/tin-tuc/be-tham-quan-nong-trai-giao-duc/">'
                "Bé tham quan nông trại giáo dục Thủ Dầu Một</a></p>"),
            byline("Tin, ảnh: Lê Thị Mỹ Dung"),
        ],
        authors=["Lê Thị Mỹ Dung"], photographers=["Lê Thị Mỹ Dung"],
        summary="Sáng ngày 03/12/2026, Trường Mầm non Hướng Dương long trọng tổ chức khai mạc Hội thi "
        "“Bé khỏe – Bé ngoan” với sự tham gia của hơn 350 cháu thuộc 12 lớp mẫu giáo.",
        opts={"tags": ["hoi-thi"]},
    ),
    Story(
        102, "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        "Hội nghị viên chức, người lao động năm học 2026 – 2027", "tin-tuc",
        "2026-12-01T10:05:00+07:00",
        [
            P("Chiều 30/11/2026, Trường Mầm non Hướng Dương tổ chức Hội nghị viên chức, người lao động năm "
              "học 2026 – 2027 với sự tham dự của 48 cán bộ, giáo viên, nhân viên.", "lead"),
            P("Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm học 2025 – 2026 và thảo luận phương "
              "hướng, chỉ tiêu của năm học mới."),
            Img(f"{U}/12/hoi-nghi-vien-chuc-1024x683.jpg", "Quang cảnh hội nghị", "Quang cảnh hội nghị", "core"),
            P("Một số chỉ tiêu chính", "adv-h3"),
            *icon_list([
                "Tỷ lệ trẻ chuyên cần đạt từ 95% trở lên.",
                "100% trẻ được theo dõi sức khỏe bằng biểu đồ tăng trưởng.",
                "Phấn đấu 85% giáo viên đạt danh hiệu lao động tiên tiến.",
            ]),
            P("Hội nghị cũng đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 – 2028 gồm 3 thành viên và ký kết "
              "giao ước thi đua giữa các tổ chuyên môn."),
            byline("Nguyễn Thị Hồng Nhung (Phó Hiệu trưởng)"),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        summary="Chiều 30/11/2026, Trường Mầm non Hướng Dương tổ chức Hội nghị viên chức, người lao động "
        "năm học 2026 – 2027 với sự tham dự của 48 cán bộ, giáo viên, nhân viên.",
    ),
    Story(
        103, "thong-bao-lich-nghi-tet-duong-lich-2027",
        "Thông báo lịch nghỉ Tết Dương lịch năm 2027", "thong-bao",
        "2026-11-30",
        [
            Raw(LETTERHEAD),
            P("Căn cứ Công văn số 1520/PGDĐT ngày 25/11/2026 của Phòng Giáo dục và Đào tạo thành phố Thủ Dầu "
              "Một về việc nghỉ Tết Dương lịch năm 2027;"),
            P("Trường Mầm non Hướng Dương thông báo đến quý phụ huynh lịch nghỉ Tết Dương lịch như sau:"),
            P("1. Thời gian nghỉ: từ thứ Năm ngày 01/01/2027 đến hết Chủ nhật ngày 03/01/2027."),
            P("2. Trẻ đi học lại bình thường từ thứ Hai ngày 04/01/2027."),
            P("3. Trong thời gian nghỉ, nhà trường bố trí cán bộ trực bảo vệ tài sản; phụ huynh cần liên hệ "
              "vui lòng gọi số điện thoại 0274 3822 456."),
            P("Nhà trường kính báo để quý phụ huynh được biết và sắp xếp công việc gia đình."),
            Raw(CLOSING),
        ],
        authors=["Trần Thị Kim Oanh"],
        opts={"post_date": "2026-12-02T08:00:00+07:00"},
    ),
    Story(
        104, "cam-nang-phong-benh-mua-kho-cho-tre-mam-non",
        "Cẩm nang phòng bệnh mùa khô cho trẻ mầm non", "goc-phu-huynh",
        "2026-11-27T09:40:00+07:00",
        [
            P("Mùa khô ở Bình Dương thường kéo dài từ tháng 12 đến tháng 4 năm sau, thời tiết hanh nóng, "
              "nhiều bụi là điều kiện thuận lợi cho các bệnh đường hô hấp, tiêu hóa ở trẻ nhỏ."),
            P("Hỏi – đáp cùng nhân viên y tế", "adv-h2"),
            *accordion([
                ("Trẻ bị sốt bao nhiêu độ thì cần đưa đi khám?",
                 "Khi trẻ sốt từ 38,5°C trở lên kèm quấy khóc, bỏ ăn hoặc sốt kéo dài quá 48 giờ, phụ huynh "
                 "cần đưa trẻ đến cơ sở y tế gần nhất."),
                ("Làm thế nào để phòng bệnh tay chân miệng?",
                 "Rửa tay cho trẻ bằng xà phòng dưới vòi nước sạch trước khi ăn, sau khi đi vệ sinh; thường "
                 "xuyên lau rửa đồ chơi, sàn nhà bằng dung dịch sát khuẩn."),
                ("Trẻ nên uống bao nhiêu nước mỗi ngày?",
                 "Trẻ từ 3 đến 5 tuổi cần khoảng 1,2 đến 1,5 lít nước mỗi ngày, kể cả nước trong sữa và "
                 "thức ăn."),
            ]),
            P("Nhà trường đề nghị phụ huynh phối hợp theo dõi sức khỏe của trẻ và thông báo kịp thời cho "
              "giáo viên chủ nhiệm khi trẻ có dấu hiệu bất thường."),
            byline("Nguồn: Trung tâm Kiểm soát bệnh tật tỉnh Bình Dương"),
        ],
        source="Trung tâm Kiểm soát bệnh tật tỉnh Bình Dương",
        opts={"updated": "2026-12-04T16:02:00+07:00", "tags": ["suc-khoe"]},
    ),
    Story(
        105, "be-tham-quan-nong-trai-giao-duc",
        "Bé tham quan nông trại giáo dục Thủ Dầu Một", "hoat-dong-cua-be",
        "2026-11-25T14:00:00+07:00",
        [
            P("Nhằm giúp trẻ khám phá thiên nhiên và hiểu hơn về công việc của người nông dân, ngày "
              "24/11/2026, khối Mẫu giáo lớn đã tổ chức cho các bé tham quan nông trại giáo dục Xanh tại "
              "phường Chánh Mỹ."),
            *row(
                [
                    P("Tại nông trại, các bé được tận tay tưới rau, nhổ cỏ, cho thỏ ăn và thu hoạch những trái "
                      "cà chua chín đỏ."),
                    P("Các cô hướng dẫn viên đã giới thiệu cho trẻ cách gieo hạt, chăm sóc cây và phân loại "
                      "rác hữu cơ để ủ phân."),
                ],
                [Img(f"{U}/11/nong-trai-giao-duc-1-600x400.jpg", "Ảnh: Phạm Quốc Bảo", None, "kimg")],
            ),
            *row(
                [Img(f"{U}/11/nong-trai-giao-duc-2-600x400.jpg", "Bé lớp Lá 3 thu hoạch cà chua",
                     "Bé lớp Lá 3 thu hoạch cà chua", "kimg")],
                [P("Chuyến đi đã để lại cho các bé nhiều trải nghiệm thú vị, góp phần hình thành thói quen yêu "
                   "lao động và bảo vệ môi trường.")],
            ),
            byline("Nguyễn Thị Ngọc Hân – GV lớp Lá 3"),
        ],
        authors=["Nguyễn Thị Ngọc Hân"], photographers=["Phạm Quốc Bảo"],
        opts={"also": ["tin-tuc"]},
    ),
    Story(
        106, "chuyen-de-phat-trien-ngon-ngu-cho-tre-mau-giao",
        "Chuyên đề “Phát triển ngôn ngữ cho trẻ mẫu giáo qua trò chơi”", "tin-tuc",
        "2026-11-20T16:45:00+07:00",
        [
            P("Chiều 19/11/2026, Tổ chuyên môn Mẫu giáo tổ chức chuyên đề “Phát triển ngôn ngữ cho trẻ mẫu "
              "giáo qua trò chơi” dành cho toàn thể giáo viên trong trường."),
            P("Chuyên đề được thực hiện qua tiết dạy minh họa tại lớp Chồi 1 do cô Đặng Thị Thùy Trang thực "
              "hiện."),
            P("Ba nhóm trò chơi được giới thiệu", "adv-h2"),
            *infoboxes([
                ("Trò chơi đóng vai",
                 "Trẻ nhập vai người bán hàng, bác sĩ, cô giáo để luyện cách hỏi – đáp và sử dụng câu trọn vẹn.",
                 None, None),
                ("Trò chơi với chữ cái",
                 "Các bé tìm chữ cái trong tên của mình và của bạn, ghép chữ bằng hột hạt, lá cây.",
                 f"{U}/11/giao-an-tro-choi-chu-cai.pdf", "Tải giáo án"),
                ("Kể chuyện sáng tạo",
                 "Trẻ nhìn tranh, tự đặt tên nhân vật và kể nối tiếp câu chuyện cùng các bạn trong nhóm.",
                 None, None),
            ]),
            Img(f"{U}/11/chuyen-de-ngon-ngu-1024x768.jpg", "Tiết dạy minh họa tại lớp Chồi 1",
                "Tiết dạy minh họa tại lớp Chồi 1", "core"),
            P("Qua chuyên đề, giáo viên được trao đổi kinh nghiệm tổ chức hoạt động, lồng ghép phát triển vốn "
              "từ cho trẻ trong mọi thời điểm sinh hoạt hằng ngày."),
            byline("Tổ chuyên môn Mẫu giáo"),
        ],
        authors=["Tổ chuyên môn Mẫu giáo"],
    ),
    Story(
        107, "ngay-hoi-tri-an-thay-co-chao-mung-20-11",
        "Ngày hội “Tri ân thầy cô” chào mừng 20/11", "tin-tuc",
        "2026-11-20T09:10:00+07:00",
        [
            P("Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026), sáng 19/11, nhà "
              "trường tổ chức ngày hội “Tri ân thầy cô” với nhiều hoạt động ý nghĩa.", "lead"),
            P("Các bé đã tự tay làm thiệp, cắm hoa tặng cô giáo và biểu diễn những tiết mục văn nghệ đặc sắc "
              "như múa “Cô giáo em”, hát “Bông hồng tặng cô”."),
            P("“Nhìn các con tự tay làm thiệp tặng cô, tôi thấy rất xúc động. Đó là món quà ý nghĩa nhất của "
              "nghề giáo.” – cô Huỳnh Thị Bích Ngọc, giáo viên lớp Mầm 2 chia sẻ.", "quote"),
            *gallery([
                Img(f"{U}/11/ngay-hoi-tri-an-1-768x512.jpg", "Bé tặng hoa cô giáo", "Bé tặng hoa cô giáo", "gal"),
                Img(f"{U}/11/ngay-hoi-tri-an-2-768x512.jpg", "Tiết mục múa “Cô giáo em” của lớp Lá 2",
                    "Tiết mục múa “Cô giáo em” của lớp Lá 2", "gal"),
            ]),
            P("Ngày hội khép lại trong không khí ấm áp, để lại trong lòng các cô và các bé nhiều kỷ niệm đẹp."),
            byline("Tin: Võ Thị Thanh Tâm - Ảnh: Nguyễn Hoàng Long"),
        ],
        authors=["Võ Thị Thanh Tâm"], photographers=["Nguyễn Hoàng Long"],
        summary="Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026), sáng 19/11, "
        "nhà trường tổ chức ngày hội “Tri ân thầy cô” với nhiều hoạt động ý nghĩa.",
    ),
    Story(
        108, "thuc-don-dinh-duong-mua-dong-cho-tre",
        "Thực đơn dinh dưỡng mùa đông cho trẻ", "goc-phu-huynh",
        "2026-11-16T08:30:00+07:00",
        [
            P("Thời tiết cuối năm se lạnh vào ban đêm và sáng sớm, chế độ ăn của trẻ cần được điều chỉnh để "
              "tăng sức đề kháng."),
            Img(f"{U}/11/thuc-don-mua-dong-1024x683.jpg", None, None, "core"),
            P("Gợi ý thực đơn một ngày", "adv-h3"),
            *table(
                [
                    "Sáng | Cháo thịt bằm bí đỏ | Ăn ấm",
                    "Trưa | Cơm, cá hồi sốt cà, canh rau ngót | Thêm trái cây",
                    "Xế | Sữa chua, bánh flan | Không ăn đồ lạnh",
                ],
                "Bữa | Món ăn | Ghi chú",
            ),
            P("Phụ huynh nên cho trẻ uống nước ấm, hạn chế đồ uống có đá và thực phẩm chế biến sẵn."),
            *icon_list([
                "Bổ sung rau xanh, trái cây giàu vitamin C như cam, bưởi, ổi.",
                "Cho trẻ ăn đủ bốn nhóm chất: bột đường, đạm, béo, vitamin và khoáng chất.",
            ]),
            byline("Bộ phận Y tế – Dinh dưỡng"),
        ],
        authors=["Bộ phận Y tế – Dinh dưỡng"],
        opts={"tags": ["suc-khoe"]},
    ),
    Story(
        109, "thong-bao-to-chuc-hop-phu-huynh-hoc-ky-i",
        "Thông báo tổ chức họp phụ huynh học kỳ I", "thong-bao",
        "2026-11-10T07:30:00+07:00",
        [
            P("Nhà trường trân trọng kính mời quý phụ huynh đến dự buổi họp phụ huynh học kỳ I năm học "
              "2026 – 2027."),
            P("👉 Thời gian: 17 giờ 00, thứ Bảy ngày 14/11/2026."),
            P("👉 Địa điểm: tại phòng học của từng lớp."),
            P("Nội dung: giáo viên chủ nhiệm thông báo tình hình học tập, sức khỏe của trẻ và trao đổi kế "
              "hoạch phối hợp trong học kỳ II."),
            P("Rất mong quý phụ huynh sắp xếp thời gian đến dự đầy đủ, đúng giờ."),
            byline("Ban Giám hiệu"),
        ],
        authors=["Ban Giám hiệu"],
    ),
    Story(
        110, "be-lam-quen-voi-luat-an-toan-giao-thong",
        "Bé làm quen với luật an toàn giao thông", "hoat-dong-cua-be",
        "2026-11-05T10:00:00+07:00",
        [
            P("Trong tuần qua, các bé khối Mẫu giáo được tham gia hoạt động “Bé với an toàn giao thông” do "
              "Công an phường Phú Cường phối hợp tổ chức."),
            P("Các chú công an đã hướng dẫn các bé nhận biết đèn tín hiệu giao thông, một số biển báo đơn "
              "giản và cách đội mũ bảo hiểm đúng cách."),
            Img(f"{U}/11/an-toan-giao-thong-1024x683.jpg", "Các bé thực hành đội mũ bảo hiểm",
                "Các bé thực hành đội mũ bảo hiểm", "core"),
            P("Thông qua các trò chơi “Đèn xanh, đèn đỏ”, “Bé đi đúng phần đường”, trẻ ghi nhớ kiến thức một "
              "cách nhẹ nhàng, tự nhiên."),
            byline("Tin, ảnh: Lê Thị Mỹ Dung"),
        ],
        authors=["Lê Thị Mỹ Dung"], photographers=["Lê Thị Mỹ Dung"],
        opts={
            "tags": ["ky-nang-song"],
            "comments": [
                (41, "Mẹ bé Gia Hân", "2026-11-05T20:14:00+07:00",
                 "Con về nhà cứ đòi đội mũ bảo hiểm khi ra đường, cảm ơn các cô và các chú công an ạ!"),
                (42, "Ba bé Tuấn Kiệt", "2026-11-06T07:02:00+07:00",
                 "Hoạt động rất bổ ích, mong trường tổ chức thêm cho các bé khối Nhà trẻ."),
            ],
        },
    ),
    Story(
        111, "hoi-thi-be-sang-tao-voi-do-dung-tai-che",
        "Hội thi “Bé sáng tạo với đồ dùng tái chế”", "hoat-dong-cua-be",
        "2026-10-28T15:00:00+07:00",
        [
            P("Hưởng ứng phong trào bảo vệ môi trường, nhà trường tổ chức hội thi “Bé sáng tạo với đồ dùng "
              "tái chế” cho trẻ khối Chồi và khối Lá."),
            P("Từ vỏ hộp sữa, chai nhựa, lõi giấy, các bé cùng cha mẹ đã tạo ra hơn 120 sản phẩm như ô tô, "
              "người máy, chậu hoa, ngôi nhà đồ chơi."),
            *gallery([
                Img(f"{U}/10/do-dung-tai-che-1-768x512.jpg", "Ô tô làm từ vỏ hộp sữa của bé Minh Khang lớp Lá 1",
                    "Ô tô làm từ vỏ hộp sữa của bé Minh Khang lớp Lá 1", "gal"),
                Img(f"{U}/10/do-dung-tai-che-2-768x512.jpg", "Ảnh: Nguyễn Hoàng Long", None, "gal"),
                Img(f"{U}/10/do-dung-tai-che-3-768x512.jpg", "Góc trưng bày sản phẩm của khối Chồi",
                    "Góc trưng bày sản phẩm của khối Chồi", "gal"),
            ]),
            P("Ban giám khảo đã chọn ra 15 sản phẩm xuất sắc để trưng bày tại sảnh trường trong suốt tháng 11."),
        ],
        photographers=["Nguyễn Hoàng Long"],
        opts={"tags": ["hoi-thi"]},
    ),
    Story(
        112, "chao-mung-ngay-phu-nu-viet-nam-20-10",
        "Chào mừng Ngày Phụ nữ Việt Nam 20/10", "tin-tuc",
        "2026-10-20T11:15:00+07:00",
        [
            P("Sáng 20/10/2026, Công đoàn Trường Mầm non Hướng Dương tổ chức buổi gặp mặt chào mừng 96 năm "
              "Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – 20/10/2026)."),
            P("Tại buổi gặp mặt, đồng chí Chủ tịch Công đoàn đã ôn lại truyền thống vẻ vang của phụ nữ Việt "
              "Nam và biểu dương những tấm gương tiêu biểu của nhà trường."),
            P("Nhân dịp này, Công đoàn trao tặng hoa và quà cho 45 nữ cán bộ, giáo viên, nhân viên."),
            Img(f"{U}/10/chao-mung-20-10-1024x683.jpg", "Ban chấp hành Công đoàn tặng hoa chúc mừng chị em",
                "Ban chấp hành Công đoàn tặng hoa chúc mừng chị em", "core"),
            byline("BCH Công đoàn trường"),
        ],
        authors=["BCH Công đoàn trường"],
    ),
    Story(
        113, "ren-ky-nang-tu-phuc-vu-cho-tre-3-4-tuoi",
        "Rèn kỹ năng tự phục vụ cho trẻ 3 – 4 tuổi", "goc-phu-huynh",
        "2026-10-14T20:00:00+07:00",
        [
            P("Kỹ năng tự phục vụ giúp trẻ tự tin, độc lập và sẵn sàng hòa nhập với môi trường lớp học. Dưới "
              "đây là một số gợi ý để cha mẹ cùng con rèn luyện tại nhà.", "lead"),
            P("1. Tự xúc cơm", "adv-h3"),
            P("Cho trẻ dùng thìa nhỏ, bát có đế chống trượt; cha mẹ kiên nhẫn, không làm thay khi trẻ làm rơi "
              "vãi."),
            P("2. Tự mặc quần áo", "adv-h3"),
            P("Chọn quần áo có khuy to, chun co giãn; hướng dẫn trẻ phân biệt mặt trước, mặt sau qua hình in "
              "trên áo."),
            P("3. Tự cất dọn đồ chơi", "adv-h3"),
            P("Sắp xếp kệ đồ chơi vừa tầm tay trẻ, dán hình minh họa ở từng ngăn để trẻ biết đặt đồ vào đúng "
              "chỗ."),
            Img(f"{U}/10/ky-nang-tu-phuc-vu-800x533.jpg", "Bé lớp Mầm 1 tự cất dọn đồ chơi sau giờ hoạt động",
                "Bé lớp Mầm 1 tự cất dọn đồ chơi sau giờ hoạt động", "kimg"),
            byline("ThS. Phan Thị Mai Anh - Phó Hiệu trưởng"),
        ],
        authors=["Phan Thị Mai Anh"],
        summary="Kỹ năng tự phục vụ giúp trẻ tự tin, độc lập và sẵn sàng hòa nhập với môi trường lớp học. "
        "Dưới đây là một số gợi ý để cha mẹ cùng con rèn luyện tại nhà.",
        opts={"tags": ["ky-nang-song"]},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def post_date(s: Story) -> str:
    """The WordPress post date (what archives sort on and Rank Math prints)."""
    return s.opts.get("post_date") or s.published_at


def permalink(s: Story, cat: str | None = None) -> str:
    return f"/{cat or s.cat}/{s.slug}/"


# newest first, as WordPress lists
ORDERED = sorted(STORIES, key=post_date, reverse=True)


def in_cat(cat: str) -> list[Story]:
    return [s for s in ORDERED if s.cat == cat or cat in s.opts.get("also", [])]


def in_month(y: int, m: int) -> list[Story]:
    return [s for s in ORDERED if post_date(s).startswith(f"{y:04d}-{m:02d}")]


def in_tag(tag: str) -> list[Story]:
    return [s for s in ORDERED if tag in s.opts.get("tags", [])]


# --- markup pieces ---------------------------------------------------------------------------


def kid(sid: int, n: int) -> str:
    """A Kadence block unique id: ``<post id>_<hash>-<n>``."""
    digest = hashlib.md5(f"{sid}:{n}".encode()).hexdigest()
    return f"{sid}_{digest[:6]}-{digest[6:8]}"


def vi_date(stamp: str) -> str:
    """WordPress vi ``F j, Y``: "Tháng Mười Hai 3, 2026"."""
    y, m, d = int(stamp[:4]), int(stamp[5:7]), int(stamp[8:10])
    return f"{MONTHS[m - 1]} {d}, {y}"


def vi_time(stamp: str) -> str:
    h, mi = int(stamp[11:13]), stamp[14:16]
    part = "sáng" if h < 12 else "chiều"
    return f"{(h % 12) or 12}:{mi} {part}"


SVG_ICON = (
    '<svg viewBox="0 0 24 24" height="18" width="18" fill="none" stroke="currentColor" '
    'xmlns="http://www.w3.org/2000/svg" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">'
    '<path d="M22 11.08V12a10 10 0 1 1-5.93-9.14"></path><polyline points="22 4 12 14.01 9 11.01"></polyline></svg>'
)


def excerpt(s: Story, words: int = 28) -> str:
    first = next(b.text for b in s.blocks if isinstance(b, P))
    parts = first.split()
    return " ".join(parts[:words]) + (" […]" if len(parts) > words else "")


def thumb(s: Story) -> str:
    img = next(iter(s.images), None)
    if img is None:
        return "/wp-content/themes/kadence-child/images/no-thumb-300x200.jpg"
    return re.sub(r"-\d+x\d+(\.jpg)$", r"-300x200\1", img.src)


def time_meta(s: Story) -> str:
    updated = s.opts.get("updated")
    if updated:
        return (
            '<span class="updated-on"><span class="meta-label">Cập nhật</span>'
            f'<time class="entry-date published updated" datetime="{updated}">{vi_date(updated)}</time></span>'
        )
    d = post_date(s)
    return (
        '<span class="posted-on"><span class="kadence-svg-iconset"><svg class="kadence-svg-icon '
        'kadence-calendar-svg" viewBox="0 0 24 24" width="14" height="14"><rect x="3" y="4" width="18" '
        f'height="18"></rect></svg></span><time class="entry-date published" datetime="{d}">{vi_date(d)}</time>'
        f'<time class="updated" datetime="{s.opts.get("modified", d)}">{vi_date(d)}</time></span>'
    )


def cat_links(s: Story) -> str:
    cats = [s.cat, *s.opts.get("also", [])]
    links = " | ".join(f'<a href="/{c}/" rel="tag">{esc(CATS[c])}</a>' for c in cats)
    return f'<div class="entry-taxonomies"><span class="category-links term-links category-style-normal">{links}</span></div>'


def loop_entry(s: Story, tag: str = "h2") -> str:
    link = permalink(s)
    return (
        f'<article class="entry content-bg loop-entry post-{s.id} post type-post status-publish '
        f'format-standard has-post-thumbnail hentry category-{s.cat}">'
        f'<a class="post-thumbnail kadence-thumbnail-ratio-2-3" href="{link}" aria-hidden="true" tabindex="-1">'
        f'<div class="post-thumbnail-inner"><img width="300" height="200" src="{thumb(s)}" '
        'class="attachment-medium size-medium wp-post-image" alt="" decoding="async" loading="lazy"></div></a>'
        f'<div class="entry-content-wrap"><header class="entry-header">{cat_links(s)}'
        f'<{tag} class="entry-title"><a href="{link}" rel="bookmark">{esc(s.title)}</a></{tag}>'
        f'<div class="entry-meta entry-meta-divider-dot">{time_meta(s)}</div></header>'
        f'<div class="entry-summary"><p>{esc(excerpt(s))}</p></div>'
        '<footer class="entry-footer"><div class="entry-actions"><p class="more-link-wrap">'
        f'<a href="{link}" class="post-more-link">Đọc tiếp<span class="screen-reader-text"> {esc(s.title)}</span>'
        "</a></p></div></footer></div></article>"
    )


# --- the body renderer -----------------------------------------------------------------------


class _Body:
    def __init__(self, s: Story):
        self.s = s
        self.n = 0
        self.icon_i = 0
        self.pane = 0

    def style(self, css: str) -> tuple[str, str]:
        self.n += 1
        k = kid(self.s.id, self.n)
        return k, css.replace("@", k)

    def adv(self, tag: str, content: str, css: str) -> str:
        k, rule = self.style(f".kt-adv-heading@, .kt-adv-heading@[data-kb-block=\"kb-adv-heading@\"]{{{css}}}")
        return (
            f"<style>{rule}</style>\n"
            f'<{tag} class="kt-adv-heading{k} wp-block-kadence-advancedheading" '
            f'data-kb-block="kb-adv-heading{k}">{content}</{tag}>'
        )

    def raw(self, markup: str) -> str:
        if markup.startswith("@advp-right@"):
            return self.adv("p", markup[len("@advp-right@"):],
                            "text-align:right;font-style:italic;font-weight:600;margin-top:20px;")
        if markup.startswith("@style-icon@"):
            k, rule = self.style(".kt-svg-icon-list-items@ ul.kt-svg-icon-list{margin:0 0 10px 0;}")
            return (f"<style>{rule}</style>\n"
                    f'<div class="wp-block-kadence-iconlist kt-svg-icon-list-items kt-svg-icon-list-items{k} '
                    f'kt-svg-icon-list-columns-1 alignnone">' + markup[len("@style-icon@"):])
        if markup == "@accordion-open@":
            k, rule = self.style(".kt-accordion-id@ .kt-accordion-panel-inner{padding:10px 16px;}")
            self.pane = 0
            return (f"<style>{rule}</style>\n"
                    f'<div class="wp-block-kadence-accordion alignnone"><div class="kt-accordion-wrap '
                    f'kt-accordion-id{k} kt-accordion-has-3-panes kt-active-pane-0 kt-accordion-block '
                    'kt-pane-header-alignment-left kt-accodion-icon-style-arrow kt-accodion-icon-side-right" '
                    'style="max-width:none"><div class="kt-accordion-inner-wrap" data-allow-multiple-open="false" '
                    'data-start-open="none">')
        if markup.startswith("@row-open:"):
            cols = markup[len("@row-open:"):-1]
            k, rule = self.style(".kb-row-layout-id@ > .kt-row-column-wrap{column-gap:var(--global-kb-gap-md, 2rem);"
                                 "padding-top:var(--global-kb-spacing-sm, 1.5rem);}")
            return (f"<style>{rule}</style>\n"
                    f'<div class="kb-row-layout-wrap kb-row-layout-id{k} alignnone wp-block-kadence-rowlayout">'
                    f'<div class="kt-row-column-wrap kt-has-{cols}-columns kt-row-layout-equal kt-tab-layout-inherit '
                    'kt-mobile-layout-row kt-row-valign-top">' + self.col_open())
        if markup == "@col-next@":
            return "</div></div>" + self.col_open()
        if markup == "@row-close@":
            return "</div></div></div></div>"
        if markup.startswith("@box-open:"):
            link = markup[len("@box-open:"):-1]
            k, rule = self.style(".kt-info-box@ .kt-blocks-info-box-link-wrap{border-radius:12px;background:#fff8e1;}")
            tag = f'a href="{esc(link)}"' if link else "div"
            return (f"<style>{rule}</style>\n"
                    f'<div class="wp-block-kadence-infobox kt-info-box{k}"><{tag} class="kt-blocks-info-box-link-wrap '
                    'info-box-link kt-blocks-info-box-media-align-top kt-info-halign-center">'
                    '<div class="kt-blocks-info-box-media-container"><div class="kt-blocks-info-box-media '
                    'kt-info-media-animate-none"><div class="kadence-info-box-icon-container kt-info-icon-animate-none">'
                    '<div class="kadence-info-box-icon-inner-container"><span class="kb-svg-icon-wrap '
                    f'kb-svg-icon-fe_star kt-info-svg-icon">{SVG_ICON}</span></div></div></div></div>'
                    '<div class="kt-infobox-textcontent">')
        if markup == "@gallery-open@":
            k, rule = self.style(".kb-gallery-id-@ .kadence-blocks-gallery-item{padding:5px;}")
            return (f"<style>{rule}</style>\n"
                    f'<div class="wp-block-kadence-advancedgallery kb-gallery-wrap-id-{k}">'
                    f'<ul class="kb-gallery-ul kb-gallery-type-grid kb-gallery-id-{k} kb-gallery-caption-style-bottom '
                    'kb-gallery-filter-none" data-item-count="3" data-columns-xxl="3" data-columns-md="2">')
        return markup

    def col_open(self) -> str:
        self.n += 1
        return (f'<div class="wp-block-kadence-column kadence-column{kid(self.s.id, self.n)}">'
                '<div class="kt-inside-inner-col">')

    def para(self, p: P) -> str:
        t = esc(p.text)
        st = p.style
        if st == "lead":
            return self.adv("p", f"<strong>{t}</strong>", "font-size:18px;line-height:1.6;color:#0e6b3b;")
        if st == "adv-h2":
            return self.adv("h2", t, "font-size:26px;color:#e8730c;text-transform:none;")
        if st == "adv-h3":
            return self.adv("h3", t, "font-size:21px;color:#0e6b3b;")
        if st == "icon":
            self.icon_i += 1
            return (f'<li class="kt-svg-icon-list-item-wrap kt-svg-icon-list-item-{self.icon_i - 1}">'
                    '<span class="kb-svg-icon-wrap kb-svg-icon-fe_checkCircle kt-svg-icon-list-single">'
                    f'{SVG_ICON}</span><span class="kt-svg-icon-list-text">{t}</span></li>')
        if st == "acc-q":
            self.pane += 1
            return (f'<div class="wp-block-kadence-pane kt-accordion-pane kt-accordion-pane-{self.pane} '
                    f'kt-pane{kid(self.s.id, 100 + self.pane)}"><h3 class="kt-accordion-header-wrap">'
                    '<button class="kt-blocks-accordion-header kt-acccordion-button-label-show" type="button">'
                    '<span class="kt-blocks-accordion-title-wrap"><span class="kt-blocks-accordion-title">'
                    f'{t}</span></span><span class="kt-blocks-accordion--visible"><span '
                    'class="kt-blocks-accordion-icon-trigger"></span></span></button></h3>'
                    '<div class="kt-accordion-panel kt-accordion-panel-hidden"><div class="kt-accordion-panel-inner">')
        if st == "acc-a":
            return f"<p>{t}</p>"
        if st == "box-t":
            return f'<h3 class="kt-blocks-info-box-title">{t}</h3>'
        if st == "box-p":
            return f'<p class="kt-blocks-info-box-text">{t}</p>'
        if st in ("th", "tr"):
            cell = "th" if st == "th" else "td"
            return "<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in p.text.split(" | ")) + "</tr>"
        if st == "quote":
            return f'<blockquote class="wp-block-quote"><p>{t}</p></blockquote>'
        return f"<p>{t}</p>"

    def image(self, img: Img) -> str:
        full = re.sub(r"-\d+x\d+(\.jpg)$", r"\1", img.src)
        name = full.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        wid = 700 + int(hashlib.md5(img.src.encode()).hexdigest()[:3], 16) % 300
        size = re.search(r"-(\d+)x(\d+)\.jpg$", img.src)
        w, h = (size.group(1), size.group(2)) if size else ("1024", "683")
        printed = esc(img.printed) if img.printed else ""
        if img.style == "gal":
            cap = (f'<div class="kadence-blocks-gallery-item__caption">{printed}</div>' if printed else "")
            return (
                '<li class="kadence-blocks-gallery-item"><div class="kadence-blocks-gallery-item-inner">'
                '<figure class="kb-gallery-figure kb-gallery-item-has-link kadence-blocks-gallery-item-has-caption">'
                f'<a href="{full}" class="kb-gallery-item-link" data-rel="lightbox">'
                '<div class="kb-gal-image-radius"><div class="kb-gallery-image-contain kadence-blocks-gallery-intrinsic '
                f'kb-gallery-image-ratio-land32"><img src="{img.src}" width="{w}" height="{h}" alt="{name}" '
                f'data-full-image="{full}" data-light-image="{full}" data-id="{wid}" class="wp-image-{wid} skip-lazy">'
                f"</div></div>{cap}</a></figure></div></li>"
            )
        if img.style == "kimg":
            k, rule = self.style(".kb-image@ .kb-image-has-overlay:after{opacity:0.3;}")
            cap = f"<figcaption>{printed}</figcaption>" if printed else ""
            return (f"<style>{rule}</style>\n"
                    f'<figure class="wp-block-kadence-image kb-image{k} size-large"><img decoding="async" '
                    f'loading="lazy" width="{w}" height="{h}" src="{img.src}" alt="{name}" class="kb-img wp-image-{wid}">'
                    f"{cap}</figure>")
        cap = f'<figcaption class="wp-element-caption">{printed}</figcaption>' if printed else ""
        return (f'<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="{w}" '
                f'height="{h}" src="{img.src}" alt="{name}" class="wp-image-{wid}" '
                f'srcset="{img.src} {w}w, {full} 1600w" sizes="(max-width: {w}px) 100vw, {w}px">{cap}</figure>')

    def render(self) -> str:
        out = []
        for b in self.s.blocks:
            if isinstance(b, P):
                out.append(self.para(b))
            elif isinstance(b, Img):
                out.append(self.image(b))
            else:
                out.append(self.raw(b.html))
        return "\n".join(out)


# --- chrome ----------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", [("/doi-ngu-giao-vien/", "Đội ngũ giáo viên"), ("/thu-vien-anh/", "Thư viện ảnh")]),
    ("/tin-tuc/", "Tin tức", [("/hoat-dong-cua-be/", "Hoạt động của bé"), ("/thong-bao/", "Thông báo")]),
    ("/goc-phu-huynh/", "Góc phụ huynh", [("/thuc-don-tuan/", "Thực đơn tuần")]),
    ("/tuyen-sinh/", "Tuyển sinh", []),
    ("/lien-he/", "Liên hệ", []),
]

PAGES = {
    "gioi-thieu": "Giới thiệu",
    "doi-ngu-giao-vien": "Đội ngũ giáo viên",
    "thu-vien-anh": "Thư viện ảnh",
    "thuc-don-tuan": "Thực đơn tuần",
    "tuyen-sinh": "Tuyển sinh năm học 2027 – 2028",
    "lien-he": "Liên hệ",
}


def menu_html() -> str:
    items = []
    for i, (href, label, subs) in enumerate(MENU):
        cls = f"menu-item menu-item-type-custom menu-item-{200 + i}"
        if subs:
            sub = "".join(f'<li class="menu-item menu-item-{300 + i * 10 + j}"><a href="{h}">{esc(t)}</a></li>'
                          for j, (h, t) in enumerate(subs))
            items.append(f'<li class="{cls} menu-item-has-children"><a href="{href}"><span class="nav-drop-title-wrap">'
                         f'{esc(label)}<span class="dropdown-nav-toggle"><span class="kadence-svg-iconset svg-baseline">'
                         '<svg aria-hidden="true" class="kadence-svg-icon kadence-arrow-down-svg" viewBox="0 0 24 24" '
                         'width="24" height="24"><path d="M5.293 9.707l6 6"></path></svg></span></span></span></a>'
                         f'<ul class="sub-menu">{sub}</ul></li>')
        else:
            items.append(f'<li class="{cls}"><a href="{href}">{esc(label)}</a></li>')
    return ('<nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub '
            'header-navigation-style-underline header-navigation-dropdown-animation-none" '
            'aria-label="Primary Navigation"><div class="primary-menu-container header-menu-container">'
            f'<ul id="primary-menu" class="menu">{"".join(items)}</ul></div></nav>')


def sidebar() -> str:
    recent = "".join(f'<li><a href="{permalink(s)}">{esc(s.title)}</a></li>' for s in ORDERED[:5])
    popular = "".join(
        f'<li><a href="{permalink(BY_ID[i])}">{esc(BY_ID[i].title)}</a> <span class="views">'
        f"({BY_ID[i].views()} lượt xem)</span></li>" for i in (113, 110, 107))
    archives = "".join(
        f'<li><a href="/2026/{m:02d}/">{MONTHS[m - 1]} 2026</a>&nbsp;({len(in_month(2026, m))})</li>' for m in (12, 11, 10))
    tags = " ".join(f'<a href="/tag/{t}/" class="tag-cloud-link tag-link-{i}" style="font-size:12pt">{esc(n)}</a>'
                    for i, (t, n) in enumerate(TAGS.items()))
    return (
        '<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary '
        'sidebar-link-style-normal"><div class="sidebar-inner-wrap">'
        '<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" '
        'action="/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" '
        'class="search-field" placeholder="Tìm kiếm…" value="" name="s"></label><input type="submit" '
        'class="search-submit" value="Tìm kiếm"></form></section>'
        f'<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2>'
        f"<ul>{recent}</ul></section>"
        f'<section id="custom_html-3" class="widget_text widget widget_custom_html"><h2 class="widget-title">Xem nhiều'
        f'</h2><div class="textwidget custom-html-widget"><ol class="mnhd-xemnhieu">{popular}</ol></div></section>'
        f'<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul>{archives}'
        "</ul></section>"
        f'<section id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">Thẻ</h2>'
        f'<div class="tagcloud">{tags}</div></section>'
        '<section id="custom_html-5" class="widget_text widget widget_custom_html"><h2 class="widget-title">Bình chọn'
        '</h2><div class="textwidget"><form class="wp-polls-form" action="/wp-admin/admin-ajax.php" method="post">'
        "<p>Quý phụ huynh đánh giá thế nào về bữa ăn bán trú của trẻ?</p><ul>"
        '<li><label><input type="radio" name="poll_3" value="11"> Rất hài lòng</label></li>'
        '<li><label><input type="radio" name="poll_3" value="12"> Hài lòng</label></li>'
        '<li><label><input type="radio" name="poll_3" value="13"> Cần cải thiện</label></li></ul>'
        '<input type="button" class="Buttons" value="Bình chọn"></form></div></section>'
        '<section id="custom_html-6" class="widget_text widget widget_custom_html"><h2 class="widget-title">Thống kê '
        'truy cập</h2><div class="textwidget"><ul class="mnhd-counter"><li>Đang online: <b>7</b></li>'
        "<li>Hôm nay: <b>184</b></li><li>Tổng truy cập: <b>215.630</b></li></ul></div></section>"
        "</div></aside>"
    )


def breadcrumb(items: list[tuple[str | None, str]]) -> str:
    parts = []
    for href, label in items:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f'<span class="last">{esc(label)}</span>')
    sep = '<span class="separator"> &raquo; </span>'
    return (f'<div class="kadence-breadcrumbs rankmath-bc-wrap"><nav aria-label="breadcrumbs" '
            f'class="rank-math-breadcrumb"><p>{sep.join(parts)}</p></nav></div>')


def page(request: Request, *, title: str, body_class: str, main: str, hero: str = "", head: str = "",
         canonical: str = "", description: str = "") -> Response:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}">' if canonical else ""
    doc = f"""<!doctype html>
<html lang="vi" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<title>{esc(title)}</title>
<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->
<meta name="description" content="{esc(description)}">
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large">
{canon}
<meta property="og:locale" content="vi_VN">
<meta property="og:site_name" content="{SITE}">
<meta property="og:title" content="{esc(title)}">
{head}
<!-- /Rank Math WordPress SEO plugin -->
<link rel="stylesheet" id="kadence-global-css" href="/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9" media="all">
<link rel="stylesheet" id="kadence-blocks-rowlayout-css" href="/wp-content/plugins/kadence-blocks/dist/style-blocks-rowlayout.css?ver=3.2.38" media="all">
<style id="kadence-blocks-global-variables-inline-css">:root {{--global-kb-font-size-sm:clamp(0.8rem, 0.73rem + 0.217vw, 0.9rem);--global-kb-spacing-sm:1.5rem;--global-kb-gap-md:2rem;}}</style>
<link rel="icon" href="/wp-content/uploads/2026/01/cropped-logo-huong-duong-32x32.png" sizes="32x32">
</head>
<body class="{body_class} wp-custom-logo wp-embed-responsive title-style-above content-title-style-normal content-width-normal content-style-boxed content-vertical-padding-show non-transparent-header mobile-transparent-header has-sidebar">
<div id="wrapper" class="site wp-site-blocks">
<a class="skip-link screen-reader-text scroll-ignore" href="#main">Chuyển đến nội dung</a>
<header id="masthead" class="site-header" role="banner">
<div id="main-header" class="site-header-wrap"><div class="site-header-inner-wrap site-header-upper-wrap">
<div class="site-top-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_top">
<div class="site-header-row-container-inner"><div class="site-container"><div class="site-top-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center">
<div class="site-header-top-section-left site-header-section site-header-section-left"><div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_html"><div class="header-html inner-link-style-normal"><div class="header-html-inner"><p><span class="mnhd-today">{TODAY_LINE}</span> | Hotline: 0274 3822 456</p></div></div></div></div>
<div class="site-header-top-section-right site-header-section site-header-section-right"><div class="site-header-item"><div class="header-social-wrap"><div class="header-social-inner-wrap element-social-inner-wrap social-show-label-false social-style-outline"><a href="https://www.facebook.com/mamnonhuongduongtdm" aria-label="Facebook" target="_blank" rel="noopener noreferrer" class="social-button header-social-item social-link-facebook">Facebook</a><a href="https://zalo.me/0274382245" aria-label="Zalo" target="_blank" rel="noopener noreferrer" class="social-button header-social-item social-link-custom1">Zalo</a></div></div></div></div>
</div></div></div></div>
<div class="site-main-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_main">
<div class="site-header-row-container-inner"><div class="site-container"><div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center">
<div class="site-header-main-section-left site-header-section site-header-section-left"><div class="site-header-item site-header-focus-item" data-section="title_tagline"><div class="site-branding branding-layout-standard"><a class="brand has-logo-image" href="/" rel="home"><img width="120" height="120" src="/wp-content/uploads/2026/01/logo-huong-duong.png" class="custom-logo" alt="{SITE}"><div class="site-title-wrap"><p class="site-title">{SITE}</p><p class="site-description">Thành phố Thủ Dầu Một – Tỉnh Bình Dương</p></div></a></div></div></div>
<div class="site-header-main-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item site-header-item-main-navigation header-navigation-layout-stretch-false header-navigation-layout-fill-stretch-false" data-section="kadence_customizer_primary_navigation">{menu_html()}</div></div>
</div></div></div></div>
</div></div>
</header>
<div id="inner-wrap" class="wrap hfeed kt-clear">
{hero}
<div id="primary" class="content-area"><div class="content-container site-container">
<main id="main" class="site-main" role="main">
{main}
</main>
{sidebar()}
</div></div>
</div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap">
<div class="site-middle-footer-wrap site-footer-row-container"><div class="site-container"><div class="site-middle-footer-inner-wrap site-footer-row site-footer-row-columns-3">
<div class="site-footer-middle-section-1 site-footer-section footer-section-inner-items-1"><div class="footer-widget-area widget-area site-footer-focus-item footer-widget1"><section class="widget widget_block"><h2 class="widget-title">{SITE.upper()}</h2><p>Địa chỉ: Số 15 đường Yersin, phường Phú Cường, thành phố Thủ Dầu Một, tỉnh Bình Dương</p><p>Điện thoại: 0274 3822 456 – Email: mnhuongduong.tdm@binhduong.edu.vn</p></section></div></div>
<div class="site-footer-middle-section-2 site-footer-section"><section class="widget widget_nav_menu"><h2 class="widget-title">Liên kết</h2><ul><li><a href="https://sgddt.binhduong.gov.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Bình Dương</a></li><li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li><li><a href="/lien-he/">Liên hệ</a></li></ul></section></div>
<div class="site-footer-middle-section-3 site-footer-section"><section class="widget widget_block"><h2 class="widget-title">Giờ làm việc</h2><p>Thứ Hai – Thứ Sáu: 6h30 – 17h00</p></section></div>
</div></div></div>
<div class="site-bottom-footer-wrap site-footer-row-container"><div class="site-container"><div class="site-footer-bottom-section-1 site-footer-section"><div class="footer-html inner-link-style-normal"><div class="footer-html-inner"><p>© 2026 {SITE}. Thiết kế bởi Kadence WP – Quản trị: Tổ Văn phòng</p></div></div></div></div></div>
</div></footer>
</div>
<script id="kadence-navigation-js" src="/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.9" async></script>
<script src="/wp-content/plugins/kadence-blocks/includes/assets/js/kt-accordion.min.js?ver=3.2.38" id="kadence-blocks-accordion-js"></script>
<script src="/wp-content/plugins/kadence-blocks/includes/assets/js/kb-glight-video-init.min.js?ver=3.2.38" id="kadence-blocks-glight-js"></script>
</body>
</html>"""
    return html(doc, headers={"Link": f'<{base}/wp-json/>; rel="https://api.w.org/"'})


def hero(inner: str, kind: str = "post") -> str:
    return (f'<section role="banner" class="entry-hero {kind}-hero-section entry-hero-layout-standard">'
            '<div class="entry-hero-container-inner"><div class="hero-section-overlay"></div>'
            f'<div class="hero-container site-container"><header class="entry-header {kind}-title '
            f'title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">{inner}</header>'
            "</div></div></section>")


# --- pages -----------------------------------------------------------------------------------


def schema(request: Request, s: Story) -> str:
    base = base_url(request)
    url = base + permalink(s)
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": ["Preschool", "Organization"], "@id": f"{base}/#organization", "name": SITE,
             "address": {"@type": "PostalAddress", "addressLocality": "Thủ Dầu Một", "addressRegion": "Bình Dương"}},
            {"@type": "WebSite", "@id": f"{base}/#website", "url": base, "name": SITE, "inLanguage": "vi"},
            {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "item": {"@id": base, "name": "Trang chủ"}},
                {"@type": "ListItem", "position": 2, "item": {"@id": f"{base}/{s.cat}/", "name": CATS[s.cat]}},
                {"@type": "ListItem", "position": 3, "item": {"@id": url, "name": s.title}}]},
            {"@type": "Person", "@id": f"{base}/author/{ACCOUNT}/", "name": ACCOUNT,
             "url": f"{base}/author/{ACCOUNT}/"},
            {"@type": "BlogPosting", "headline": f"{s.title} - {SITE}", "datePublished": post_date(s),
             "dateModified": s.opts.get("updated", post_date(s)), "articleSection": CATS[s.cat],
             "author": {"@id": f"{base}/author/{ACCOUNT}/", "name": ACCOUNT},
             "@id": f"{url}#richSnippet", "isPartOf": {"@id": f"{url}#webpage"}, "inLanguage": "vi",
             "mainEntityOfPage": {"@id": f"{url}#webpage"}},
        ],
    }
    return f'<script type="application/ld+json" class="rank-math-schema">{json.dumps(data, ensure_ascii=False)}</script>'


def single(request: Request, s: Story) -> Response:
    link = permalink(s)
    base = base_url(request)
    img = next(iter(s.images), None)
    head = (
        f'<meta property="og:type" content="article">\n<meta property="og:url" content="{base}{link}">\n'
        f'<meta property="og:description" content="{esc(excerpt(s, 30))}">\n'
        f'<meta property="article:section" content="{esc(CATS[s.cat])}">\n'
        + (f'<meta property="og:image" content="{base}{img.src}">\n' if img else "")
        + f'<meta property="og:updated_time" content="{s.opts.get("updated", post_date(s))}">\n'
        f'<meta property="article:published_time" content="{post_date(s)}">\n'
        f'<meta property="article:modified_time" content="{s.opts.get("updated", post_date(s))}">\n'
        f'<meta name="twitter:card" content="summary_large_image">\n<meta name="twitter:label1" content="Được viết bởi">\n'
        f'<meta name="twitter:data1" content="{ACCOUNT}">\n' + schema(request, s)
    )
    meta = (
        '<div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">Bởi</span>'
        f'<span class="author vcard"><a class="url fn n" href="/author/{ACCOUNT}/">{ACCOUNT}</a></span></span>'
        f"{time_meta(s)}</div>"
    )
    top = hero(
        breadcrumb([("/", "Trang chủ"), (f"/{s.cat}/", CATS[s.cat]), (None, s.title)])
        + cat_links(s) + f'<h1 class="entry-title">{esc(s.title)}</h1>' + meta
    )
    tags = s.opts.get("tags", [])
    tag_html = (
        '<footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label '
        'screen-reader-text">Thẻ bài viết</span>'
        + "".join(f'<a href="/tag/{t}/" title="{esc(TAGS[t])}" class="tag-link tag-item-{t}" rel="tag">'
                  f'<span class="tag-hash">#</span>{esc(TAGS[t])}</a>' for t in tags)
        + "</span></div></footer>" if tags else ""
    )
    idx = ORDERED.index(s)
    nav = '<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng ' \
          'bài viết</h2><div class="nav-links">'
    if idx + 1 < len(ORDERED):
        prev = ORDERED[idx + 1]
        nav += (f'<div class="nav-previous"><a href="{permalink(prev)}" rel="prev"><div class="post-navigation-sub">'
                f"<small>Bài trước</small></div>{esc(prev.title)}</a></div>")
    if idx > 0:
        nxt = ORDERED[idx - 1]
        nav += (f'<div class="nav-next"><a href="{permalink(nxt)}" rel="next"><div class="post-navigation-sub">'
                f"<small>Bài tiếp theo</small></div>{esc(nxt.title)}</a></div>")
    nav += "</div></nav>"
    related = [r for r in in_cat(s.cat) if r is not s][:3]
    rel_html = (
        '<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container '
        'site-container"><div class="entry-related-inner-content alignwide"><h2 class="entry-related-title">Bài viết '
        'tương tự</h2><div class="entry-related-carousel kadence-slide-init splide" data-columns-xxl="3" '
        'data-columns-md="2"><div class="splide__track"><ul class="splide__list">'
        + "".join(f'<li class="entry-list-item carousel-item splide__slide">{loop_entry(r, "h3")}</li>' for r in related)
        + "</ul></div></div></div></div></div>"
    )
    comments = s.opts.get("comments", [])
    com_html = ""
    if comments:
        items = "".join(
            f'<li id="comment-{cid}" class="comment even thread-even depth-1"><article id="div-comment-{cid}" '
            'class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
            f'<img alt="" src="/wp-content/uploads/avatar-default-40x40.png" class="avatar avatar-40 photo" height="40" '
            f'width="40"><b class="fn">{esc(who)}</b> <span class="says">viết:</span></div>'
            f'<div class="comment-metadata"><a href="{link}#comment-{cid}"><time datetime="{when}">{vi_date(when)} lúc '
            f'{vi_time(when)}</time></a></div></footer><div class="comment-content"><p>{esc(txt)}</p></div>'
            f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{link}?replytocom={cid}#respond" '
            f'data-commentid="{cid}" data-postid="{s.id}" aria-label="Trả lời {esc(who)}">Trả lời</a></div>'
            "</article></li>"
            for cid, who, when, txt in comments)
        com_html = (
            f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(comments)} bình luận về “'
            f'{esc(s.title)}”</h2><ol class="comment-list">{items}</ol>'
            '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một '
            'bình luận</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
            '<p class="comment-form-comment"><label for="comment">Bình luận</label><textarea id="comment" '
            'name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" '
            f'type="submit" id="submit" class="submit" value="Gửi bình luận"><input type="hidden" name="comment_post_ID" '
            f'value="{s.id}"></p></form></div></div>'
        )
    main = (
        '<div class="content-wrap">'
        f'<article id="post-{s.id}" class="entry content-bg single-entry post-{s.id} post type-post status-publish '
        f'format-standard has-post-thumbnail hentry category-{s.cat}">'
        '<div class="entry-content-wrap"><div class="entry-content single-content">\n'
        f"{_Body(s).render()}\n"
        f"</div>{tag_html}</div></article>{nav}{rel_html}{com_html}</div>"
    )
    return page(
        request, title=f"{s.title} - {SITE}",
        body_class=f"post-template-default single single-post postid-{s.id} single-format-standard",
        main=main, hero=top, head=head, canonical=link, description=excerpt(s, 30),
    )


def pagination(prefix: str, n: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(i: int) -> str:
        return prefix if i == 1 else f"{prefix}page/{i}/"

    parts = []
    if n > 1:
        parts.append(f'<a class="prev page-numbers" href="{href(n - 1)}"><span class="screen-reader-text">Trang trước'
                     "</span>«</a>")
    for i in range(1, pages + 1):
        if i == n:
            parts.append(f'<span aria-current="page" class="page-numbers current">{i}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{href(i)}">{i}</a>')
    if n < pages:
        parts.append(f'<a class="next page-numbers" href="{href(n + 1)}"><span class="screen-reader-text">Trang sau'
                     "</span>»</a>")
    return ('<nav class="navigation pagination" aria-label="Phân trang bài viết"><h2 class="screen-reader-text">Phân '
            f'trang bài viết</h2><div class="nav-links">{"".join(parts)}</div></nav>')


def archive(request: Request, title: str, prefix: str, posts: list[Story], n: int, body_class: str,
            crumbs: list[tuple[str | None, str]], desc: str = "") -> Response | None:
    pages = max(1, -(-len(posts) // PER_PAGE))
    if n < 1 or n > pages:
        return None
    chunk = posts[(n - 1) * PER_PAGE : n * PER_PAGE]
    top = hero(breadcrumb(crumbs) + f'<h1 class="page-title archive-title">{esc(title)}</h1>'
               + (f'<div class="archive-description"><p>{esc(desc)}</p></div>' if desc else ""), "archive")
    main = ('<div class="content-wrap"><ul id="archive-container" class="content-wrap kadence-posts-list '
            'grid-cols post-archive grid-sm-col-2 grid-lg-col-3 item-image-style-above">'
            + "".join(f'<li class="entry-list-item">{loop_entry(s)}</li>' for s in chunk)
            + f"</ul>{pagination(prefix, n, pages)}</div>")
    canon = prefix if n == 1 else f"{prefix}page/{n}/"
    suffix = f" - Trang {n}" if n > 1 else ""
    return page(request, title=f"{title}{suffix} - {SITE}", body_class=f"archive {body_class} paged-{n}", main=main,
                hero=top, canonical=canon, description=desc)


def home(request: Request) -> Response:
    latest = "".join(f'<li class="kb-post-list-item">{loop_entry(s, "h3")}</li>' for s in ORDERED[:4])
    notices = "".join(
        f'<li><a href="{permalink(s)}">{esc(s.title)}</a> <span class="kb-notice-date">({vi_date(post_date(s))})</span></li>'
        for s in in_cat("thong-bao")[:2])
    main = (
        '<div class="content-wrap"><article class="entry content-bg single-entry page type-page"><div class="entry-content '
        'single-content">'
        '<style>.kb-row-layout-idhome_1a2b3c > .kt-row-column-wrap{padding-top:40px;background:#fff3cd;}</style>'
        '<div class="kb-row-layout-wrap kb-row-layout-idhome_1a2b3c alignfull kt-row-has-bg wp-block-kadence-rowlayout" '
        'style="background-image:url(/wp-content/uploads/2026/01/banner-huong-duong.jpg)"><div class="kt-row-column-wrap '
        'kt-has-1-columns"><div class="wp-block-kadence-column"><div class="kt-inside-inner-col">'
        '<h2 class="kt-adv-headinghome_4d5e6f wp-block-kadence-advancedheading">Chào mừng quý phụ huynh đến với '
        f'{SITE}</h2><p class="kt-adv-headinghome_7a8b9c wp-block-kadence-advancedheading">Nơi mỗi ngày đến trường là '
        "một ngày vui</p></div></div></div></div>"
        '<div class="kb-row-layout-wrap kb-row-layout-idhome_2b3c4d alignnone wp-block-kadence-rowlayout">'
        '<div class="kt-row-column-wrap kt-has-3-columns">'
        + "".join(
            f'<div class="wp-block-kadence-column"><div class="kt-inside-inner-col"><div class="wp-block-kadence-infobox">'
            f'<a class="kt-blocks-info-box-link-wrap info-box-link" href="{h}"><div class="kt-infobox-textcontent">'
            f'<h3 class="kt-blocks-info-box-title">{t}</h3><p class="kt-blocks-info-box-text">{x}</p></div></a></div>'
            "</div></div>"
            for h, t, x in [("/gioi-thieu/", "Giờ đón trẻ", "6h30 – 7h30 các ngày trong tuần"),
                            ("/thuc-don-tuan/", "Bữa ăn bán trú", "Thực đơn thay đổi hằng tuần, đủ dinh dưỡng"),
                            ("/tuyen-sinh/", "Tuyển sinh 2027", "Nhận trẻ từ 18 tháng đến 5 tuổi")])
        + "</div></div>"
        '<h2 class="kt-adv-headinghome_5c6d7e wp-block-kadence-advancedheading">Tin mới</h2>'
        '<div class="wp-block-kadence-posts kb-posts kb-posts-id-home_9f8e7d"><ul class="kadence-posts-list grid-cols '
        f'grid-sm-col-2 grid-lg-col-2 item-image-style-above">{latest}</ul></div>'
        '<h2 class="kt-adv-headinghome_6e7f8a wp-block-kadence-advancedheading">Thông báo</h2>'
        f'<ul class="mnhd-thongbao">{notices}</ul>'
        '<p><a class="kb-button kt-button button kb-btn-home" href="/tin-tuc/">Xem tất cả tin tức</a></p>'
        "</div></article></div>"
    )
    return page(request, title=f"{SITE} - Thủ Dầu Một, Bình Dương", body_class="home page-template-default page",
                main=main, canonical="/", description=f"Website chính thức của {SITE}, thành phố Thủ Dầu Một.")


PAGE_BODIES = {
    "gioi-thieu": (
        "<p>Trường Mầm non Hướng Dương được thành lập năm 2009, tọa lạc tại phường Phú Cường, thành phố Thủ Dầu Một. "
        "Trường đạt chuẩn quốc gia mức độ 1 năm 2019.</p>"
        '<div class="kb-row-layout-wrap wp-block-kadence-rowlayout"><div class="kt-row-column-wrap kt-has-2-columns">'
        '<div class="wp-block-kadence-column"><div class="kt-inside-inner-col"><h3 class="kt-adv-headingpg_1 '
        'wp-block-kadence-advancedheading">Quy mô</h3><p>12 nhóm, lớp với 386 trẻ; 48 cán bộ, giáo viên, nhân viên.</p>'
        '</div></div><div class="wp-block-kadence-column"><div class="kt-inside-inner-col"><figure class="wp-block-image">'
        f'<img src="{U[:-5]}/2026/01/toan-canh-truong-1024x683.jpg" alt="toan-canh-truong"></figure></div></div></div></div>'
    ),
    "doi-ngu-giao-vien": (
        "<p>Đội ngũ của trường gồm 32 giáo viên, 100% đạt chuẩn trình độ đào tạo, trong đó 24 giáo viên có trình độ "
        "đại học.</p><figure class=\"wp-block-table\"><table><thead><tr><th>Họ và tên</th><th>Chức vụ</th></tr></thead>"
        "<tbody><tr><td>Trần Thị Kim Oanh</td><td>Hiệu trưởng</td></tr><tr><td>Nguyễn Thị Hồng Nhung</td>"
        "<td>Phó Hiệu trưởng</td></tr><tr><td>Phan Thị Mai Anh</td><td>Phó Hiệu trưởng</td></tr></tbody></table></figure>"
    ),
    "thu-vien-anh": (
        '<div class="wp-block-kadence-advancedgallery"><ul class="kb-gallery-ul kb-gallery-type-masonry">'
        + "".join(f'<li class="kadence-blocks-gallery-item"><a href="{U}/09/album-{i}.jpg" class="kb-gallery-item-link">'
                  f'<img src="{U}/09/album-{i}-300x300.jpg" alt="album-{i}"></a></li>' for i in range(1, 7))
        + "</ul></div>"
    ),
    "thuc-don-tuan": (
        "<p>Thực đơn tuần 1 tháng 12/2026 (áp dụng từ 30/11 đến 05/12/2026).</p><figure class=\"wp-block-table\"><table>"
        "<thead><tr><th>Thứ</th><th>Bữa trưa</th><th>Bữa xế</th></tr></thead><tbody>"
        "<tr><td>Thứ Hai</td><td>Cơm, thịt kho trứng, canh bí</td><td>Sữa chua</td></tr>"
        "<tr><td>Thứ Ba</td><td>Cơm, cá basa chiên, canh cải</td><td>Chuối</td></tr></tbody></table></figure>"
    ),
    "tuyen-sinh": (
        "<p>Trường nhận trẻ từ 18 tháng đến 5 tuổi có hộ khẩu hoặc tạm trú tại phường Phú Cường và các phường lân cận."
        "</p><p>Hồ sơ gồm: đơn xin học, bản sao giấy khai sinh, sổ tiêm chủng.</p>"
    ),
    "lien-he": (
        "<p>Địa chỉ: Số 15 đường Yersin, phường Phú Cường, thành phố Thủ Dầu Một, tỉnh Bình Dương.</p>"
        "<p>Điện thoại: 0274 3822 456 – Email: mnhuongduong.tdm@binhduong.edu.vn</p>"
        '<div class="wp-block-kadence-form kadence-form-lh_1"><form class="kb-form" action="/wp-admin/admin-ajax.php" '
        'method="post"><input type="text" name="kb_field_0" placeholder="Họ và tên"><textarea name="kb_field_2">'
        '</textarea><button class="kb-forms-submit button" type="submit">Gửi</button></form></div>'
    ),
}


def wp_page(request: Request, slug: str) -> Response:
    title = PAGES[slug]
    top = hero(breadcrumb([("/", "Trang chủ"), (None, title)]) + f'<h1 class="entry-title">{esc(title)}</h1>', "page")
    main = (f'<div class="content-wrap"><article class="entry content-bg single-entry page type-page status-publish '
            f'post-{900 + list(PAGES).index(slug)}"><div class="entry-content-wrap"><div class="entry-content single-content">'
            f"{PAGE_BODIES[slug]}</div></div></article></div>")
    return page(request, title=f"{title} - {SITE}", body_class=f"page-template-default page page-{slug}", main=main,
                hero=top, canonical=f"/{slug}/", description=title)


def search(request: Request, q: str) -> Response:
    found = [s for s in ORDERED if q and q.lower() in (s.title + " " + excerpt(s)).lower()][:PER_PAGE]
    main = ('<div class="content-wrap"><ul class="content-wrap kadence-posts-list grid-cols post-archive">'
            + ("".join(f'<li class="entry-list-item">{loop_entry(s)}</li>' for s in found)
               or "<li><p>Không tìm thấy kết quả phù hợp.</p></li>")
            + "</ul></div>")
    top = hero(f'<h1 class="page-title search-title">Kết quả tìm kiếm cho: {esc(q)}</h1>', "search")
    return page(request, title=f"Tìm kiếm: {q} - {SITE}", body_class="search search-results", main=main, hero=top)


# --- the site --------------------------------------------------------------------------------

_ARCHIVE = re.compile(r"^/(?P<base>[a-z0-9-]+/|\d{4}/\d{2}/|tag/[a-z0-9-]+/|author/[a-z0-9-]+/)(?:page/(?P<n>\d+)/)?$")
_SINGLE = re.compile(r"^/(?P<cat>[a-z0-9-]+)/(?P<slug>[a-z0-9-]+)/$")


class KadenceSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/wp-content/"):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        params = {k: v[0] for k, v in parse_qs(request.query).items()}
        if path == "/":
            if "s" in params:
                return search(request, params["s"])
            if "p" in params and params["p"].isdigit() and int(params["p"]) in BY_ID:
                return redirect(permalink(BY_ID[int(params["p"])]), 301)
            return home(request)
        if not path.endswith("/"):
            return redirect(path + "/", 301) if self.respond(Request("GET", path + "/", "", request.headers)) else None
        m = _SINGLE.match(path)
        if m and m.group("cat") in CATS:
            for s in STORIES:
                if s.slug == m.group("slug") and m.group("cat") in (s.cat, *s.opts.get("also", [])):
                    if request.query and set(params) - {"replytocom"}:
                        return None
                    return single(request, s)
        if path.strip("/") in PAGES:
            return wp_page(request, path.strip("/"))
        m = _ARCHIVE.match(path)
        if not m:
            return None
        base, n = m.group("base"), int(m.group("n") or 1)
        if m.group("n") == "1":
            return redirect(f"/{base}", 301)
        prefix = f"/{base}"
        if base.rstrip("/") in CATS:
            cat = base.rstrip("/")
            return archive(request, CATS[cat], prefix, in_cat(cat), n, f"category category-{cat}",
                           [("/", "Trang chủ"), (None, CATS[cat])])
        if base[:4].isdigit():
            y, mo = int(base[:4]), int(base[5:7])
            if (y, mo) not in ((2026, 10), (2026, 11), (2026, 12)):
                return None
            return archive(request, f"Tháng: {MONTHS[mo - 1]} {y}", prefix, in_month(y, mo), n, "date",
                           [("/", "Trang chủ"), (None, f"Lưu trữ cho {MONTHS[mo - 1]} {y}")])
        if base.startswith("tag/"):
            tag = base[4:-1]
            if tag not in TAGS:
                return None
            return archive(request, f"Thẻ: {TAGS[tag]}", prefix, in_tag(tag), n, f"tag tag-{tag}",
                           [("/", "Trang chủ"), (None, f"Thẻ: {TAGS[tag]}")])
        if base == f"author/{ACCOUNT}/":
            return archive(request, f"Tác giả: {ACCOUNT}", prefix, ORDERED, n, f"author author-{ACCOUNT}",
                           [("/", "Trang chủ"), (None, f"Bài viết của {ACCOUNT}")])
        return None


def build_site() -> KadenceSite:
    return KadenceSite()


# --- gold ------------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    alts = [permalink(s, c) for c in s.opts.get("also", [])]
    alts += [f"{permalink(s)}?replytocom={cid}" for cid, *_ in s.opts.get("comments", [])]
    return gold_record(s, permalink(s), CATS[s.cat], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [f"/{slug}/" for slug in PAGES]
