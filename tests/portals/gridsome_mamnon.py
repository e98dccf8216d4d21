"""Gridsome 0.7 static site of a kindergarten: Trường Mầm non Sơn Ca (phường Tân An, tỉnh Đắk Lắk).

Platform
--------
Gridsome 0.7 (Vue 2 static site generator). Every page is pre-rendered HTML with
``<html data-html-server-rendered="true">``, ``<div data-server-rendered="true" id="app">``,
scoped-style attributes (``data-v-5e1c2f3a``) on template elements (none inside the ``v-html``
post content), ``<!---->`` placeholders for ``v-if`` blocks, ``<g-link>`` rendered as
``<a class="active--exact active">`` and a ``window.__INITIAL_STATE__`` script holding the
page-query data (the whole post, content HTML included). The app's per-page JSON data files
sit beside the pages under ``/assets/data/<group>/<hash>.json`` and each page names its own in a
``<link rel="prefetch">``. Pictures are ``<g-image>``: a lazy ``<img>`` whose ``src`` is a blurred
SVG data URI, the real file in ``data-src``/``data-srcset`` (``/assets/static/<name>.<hash>.<hash>.jpg``)
and a ``<noscript>`` twin with the real ``src``. Hosted on a static host: ``/x`` redirects (301)
to ``/x/``, ``/x/index.html`` serves the same page, query strings are ignored.

URL scheme
----------
- ``/``                              home: 4 newest posts, a "Thông báo" box, sidebars
- ``/tin-tuc/``, ``/tin-tuc/2/``, ``/tin-tuc/3/``   all posts, 5 a page (Gridsome ``@paginate``)
- ``/tin-tuc/<slug>/``              a post (template ``BaiViet.vue``)
- ``/chuyen-muc/<slug>/`` (+ ``/2/``)  category listing, 5 a page
- ``/tag/<slug>/``                   tag listing
- ``/gioi-thieu/``, ``/lien-he/``, ``/lich-cong-tac/``       static pages
- ``/thu-vien-anh/`` + ``/thu-vien-anh/<album>/``, ``/video/`` + ``/video/<slug>/``,
  ``/van-ban/`` + ``/van-ban/<slug>/``   libraries (album, clip, document entry)
- ``/assets/data/<g>/<hash>.json``   page data of the Vue app (not pages)
- ``/assets/static/*.jpg``, ``/assets/js/*.js``, ``/assets/css/*.css``, ``/uploads/*``

How each gold article is reached
--------------------------------
Through ``/tin-tuc/`` and its pages 2-3 (menu "Tin tức" → "Tất cả tin bài"), through the five
category listings of the "Tin tức" drop-down (``/chuyen-muc/hoat-dong-cua-truong/2/`` holds the
oldest post), through tag pages, the home page's boxes and each post's "Các tin khác" (the 4
newest posts of its category). "Diễn tập phòng cháy chữa cháy…" (the oldest, untagged) is
reachable only via ``/tin-tuc/3/`` or ``/chuyen-muc/hoat-dong-cua-truong/2/``; the 20/10 post
(untagged, never among its category's 4 newest) only via ``/tin-tuc/3/`` and its category's
first page; the posts of 16/10 – 13/11 are on ``/tin-tuc/2/``-``/3/`` and not on the home page.

Traps
-----
1. g-image lazy pictures: ``src`` is a ``data:image/svg+xml`` blur, the photo is in ``data-src``
   (and a 480w variant in ``data-srcset``), and the ``<noscript>`` twin repeats it. Gold: each
   photo once, at its ``data-src`` path; listing/sidebar thumbnails (other size variants) are
   not article images.
2. Pagination shares the posts' namespace: ``/tin-tuc/2/`` and ``/tin-tuc/3/`` look like
   ``/tin-tuc/<slug>/`` but are listings (not articles); three posts are only on page 3.
3. The app's data beside the pages: ``<link rel="prefetch" href="/assets/data/…json">`` and the
   inline ``window.__INITIAL_STATE__`` carry the whole post (content HTML, UTC dates, the CMS
   account). Gold: JSON files are not articles (not even alt paths); the body is the rendered
   HTML's text once.
4. Dates: ``<time datetime>`` holds UTC ("…Z"). Posts whose front matter had only a day print
   "DD/MM/YYYY" and carry ``T00:00:00.000Z`` (07:00 local): gold is the day alone. Timed posts
   print "HH:mm DD/MM/YYYY": gold is the printed local time with +07:00 — the 06:30 closure
   notice of 03/12 has ``2026-12-02T23:30:00.000Z`` in the attribute (the UTC day is the 2nd).
   "Cập nhật lần cuối" lines are not the publication date.
5. Bylines: the meta row's "Đăng bởi: mnsonca" (CMS account) is nobody; the real signature is
   a closing line inside the content in several forms: "Tin, ảnh: X" (author and photographer),
   "Tin: X - Ảnh: Y", "Người viết: Cô giáo X – GV lớp Lá 2" (-> X), "ThS. X – Phó Hiệu trưởng"
   (-> X), a right-aligned unit ("Tổ chuyên môn Mẫu giáo bé", "Ban Giám hiệu", "Công đoàn cơ
   sở") as printed, "BBT" -> nobody.
6. Captions as Markdown writes them: an italic paragraph right after the picture's paragraph
   (``<p><em>…</em></p>``), sometimes in parentheses (taken off), sometimes a ``<figure>`` an
   editor pasted, sometimes only "Ảnh: Trần Văn Khoa" (caption None, Khoa is the photographer);
   the ``alt`` is a camera file name ("IMG_20261113_091522"), never a caption. Italic caption
   paragraphs are not body.
7. The sapo: the front matter ``description`` printed in ``<div class="bv-mota">`` above the
   content is the summary and the body's first paragraph; in the hand-washing post the editor
   also pasted it as the content's first paragraph: the body has it once. Posts without a
   description have only an auto meta description (summary null).
8. An official notice in Markdown: letterhead table (UBND PHƯỜNG TÂN AN | CỘNG HÒA…), "Số:",
   "Tân An, ngày 30 tháng 11 năm 2026", "THÔNG BÁO / Về việc…", then "Nơi nhận" and the
   principal's signature in a table, then a "Tải về:" attachment line. Gold: date 2026-11-30
   (the meta row prints 01/12/2026), author the signer, none of those lines in the body.
9. Static-host duplicates: sidebar "Đọc nhiều" links ``/tin-tuc/<slug>`` without the slash
   (301 to the slash form), the home "Thông báo" box links ``/tin-tuc/<slug>/?utm_source=trang-chu``
   and a "Xem thêm:" line links ``/tin-tuc/<slug>/index.html``; the last two are 200 and are
   alt paths; canonical is ``/tin-tuc/<slug>/``.
10. Remark footnotes: a bare ``<sup><a class="footnote-ref">1</a></sup>`` after a word (not
    text) and a ``<div class="footnotes"><hr><ol>`` after the signature whose entries are body
    paragraphs without their "↩" back-links.
11. Chrome that reads like content: the sidebar "Góc yêu thương – Bài thơ tuần" prints a poem
    in ``<p>`` lines, the "Thông báo" portlet a ticker of notices; tags "#le-hoi", share and
    print tools, the Facebook comments box and "Các tin khác" sit inside the article's
    ``<article>`` element. None of it is body.
12. Text forms: one post was pasted from a Mac (content decomposed, NFD): gold is NFC; a
    Markdown table (weekly menu) gives one paragraph per row, cells joined by " | "; a hard
    line break (``<br>``) splits a paragraph; emoji in titles and text are kept.

Gold decisions on ambiguous points
----------------------------------
- A cover picture printed above the headline (``post.cover``) is the article's first image
  (caption None): it is a photo of the event, not a logo or a thumbnail.
- A credit-only line under a photo ("Ảnh: Trần Văn Khoa") gives caption None and makes the name
  a photographer.
- Footnote entries are the text's own (after the signature, in their order); the "↩" back-link
  is navigation, not text.
- The closure notice signed "Ban Giám hiệu" (right-aligned, alone) has that unit as its author.
- "Theo Báo Giáo dục và Thời đại" closing the parents' article is its source; "Minh Khuê" signing
  above it is its author.
- ``/assets/data/*.json`` are app data, not pages: neither articles nor alt paths.
- ``/tin-tuc/<slug>`` (no slash) only redirects: not an alt path.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
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

NAME = "gridsome_mamnon"
PLATFORM = "Gridsome 0.7"
START_PATH = "/"

SCHOOL = "Trường Mầm non Sơn Ca"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 5

CATS = {
    "hoat-dong-cua-truong": "Hoạt động của trường",
    "goc-chuyen-mon": "Góc chuyên môn",
    "thong-bao": "Thông báo",
    "dinh-duong-suc-khoe": "Dinh dưỡng - Sức khỏe",
    "goc-phu-huynh": "Góc phụ huynh",
}
TAGS = {
    "le-hoi": "Lễ hội",
    "the-chat": "Thể chất",
    "dinh-duong": "Dinh dưỡng",
    "ky-nang-song": "Kỹ năng sống",
    "tuyen-sinh": "Tuyển sinh",
}


def _h(seed: str, n: int = 7) -> str:
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def pic(name: str) -> str:
    """The path Gridsome gives a processed picture (full width variant)."""
    return f"/assets/static/{name}.{_h('dir' + name)}.{_h('w1024' + name)}.jpg"


def pic_variant(name: str, width: int) -> str:
    return f"/assets/static/{name}.{_h('dir' + name)}.{_h(f'w{width}' + name)}.jpg"


def _name_of(src: str) -> str:
    return src.split("/")[-1].split(".")[0]


# --- the stories ------------------------------------------------------------------------------

R = 'style="text-align: right;"'

STORIES: list[Story] = [
    Story(
        id=1,
        slug="hoi-thi-be-khoe-be-ngoan-cap-truong-nam-hoc-2026-2027",
        title="Hội thi “Bé khỏe – Bé ngoan” cấp trường năm học 2026 – 2027 🏅",
        cat="hoat-dong-cua-truong",
        published_at="2026-12-04T16:20:00+07:00",
        summary=(
            "Sáng ngày 04/12/2026, Trường Mầm non Sơn Ca tổ chức Hội thi “Bé khỏe – Bé ngoan” "
            "cấp trường với sự tham gia của hơn 180 cháu thuộc các khối Mầm, Chồi và Lá."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi nhằm tạo sân chơi bổ ích, giúp trẻ được vận động, rèn luyện các kỹ năng "
                "đi, chạy, bò, ném, bật nhảy; đồng thời giáo dục trẻ tinh thần đoàn kết, mạnh dạn, "
                "tự tin khi tham gia các hoạt động tập thể."
            ),
            P("Phần thi đồng diễn thể dục", style="h3"),
            P(
                "Mở đầu chương trình là màn đồng diễn thể dục nhịp điệu trên nền nhạc bài hát "
                "“Cả nhà thương nhau” của các bé khối Lá. Các bé thực hiện động tác đều, đẹp, "
                "nhận được những tràng pháo tay cổ vũ nhiệt tình của phụ huynh."
            ),
            Img(
                pic("hoi-thi-be-khoe-dong-dien"),
                printed="Các bé khối Lá đồng diễn thể dục nhịp điệu",
                caption="Các bé khối Lá đồng diễn thể dục nhịp điệu",
                style="em",
            ),
            P("Phần thi vận động và trò chơi dân gian", style="h3"),
            P(
                "Ở phần thi này, các đội lần lượt vượt qua chướng ngại vật, bật qua vòng thể dục, "
                "bò chui qua cổng và về đích. Trò chơi kéo co, nhảy bao bố khiến không khí sân "
                "trường thêm sôi động 😍."
            ),
            Img(
                pic("hoi-thi-be-khoe-keo-co"),
                printed="Trò chơi kéo co giữa các lớp Chồi 1 và Chồi 2",
                caption="Trò chơi kéo co giữa các lớp Chồi 1 và Chồi 2",
                style="em",
            ),
            P(
                "Kết quả, Ban tổ chức đã trao 01 giải Nhất cho lớp Lá 2, 02 giải Nhì cho lớp Lá 1 và "
                "Chồi 3, 03 giải Ba và các giải khuyến khích cho tất cả các đội tham gia."
            ),
            Raw(f"<p {R}><strong>Tin, ảnh: Phạm Thị Ngọc Ánh</strong></p>"),
        ],
        authors=["Phạm Thị Ngọc Ánh"],
        photographers=["Phạm Thị Ngọc Ánh"],
        opts={"tags": ["the-chat", "le-hoi"], "time": True, "updated": "04/12/2026 21:03"},
    ),
    Story(
        id=2,
        slug="thong-bao-cho-tre-nghi-hoc-ngay-03-12-2026-do-mua-lon",
        title="Thông báo: Cho trẻ nghỉ học ngày 03/12/2026 do mưa lớn, ngập úng cục bộ",
        cat="thong-bao",
        published_at="2026-12-03T06:30:00+07:00",
        blocks=[
            P(
                "Thực hiện Công điện khẩn của UBND phường Tân An về việc chủ động ứng phó với mưa "
                "lớn, ngập úng trên địa bàn, Trường Mầm non Sơn Ca thông báo đến quý phụ huynh như sau:"
            ),
            P(
                "- Toàn bộ trẻ của nhà trường được nghỉ học trong ngày Thứ Năm, 03/12/2026.",
            ),
            P(
                "- Trường hợp phụ huynh đã đưa trẻ đến trường, nhà trường vẫn tổ chức đón, chăm sóc "
                "và nuôi dưỡng trẻ đầy đủ theo quy định.",
            ),
            P(
                "- Cán bộ, giáo viên, nhân viên có mặt tại trường lúc 7 giờ 00 để kê dọn đồ dùng, "
                "kiểm tra hệ thống điện và thoát nước.",
            ),
            P(
                "Thời gian cho trẻ đi học trở lại sẽ được nhà trường thông báo qua nhóm Zalo của "
                "các lớp. Trân trọng thông báo!"
            ),
            Raw(f"<p {R}><strong>Ban Giám hiệu</strong></p>"),
        ],
        authors=["Ban Giám hiệu"],
        opts={"tags": [], "time": True, "updated": "03/12/2026 17:45"},
    ),
    Story(
        id=3,
        slug="thong-bao-tuyen-sinh-bo-sung-tre-nha-tre-nam-hoc-2026-2027",
        title="Thông báo tuyển sinh bổ sung trẻ nhà trẻ năm học 2026 – 2027",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table style="width: 100%; border: none;"><tbody><tr>'
                '<td style="width: 42%; text-align: center; vertical-align: top;">'
                "<p>UBND PHƯỜNG TÂN AN<br><strong>TRƯỜNG MẦM NON SƠN CA</strong></p>"
                "<p>Số: 47/TB-MNSC</p></td>"
                '<td style="text-align: center; vertical-align: top;">'
                "<p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>"
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></p>"
                "<p><em>Tân An, ngày 30 tháng 11 năm 2026</em></p></td>"
                "</tr></tbody></table>\n"
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br>'
                "<strong>Về việc tuyển sinh bổ sung trẻ nhà trẻ (18 – 36 tháng tuổi) "
                "năm học 2026 – 2027</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 112/KH-UBND ngày 15/7/2026 của UBND phường Tân An về công tác "
                "tuyển sinh năm học 2026 – 2027; căn cứ tình hình thực tế về cơ sở vật chất và đội "
                "ngũ giáo viên, Trường Mầm non Sơn Ca thông báo tuyển sinh bổ sung như sau:"
            ),
            P("1. Đối tượng và chỉ tiêu", style="bold"),
            P(
                "- Trẻ sinh từ ngày 01/01/2024 đến ngày 31/5/2025, cư trú trên địa bàn phường Tân An."
            ),
            P("- Chỉ tiêu: 01 nhóm trẻ 18 – 24 tháng tuổi (20 cháu) và 10 cháu nhóm 25 – 36 tháng tuổi."),
            P("2. Hồ sơ gồm", style="bold"),
            P("- Đơn xin nhập học (theo mẫu của nhà trường);"),
            P("- Bản sao giấy khai sinh của trẻ;"),
            P("- Sổ theo dõi sức khỏe hoặc phiếu tiêm chủng của trẻ."),
            P("3. Thời gian và địa điểm nhận hồ sơ", style="bold"),
            P(
                "Từ ngày 02/12/2026 đến hết ngày 15/12/2026 (trong giờ hành chính), tại Văn phòng "
                "Trường Mầm non Sơn Ca, số 25 đường Y Wang, phường Tân An."
            ),
            P("Mọi chi tiết xin liên hệ số điện thoại 0262 3 855 246 (cô Hằng – Phó Hiệu trưởng)."),
            Raw(
                '<table style="width: 100%; border: none;"><tbody><tr>'
                '<td style="width: 50%; vertical-align: top;"><p><strong><em>Nơi nhận:</em></strong>'
                "<br>- UBND phường Tân An (b/c);<br>- Cha mẹ học sinh;<br>- Website trường;"
                "<br>- Lưu: VT.</p></td>"
                '<td style="text-align: center; vertical-align: top;"><p><strong>HIỆU TRƯỞNG</strong></p>'
                "<p><em>(Đã ký)</em></p><p><strong>Nguyễn Thị Kim Oanh</strong></p></td>"
                "</tr></tbody></table>\n"
                '<p>📎 Tải về: <a href="/uploads/mau-don-xin-nhap-hoc-2026.docx">'
                "Mẫu đơn xin nhập học.docx</a></p>"
            ),
        ],
        authors=["Nguyễn Thị Kim Oanh"],
        opts={"tags": ["tuyen-sinh"], "date": "2026-12-01", "shown": "01/12/2026"},
    ),
    Story(
        id=4,
        slug="thuc-don-tuan-1-thang-12-2026",
        title="Thực đơn tuần 1 tháng 12/2026 (từ 30/11 đến 04/12)",
        cat="dinh-duong-suc-khoe",
        published_at="2026-11-30",
        blocks=[
            P(
                "Nhà trường trân trọng gửi đến quý phụ huynh thực đơn tuần 1 tháng 12/2026 dành "
                "cho trẻ nhà trẻ và mẫu giáo. Thực đơn được xây dựng theo mùa, đảm bảo cân đối các "
                "nhóm chất và phù hợp với khẩu vị của trẻ."
            ),
            P("Thứ | Bữa sáng | Bữa trưa | Bữa xế", style="rowh"),
            P("Thứ Hai | Bún mọc thịt heo | Cơm, cá basa sốt cà chua, canh bí đỏ nấu tôm | Sữa chua, chuối", style="row"),
            P("Thứ Ba | Cháo gà hạt sen | Cơm, thịt bò xào đậu que, canh cải ngọt | Bánh flan", style="row"),
            P("Thứ Tư | Phở bò | Cơm, trứng chiên thịt, canh chua cá lóc | Chè đậu xanh", style="row"),
            P("Thứ Năm | Mì Quảng tôm thịt | Cơm, gà kho gừng, canh rau dền | Sữa tươi, bánh bông lan", style="row"),
            P("Thứ Sáu | Bánh canh cá | Cơm, thịt heo rim, canh mồng tơi nấu cua | Dưa hấu", style="row"),
            P(
                "Lưu ý: Thực đơn có thể thay đổi tùy theo nguồn thực phẩm trong tuần; mọi thay đổi "
                "sẽ được nhà trường niêm yết tại bảng tin trước cổng trường."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="/tin-tuc/'
                'phong-chong-benh-tay-chan-mieng-va-sot-xuat-huyet-trong-truong-mam-non/index.html">'
                "Phòng chống bệnh tay chân miệng và sốt xuất huyết trong trường mầm non</a></p>"
            ),
        ],
        opts={"tags": ["dinh-duong"]},
    ),
    Story(
        id=5,
        slug="chuyen-de-phat-trien-van-dong-cho-tre-mam-non",
        title="Chuyên đề “Phát triển vận động cho trẻ mầm non” – Kinh nghiệm từ tiết dạy mẫu lớp Chồi 1",
        cat="goc-chuyen-mon",
        published_at="2026-11-27T10:05:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch chuyên môn tháng 11, ngày 26/11/2026 tổ chuyên môn Mẫu giáo đã "
                "tổ chức sinh hoạt chuyên đề “Phát triển vận động cho trẻ mầm non” thông qua tiết "
                "dạy mẫu “Bật xa 35 – 40 cm” tại lớp Chồi 1."
            ),
            P(
                "Theo Chương trình Giáo dục mầm non hiện hành, phát triển vận động là một nội dung "
                "quan trọng của lĩnh vực phát triển thể chất và là cơ sở để đánh giá sự phát triển "
                "của trẻ.",
                style="fnref:1",
            ),
            P("Những điểm nổi bật của tiết dạy", style="h3"),
            P("Khởi động bằng trò chơi “Đoàn tàu nhỏ xíu” giúp trẻ hứng thú ngay từ đầu.", style="li"),
            P("Giáo viên làm mẫu hai lần, lần hai phân tích rõ tư thế chuẩn bị, dùng sức bật của chân.", style="li"),
            P("Trò chơi củng cố “Chuyền bóng qua đầu” được tổ chức theo nhóm, tăng tính thi đua.", style="li"),
            P(
                "Sau tiết dạy, các giáo viên đã thảo luận, góp ý và thống nhất một số biện pháp tăng "
                "cường thời lượng vận động ngoài trời, tận dụng đồ dùng tự tạo từ nguyên vật liệu "
                "sẵn có như lốp xe, chai nhựa, ống hút.",
                style="fnref:2",
            ),
            Img(
                pic("chuyen-de-van-dong-choi-1"),
                printed="(Cô Nguyễn Thị Hương hướng dẫn trẻ lớp Chồi 1 thực hiện vận động bật xa)",
                caption="Cô Nguyễn Thị Hương hướng dẫn trẻ lớp Chồi 1 thực hiện vận động bật xa",
                style="em",
            ),
            Raw(f"<p {R}><strong>ThS. Võ Thị Minh Hằng – Phó Hiệu trưởng</strong></p>"),
            P(
                "Bộ Giáo dục và Đào tạo (2021), Chương trình Giáo dục mầm non (ban hành kèm theo "
                "Văn bản hợp nhất số 01/VBHN-BGDĐT).",
                style="fn:1",
            ),
            P(
                "Đặng Hồng Phương (2016), Giáo trình Phương pháp giáo dục thể chất cho trẻ mầm non, "
                "NXB Đại học Sư phạm.",
                style="fn:2",
            ),
        ],
        authors=["Võ Thị Minh Hằng"],
        opts={"tags": ["the-chat"], "time": True},
    ),
    Story(
        id=6,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Trường Mầm non Sơn Ca tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="hoat-dong-cua-truong",
        published_at="2026-11-20",
        summary=(
            "Trong không khí phấn khởi hướng tới Ngày Nhà giáo Việt Nam, sáng 20/11/2026, "
            "Trường Mầm non Sơn Ca long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 – 20/11/2026)."
        ),
        blocks=[
            Img(pic("le-20-11-toan-canh"), style="cover"),
            P(
                "Trong không khí phấn khởi hướng tới Ngày Nhà giáo Việt Nam, sáng 20/11/2026, "
                "Trường Mầm non Sơn Ca long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
                "(20/11/1982 – 20/11/2026).",
                style="bold",
            ),
            P(
                "Đến dự buổi lễ có đồng chí Lê Văn Thành – Phó Chủ tịch UBND phường Tân An, đại diện "
                "Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên nhà trường."
            ),
            P(
                "Phát biểu tại buổi lễ, cô Nguyễn Thị Kim Oanh – Hiệu trưởng nhà trường đã ôn lại "
                "truyền thống vẻ vang của ngành Giáo dục, đồng thời điểm lại những kết quả nổi bật "
                "trong phong trào thi đua “Dạy tốt – Học tốt” của tập thể sư phạm nhà trường."
            ),
            P("“Mỗi ngày đến trường là một ngày vui”", style="quote"),
            P(
                "Dịp này, nhà trường đã khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy giỏi "
                "cấp trường và 02 sáng kiến được công nhận cấp phường."
            ),
            Img(
                pic("le-20-11-khen-thuong"),
                printed="(Khen thưởng giáo viên đạt danh hiệu dạy giỏi cấp trường)",
                caption="Khen thưởng giáo viên đạt danh hiệu dạy giỏi cấp trường",
                style="em",
            ),
            P(
                "Chương trình văn nghệ chào mừng với các tiết mục múa, hát do chính các cô và các bé "
                "biểu diễn đã để lại nhiều cảm xúc cho người tham dự."
            ),
            Raw(f"<p {R}><em><strong>Công đoàn cơ sở</strong></em></p>"),
        ],
        authors=["Công đoàn cơ sở"],
        opts={"tags": ["le-hoi"]},
    ),
    Story(
        id=7,
        slug="be-tham-quan-trai-nghiem-tai-nong-trai-xanh",
        title="Bé tham quan trải nghiệm tại Nông trại Xanh",
        cat="hoat-dong-cua-truong",
        published_at="2026-11-13",
        blocks=[
            P(
                "Nhằm giúp trẻ được khám phá thế giới tự nhiên xung quanh, ngày 13/11/2026 nhà trường "
                "tổ chức cho 95 cháu khối Lá đi tham quan, trải nghiệm tại Nông trại Xanh (xã Hòa Phú)."
            ),
            P(
                "Tại đây, các bé được quan sát các loại rau, củ, quả; tự tay gieo hạt, tưới cây và "
                "thu hoạch cà chua bi. Nhiều bé lần đầu được cho thỏ, cho gà ăn nên rất hào hứng."
            ),
            Img(pic("nong-trai-xanh-gieo-hat"), printed="Ảnh: Trần Văn Khoa", caption=None, style="credit"),
            P(
                "Buổi trải nghiệm khép lại bằng bữa trưa dã ngoại ngay giữa vườn. Các bé ăn ngon, "
                "biết tự dọn dẹp, phân loại rác sau khi ăn."
            ),
            P(
                "Qua chuyến đi, trẻ thêm yêu thiên nhiên, biết quý trọng sức lao động của người "
                "nông dân và hình thành thói quen tốt trong sinh hoạt tập thể."
            ),
            Img(pic("nong-trai-xanh-thu-hoach"), printed="Ảnh: Trần Văn Khoa", caption=None, style="credit"),
            Raw(
                f"<p {R}><strong>Người viết: Cô giáo Lê Thị Thu Trang – GV lớp Lá 2</strong></p>"
            ),
        ],
        authors=["Lê Thị Thu Trang"],
        photographers=["Trần Văn Khoa"],
        opts={"tags": ["ky-nang-song"]},
    ),
    Story(
        id=8,
        slug="cha-me-nen-lam-gi-khi-tre-khoc-khong-chiu-den-truong",
        title="Cha mẹ nên làm gì khi trẻ khóc, không chịu đến trường?",
        cat="goc-phu-huynh",
        published_at="2026-11-08",
        summary=(
            "Nhiều trẻ mầm non khóc, bám mẹ mỗi sáng đến lớp. Đây là biểu hiện bình thường của "
            "giai đoạn thích nghi, nhưng cha mẹ cần biết cách đồng hành để trẻ sớm vui vẻ đến trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo các chuyên gia tâm lý, lo âu chia ly thường xuất hiện rõ ở trẻ từ 18 tháng đến "
                "3 tuổi, đặc biệt trong những tuần đầu đi học hoặc sau kỳ nghỉ dài."
            ),
            P("Chuẩn bị tâm lý cho trẻ từ ở nhà", style="h3"),
            P(
                "Cha mẹ nên trò chuyện với trẻ về trường lớp, cô giáo, bạn bè bằng giọng điệu vui vẻ; "
                "tránh dọa nạt kiểu “không ngoan mẹ cho đi học”."
            ),
            P("Chia tay nhanh gọn, đúng hẹn", style="h3"),
            P(
                "Khi đưa trẻ đến lớp, cha mẹ nên chào con dứt khoát, hứa giờ đón cụ thể và giữ đúng "
                "lời hứa.",
            ),
            P("Kéo dài thời gian chia tay chỉ làm trẻ lo lắng hơn.", style="br"),
            P(
                "Bên cạnh đó, phụ huynh nên phối hợp chặt chẽ với giáo viên, trao đổi về thói quen ăn, "
                "ngủ của con để cô có cách chăm sóc phù hợp."
            ),
            Raw(
                f"<p {R}><strong>Minh Khuê</strong></p>\n"
                f"<p {R}><em>Theo Báo Giáo dục và Thời đại</em></p>"
            ),
        ],
        authors=["Minh Khuê"],
        source="Báo Giáo dục và Thời đại",
        opts={"tags": ["ky-nang-song"]},
    ),
    Story(
        id=9,
        slug="ngay-hoi-halloween-vui-nhon-cua-cac-be-khoi-la",
        title="Ngày hội Halloween vui nhộn 🎃 của các bé khối Lá",
        cat="hoat-dong-cua-truong",
        published_at="2026-10-31",
        blocks=[
            P(
                "Chiều 30/10/2026, các bé khối Lá đã có một buổi sinh hoạt tập thể đầy màu sắc với "
                "chủ đề “Halloween vui nhộn”."
            ),
            P(
                "Các bé hóa trang thành những nhân vật ngộ nghĩnh như phù thủy nhỏ, bí ngô, bộ xương, "
                "cùng nhau tham gia trò chơi “Truy tìm kho báu” và khắc bí ngô dưới sự hướng dẫn của cô."
            ),
            Img(
                pic("halloween-khoi-la-hoa-trang"),
                printed="Các bé khối Lá trong trang phục hóa trang",
                caption="Các bé khối Lá trong trang phục hóa trang",
                style="fig",
            ),
            P("Bé nào cũng được nhận kẹo và phần quà nhỏ từ Ban giám hiệu 🍬🍭."),
            Raw(f"<p {R}><strong>BBT</strong></p>"),
        ],
        opts={"tags": ["le-hoi"]},
    ),
    Story(
        id=10,
        slug="phong-chong-benh-tay-chan-mieng-va-sot-xuat-huyet-trong-truong-mam-non",
        title="Phòng chống bệnh tay chân miệng và sốt xuất huyết trong trường mầm non",
        cat="dinh-duong-suc-khoe",
        published_at="2026-10-22",
        summary=(
            "Mùa mưa là thời điểm bệnh tay chân miệng và sốt xuất huyết gia tăng. Nhà trường khuyến "
            "cáo phụ huynh chủ động thực hiện các biện pháp phòng bệnh cho trẻ."
        ),
        blocks=[
            P(
                "Mùa mưa là thời điểm bệnh tay chân miệng và sốt xuất huyết gia tăng. Nhà trường khuyến "
                "cáo phụ huynh chủ động thực hiện các biện pháp phòng bệnh cho trẻ."
            ),
            P("Đối với bệnh tay chân miệng", style="h3"),
            P("Rửa tay thường xuyên bằng xà phòng dưới vòi nước chảy cho trẻ và người chăm sóc trẻ.", style="li"),
            P("Lau sàn nhà, đồ chơi bằng dung dịch sát khuẩn ít nhất 2 lần/tuần.", style="li"),
            P("Không cho trẻ đến lớp khi có biểu hiện sốt, loét miệng, nổi bóng nước ở tay, chân.", style="li"),
            P("Đối với bệnh sốt xuất huyết", style="h3"),
            P(
                "Thực hiện chiến dịch diệt lăng quăng, bọ gậy; đậy kín các dụng cụ chứa nước; cho trẻ "
                "ngủ màn kể cả ban ngày."
            ),
            Img(
                pic("rua-tay-dung-cach"),
                printed="Cô hướng dẫn trẻ lớp Mầm 2 rửa tay đúng 6 bước",
                caption="Cô hướng dẫn trẻ lớp Mầm 2 rửa tay đúng 6 bước",
                style="em",
            ),
            Raw(
                f"<p {R}><em>Nguồn: Trung tâm Kiểm soát bệnh tật tỉnh Đắk Lắk</em></p>"
            ),
        ],
        source="Trung tâm Kiểm soát bệnh tật tỉnh Đắk Lắk",
        opts={"tags": ["dinh-duong"], "desc_printed": True},
    ),
    Story(
        id=11,
        slug="be-lam-thiep-tang-ba-tang-me-ngay-20-10",
        title="Hưởng ứng Ngày Phụ nữ Việt Nam 20/10: Bé làm thiệp tặng bà, tặng mẹ",
        cat="hoat-dong-cua-truong",
        published_at="2026-10-20",
        blocks=[
            P(
                "Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – "
                "20/10/2026), các lớp trong trường đã tổ chức hoạt động “Bé làm thiệp tặng bà, tặng mẹ”."
            ),
            P(
                "Với giấy màu, bút sáp, hồ dán và những bông hoa khô, các bé đã tự tay trang trí "
                "những tấm thiệp xinh xắn kèm lời chúc ngộ nghĩnh gửi đến bà, mẹ và cô giáo."
            ),
            Img(pic("thiep-20-10-lop-choi-2")),
            P(
                "Hoạt động giúp trẻ phát triển khả năng thẩm mỹ, sự khéo léo của đôi tay và bồi "
                "dưỡng tình yêu thương, lòng biết ơn đối với người thân."
            ),
        ],
        opts={"tags": []},
    ),
    Story(
        id=12,
        slug="bien-phap-giup-tre-3-4-tuoi-manh-dan-tu-tin-trong-giao-tiep",
        title="Một số biện pháp giúp trẻ 3 – 4 tuổi mạnh dạn, tự tin trong giao tiếp",
        cat="goc-chuyen-mon",
        published_at="2026-10-16",
        summary=(
            "Tính mạnh dạn, tự tin là nền tảng để trẻ hòa nhập với bạn bè, cô giáo và tiếp nhận "
            "kiến thức một cách chủ động."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Qua thực tế chăm sóc, giáo dục trẻ lớp Mầm 1, tổ chuyên môn nhận thấy nhiều trẻ còn "
                "rụt rè, ngại trả lời khi cô hỏi, chưa dám bày tỏ mong muốn của bản thân."
            ),
            P("Biện pháp 1: Xây dựng môi trường lớp học thân thiện", style="h3"),
            P(
                "Giáo viên bố trí các góc chơi mở, gần gũi; luôn niềm nở đón trẻ, gọi tên trẻ và "
                "khen ngợi kịp thời khi trẻ có tiến bộ."
            ),
            P("Biện pháp 2: Tổ chức trò chơi đóng vai", style="h3"),
            P(
                "Thông qua trò chơi “Bán hàng”, “Gia đình”, “Bác sĩ”, trẻ được giao tiếp bằng lời "
                "nói, biết chào hỏi, cảm ơn, xin lỗi đúng lúc."
            ),
            P("Biện pháp 3: Phối hợp với phụ huynh", style="h3"),
            P(
                "Giáo viên trao đổi với phụ huynh qua giờ đón, trả trẻ và nhóm Zalo của lớp, khuyến "
                "khích cha mẹ dành thời gian trò chuyện, đọc truyện cùng con mỗi tối."
            ),
            P(
                "Sau hai tháng thực hiện, 85% trẻ trong lớp đã mạnh dạn trả lời câu hỏi, tích cực "
                "tham gia các hoạt động chung."
            ),
            Raw(f"<p {R}><strong>Tổ chuyên môn Mẫu giáo bé</strong></p>"),
        ],
        authors=["Tổ chuyên môn Mẫu giáo bé"],
        opts={"tags": ["ky-nang-song"], "nfd": True},
    ),
    Story(
        id=13,
        slug="dien-tap-phong-chay-chua-chay-va-cuu-nan-cuu-ho-nam-2026",
        title="Diễn tập phòng cháy chữa cháy và cứu nạn, cứu hộ năm 2026",
        cat="hoat-dong-cua-truong",
        published_at="2026-10-09T15:10:00+07:00",
        blocks=[
            P(
                "Chiều 09/10/2026, Trường Mầm non Sơn Ca phối hợp với Đội Cảnh sát PCCC và CNCH khu "
                "vực Tân An tổ chức buổi diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại cơ sở."
            ),
            P(
                "Tình huống giả định: đám cháy phát sinh tại khu vực bếp ăn do chập điện. Ngay khi "
                "phát hiện, lực lượng PCCC tại chỗ đã hô hoán, ngắt cầu dao điện, sử dụng bình chữa "
                "cháy xách tay dập lửa và báo tin cho lực lượng chức năng qua số 114."
            ),
            Img(
                pic("dien-tap-pccc-so-tan"),
                printed="Giáo viên hướng dẫn trẻ sơ tán theo lối thoát nạn",
                caption="Giáo viên hướng dẫn trẻ sơ tán theo lối thoát nạn",
                style="em",
            ),
            P(
                "Các cô giáo bình tĩnh hướng dẫn trẻ dùng khăn ướt che mũi, miệng và di chuyển theo "
                "lối thoát nạn ra khu vực an toàn trong thời gian 3 phút."
            ),
            Raw(
                f"<p {R}><strong>Tin: Hoàng Thị Lan - Ảnh: Nguyễn Văn Tâm</strong></p>"
            ),
        ],
        authors=["Hoàng Thị Lan"],
        photographers=["Nguyễn Văn Tâm"],
        opts={"tags": [], "time": True},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}


# newest first, as the page query sorts by the front matter date
ORDERED = sorted(STORIES, key=lambda s: (s.opts.get("date") or s.published_at[:10], s.published_at), reverse=True)


def _utc(story: Story) -> str:
    """The front matter date as the GraphQL layer serialises it (UTC)."""
    if story.opts.get("date"):
        return story.opts["date"] + "T00:00:00.000Z"
    value = story.published_at
    if "T" not in value:
        return value + "T00:00:00.000Z"
    day, clock = value[:10], value[11:16]
    hh, mm = int(clock[:2]), int(clock[3:5])
    y, m, d = (int(x) for x in day.split("-"))
    hh -= 7
    if hh < 0:
        hh += 24
        d -= 1  # no post sits on the first of a month
    return f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00.000Z"


def _shown_date(story: Story) -> str:
    """The date the template prints: "HH:mm DD/MM/YYYY" for timed posts, else the day."""
    if story.opts.get("shown"):
        return story.opts["shown"]
    value = story.published_at
    y, m, d = value[:10].split("-")
    day = f"{d}/{m}/{y}"
    if story.opts.get("time"):
        return f"{value[11:16]} {day}"
    return day


def _list_date(story: Story) -> str:
    day = (story.opts.get("date") or story.published_at)[:10]
    y, m, d = day.split("-")
    return f"{d}/{m}/{y}"


# --- markup helpers ---------------------------------------------------------------------------


def blur_uri(seed: str, w: int, h: int) -> str:
    ident = _h("blur" + seed, 32)
    b64 = opaque_b64(seed)
    return (
        f"data:image/svg+xml,%3csvg fill='none' viewBox='0 0 {w} {h}' xmlns='http://www.w3.org/2000/svg' "
        f"xmlns:xlink='http://www.w3.org/1999/xlink'%3e%3cdefs%3e%3cfilter id='__svg-blur-{ident}'%3e"
        "%3cfeGaussianBlur in='SourceGraphic' stdDeviation='40'/%3e%3c/filter%3e%3c/defs%3e"
        f"%3cimage x='0' y='0' filter='url(%23__svg-blur-{ident})' width='{w}' height='{h}' "
        f"xlink:href='data:image/jpeg;base64,{b64}' /%3e%3c/svg%3e"
    )


def opaque_b64(seed: str) -> str:
    import base64

    data = hashlib.sha256(seed.encode()).digest() * 4
    return base64.b64encode(b"\xff\xd8\xff\xdb" + data).decode("ascii")


def g_image(src: str, alt: str, width: int = 1024, height: int = 683, extra_cls: str = "") -> str:
    """A ``<g-image>`` as Gridsome renders it server-side: blurred placeholder + noscript twin."""
    name = _name_of(src)
    small = pic_variant(name, 480) if width > 480 else src
    cls = f"g-image g-image--lazy g-image--loading{(' ' + extra_cls) if extra_cls else ''}"
    return (
        f'<img src="{blur_uri(name + str(width), width, height)}" width="{width}" alt="{esc(alt)}" '
        f'data-srcset="{small} 480w, {src} {width}w" '
        f'data-sizes="(max-width: {width}px) 100vw, {width}px" data-src="{src}" class="{cls}">'
        f'<noscript><img src="{src}" width="{width}" alt="{esc(alt)}" '
        f'class="g-image g-image--loaded{(" " + extra_cls) if extra_cls else ""}"></noscript>'
    )


def _camera_name(src: str, story: Story, idx: int) -> str:
    return f"IMG_2026{(story.opts.get('date') or story.published_at)[5:10].replace('-', '')}_{(91522 + 7331 * idx + story.id * 113) % 235959:06d}"


def render_content(story: Story) -> str:
    """The Markdown body as remark + the g-image transformer render it (the ``v-html`` content)."""
    nfd = bool(story.opts.get("nfd"))

    def t(value: str) -> str:
        return text(value, nfd=nfd)

    out: list[str] = []
    footnotes: list[tuple[str, str]] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "cover")]
    i = 0
    img_no = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            img_no += 1
            alt = _camera_name(b.src, story, img_no)
            if b.style == "fig":
                out.append(
                    '<figure class="image" style="text-align:center">'
                    + g_image(b.src, alt)
                    + f"<figcaption>{t(b.printed or '')}</figcaption></figure>"
                )
            else:
                out.append(f"<p>{g_image(b.src, alt)}</p>")
                if b.printed and b.style == "em":
                    out.append(f'<p style="text-align: center;"><em>{t(b.printed)}</em></p>')
                elif b.printed and b.style == "credit":
                    out.append(f"<p {R}><em>{t(b.printed)}</em></p>")
            i += 1
            continue
        style = b.style
        if style in ("li", "ol"):
            tag = "ul" if style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                items.append(f"<li>{t(blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        if style in ("row", "rowh"):
            head, rows = [], []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("row", "rowh"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "rowh":
                    head.append("<tr>" + "".join(f"<th>{t(c)}</th>" for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{t(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                "<table>\n<thead>\n" + "\n".join(head) + "\n</thead>\n<tbody>\n" + "\n".join(rows)
                + "\n</tbody>\n</table>"
            )
            continue
        if style.startswith("fn:"):
            footnotes.append((style[3:], b.text))
            i += 1
            continue
        if style == "br":
            # a hard line break: glued to the paragraph before it
            out[-1] = out[-1][: -len("</p>")] + f"<br>\n{t(b.text)}</p>"
            i += 1
            continue
        body = t(b.text)
        if style.startswith("fnref:"):
            n = style[6:]
            body += f'<sup id="fnref-{n}"><a href="#fn-{n}" class="footnote-ref">{n}</a></sup>'
        if style == "h3":
            out.append(f"<h3>{body}</h3>")
        elif style == "quote":
            out.append(f"<blockquote>\n<p>{body}</p>\n</blockquote>")
        elif style == "bold":
            out.append(f"<p><strong>{body}</strong></p>")
        else:
            out.append(f"<p>{body}</p>")
        i += 1
    if footnotes:
        out.append(
            '<div class="footnotes">\n<hr>\n<ol>\n'
            + "\n".join(
                f'<li id="fn-{n}">{t(txt)}<a href="#fnref-{n}" class="footnote-backref">↩</a></li>'
                for n, txt in footnotes
            )
            + "\n</ol>\n</div>"
        )
    return "\n".join(out)


# --- the page frame ---------------------------------------------------------------------------

APP_JS = "/assets/js/app.7d3c9e21.js"
CSS = "/assets/css/0.styles.4e0a2b1c.css"
V = "data-v-5e1c2f3a"  # Layout.vue scope


def data_path(path: str) -> str:
    key = _h("page" + path, 8)
    group = int(key[0], 16) % 9 + 1
    return f"/assets/data/{group}/{key}.json"


def _state_script(state: dict) -> str:
    raw = json.dumps({"data": state, "context": {}}, ensure_ascii=False, separators=(",", ":"))
    return raw.replace("<", "\\u003C").replace(">", "\\u003E").replace("/", "\\u002F")


MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Giới thiệu chung", "/gioi-thieu/"), ("Lịch công tác", "/lich-cong-tac/")]),
    (
        "Tin tức",
        "/tin-tuc/",
        [("Tất cả tin bài", "/tin-tuc/")] + [(name, f"/chuyen-muc/{slug}/") for slug, name in CATS.items()],
    ),
    (
        "Thư viện",
        "/thu-vien-anh/",
        [("Thư viện ảnh", "/thu-vien-anh/"), ("Video", "/video/"), ("Văn bản", "/van-ban/")],
    ),
    ("Liên hệ", "/lien-he/", []),
]


def _menu(current: str) -> str:
    items = []
    for n, (label, href, subs) in enumerate(MENU, start=1):
        active = ' class="active--exact active"' if href == current else ""
        if subs:
            on = ' class="active--exact active"'
            sub = "".join(
                f'<li {V}><a href="{h}" {V}{on if h == current else ""}>{esc(lab)}</a></li>'
                for lab, h in subs
            )
            items.append(
                f'<li id="mn-{n}" class="mn-muc co-con" {V}><a href="{href}"{active} {V}>{esc(label)} '
                f'<span class="mn-mui" {V}>▾</span></a><ul class="mn-con" style="display:none;" {V}>{sub}</ul></li>'
            )
        else:
            items.append(f'<li id="mn-{n}" class="mn-muc" {V}><a href="{href}"{active} {V}>{esc(label)}</a></li>')
    return (
        f'<nav class="thanh-menu" {V}><button aria-label="Mở menu" class="nut-menu" {V}>☰</button>'
        f'<ul class="mn-chinh" {V}>' + "".join(items) + "</ul></nav>"
    )


POEM = [
    "Cô giáo em hiền như cô Tấm",
    "Giọng cô đầm ấm như lời mẹ ru",
    "Mỗi sáng em đến lớp mầm",
    "Cô cười chào đón, ân cần yêu thương.",
]


def _sidebar() -> str:
    notices = [BY_SLUG["thong-bao-cho-tre-nghi-hoc-ngay-03-12-2026-do-mua-lon"], BY_SLUG["thong-bao-tuyen-sinh-bo-sung-tre-nha-tre-nam-hoc-2026-2027"]]
    ticker = "".join(
        f'<li><a href="/tin-tuc/{s.slug}/?utm_source=trang-chu">{esc(s.title)}</a> <i>({_list_date(s)})</i></li>'
        for s in notices
    )
    popular = [
        BY_SLUG["le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11"],
        BY_SLUG["be-tham-quan-trai-nghiem-tai-nong-trai-xanh"],
        BY_SLUG["cha-me-nen-lam-gi-khi-tre-khoc-khong-chiu-den-truong"],
    ]
    pop = "".join(
        f'<div class="dn-muc" data-v-2b7a90d1><a href="/tin-tuc/{s.slug}" data-v-2b7a90d1>'
        + _thumb(s, 120)
        + f'<span class="dn-ten" data-v-2b7a90d1>{esc(s.title)}</span></a>'
        f'<small data-v-2b7a90d1>{s.views()} lượt xem</small></div>'
        for s in popular
    )
    poem = "".join(f"<p>{esc(line)}</p>" for line in POEM)
    return f"""<aside class="cot-phai" {V}>
<div class="kh-box kh-thongbao" id="portlet-31" {V}><div class="kh-tieude" {V}>📢 Thông báo</div>
<marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" {V}><ul>{ticker}</ul></marquee></div>
<div class="kh-box" id="portlet-32" {V}><div class="kh-tieude" {V}>Đọc nhiều</div>{pop}</div>
<div class="kh-box kh-tho" id="portlet-33" {V}><div class="kh-tieude" {V}>Góc yêu thương – Bài thơ tuần</div>
<div class="tho-nd" {V}><p><strong>Cô giáo của em</strong></p>{poem}<p style="text-align:right"><em>(Sưu tầm)</em></p></div></div>
<div class="kh-box" id="portlet-34" {V}><div class="kh-tieude" {V}>Bình chọn</div>
<form action="https://docs.google.com/forms/d/e/1FAIpQLSc_sonca_binhchon/formResponse" method="post" target="_blank" {V}>
<p {V}>Quý phụ huynh đánh giá thế nào về bữa ăn bán trú của trẻ?</p>
<label {V}><input type="radio" name="entry.1204" value="Rất hài lòng" {V}> Rất hài lòng</label><br {V}>
<label {V}><input type="radio" name="entry.1204" value="Hài lòng" {V}> Hài lòng</label><br {V}>
<label {V}><input type="radio" name="entry.1204" value="Cần cải thiện" {V}> Cần cải thiện</label><br {V}>
<button type="submit" {V}>Bình chọn</button></form></div>
<div class="kh-box" id="portlet-35" {V}><div class="kh-tieude" {V}>Liên kết website</div>
<ul {V}><li {V}><a href="https://moet.gov.vn" target="_blank" rel="noopener" {V}>Bộ Giáo dục và Đào tạo</a></li>
<li {V}><a href="https://sgddt.daklak.gov.vn" target="_blank" rel="noopener" {V}>Sở GD&amp;ĐT Đắk Lắk</a></li>
<li {V}><a href="https://dichvucong.gov.vn" target="_blank" rel="noopener" {V}>Cổng Dịch vụ công quốc gia</a></li></ul></div>
<div class="kh-box kh-dem" id="portlet-36" {V}><div class="kh-tieude" {V}>Thống kê truy cập</div>
<table class="bang-dem" {V}><tr {V}><td {V}>Đang online</td><td {V}>14</td></tr>
<tr {V}><td {V}>Hôm nay</td><td {V}>327</td></tr><tr {V}><td {V}>Tổng truy cập</td><td {V}>186.452</td></tr></table></div>
</aside>"""


def _thumb(s: Story, width: int) -> str:
    imgs = s.images
    if not imgs:
        return f'<img src="/assets/static/no-thumb.3f1d2c0.png" width="{width}" alt="" class="anh-trong">'
    name = _name_of(imgs[0].src)
    src = pic_variant(name, width)
    return (
        f'<img src="{blur_uri(name + str(width), width, round(width * 2 / 3))}" width="{width}" alt="{esc(s.title)}" '
        f'data-srcset="{src} {width}w" data-sizes="(max-width: {width}px) 100vw, {width}px" data-src="{src}" '
        'class="g-image g-image--lazy g-image--loading">'
        f'<noscript><img src="{src}" width="{width}" alt="{esc(s.title)}" class="g-image g-image--loaded"></noscript>'
    )


def page(
    request: Request,
    path: str,
    title: str,
    main: str,
    state: dict,
    *,
    chunk: str,
    description: str,
    crumbs: list[tuple[str, str | None]],
    og_type: str = "website",
    canonical: bool = False,
) -> Response:
    base = base_url(request)
    crumb = "".join(
        (f'<li {V}><a href="{h}" {V}>{esc(lab)}</a></li>' if h else f'<li {V}><span {V}>{esc(lab)}</span></li>')
        for lab, h in crumbs
    )
    canon = (
        f'<link data-vue-tag="ssr" rel="canonical" href="{base}{path}">' if canonical else ""
    )
    full_title = f"{title} | {SCHOOL}" if path != "/" else f"{SCHOOL} – Phường Tân An"
    doc = f"""<!DOCTYPE html>
<html data-html-server-rendered="true" lang="vi" data-vue-tag="%7B%22lang%22%3A%7B%22ssr%22%3A%22vi%22%7D%7D">
<head>
<title>{esc(full_title)}</title><meta name="gridsome:hash" content="{_h('build-2026-12-05', 40)}"><meta data-vue-tag="ssr" charset="utf-8"><meta data-vue-tag="ssr" name="generator" content="Gridsome v0.7.23"><meta data-vue-tag="ssr" data-key="viewport" name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta data-vue-tag="ssr" data-key="format-detection" name="format-detection" content="telephone=no"><meta data-vue-tag="ssr" data-key="description" name="description" content="{esc(description)}"><meta data-vue-tag="ssr" data-key="og:title" property="og:title" content="{esc(full_title)}"><meta data-vue-tag="ssr" data-key="og:type" property="og:type" content="{og_type}"><meta data-vue-tag="ssr" data-key="og:url" property="og:url" content="{base}{path}">{canon}<link data-vue-tag="ssr" rel="icon" href="data:,"><link data-vue-tag="ssr" rel="icon" type="image/png" sizes="32x32" href="/assets/static/favicon.ce0531f.8c4f3e1.png"><link rel="preload" href="{CSS}" as="style"><link rel="preload" href="{APP_JS}" as="script"><link rel="preload" href="/assets/js/{chunk}" as="script"><link rel="prefetch" href="{data_path(path)}"><link rel="stylesheet" href="{CSS}"><noscript data-vue-tag="ssr"><style>.g-image--loading{{display:none;}}</style></noscript>
</head>
<body>
<div data-server-rendered="true" id="app" class="layout-mn" {V}><div class="thanh-tren" {V}><span class="ngay-hom-nay" {V}>{HEADER_TODAY}</span><span {V}>☎ 0262 3 855 246</span><span {V}>✉ mnsonca.tanan@daklak.edu.vn</span><a href="https://www.facebook.com/mamnonsonca.tanan" target="_blank" rel="noopener" class="fb" {V}>Facebook</a></div>
<header class="dau-trang" {V}><a href="/" class="logo active" {V}><img src="/assets/static/logo-son-ca.ce0531f.2a9d0b4.png" width="86" alt="Logo Trường Mầm non Sơn Ca" {V}></a><div class="ten-truong" {V}><span class="dong-1" {V}>UBND PHƯỜNG TÂN AN</span><span class="dong-2" {V}>TRƯỜNG MẦM NON SƠN CA</span><span class="khau-hieu" {V}>“Tất cả vì học sinh thân yêu”</span></div></header>
{_menu(path)}
<ol class="duong-dan" {V}>{crumb}</ol>
<div class="than-trang" {V}><main class="cot-trai" {V}>{main}</main>{_sidebar()}</div>
<footer class="chan-trang" {V}><div class="ct-cot" {V}><p {V}><strong {V}>TRƯỜNG MẦM NON SƠN CA</strong></p><p {V}>Địa chỉ: 25 Y Wang, phường Tân An, tỉnh Đắk Lắk</p><p {V}>Điện thoại: 0262 3 855 246 – Email: mnsonca.tanan@daklak.edu.vn</p><p {V}>Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Thị Kim Oanh</p></div><div class="ct-ban-quyen" {V}>© 2024 – 2026 Trường Mầm non Sơn Ca. Thiết kế bởi Sơn Ca IT · Xây dựng với <a href="https://gridsome.org" target="_blank" rel="noopener" {V}>Gridsome</a></div></footer>
<a href="#app" class="len-dau" {V}>▲</a></div>
<script>window.__INITIAL_STATE__={_state_script(state)}</script><script src="{APP_JS}" defer></script><script src="/assets/js/{chunk}" defer></script>
</body>
</html>"""
    return html(doc, headers={"Cache-Control": "public, max-age=0, must-revalidate"})


# --- templates --------------------------------------------------------------------------------

CHUNK_POST = "page--src--templates--bai-viet-vue.1f2e3d4c.js"
CHUNK_LIST = "page--src--pages--tin-tuc-vue.9b8a7c6d.js"
CHUNK_CAT = "page--src--templates--chuyen-muc-vue.3c4d5e6f.js"
CHUNK_TAG = "page--src--templates--tag-vue.6a5b4c3d.js"
CHUNK_PAGE = "page--src--pages--trang-tinh-vue.0e1f2a3b.js"
CHUNK_HOME = "page--src--pages--index-vue.5d6e7f80.js"


def _state_post(story: Story, content: str) -> dict:
    return {
        "post": {
            "id": _h(story.slug, 32),
            "title": story.title,
            "path": f"/tin-tuc/{story.slug}/",
            "date": _utc(story),
            "description": story.summary if (story.sapo_outside or story.opts.get("desc_printed")) else "",
            "author": "mnsonca",
            "category": {"title": CATS[story.cat], "path": f"/chuyen-muc/{story.cat}/"},
            "tags": [{"id": t, "title": TAGS[t], "path": f"/tag/{t}/"} for t in story.opts.get("tags", [])],
            "cover": (
                {"type": "image", "mimeType": "image/jpeg", "src": story.images[0].src, "size": {"width": 1024, "height": 683}}
                if story.blocks and isinstance(story.blocks[0], Img) and story.blocks[0].style == "cover"
                else None
            ),
            "content": content,
        }
    }


def _plain(s: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", s)).strip()


def render_post(request: Request, story: Story) -> Response:
    path = f"/tin-tuc/{story.slug}/"
    content = render_content(story)
    nfd = bool(story.opts.get("nfd"))
    cover = ""
    if story.blocks and isinstance(story.blocks[0], Img) and story.blocks[0].style == "cover":
        cover = f'<div class="bv-anhbia" data-v-71c0e2aa>{g_image(story.blocks[0].src, story.title, 1200, 800)}</div>'
    desc_el = "<!---->"
    if story.summary and (story.sapo_outside or story.opts.get("desc_printed")):
        desc_el = f'<div class="bv-mota" data-v-71c0e2aa>{text(story.summary, nfd=nfd)}</div>'
    updated = "<!---->"
    if story.opts.get("updated"):
        updated = f'<div class="bv-capnhat" data-v-71c0e2aa><i>Cập nhật lần cuối: {story.opts["updated"]}</i></div>'
    tags = story.opts.get("tags", [])
    tag_el = (
        '<div class="bv-the" data-v-71c0e2aa><span data-v-71c0e2aa>Từ khóa:</span> '
        + " ".join(f'<a href="/tag/{t}/" class="the" data-v-71c0e2aa>#{t}</a>' for t in tags)
        + "</div>"
        if tags
        else "<!---->"
    )
    newest = [s for s in ORDERED if s.cat == story.cat][:4]
    others = [s for s in newest if s is not story][:4] if story in newest else newest[:4]
    other_el = (
        '<div class="bv-cungmuc" data-v-71c0e2aa><h3 class="kh-tieude" data-v-71c0e2aa>Các tin khác</h3><ul data-v-71c0e2aa>'
        + "".join(
            f'<li data-v-71c0e2aa><a href="/tin-tuc/{s.slug}/" data-v-71c0e2aa>{esc(s.title)}</a> '
            f'<span class="ngay" data-v-71c0e2aa>({_list_date(s)})</span></li>'
            for s in others
        )
        + "</ul></div>"
        if others
        else "<!---->"
    )
    base = base_url(request)
    main = f"""<article class="bv-khung" data-v-71c0e2aa>{cover}
<h1 class="bv-tieude" data-v-71c0e2aa>{esc(story.title)}</h1>
<div class="bv-meta" data-v-71c0e2aa><span class="ngay" data-v-71c0e2aa>🗓 <time datetime="{_utc(story)}" data-v-71c0e2aa>{_shown_date(story)}</time></span> <span class="chuyen-muc" data-v-71c0e2aa>📁 <a href="/chuyen-muc/{story.cat}/" data-v-71c0e2aa>{esc(CATS[story.cat])}</a></span> <span class="luot-xem" data-v-71c0e2aa>👁 {story.views()}</span> <span class="dang-boi" data-v-71c0e2aa>Đăng bởi: mnsonca</span></div>
{desc_el}
<div class="bv-noidung markdown" data-v-71c0e2aa>{content}</div>
{updated}
{tag_el}
<div class="bv-chiase" data-v-71c0e2aa><span data-v-71c0e2aa>Chia sẻ:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={base}{path}" target="_blank" rel="noopener" data-v-71c0e2aa>Facebook</a> <a href="https://sp.zalo.me/share_inline?url={base}{path}" target="_blank" rel="noopener" data-v-71c0e2aa>Zalo</a> <a href="javascript:window.print()" data-v-71c0e2aa>🖨 In bài</a></div>
<div class="fb-comments" data-href="{base}{path}" data-width="100%" data-numposts="5" data-v-71c0e2aa></div>
{other_el}
</article>"""
    crumbs = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc/"), (CATS[story.cat], f"/chuyen-muc/{story.cat}/"), (story.title, None)]
    description = story.summary or _plain(content)[:155] + "…"
    return page(
        request, path, story.title, main, _state_post(story, content), chunk=CHUNK_POST,
        description=unicodedata.normalize("NFC", description), crumbs=crumbs, og_type="article", canonical=True,
    )


def _card(s: Story, heading: str = "h2") -> str:
    excerpt = s.summary or _plain(render_content(s))[:140].rsplit(" ", 1)[0] + "…"
    return (
        f'<div class="the-tin" data-v-3f9e8b12><a href="/tin-tuc/{s.slug}/" class="the-anh" data-v-3f9e8b12>{_thumb(s, 400)}</a>'
        f'<div class="the-nd" data-v-3f9e8b12><{heading} class="the-ten" data-v-3f9e8b12><a href="/tin-tuc/{s.slug}/" data-v-3f9e8b12>{esc(s.title)}</a></{heading}>'
        f'<div class="the-ngay" data-v-3f9e8b12>{_list_date(s)} · {esc(CATS[s.cat])}</div>'
        f'<p class="the-tomtat" data-v-3f9e8b12>{esc(unicodedata.normalize("NFC", excerpt))}</p></div></div>'
    )


def _pager(base: str, current: int, total: int) -> str:
    if total <= 1:
        return "<!---->"

    def href(n: int) -> str:
        return base if n == 1 else f"{base}{n}/"

    links = []
    if current > 1:
        links.append(f'<a href="{href(1)}" aria-label="Go to first page" class="">«</a>')
        links.append(f'<a href="{href(current - 1)}" aria-label="Go to previous page" class="">‹</a>')
    for n in range(1, total + 1):
        if n == current:
            links.append(
                f'<a href="{href(n)}" aria-label="Current page. Page {n}" aria-current="true" class="active--exact active">{n}</a>'
            )
        else:
            links.append(f'<a href="{href(n)}" aria-label="Go to page {n}" class="">{n}</a>')
    if current < total:
        links.append(f'<a href="{href(current + 1)}" aria-label="Go to next page" class="">›</a>')
        links.append(f'<a href="{href(total)}" aria-label="Go to last page" class="">»</a>')
    return '<nav role="navigation" aria-label="pagination" class="pager phan-trang">' + "".join(links) + "</nav>"


def _chunks(items: list[Story]) -> list[list[Story]]:
    return [items[i : i + PER_PAGE] for i in range(0, len(items), PER_PAGE)] or [[]]


def _list_state(key: str, items: list[Story], current: int, total: int) -> dict:
    return {
        key: {
            "pageInfo": {"currentPage": current, "totalPages": total},
            "edges": [
                {"node": {"id": _h(s.slug, 32), "title": s.title, "path": f"/tin-tuc/{s.slug}/", "date": _utc(s)}}
                for s in items
            ],
        }
    }


def render_listing(request: Request, base: str, n: int, items: list[Story], heading: str, crumbs, chunk, key) -> Response | None:
    pages = _chunks(items)
    if n < 1 or n > len(pages):
        return None
    path = base if n == 1 else f"{base}{n}/"
    cards = "".join(_card(s) for s in pages[n - 1])
    sub = f" – Trang {n}" if n > 1 else ""
    main = (
        f'<section class="ds-tin" data-v-3f9e8b12><h1 class="ds-tieude" data-v-3f9e8b12>{esc(heading)}{sub}</h1>'
        f"{cards}{_pager(base, n, len(pages))}</section>"
    )
    return page(
        request, path, heading + sub, main, _list_state(key, pages[n - 1], n, len(pages)), chunk=chunk,
        description=f"{heading} – {SCHOOL}", crumbs=[*crumbs, (heading + sub, None)],
    )


def render_home(request: Request) -> Response:
    latest = ORDERED[:4]
    big = _card(latest[0], "h2")
    rest = "".join(_card(s, "h3") for s in latest[1:])
    notices = [s for s in ORDERED if s.cat == "thong-bao"]
    nb = "".join(
        f'<li data-v-0a1b2c3d><a href="/tin-tuc/{s.slug}/?utm_source=trang-chu" data-v-0a1b2c3d>{esc(s.title)}</a></li>'
        for s in notices
    )
    main = f"""<section class="tc-noibat" data-v-0a1b2c3d><h2 class="kh-tieude" data-v-0a1b2c3d>Tin mới nhất</h2>{big}<div class="tc-luoi" data-v-0a1b2c3d>{rest}</div>
<div class="tc-xemtat" data-v-0a1b2c3d><a href="/tin-tuc/" data-v-0a1b2c3d>Xem tất cả tin bài »</a></div></section>
<section class="tc-thongbao" data-v-0a1b2c3d><h2 class="kh-tieude" data-v-0a1b2c3d>Thông báo của nhà trường</h2><ul data-v-0a1b2c3d>{nb}</ul></section>
<section class="tc-gioithieu" data-v-0a1b2c3d><h2 class="kh-tieude" data-v-0a1b2c3d>Chào mừng quý phụ huynh</h2>
<p data-v-0a1b2c3d>Trường Mầm non Sơn Ca được thành lập năm 1998, hiện có 12 nhóm, lớp với hơn 380 trẻ. Nhà trường đạt chuẩn Quốc gia mức độ 1 và kiểm định chất lượng cấp độ 3.</p>
<a href="/gioi-thieu/" data-v-0a1b2c3d>Tìm hiểu thêm về trường »</a></section>
<section class="tc-video" data-v-0a1b2c3d><h2 class="kh-tieude" data-v-0a1b2c3d>Video – Hình ảnh</h2><a href="/video/be-mua-chao-mung-20-11/" data-v-0a1b2c3d>▶ Bé múa chào mừng ngày 20/11</a> · <a href="/thu-vien-anh/trung-thu-2026/" data-v-0a1b2c3d>📷 Album: Vui Tết Trung thu 2026</a></section>"""
    state = _list_state("allPost", latest, 1, 1)
    return page(
        request, "/", SCHOOL, main, state, chunk=CHUNK_HOME,
        description="Trang thông tin điện tử Trường Mầm non Sơn Ca, phường Tân An, tỉnh Đắk Lắk", crumbs=[("Trang chủ", None)],
    )


# --- static pages (non-articles) --------------------------------------------------------------


@dataclass
class Static:
    path: str
    title: str
    crumbs: list[tuple[str, str | None]]
    body: str


def _statics() -> list[Static]:
    lib = ("Thư viện", "/thu-vien-anh/")
    album_imgs = "".join(
        f'<a href="{pic("trung-thu-2026-" + str(n))}" class="anh-album">{g_image(pic("trung-thu-2026-" + str(n)), f"Trung thu 2026 – ảnh {n}", 600, 400)}</a>'
        for n in range(1, 7)
    )
    return [
        Static(
            "/gioi-thieu/",
            "Giới thiệu chung",
            [("Trang chủ", "/"), ("Giới thiệu", None)],
            "<p>Trường Mầm non Sơn Ca được thành lập theo Quyết định số 215/QĐ-UB ngày 12/8/1998. "
            "Trường có 02 điểm trường với 12 nhóm, lớp; 41 cán bộ, giáo viên, nhân viên.</p>"
            "<p><strong>Sứ mệnh:</strong> Xây dựng môi trường giáo dục an toàn, thân thiện, giúp trẻ phát triển toàn diện.</p>"
            "<p><strong>Tầm nhìn:</strong> Trở thành ngôi trường mà trẻ “mỗi ngày đến trường là một ngày vui”.</p>"
            "<table><tr><th>Ban Giám hiệu</th><th>Chức vụ</th></tr><tr><td>Nguyễn Thị Kim Oanh</td><td>Hiệu trưởng</td></tr>"
            "<tr><td>Võ Thị Minh Hằng</td><td>Phó Hiệu trưởng</td></tr><tr><td>Đào Thị Bích Ngọc</td><td>Phó Hiệu trưởng</td></tr></table>",
        ),
        Static(
            "/lien-he/",
            "Liên hệ",
            [("Trang chủ", "/"), ("Liên hệ", None)],
            "<p>Địa chỉ: 25 Y Wang, phường Tân An, tỉnh Đắk Lắk</p><p>Điện thoại: 0262 3 855 246</p>"
            "<p>Email: mnsonca.tanan@daklak.edu.vn</p>"
            '<form action="https://formspree.io/f/mnsonca" method="post"><input name="ho_ten" placeholder="Họ và tên">'
            '<input name="email" placeholder="Email"><textarea name="noi_dung" placeholder="Nội dung"></textarea>'
            '<button type="submit">Gửi liên hệ</button></form>'
            '<iframe src="https://www.google.com/maps/embed?pb=!1m18!sonca" width="100%" height="300" loading="lazy"></iframe>',
        ),
        Static(
            "/lich-cong-tac/",
            "Lịch công tác tuần 14 (từ 30/11 đến 05/12/2026)",
            [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu/"), ("Lịch công tác", None)],
            "<table><tr><th>Thứ/ngày</th><th>Nội dung công việc</th><th>Phụ trách</th></tr>"
            "<tr><td>Thứ Hai 30/11</td><td>Chào cờ đầu tuần; kiểm tra hồ sơ tổ Nhà trẻ</td><td>Cô Oanh</td></tr>"
            "<tr><td>Thứ Ba 01/12</td><td>Nhận hồ sơ tuyển sinh bổ sung</td><td>Cô Hằng</td></tr>"
            "<tr><td>Thứ Tư 02/12</td><td>Dự giờ lớp Mầm 1, Mầm 2</td><td>Cô Ngọc</td></tr>"
            "<tr><td>Thứ Năm 03/12</td><td>Trẻ nghỉ học do mưa lớn; CB-GV-NV trực tại trường</td><td>BGH</td></tr>"
            "<tr><td>Thứ Sáu 04/12</td><td>Hội thi “Bé khỏe – Bé ngoan” cấp trường</td><td>Cô Hằng</td></tr>"
            "<tr><td>Thứ Bảy 05/12</td><td>Trực bảo vệ</td><td>Chú Đức</td></tr></table>",
        ),
        Static(
            "/thu-vien-anh/trung-thu-2026/",
            "Album: Vui Tết Trung thu 2026",
            [("Trang chủ", "/"), lib, ("Vui Tết Trung thu 2026", None)],
            f'<p class="album-ngay">25/09/2026 · 6 ảnh</p><div class="luoi-album">{album_imgs}</div>',
        ),
        Static(
            "/video/be-mua-chao-mung-20-11/",
            "Video: Bé múa chào mừng ngày 20/11",
            [("Trang chủ", "/"), ("Thư viện", "/thu-vien-anh/"), ("Video", "/video/"), ("Bé múa chào mừng ngày 20/11", None)],
            '<div class="khung-video"><iframe width="100%" height="420" src="https://www.youtube.com/embed/q3Sonca2011" '
            'frameborder="0" allowfullscreen></iframe></div><p>Tiết mục múa “Bông hồng tặng cô” của các bé lớp Lá 1.</p>',
        ),
        Static(
            "/van-ban/ke-hoach-giao-duc-nam-hoc-2026-2027/",
            "Kế hoạch giáo dục nhà trường năm học 2026 – 2027",
            [("Trang chủ", "/"), ("Thư viện", "/thu-vien-anh/"), ("Văn bản", "/van-ban/"), ("Kế hoạch giáo dục năm học 2026 – 2027", None)],
            '<table class="vb-chitiet"><tr><td>Số ký hiệu</td><td>185/KH-MNSC</td></tr><tr><td>Ngày ban hành</td><td>15/09/2026</td></tr>'
            "<tr><td>Loại văn bản</td><td>Kế hoạch</td></tr><tr><td>Người ký</td><td>Nguyễn Thị Kim Oanh</td></tr>"
            "<tr><td>Trích yếu</td><td>Kế hoạch giáo dục nhà trường năm học 2026 – 2027</td></tr>"
            '<tr><td>Tệp đính kèm</td><td><a href="/uploads/185-KH-MNSC-ke-hoach-giao-duc-2026-2027.pdf">185-KH-MNSC.pdf</a></td></tr></table>',
        ),
        Static(
            "/thu-vien-anh/",
            "Thư viện ảnh",
            [("Trang chủ", "/"), ("Thư viện ảnh", None)],
            f'<div class="ds-album"><a href="/thu-vien-anh/trung-thu-2026/">{g_image(pic("trung-thu-2026-1"), "Vui Tết Trung thu 2026", 400, 267)}'
            "<span>Vui Tết Trung thu 2026</span></a></div>",
        ),
        Static(
            "/video/",
            "Video",
            [("Trang chủ", "/"), ("Thư viện", "/thu-vien-anh/"), ("Video", None)],
            '<ul class="ds-video"><li><a href="/video/be-mua-chao-mung-20-11/">▶ Bé múa chào mừng ngày 20/11</a> (21/11/2026)</li></ul>',
        ),
        Static(
            "/van-ban/",
            "Văn bản",
            [("Trang chủ", "/"), ("Thư viện", "/thu-vien-anh/"), ("Văn bản", None)],
            '<table class="ds-vanban"><tr><th>Số ký hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th></tr>'
            '<tr><td>185/KH-MNSC</td><td><a href="/van-ban/ke-hoach-giao-duc-nam-hoc-2026-2027/">Kế hoạch giáo dục nhà trường năm học 2026 – 2027</a></td><td>15/09/2026</td></tr></table>',
        ),
    ]


NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    "/lich-cong-tac/",
    "/thu-vien-anh/trung-thu-2026/",
    "/video/be-mua-chao-mung-20-11/",
    "/van-ban/ke-hoach-giao-duc-nam-hoc-2026-2027/",
]


def render_static(request: Request, st: Static) -> Response:
    main = f'<section class="trang-tinh" data-v-7c8d9e0f><h1 class="tt-tieude" data-v-7c8d9e0f>{esc(st.title)}</h1><div class="tt-nd" data-v-7c8d9e0f>{st.body}</div></section>'
    return page(
        request, st.path, st.title, main, {"page": {"title": st.title, "content": st.body}}, chunk=CHUNK_PAGE,
        description=f"{st.title} – {SCHOOL}", crumbs=st.crumbs,
    )


# --- the site ---------------------------------------------------------------------------------


class GridsomeSite:
    def __init__(self) -> None:
        self.statics = {st.path: st for st in _statics()}
        self.routes: dict[str, object] = {"/": ("home",)}
        for n in range(1, len(_chunks(ORDERED)) + 1):
            self.routes["/tin-tuc/" if n == 1 else f"/tin-tuc/{n}/"] = ("all", n)
        for slug in CATS:
            items = [s for s in ORDERED if s.cat == slug]
            for n in range(1, len(_chunks(items)) + 1):
                self.routes[f"/chuyen-muc/{slug}/" if n == 1 else f"/chuyen-muc/{slug}/{n}/"] = ("cat", slug, n)
        for tag in TAGS:
            self.routes[f"/tag/{tag}/"] = ("tag", tag)
        for s in STORIES:
            self.routes[f"/tin-tuc/{s.slug}/"] = ("post", s.slug)
        for p in self.statics:
            self.routes[p] = ("static", p)
        self.data = {data_path(p): p for p in self.routes}

    def _render(self, request: Request, path: str) -> Response | None:
        route = self.routes[path]
        kind = route[0]
        if kind == "home":
            return render_home(request)
        if kind == "post":
            return render_post(request, BY_SLUG[route[1]])
        if kind == "all":
            return render_listing(
                request, "/tin-tuc/", route[1], ORDERED, "Tin tức", [("Trang chủ", "/")], CHUNK_LIST, "allPost"
            )
        if kind == "cat":
            slug, n = route[1], route[2]
            items = [s for s in ORDERED if s.cat == slug]
            return render_listing(
                request, f"/chuyen-muc/{slug}/", n, items, CATS[slug],
                [("Trang chủ", "/"), ("Tin tức", "/tin-tuc/")], CHUNK_CAT, "category",
            )
        if kind == "tag":
            tag = route[1]
            items = [s for s in ORDERED if tag in s.opts.get("tags", [])]
            return render_listing(
                request, f"/tag/{tag}/", 1, items, f"Từ khóa: #{tag}", [("Trang chủ", "/")], CHUNK_TAG, "tag"
            )
        return render_static(request, self.statics[route[1]])

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.endswith("/index.html"):
            path = path[: -len("index.html")]
        if path in self.routes:
            return self._render(request, path)
        if path + "/" in self.routes:
            return redirect(path + "/", 301)
        if path in self.data:
            # the page-query data the Vue router fetches on client-side navigation
            target = self.data[path]
            resp = self._render(request, target)
            assert resp is not None
            body = resp.body if isinstance(resp.body, str) else resp.body.decode("utf-8")
            m = re.search(r"window\.__INITIAL_STATE__=(\{.*?\})</script>", body, re.S)
            payload = json.loads(m.group(1)) if m else {}
            out = json.dumps({"hash": _h("build-2026-12-05", 40), **payload}, ensure_ascii=False)
            return Response(200, out, {"Content-Type": "application/json"})
        if path == "/robots.txt":
            return Response(200, "User-agent: *\nDisallow:\n", {"Content-Type": "text/plain"})
        if path.startswith("/uploads/"):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if path.endswith(".docx"):
                return Response(
                    200, b"PK\x03\x04 docx placeholder",
                    {"Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
                )
            return None
        if path.startswith("/assets/"):
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        return html(
            "<!DOCTYPE html><html lang=\"vi\"><head><title>404 – Không tìm thấy trang</title></head>"
            "<body><div id=\"app\"><h1>404</h1><p>Trang bạn tìm không tồn tại.</p><a href=\"/\">Về trang chủ</a></div></body></html>",
            status=404,
        )


def build_site() -> GridsomeSite:
    return GridsomeSite()


# --- gold -------------------------------------------------------------------------------------

_ALT = {
    "phong-chong-benh-tay-chan-mieng-va-sot-xuat-huyet-trong-truong-mam-non": ["index"],
    "thong-bao-cho-tre-nghi-hoc-ngay-03-12-2026-do-mua-lon": ["utm"],
    "thong-bao-tuyen-sinh-bo-sung-tre-nha-tre-nam-hoc-2026-2027": ["utm"],
}


def _alts(s: Story) -> list[str]:
    out = []
    for kind in _ALT.get(s.slug, []):
        if kind == "index":
            out.append(f"/tin-tuc/{s.slug}/index.html")
        if kind == "utm":
            out.append(f"/tin-tuc/{s.slug}/?utm_source=trang-chu")
    return out


GOLD = [
    gold_record(s, f"/tin-tuc/{s.slug}/", CATS[s.cat], canonical_path=f"/tin-tuc/{s.slug}/", alt_paths=_alts(s))
    for s in ORDERED
]
