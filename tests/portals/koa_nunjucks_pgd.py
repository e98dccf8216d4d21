"""EduPortal (Node.js Koa 2 + Nunjucks, Tailwind CSS): Phòng GD&ĐT thị xã Sơn Tây, Hà Nội.

Platform: "EduPortal", a Hanoi start-up's multi-tenant portal serving many district education
offices (phòng GD&ĐT) from one Koa 2 code base; pages are Nunjucks templates styled with Tailwind
utility classes, article text is stored as Editor.js JSON and rendered server-side block by block
(``ce-block`` / ``cdx-*`` markup), with Alpine.js sprinkles (collapsed text, mobile menu) and a
hydration blob (``window.__EP_STATE__``) plus JSON-LD in every article page. Uploads live under
the tenant's folder ``/uploads/pgd-sontay/…``.

URL scheme
- ``/``                              home: "Tin nổi bật" slider, "Tin mới nhất", one box per category
- ``/c/<slug>``                      category listing, 3 posts a page (+ the pinned post on top)
- ``/c/<slug>?cursor=<opaque>``      next pages: base64url JSON cursor ("Xem thêm bài viết")
- ``/p/<slug>-<shortid>``            article; only the 8-character shortid is routed, any slug
                                     (an old one, after a title edit) serves the same post with
                                     a ``<link rel="canonical">`` to the current slug
- ``/gioi-thieu``, ``/lien-he``      static pages
- ``/van-ban``, ``/van-ban/<id>``    document register and its entries
- ``/lich-cong-tac?tuan=<N>``        weekly work calendar, weeks 48–50 only (bounded)
- ``/tim-kiem?q=``                   search page (GET form), ``/api/binh-chon`` poll (POST form)

Page templates: ``layout.njk`` (header with the date "Thứ Bảy, 05/12/2026", Tailwind nav with
hover drop-downs, sidebar: "Đọc nhiều", poll, links, visitor counter; footer with the EduPortal
tenant list), ``post.njk``, ``category.njk``, ``page.njk``, ``vanban.njk``, ``lich.njk``.

How each gold article is reached
- Tin tức - Sự kiện: h4k8w2pd, t9v3n6qe, r2c7y5mb (pinned: on top of every page) on page 1;
  m5j1d8sx and w6p4z3ha only via ``?cursor=`` page 2.
- Hoạt động chuyên môn: k3m9q2za, n8f2r7tu, e5x9b4gl on page 1; u7a6s1cv only on page 2.
- Thông báo: p3q8h2wn, z4g7k5ry. Gương sáng ngành giáo dục: f8b3v6jc, y2n5c8qd (the latter only
  in its category listing).
- The home page links the newest posts, the slider links three posts with ``?from=home`` (two of
  them under their old slug), the sidebar "Đọc nhiều" links four posts with ``?ref=doc-nhieu``.

Traps
1. Paragraphs are not ``<p>``: Editor.js blocks render as ``div.ce-block > div.ce-block__content >
   div.ce-paragraph.cdx-block``; headers as ``h2.ce-header``, lists as ``ul.cdx-list``, checklists
   as ``div.cdx-checklist__item-text``, tables as ``table.tc-table`` (rows -> "a | b"), a callout
   as ``div.cdx-warning__title`` + ``__message``, a quote as ``div.cdx-quote__text`` +
   ``cite.cdx-quote__caption``. Gold: each of these is one paragraph (the callout's title and
   message two; the quote's text and its cite line two). Many paragraphs end in the stray
   ``<br>`` contenteditable leaves: no empty paragraph comes of it.
2. The ``<time datetime>`` values are UTC ("2026-11-19T23:10:00.000Z"), as Koa serialises Date
   objects; the page's visible text is local time. Gold: local time with +07:00
   ("2026-11-20T06:10:00+07:00", another calendar day than the attribute's date).
3. A post migrated from the old site keeps midnight local time: visible "12/11/2026 00:00",
   attribute "2026-11-11T17:00:00.000Z". Gold: the day alone "2026-11-12".
4. JSON-LD ``datePublished`` is the draft's ``createdAt`` (vendor bug): for h4k8w2pd and
   n8f2r7tu it is days before the printed date; JSON-LD ``author`` is the CMS account. Gold: the
   printed date; the account is nobody.
5. Tailwind responsive duplicates: the meta row is printed twice, ``flex md:hidden`` (mobile:
   account + relative date "2 tuần trước") and ``hidden md:flex`` (desktop: full date, "Cập nhật",
   account, author field, views). The desktop row is the one that carries the date and, for
   e5x9b4gl, the author ("Tác giả: Đỗ Minh Quân"): a reader dropping ``.hidden`` loses them.
6. Long posts are collapsed with Alpine.js: the second half sits in ``<div x-show="moRong"
   x-collapse style="display: none">`` followed by a "Xem toàn bộ bài viết" button. Gold: the
   collapsed text is article text (it is in the page); the button is not.
7. ``<h1>`` starts with a screen-reader-only ``<span class="sr-only">Bài viết: </span>``.
   Gold title: without it.
8. A "Mục lục" box (``aside`` generated from the headers) precedes the text and repeats every
   heading as a link to ``#muc-N``. Gold: headings once, in the text; the box is not body.
9. Images are lazy: ``src`` is an inline SVG placeholder, the photo is in ``data-src``. Gold
   image path: the ``data-src`` upload. An Editor.js caption left empty prints
   ``<figcaption>&nbsp;</figcaption>``: caption None. A caption "(…)" loses its parentheses; one
   reading only "Ảnh: Minh Đức" credits a photographer (caption None).
10. Same post linked under several URLs: the slider links the old slug (title edited after
    publication) with ``?from=home``, the sidebar adds ``?ref=doc-nhieu``; listing cards link
    each post twice (image and title) plus ``#binh-luan``. Gold: canonical current-slug path,
    the linked variants in ``alt_paths``.
11. The pinned post (r2c7y5mb) is printed on top of every cursor page of its category as well as
    in its place in the stream.
12. Bylines: the desktop meta row's "Người đăng: bientap.sontay" is a CMS account (nobody); the
    writer signs at the end of the text in a right-aligned Editor.js paragraph ("Lê Thanh
    Bình", "Tin, ảnh: Phạm Thu Trang", "Tin: Vũ Thị Ngọc - Ảnh: Hoàng Nam", "ThS. Nguyễn Văn
    Hùng - Tổ Toán, Trường THCS Sơn Tây" -> "Nguyễn Văn Hùng"); a quote's cite line names
    a speaker, not an author.
13. An embedded YouTube clip (``div.ce-embed``) prints its own caption line "Clip: …": not body,
    not an image. An Editor.js attaches block ("TB-412-tuyen-dung.pdf 186 KB") is not body.
14. The notice p3q8h2wn is an official document typed into the editor (letterhead table, "Số:",
    "Sơn Tây, ngày 30 tháng 11 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận" / signer table);
    the page's meta prints "01/12/2026 08:15". Gold: letterhead day "2026-11-30", signer
    "Phan Văn Quang" as author, body without letterhead/kind/subject/closing.
15. The hydration blob and og/meta description carry an auto excerpt (first 160 characters
    cut with "…"): not a sapo. Only the "mô tả ngắn" field printed above the text
    (``p[data-field=mo_ta]``) or a bold lead paragraph is the sapo.

Gold decisions on ambiguous points
- The quote's cite line ("— Bà Nguyễn Thị Mai, Phó Trưởng phòng GD&ĐT thị xã") is printed as
  part of the text under the quote: a paragraph of the body, and not an author.
- The callout's title "Lưu ý" is a paragraph of its own (like a heading) before its message.
- A migrated post's "00:00" is midnight: day alone. The notice's date is the letterhead's day,
  not the meta row's publication time.
- A right-aligned line naming a unit alone ("Bộ phận Giáo dục thể chất") is the author; "BBT"
  and CMS accounts are nobody.
- The lazy images' gold path is the ``data-src`` upload (the placeholder is a ``data:`` URI).
- Typed emoji "📌 " at the start of a notice's lines stays in the text.
- Listings, search, calendar weeks 48/50 and the document register are not articles; the
  calendar week 49 (linked from the menu), two document entries, the intro and contact pages
  are NON_ARTICLES.
"""

from __future__ import annotations

import base64
import json
from datetime import date, datetime, timedelta

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "koa_nunjucks_pgd"
PLATFORM = "EduPortal (Node.js Koa 2 + Nunjucks, Tailwind CSS, Editor.js content)"
START_PATH = "/"

TODAY_HEADER = "Thứ Bảy, 05/12/2026"
TODAY = date(2026, 12, 5)
TENANT = "pgd-sontay"
UP = f"/uploads/{TENANT}"
FOLD = "<!--ep:fold-->"
PAGE_SIZE = 3

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
    "guong-sang": "Gương sáng ngành giáo dục",
}


def _right(inner: str) -> Raw:
    """A right-aligned Editor.js paragraph (alignment tune): how writers sign."""
    return Raw(
        '<div class="ce-block ce-block--right"><div class="ce-block__content">'
        '<div class="ce-paragraph cdx-block ce-paragraph--right" style="text-align: right;">'
        f"{inner}</div></div></div>"
    )


STORIES: list[Story] = [
    Story(
        id=1,
        slug="so-ket-chuyen-doi-so-trong-truong-hoc-hoc-ky-i-nam-hoc-2026-2027",
        title="Sơ kết công tác chuyển đổi số trong trường học học kỳ I năm học 2026-2027",
        cat="tin-tuc-su-kien",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Chiều 03/12, Phòng GD&ĐT thị xã Sơn Tây tổ chức hội nghị sơ kết công tác chuyển đổi"
            " số trong các nhà trường, đánh giá kết quả triển khai học bạ số, sổ điểm điện tử và"
            " hồ sơ chuyên môn trực tuyến."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự hội nghị có đồng chí Phan Văn Quang, Trưởng phòng GD&ĐT; đại diện Trung"
                " tâm Văn hóa, Thông tin và Thể thao thị xã cùng hiệu trưởng, phó hiệu trưởng phụ"
                " trách công nghệ thông tin của 52 trường mầm non, tiểu học và trung học cơ sở trên"
                " địa bàn."
            ),
            Img(
                f"{UP}/2026/12/hoi-nghi-cds-01.jpg",
                "Quang cảnh hội nghị sơ kết công tác chuyển đổi số",
                "Quang cảnh hội nghị sơ kết công tác chuyển đổi số",
                "lazy",
            ),
            P(
                "Theo báo cáo, đến hết tháng 11/2026, 100% trường tiểu học và trung học cơ sở đã"
                " triển khai học bạ số cho học sinh từ lớp 1 đến lớp 9; 48/52 trường sử dụng sổ điểm"
                " điện tử thay cho sổ điểm giấy."
            ),
            P(
                "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số khó khăn: hạ tầng mạng ở"
                " một số điểm trường lẻ chưa ổn định, thiết bị của giáo viên còn thiếu, một bộ phận"
                " cán bộ quản lý chưa thực sự quan tâm khai thác dữ liệu."
            ),
            Img(f"{UP}/2026/12/hoi-nghi-cds-02.jpg", "Ảnh: Minh Đức", None, "lazy"),
            P(
                "Phát biểu chỉ đạo, đồng chí Trưởng phòng đề nghị các nhà trường hoàn thành việc số"
                " hóa hồ sơ chuyên môn trước ngày 31/12/2026 và chủ động phối hợp với nhà cung cấp"
                " để khắc phục lỗi phần mềm."
            ),
            _right("<b>Lê Thanh Bình</b>"),
        ],
        authors=["Lê Thanh Bình"],
        photographers=["Minh Đức"],
        opts={
            "sid": "h4k8w2pd",
            "shown": "2026-12-03T14:30",
            "created": "2026-12-01T09:12",
            "updated": "2026-12-04T16:20",
            "account": "bientap.sontay",
            "old_slug": "so-ket-chuyen-doi-so-hoc-ky-i",
            "slider": True,
        },
    ),
    Story(
        id=2,
        slug="giao-luu-tieng-anh-la-niem-vui-cap-tieu-hoc",
        title="Giao lưu “Tiếng Anh là niềm vui” cấp Tiểu học năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-11-28T09:15:00+07:00",
        blocks=[
            P(
                "Sáng 27/11, tại Trường Tiểu học Lê Lợi, Phòng GD&ĐT thị xã Sơn Tây tổ chức giao lưu"
                " “Tiếng Anh là niềm vui” dành cho học sinh lớp 4, lớp 5."
            ),
            P(
                "Chương trình thu hút 26 đội đến từ các trường tiểu học trong thị xã. Mỗi đội gồm 3"
                " học sinh, tham gia ba phần thi: Chào hỏi, Tài năng và Hiểu biết."
            ),
            Img(
                f"{UP}/2026/11/giao-luu-tieng-anh.jpg",
                "Đội Trường Tiểu học Sơn Lộc trong phần thi Tài năng",
                "Đội Trường Tiểu học Sơn Lộc trong phần thi Tài năng",
                "fig",
            ),
            P(
                "Các em không chỉ thi mà còn được giao lưu, kết bạn và tự tin hơn khi sử dụng tiếng"
                " Anh trước đông người.",
                "quote",
            ),
            P("— Bà Nguyễn Thị Mai, Phó Trưởng phòng GD&ĐT thị xã", "cite"),
            P(
                "Kết thúc giao lưu, Ban tổ chức trao 3 giải Nhất, 5 giải Nhì, 8 giải Ba và 10 giải"
                " Khuyến khích cho các đội."
            ),
            _right("<i>Tin, ảnh: Phạm Thu Trang</i>"),
        ],
        authors=["Phạm Thu Trang"],
        photographers=["Phạm Thu Trang"],
        opts={"sid": "t9v3n6qe", "shown": "2026-11-28T09:15", "account": "bientap.sontay"},
    ),
    Story(
        id=3,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T06:10:00+07:00",
        summary=(
            "Sáng 19/11, Ủy ban nhân dân thị xã Sơn Tây long trọng tổ chức Lễ kỷ niệm 44 năm Ngày"
            " Nhà giáo Việt Nam và tuyên dương các nhà giáo tiêu biểu năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi lễ có lãnh đạo Thị ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam thị xã; các thầy cô"
                " giáo đã nghỉ hưu qua các thời kỳ và hơn 300 cán bộ, giáo viên tiêu biểu."
            ),
            P("Những dấu ấn của năm học 2025-2026", "h2"),
            P(
                "Năm học 2025-2026, toàn thị xã có 18 học sinh đạt giải cấp thành phố, 2 học sinh"
                " đạt giải quốc gia; tỷ lệ trường đạt chuẩn quốc gia đạt 86,5%."
            ),
            Img(
                f"{UP}/2026/11/ky-niem-20-11-01.jpg",
                "Lãnh đạo thị xã tặng hoa chúc mừng các thầy cô giáo",
                "Lãnh đạo thị xã tặng hoa chúc mừng các thầy cô giáo",
                "fig",
            ),
            P(
                "Công tác xây dựng đội ngũ được quan tâm: 100% giáo viên đạt chuẩn trình độ đào tạo"
                " theo Luật Giáo dục 2019, trong đó 41% trên chuẩn."
            ),
            Raw(FOLD),
            P("Tuyên dương 44 nhà giáo tiêu biểu", "h2"),
            P(
                "Tại buổi lễ, Chủ tịch UBND thị xã đã tặng Giấy khen cho 44 nhà giáo có thành tích"
                " xuất sắc trong công tác giảng dạy, giáo dục học sinh."
            ),
            P("Khối mầm non: 12 nhà giáo;", "li"),
            P("Khối tiểu học: 17 nhà giáo;", "li"),
            P("Khối trung học cơ sở: 15 nhà giáo.", "li"),
            P("Nhiệm vụ thời gian tới", "h2"),
            P(
                "Phát biểu tại buổi lễ, đồng chí Chủ tịch UBND thị xã đề nghị ngành giáo dục tiếp"
                " tục đổi mới phương pháp dạy học, nâng cao chất lượng giáo dục toàn diện, chăm lo"
                " đời sống cho đội ngũ nhà giáo."
            ),
            _right("<b>BBT</b>"),
        ],
        opts={
            "sid": "r2c7y5mb",
            "shown": "2026-11-20T06:10",
            "updated": "2026-11-21T10:02",
            "account": "bientap.sontay",
            "pinned": True,
            "toc": True,
            "top": True,
        },
    ),
    Story(
        id=4,
        slug="ra-mat-mo-hinh-thu-vien-xanh-tai-truong-thcs-son-dong",
        title="Ra mắt mô hình “Thư viện xanh” tại Trường THCS Sơn Đông",
        cat="tin-tuc-su-kien",
        published_at="2026-11-12",
        blocks=[
            P(
                "Ngày 10/11, Trường THCS Sơn Đông (thị xã Sơn Tây) ra mắt mô hình “Thư viện xanh”"
                " với hơn 2.000 đầu sách được bố trí dưới tán cây trong khuôn viên nhà trường."
            ),
            P(
                "Mô hình do Liên đội nhà trường phối hợp với Ban đại diện cha mẹ học sinh xây dựng."
                " Sách được quyên góp từ học sinh, phụ huynh và các nhà hảo tâm."
            ),
            Img(
                f"{UP}/legacy/2026/11/thu-vien-xanh.jpg",
                "Học sinh đọc sách tại Thư viện xanh",
                "Học sinh đọc sách tại Thư viện xanh",
                "legacy",
            ),
            P(
                "Thư viện mở cửa vào giờ ra chơi và các buổi chiều thứ Năm hằng tuần. Học sinh tự"
                " đăng ký mượn sách qua sổ theo dõi do các em trong đội Thư viện quản lý."
            ),
            Raw('<p style="text-align:right"><em>Nguồn: Báo Hà Nội Mới</em></p>'),
        ],
        source="Báo Hà Nội Mới",
        opts={"sid": "m5j1d8sx", "shown": "2026-11-12T00:00", "account": "admin", "legacy": True},
    ),
    Story(
        id=5,
        slug="hoi-khoe-phu-dong-thi-xa-son-tay-lan-thu-xii",
        title="Hội khỏe Phù Đổng thị xã Sơn Tây lần thứ XII năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-22T16:00:00+07:00",
        blocks=[
            P(
                "Từ ngày 18 đến 21/10, Hội khỏe Phù Đổng thị xã Sơn Tây lần thứ XII đã diễn ra với sự"
                " tham gia của gần 1.500 vận động viên là học sinh tiểu học và trung học cơ sở."
            ),
            P(
                "Các vận động viên tranh tài ở 9 môn: điền kinh, bơi, cờ vua, bóng bàn, cầu lông,"
                " bóng đá, đá cầu, võ thuật và kéo co."
            ),
            Raw(
                '<div class="ce-block"><div class="ce-block__content"><div class="ce-embed cdx-block">'
                '<div class="relative w-full aspect-video overflow-hidden rounded-lg">'
                '<iframe class="absolute inset-0 w-full h-full" src="https://www.youtube.com/embed/'
                'Xq7hPZ3sT0k" title="YouTube video player" frameborder="0" allowfullscreen>'
                "</iframe></div>"
                '<div class="ce-embed__caption text-center text-sm text-slate-500 mt-2">'
                "Clip: Lễ khai mạc Hội khỏe Phù Đổng thị xã Sơn Tây lần thứ XII</div>"
                "</div></div></div>"
            ),
            P(
                "Kết quả, Trường THCS Sơn Tây dẫn đầu toàn đoàn khối trung học cơ sở, Trường Tiểu học"
                " Quang Trung dẫn đầu khối tiểu học."
            ),
            _right("<b>Bộ phận Giáo dục thể chất</b>"),
        ],
        authors=["Bộ phận Giáo dục thể chất"],
        opts={"sid": "w6p4z3ha", "shown": "2026-10-22T16:00", "account": "bientap.sontay"},
    ),
    Story(
        id=6,
        slug="chuyen-de-day-hoc-phat-trien-nang-luc-mon-toan-thcs",
        title="Chuyên đề “Dạy học phát triển năng lực” môn Toán cấp THCS",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-12-01T10:20:00+07:00",
        blocks=[
            P(
                "Ngày 28/11, tại Trường THCS Sơn Tây, Phòng GD&ĐT tổ chức chuyên đề “Dạy học phát"
                " triển năng lực” môn Toán dành cho giáo viên dạy Toán các trường THCS trong thị xã."
            ),
            P("Chuyên đề gồm hai tiết dạy minh họa ở lớp 7 và lớp 9, sau đó là phần thảo luận theo nhóm."),
            P("Tiết | Lớp | Bài dạy | Giáo viên", "th"),
            P("1 | 7A3 | Tam giác cân | Cô Trần Thu Huyền", "tr"),
            P("2 | 9A1 | Góc nội tiếp | Thầy Lê Văn Tuấn", "tr"),
            P("Qua thảo luận, các thầy cô thống nhất một số nội dung cần chú trọng:"),
            P("Tổ chức hoạt động khởi động gắn với tình huống thực tế;", "check"),
            P("Giao nhiệm vụ học tập rõ ràng, có sản phẩm cụ thể;", "check"),
            P("Đánh giá thường xuyên bằng phiếu quan sát và bảng kiểm.", "check"),
            Img(
                f"{UP}/2026/12/chuyen-de-toan.jpg",
                "Tiết dạy minh họa của cô Trần Thu Huyền",
                "Tiết dạy minh họa của cô Trần Thu Huyền",
                "lazy",
            ),
            Raw(
                '<div class="mt-6 text-right"><span class="font-semibold">ThS. Nguyễn Văn Hùng</span>'
                ' - <span class="italic">Tổ Toán, Trường THCS Sơn Tây</span></div>'
            ),
        ],
        authors=["Nguyễn Văn Hùng"],
        opts={
            "sid": "k3m9q2za",
            "shown": "2026-12-01T10:20",
            "account": "chuyenmon.thcs",
            "old_slug": "chuyen-de-toan-thcs-thang-11",
            "slider": True,
            "top": True,
        },
    ),
    Story(
        id=7,
        slug="hoi-thi-giao-vien-day-gioi-cap-thi-xa-bac-mam-non",
        title="Hội thi giáo viên dạy giỏi cấp thị xã bậc Mầm non năm học 2026-2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-25T15:45:00+07:00",
        blocks=[
            P(
                "Từ ngày 17 đến 24/11, Phòng GD&ĐT thị xã Sơn Tây tổ chức Hội thi giáo viên dạy giỏi"
                " cấp thị xã bậc Mầm non năm học 2026-2027."
            ),
            P("Lưu ý", "warn_title"),
            P(
                "Kết quả chính thức sẽ được công bố bằng văn bản sau khi Ban Giám khảo hoàn tất việc"
                " thẩm định hồ sơ.",
                "warn_msg",
            ),
            P(
                "Hội thi có 64 giáo viên dự thi, đến từ 20 trường mầm non công lập và tư thục. Mỗi"
                " giáo viên trải qua hai phần thi: trình bày biện pháp nâng cao chất lượng chăm sóc,"
                " giáo dục trẻ và thực hành tổ chức hoạt động."
            ),
            Img(
                f"{UP}/2026/11/gvdg-mam-non-01.jpg",
                "Cô Nguyễn Thị Thoa, Trường Mầm non Hoa Sen, tổ chức hoạt động khám phá",
                "Cô Nguyễn Thị Thoa, Trường Mầm non Hoa Sen, tổ chức hoạt động khám phá",
                "lazy",
            ),
            Img(
                f"{UP}/2026/11/gvdg-mam-non-02.jpg",
                "Trẻ hào hứng tham gia hoạt động âm nhạc",
                "Trẻ hào hứng tham gia hoạt động âm nhạc",
                "lazy",
            ),
            P(
                "Ban Giám khảo đánh giá cao sự chuẩn bị công phu, sáng tạo của các cô trong việc sử"
                " dụng nguyên vật liệu sẵn có ở địa phương để làm đồ dùng, đồ chơi."
            ),
            _right("<em>Tin: Vũ Thị Ngọc - Ảnh: Hoàng Nam</em>"),
        ],
        authors=["Vũ Thị Ngọc"],
        photographers=["Hoàng Nam"],
        opts={
            "sid": "n8f2r7tu",
            "shown": "2026-11-25T15:45",
            "created": "2026-11-21T08:03",
            "account": "chuyenmon.mn",
        },
    ),
    Story(
        id=8,
        slug="tap-huan-khai-thac-hoc-lieu-so-cho-giao-vien-tieu-hoc",
        title="Tập huấn khai thác học liệu số cho giáo viên tiểu học",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-16T08:00:00+07:00",
        blocks=[
            P(
                "Trong hai ngày 14 và 15/11, hơn 400 giáo viên tiểu học của thị xã Sơn Tây tham gia"
                " lớp tập huấn khai thác, sử dụng học liệu số do Phòng GD&ĐT tổ chức."
            ),
            P("Nội dung tập huấn gồm:"),
            P("Khai thác kho học liệu số dùng chung của ngành;", "li"),
            P("Thiết kế bài giảng điện tử có tương tác;", "li"),
            P("Bảo đảm an toàn thông tin khi dạy học trực tuyến.", "li"),
            P("Lớp học được chia thành hai ca:"),
            P("Ca sáng: giáo viên khối lớp 1, 2, 3;", "br"),
            P("Ca chiều: giáo viên khối lớp 4, 5.", "br"),
            Raw(FOLD),
            P(
                "Báo cáo viên là các giáo viên cốt cán cấp thành phố, đã được Sở GD&ĐT Hà Nội tập"
                " huấn trong tháng 10/2026."
            ),
            P(
                "Sau tập huấn, mỗi giáo viên hoàn thiện ít nhất một bài giảng điện tử và nộp về tổ"
                " chuyên môn trước ngày 30/11."
            ),
        ],
        authors=["Đỗ Minh Quân"],
        opts={
            "sid": "e5x9b4gl",
            "shown": "2026-11-16T08:00",
            "account": "chuyenmon.th",
            "author_field": "Đỗ Minh Quân",
        },
    ),
    Story(
        id=9,
        slug="sinh-hoat-cum-chuyen-mon-mon-ngu-van-cum-2",
        title="Sinh hoạt cụm chuyên môn môn Ngữ văn cụm 2",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-30T14:00:00+07:00",
        blocks=[
            P(
                "Chiều 29/10, cụm chuyên môn số 2 gồm các trường THCS Xuân Sơn, Kim Sơn, Sơn Đông và"
                " Cổ Đông tổ chức sinh hoạt chuyên môn môn Ngữ văn tại Trường THCS Kim Sơn."
            ),
            Img(f"{UP}/2026/10/cum-2-ngu-van.jpg", "\xa0", None, "fig"),
            P(
                "Các thầy cô đã dự tiết dạy bài “Đọc hiểu văn bản nghị luận” lớp 8, trao đổi về cách"
                " ra đề kiểm tra đánh giá theo định hướng phát triển năng lực đọc hiểu."
            ),
            P(
                "Buổi sinh hoạt giúp giáo viên trong cụm học hỏi lẫn nhau, thống nhất cách triển"
                " khai nội dung dạy học trong học kỳ I."
            ),
        ],
        opts={"sid": "u7a6s1cv", "shown": "2026-10-30T14:00", "account": "admin"},
    ),
    Story(
        id=10,
        slug="thong-bao-tuyen-dung-giao-vien-mam-non-theo-hinh-thuc-hop-dong",
        title="Thông báo tuyển dụng giáo viên mầm non theo hình thức hợp đồng năm 2026",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<div class="ce-block"><div class="ce-block__content"><div class="tc-wrap">'
                '<table class="tc-table w-full text-center text-sm"><tbody>'
                '<tr class="tc-row"><td class="tc-cell font-semibold">UBND THỊ XÃ SƠN TÂY</td>'
                '<td class="tc-cell font-semibold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr>'
                '<tr class="tc-row"><td class="tc-cell font-bold">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</td>'
                '<td class="tc-cell font-bold">Độc lập - Tự do - Hạnh phúc</td></tr>'
                '<tr class="tc-row"><td class="tc-cell">Số: 412/TB-PGDĐT</td>'
                '<td class="tc-cell italic">Sơn Tây, ngày 30 tháng 11 năm 2026</td></tr>'
                "</tbody></table></div></div></div>"
                '<div class="ce-block"><div class="ce-block__content">'
                '<div class="ce-paragraph cdx-block text-center font-bold" style="text-align: center;">'
                "THÔNG BÁO</div></div></div>"
                '<div class="ce-block"><div class="ce-block__content">'
                '<div class="ce-paragraph cdx-block text-center font-bold" style="text-align: center;">'
                "Về việc tuyển dụng giáo viên mầm non theo hình thức hợp đồng năm 2026</div>"
                "</div></div>"
            ),
            P(
                "Căn cứ Nghị định số 111/2022/NĐ-CP ngày 30/12/2022 của Chính phủ về hợp đồng đối với"
                " một số loại công việc trong cơ quan hành chính và đơn vị sự nghiệp công lập;"
            ),
            P(
                "Căn cứ nhu cầu thực tế của các trường mầm non công lập trên địa bàn, Phòng Giáo dục"
                " và Đào tạo thị xã Sơn Tây thông báo tuyển dụng giáo viên mầm non theo hình thức hợp"
                " đồng như sau:"
            ),
            P("1. Số lượng cần tuyển: 15 giáo viên."),
            P(
                "2. Điều kiện dự tuyển: có bằng cao đẳng sư phạm mầm non trở lên; có đủ sức khỏe để"
                " làm việc; không trong thời gian bị truy cứu trách nhiệm hình sự."
            ),
            P("3. Thời gian nhận hồ sơ: từ ngày 01/12/2026 đến hết ngày 15/12/2026 (trong giờ hành chính)."),
            P(
                "4. Địa điểm nhận hồ sơ: Phòng Giáo dục và Đào tạo thị xã Sơn Tây, số 2 phố Phó Đức"
                " Chính, phường Ngô Quyền, thị xã Sơn Tây."
            ),
            Raw(
                '<div class="ce-block"><div class="ce-block__content"><div class="tc-wrap">'
                '<table class="tc-table w-full text-sm"><tbody><tr class="tc-row">'
                '<td class="tc-cell align-top w-1/2"><b><i>Nơi nhận:</i></b><br>- Các trường MN'
                " công lập;<br>- Cổng TTĐT thị xã;<br>- Lưu: VT.</td>"
                '<td class="tc-cell text-center align-top"><b>TRƯỞNG PHÒNG</b><br><i>(Đã ký)</i>'
                "<br><br><b>Phan Văn Quang</b></td></tr></tbody></table></div></div></div>"
            ),
            Raw(
                '<div class="ce-block"><div class="ce-block__content">'
                '<div class="cdx-attaches cdx-attaches--with-file flex items-center gap-3 border'
                ' rounded-lg p-3 bg-slate-50"><div class="cdx-attaches__file-icon" data-extension="pdf">'
                'PDF</div><div class="cdx-attaches__file-info"><div class="cdx-attaches__title">'
                'TB-412-tuyen-dung.pdf</div><div class="cdx-attaches__size">186 KB</div></div>'
                f'<a class="cdx-attaches__download-button" href="{UP}/files/TB-412-tuyen-dung.pdf"'
                ' download>Tải về</a></div></div></div>'
            ),
        ],
        authors=["Phan Văn Quang"],
        opts={"sid": "p3q8h2wn", "shown": "2026-12-01T08:15", "account": "vanphong.pgd", "top": True},
    ),
    Story(
        id=11,
        slug="dieu-chinh-gio-vao-hoc-buoi-sang-tu-ngay-23-11-2026",
        title="Điều chỉnh giờ vào học buổi sáng từ ngày 23/11/2026",
        cat="thong-bao",
        published_at="2026-11-18T17:05:00+07:00",
        summary=(
            "Phòng GD&ĐT thị xã Sơn Tây thông báo điều chỉnh giờ vào học buổi sáng đối với các"
            " trường mầm non, tiểu học và THCS theo thời gian biểu mùa đông."
        ),
        blocks=[
            P(
                "Phòng GD&ĐT thị xã Sơn Tây thông báo điều chỉnh giờ vào học buổi sáng đối với các"
                " trường mầm non, tiểu học và THCS theo thời gian biểu mùa đông.",
                "bold",
            ),
            P(
                "📌 Từ ngày 23/11/2026, giờ vào lớp buổi sáng bắt đầu lúc 7 giờ 30 phút (chậm hơn 15"
                " phút so với thời gian biểu mùa hè)."
            ),
            P("📌 Giờ học buổi chiều giữ nguyên như hiện hành."),
            P(
                "Các nhà trường thông báo tới cha mẹ học sinh và chủ động bố trí cán bộ, giáo viên"
                " trực đón trẻ, học sinh."
            ),
        ],
        opts={"sid": "z4g7k5ry", "shown": "2026-11-18T17:05", "account": "vanphong.pgd"},
    ),
    Story(
        id=12,
        slug="co-giao-hai-muoi-nam-gan-bo-voi-diem-truong-le",
        title="Cô giáo hai mươi năm gắn bó với điểm trường lẻ",
        cat="guong-sang",
        published_at="2026-11-08T19:30:00+07:00",
        summary=(
            "Hơn hai mươi năm qua, cô Kiều Thị Hằng, giáo viên Trường Tiểu học Kim Sơn, vẫn ngày"
            " ngày vượt gần 10 km đến điểm trường lẻ thôn Đồng Sổ để đứng lớp."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm 2006, tốt nghiệp Trường Cao đẳng Sư phạm Hà Tây, cô Hằng nhận công tác tại điểm"
                " trường lẻ của Trường Tiểu học Kim Sơn. Khi ấy, lớp học chỉ là hai phòng cấp bốn,"
                " mùa mưa nước dột, mùa hè nắng nóng."
            ),
            Img(
                f"{UP}/2026/11/co-giao-kieu-thi-hang.jpg",
                "(Cô Kiều Thị Hằng trong giờ học với các em lớp 2)",
                "Cô Kiều Thị Hằng trong giờ học với các em lớp 2",
                "fig",
            ),
            P(
                "“Nhìn các em đọc thông viết thạo, lên lớp 3 về học ở điểm trường chính, tôi thấy"
                " những vất vả của mình là xứng đáng”, cô Hằng chia sẻ."
            ),
            P(
                "Nhiều năm liền, cô đạt danh hiệu giáo viên dạy giỏi cấp thị xã và được Chủ tịch UBND"
                " thành phố Hà Nội tặng Bằng khen năm 2025."
            ),
            _right("<em>Bài và ảnh: Thanh Xuân</em>"),
        ],
        authors=["Thanh Xuân"],
        photographers=["Thanh Xuân"],
        opts={"sid": "f8b3v6jc", "shown": "2026-11-08T19:30", "account": "bientap.sontay",
              "slider": True, "top": True},
    ),
    Story(
        id=13,
        slug="thay-hieu-truong-va-nhung-chiec-xe-dap-cho-hoc-tro-ngheo",
        title="Thầy hiệu trưởng và những chiếc xe đạp cho học trò nghèo",
        cat="guong-sang",
        published_at="2026-10-15T10:00:00+07:00",
        blocks=[
            P(
                "Ba năm nay, thầy Nguyễn Đức Thịnh, Hiệu trưởng Trường THCS Thanh Mỹ, đã vận động trao"
                " tặng 120 chiếc xe đạp cho học sinh có hoàn cảnh khó khăn."
            ),
            P(
                "Những chiếc xe cũ được thầy cùng giáo viên trong trường sửa chữa, sơn lại trước khi"
                " trao cho các em vào dịp khai giảng."
            ),
            Img(
                f"{UP}/2026/10/xe-dap-hoc-tro.jpg",
                "Thầy Nguyễn Đức Thịnh trao xe đạp cho học sinh",
                "Thầy Nguyễn Đức Thịnh trao xe đạp cho học sinh",
                "lazy",
            ),
            P("Với thầy Thịnh, mỗi chiếc xe là một động lực để các em không bỏ học giữa chừng."),
            _right("<i>Theo Báo Giáo dục và Thời đại</i>"),
        ],
        source="Báo Giáo dục và Thời đại",
        opts={"sid": "y2n5c8qd", "shown": "2026-10-15T10:00", "account": "bientap.sontay"},
    ),
]

BY_SID = {s.opts["sid"]: s for s in STORIES}


# --- helpers ---------------------------------------------------------------------------------


def post_path(story: Story, slug: str | None = None) -> str:
    return f"/p/{slug or story.slug}-{story.opts['sid']}"


def _local(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%dT%H:%M")


def _utc_z(stamp: str) -> str:
    """How Koa serialises a Date: UTC with milliseconds and a Z."""
    return (_local(stamp) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _vn(stamp: str, with_time: bool = True) -> str:
    d = _local(stamp)
    return d.strftime("%d/%m/%Y %H:%M") if with_time else d.strftime("%d/%m/%Y")


def _relative(stamp: str) -> str:
    days = (TODAY - _local(stamp).date()).days
    if days <= 0:
        return "Hôm nay"
    if days < 7:
        return f"{days} ngày trước"
    if days < 30:
        return f"{days // 7} tuần trước"
    return f"{days // 30} tháng trước"


def _stories_in(cat: str) -> list[Story]:
    return sorted(
        (s for s in STORIES if s.cat == cat), key=lambda s: s.opts["shown"], reverse=True
    )


def _latest(n: int) -> list[Story]:
    return sorted(STORIES, key=lambda s: s.opts["shown"], reverse=True)[:n]


def _excerpt(story: Story, limit: int = 160) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= limit else first[:limit].rsplit(" ", 1)[0] + "…"


def _thumb(story: Story) -> str:
    imgs = story.images
    name = imgs[0].src.rsplit("/", 1)[1] if imgs else "mac-dinh.jpg"
    return f"{UP}/thumbs/w360/{name}"


_PLACEHOLDER = (
    "data:image/svg+xml;charset=utf-8,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 9'"
    "%3E%3C/svg%3E"
)


# --- chrome ----------------------------------------------------------------------------------

_MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu", "Giới thiệu", []),
    ("/c/tin-tuc-su-kien", "Tin tức", [("/c/tin-tuc-su-kien", "Tin tức - Sự kiện"),
                                       ("/c/guong-sang", "Gương sáng ngành giáo dục")]),
    ("/c/hoat-dong-chuyen-mon", "Chuyên môn", []),
    ("/c/thong-bao", "Thông báo", []),
    ("/van-ban", "Văn bản", []),
    ("/lich-cong-tac?tuan=49", "Lịch công tác", []),
    ("/lien-he", "Liên hệ", []),
]


def _nav() -> str:
    items = []
    for href, label, sub in _MENU:
        if sub:
            subs = "".join(
                f'<li><a class="block px-4 py-2 hover:bg-sky-50" href="{h}">{esc(t)}</a></li>'
                for h, t in sub
            )
            items.append(
                '<li class="relative group" x-data="{ mo: false }">'
                f'<a class="inline-flex items-center px-3 py-3 hover:bg-sky-700" href="{href}">'
                f'{esc(label)} <svg class="w-3 h-3 ml-1" viewBox="0 0 20 20"><path d="M5 7l5 5 5-5"/></svg></a>'
                '<ul class="absolute left-0 top-full hidden group-hover:block min-w-[220px] bg-white'
                f' text-slate-700 shadow-lg rounded-b-md z-30">{subs}</ul></li>'
            )
        else:
            items.append(
                f'<li><a class="inline-flex px-3 py-3 hover:bg-sky-700" href="{href}">{esc(label)}</a></li>'
            )
    return "".join(items)


def _sidebar() -> str:
    top = [s for s in STORIES if s.opts.get("top")]
    doc_nhieu = "".join(
        '<li class="flex gap-2 py-2 border-b border-dashed border-slate-200">'
        f'<span class="shrink-0 w-6 h-6 rounded-full bg-sky-600 text-white text-xs grid place-items-center">{i}</span>'
        f'<a class="text-sm hover:text-sky-700" href="{post_path(s)}?ref=doc-nhieu">{esc(s.title)}</a></li>'
        for i, s in enumerate(top, 1)
    )
    return f"""
<aside class="w-full lg:w-80 shrink-0 space-y-6" id="ep-sidebar">
  <section class="bg-white rounded-xl shadow-sm p-4">
    <h3 class="text-sky-800 font-bold uppercase text-sm border-l-4 border-sky-600 pl-2 mb-2">Đọc nhiều</h3>
    <ol>{doc_nhieu}</ol>
  </section>
  <section class="bg-white rounded-xl shadow-sm p-4">
    <h3 class="text-sky-800 font-bold uppercase text-sm border-l-4 border-sky-600 pl-2 mb-2">Thăm dò ý kiến</h3>
    <form action="/api/binh-chon" method="post" class="text-sm space-y-1">
      <p class="font-medium">Bạn đánh giá thế nào về cổng thông tin mới?</p>
      <label class="block"><input type="radio" name="lc" value="1"> Rất hữu ích</label>
      <label class="block"><input type="radio" name="lc" value="2"> Hữu ích</label>
      <label class="block"><input type="radio" name="lc" value="3"> Cần cải thiện</label>
      <button class="mt-2 px-3 py-1 rounded bg-sky-600 text-white" type="submit">Bình chọn</button>
    </form>
  </section>
  <section class="bg-white rounded-xl shadow-sm p-4">
    <h3 class="text-sky-800 font-bold uppercase text-sm border-l-4 border-sky-600 pl-2 mb-2">Liên kết</h3>
    <ul class="text-sm space-y-1">
      <li><a href="https://hanoi.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Hà Nội</a></li>
      <li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
      <li><a href="https://sontay.hanoi.gov.vn" target="_blank" rel="noopener">Cổng TTĐT thị xã Sơn Tây</a></li>
    </ul>
  </section>
  <section class="bg-white rounded-xl shadow-sm p-4 text-sm" id="ep-counter">
    <h3 class="text-sky-800 font-bold uppercase text-sm border-l-4 border-sky-600 pl-2 mb-2">Thống kê truy cập</h3>
    <div class="flex justify-between"><span>Đang online</span><b>27</b></div>
    <div class="flex justify-between"><span>Hôm nay</span><b>1.482</b></div>
    <div class="flex justify-between"><span>Tổng truy cập</span><b>2.317.905</b></div>
  </section>
</aside>"""


def _layout(request: Request, title: str, main: str, head: str = "") -> Response:
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | Phòng GD&amp;ĐT thị xã Sơn Tây</title>
<link rel="stylesheet" href="/static/css/app.b7c2e1.css">
<link rel="icon" href="/static/favicon.ico">
<meta name="generator" content="EduPortal 3.8.2 (koa)">
{head}
<script defer src="/static/js/alpine.min.js"></script>
</head>
<body class="bg-slate-100 text-slate-800 font-sans antialiased" x-data="{{ menuMobile: false }}">
<div class="bg-sky-900 text-sky-100 text-xs">
  <div class="max-w-7xl mx-auto px-4 py-1 flex justify-between">
    <span>{TODAY_HEADER}</span>
    <span class="hidden sm:inline">Đường dây nóng: 024.3383.2215</span>
  </div>
</div>
<header class="bg-gradient-to-r from-sky-700 to-sky-500 text-white">
  <div class="max-w-7xl mx-auto px-4 py-4 flex items-center gap-4">
    <a href="/"><img class="h-16 w-16" src="/static/{TENANT}/logo.png" alt="Logo PGD Sơn Tây"></a>
    <div>
      <div class="uppercase text-sm tracking-wide">Ủy ban nhân dân thị xã Sơn Tây</div>
      <div class="uppercase text-xl md:text-2xl font-extrabold">Phòng Giáo dục và Đào tạo</div>
    </div>
    <form action="/tim-kiem" method="get" class="ml-auto hidden md:flex">
      <input class="rounded-l px-3 py-1 text-slate-800" type="search" name="q" placeholder="Tìm kiếm...">
      <button class="rounded-r bg-sky-900 px-3" type="submit">Tìm</button>
    </form>
  </div>
  <nav class="bg-sky-800"><ul class="max-w-7xl mx-auto px-4 flex flex-wrap text-sm font-semibold">{_nav()}</ul></nav>
</header>
<div class="max-w-7xl mx-auto px-4 py-6 flex flex-col lg:flex-row gap-6">
<main class="flex-1 min-w-0">{main}</main>
{_sidebar()}
</div>
<footer class="bg-sky-950 text-sky-100 text-sm mt-8">
  <div class="max-w-7xl mx-auto px-4 py-6 grid md:grid-cols-3 gap-6">
    <div>
      <div class="font-bold uppercase">Phòng Giáo dục và Đào tạo thị xã Sơn Tây</div>
      <div>Địa chỉ: Số 2 phố Phó Đức Chính, phường Ngô Quyền, thị xã Sơn Tây, Hà Nội</div>
      <div>Điện thoại: 024.3383.2215 – Email: pgdsontay@hanoiedu.vn</div>
      <div>Chịu trách nhiệm nội dung: Trưởng phòng Phan Văn Quang</div>
    </div>
    <div>
      <div class="font-semibold">Các đơn vị trên hệ thống EduPortal</div>
      <ul>
        <li><a href="https://pgdbavi.eduportal.vn">Phòng GD&amp;ĐT huyện Ba Vì</a></li>
        <li><a href="https://pgdphuctho.eduportal.vn">Phòng GD&amp;ĐT huyện Phúc Thọ</a></li>
        <li><a href="https://pgdthachthat.eduportal.vn">Phòng GD&amp;ĐT huyện Thạch Thất</a></li>
      </ul>
    </div>
    <div>© 2026 Phòng GD&amp;ĐT thị xã Sơn Tây. Vận hành trên nền tảng
      <a href="https://eduportal.vn" rel="nofollow">EduPortal</a> – Công ty CP Công nghệ Giáo dục EduTech Hà Nội.</div>
  </div>
</footer>
</body>
</html>"""
    return html(page, headers={"X-Powered-By": "Koa", "X-Tenant": TENANT})


def _crumbs(*items: tuple[str | None, str]) -> str:
    parts = ['<a class="hover:text-sky-700" href="/">Trang chủ</a>']
    for href, label in items:
        parts.append(
            f'<a class="hover:text-sky-700" href="{href}">{esc(label)}</a>' if href
            else f'<span class="text-slate-700">{esc(label)}</span>'
        )
    sep = '<span class="mx-1 text-slate-400">/</span>'
    return f'<nav aria-label="breadcrumb" class="text-sm text-slate-500 mb-3">{sep.join(parts)}</nav>'


# --- article body ----------------------------------------------------------------------------


def _para(inner: str, extra: str = "") -> str:
    return (
        f'<div class="ce-block"><div class="ce-block__content"><div class="ce-paragraph cdx-block{extra}">'
        f"{inner}</div></div></div>"
    )


def _image(img: Img, legacy: bool = False) -> str:
    if img.style == "legacy":
        return (
            f'<p style="text-align:center"><img src="{esc(img.src)}" alt="" width="600"></p>'
            f'<p style="text-align:center"><em>{esc(img.printed or "")}</em></p>'
        )
    if img.style == "lazy":
        tag = (
            f'<img class="lazyload w-full rounded-lg" src="{_PLACEHOLDER}" data-src="{esc(img.src)}"'
            ' alt="" loading="lazy">'
        )
    else:
        tag = f'<img class="w-full rounded-lg" src="{esc(img.src)}" alt="">'
    cap = ""
    if img.printed is not None:
        shown = "&nbsp;" if img.printed == "\xa0" else esc(img.printed)
        cap = f'<figcaption class="cdx-image__caption text-center text-sm italic text-slate-500 mt-1">{shown}</figcaption>'
    return (
        '<div class="ce-block ce-block--stretched"><div class="ce-block__content">'
        f'<figure class="cdx-block image-tool image-tool--filled">{tag}{cap}</figure></div></div>'
    )


def _blocks(story: Story) -> str:
    blocks = story.blocks
    out: list[str] = []
    heading_no = 0
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html == FOLD:
                out.append(
                    '<div x-data="{ moRong: false }" class="ep-fold">'
                    '<div x-show="moRong" x-collapse style="display: none">'
                )
                rest = Story(0, "", "", "", None, blocks[i + 1:])
                out.append(_blocks_with_offset(rest, heading_no))
                out.append(
                    '</div><button type="button" x-show="!moRong" @click="moRong = true" class="mt-4'
                    ' w-full rounded-lg border border-sky-600 py-2 text-sky-700 font-semibold">'
                    "Xem toàn bộ bài viết ▾</button></div>"
                )
                break
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_image(b))
            i += 1
            continue
        style = b.style
        if style in ("h2", "h3"):
            heading_no += 1
            out.append(
                f'<div class="ce-block"><div class="ce-block__content"><{style} class="ce-header'
                f' text-xl font-bold text-sky-900 mt-6" id="muc-{heading_no}">{esc(b.text)}</{style}></div></div>'
            )
            i += 1
            continue
        if style in ("li", "check", "th", "tr"):
            group = [b]
            kinds = ("th", "tr") if style in ("th", "tr") else (style,)
            while i + len(group) < len(blocks):
                nxt = blocks[i + len(group)]
                if isinstance(nxt, P) and nxt.style in kinds:
                    group.append(nxt)
                else:
                    break
            i += len(group)
            if style == "li":
                lis = "".join(f'<li class="cdx-list__item">{esc(g.text)}</li>' for g in group)
                out.append(
                    '<div class="ce-block"><div class="ce-block__content">'
                    f'<ul class="cdx-list cdx-list--unordered list-disc pl-6">{lis}</ul></div></div>'
                )
            elif style == "check":
                items = "".join(
                    '<div class="cdx-checklist__item cdx-checklist__item--checked flex gap-2">'
                    '<span class="cdx-checklist__item-checkbox">✓</span>'
                    f'<div class="cdx-checklist__item-text">{esc(g.text)}</div></div>'
                    for g in group
                )
                out.append(
                    '<div class="ce-block"><div class="ce-block__content">'
                    f'<div class="cdx-block cdx-checklist">{items}</div></div></div>'
                )
            else:
                rows = []
                for g in group:
                    tag = "th" if g.style == "th" else "td"
                    cells = "".join(
                        f'<{tag} class="tc-cell border px-2 py-1">{esc(c)}</{tag}>' for c in g.text.split(" | ")
                    )
                    rows.append(f'<tr class="tc-row">{cells}</tr>')
                out.append(
                    '<div class="ce-block"><div class="ce-block__content"><div class="tc-wrap overflow-x-auto">'
                    f'<table class="tc-table tc-table--heading w-full border-collapse text-sm"><tbody>{"".join(rows)}'
                    "</tbody></table></div></div></div>"
                )
            continue
        if style == "quote":
            cite = ""
            if i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "cite":
                cite = f'<cite class="cdx-quote__caption block text-sm not-italic mt-1">{esc(blocks[i + 1].text)}</cite>'
                i += 1
            out.append(
                '<div class="ce-block"><div class="ce-block__content">'
                '<blockquote class="cdx-block cdx-quote border-l-4 border-sky-500 bg-sky-50 px-4 py-2 italic">'
                f'<div class="cdx-quote__text">{esc(b.text)}</div>{cite}</blockquote></div></div>'
            )
            i += 1
            continue
        if style == "warn_title":
            msg = blocks[i + 1]
            out.append(
                '<div class="ce-block"><div class="ce-block__content">'
                '<div class="cdx-block cdx-warning rounded-lg bg-amber-50 border border-amber-300 p-3">'
                f'<div class="cdx-warning__title font-bold">{esc(b.text)}</div>'
                f'<div class="cdx-warning__message">{esc(msg.text)}</div></div></div></div>'
            )
            i += 2
            continue
        # a plain paragraph, with the lines that follow it after a <br>
        inner = f"<b>{esc(b.text)}</b>" if style == "bold" else esc(b.text)
        i += 1
        while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
            inner += "<br>" + esc(blocks[i].text)
            i += 1
        # contenteditable leaves a trailing <br> in every other paragraph
        if (b.text and len(b.text) % 2 == 0) or style == "bold":
            inner += "<br>"
        out.append(_para(inner))
    return "".join(out)


def _blocks_with_offset(story: Story, offset: int) -> str:
    """The collapsed half: header ids continue the numbering of the visible half."""
    html_ = _blocks(story)
    for n in range(20, 0, -1):
        html_ = html_.replace(f'id="muc-{n}"', f'id="muc-{n + offset}"')
    return html_


def _legacy_body(story: Story) -> str:
    """A post migrated from the old site: one Editor.js raw-HTML block with the old markup."""
    parts = []
    for b in story.blocks:
        if isinstance(b, P):
            parts.append(f'<p style="text-align:justify">&nbsp;{esc(b.text)}</p>')
        elif isinstance(b, Img):
            parts.append(_image(b))
        else:
            parts.append(b.html)
    return f'<div class="ce-block"><div class="ce-block__content"><div class="cdx-raw">{"".join(parts)}</div></div></div>'


def _toc(story: Story) -> str:
    heads = [b.text for b in story.blocks if isinstance(b, P) and b.style in ("h2", "h3")]
    items = "".join(
        f'<li><a class="hover:underline" href="#muc-{n}">{n}. {esc(t)}</a></li>' for n, t in enumerate(heads, 1)
    )
    return (
        '<aside class="ep-toc my-5 rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm">'
        '<div class="font-bold text-slate-700 mb-1">Mục lục</div>'
        f'<ol class="space-y-1 text-sky-700">{items}</ol></aside>'
    )


# --- pages -----------------------------------------------------------------------------------


def _post_page(request: Request, story: Story) -> Response:
    o = story.opts
    cat_name = CATS[story.cat]
    canonical = base_url(request) + post_path(story)
    views = f"{story.views():,}".replace(",", ".")
    minutes = max(1, sum(len(p.split()) for p in story.paragraphs) // 200 + 1)
    created = o.get("created", o["shown"])
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title,
        "datePublished": _utc_z(created),
        "dateModified": _utc_z(o.get("updated", o["shown"])),
        "author": {"@type": "Person", "name": o["account"]},
        "publisher": {"@type": "Organization", "name": "Phòng GD&ĐT thị xã Sơn Tây"},
        "mainEntityOfPage": canonical,
    }
    state = {
        "tenant": TENANT,
        "post": {
            "id": o["sid"],
            "slug": story.slug,
            "title": story.title,
            "excerpt": _excerpt(story),
            "category": {"slug": story.cat, "name": cat_name},
            "publishedAt": _utc_z(o["shown"]),
            "createdAt": _utc_z(created),
            "updatedAt": _utc_z(o.get("updated", o["shown"])),
            "author": {"username": o["account"]},
        },
    }
    head = (
        f'<link rel="canonical" href="{esc(canonical)}">'
        f'<meta name="description" content="{esc(_excerpt(story))}">'
        f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(story.title)}">'
        f'<meta property="og:description" content="{esc(_excerpt(story))}">'
        f'<meta property="og:image" content="{base_url(request)}{_thumb(story)}">'
        f'<meta property="og:url" content="{esc(canonical)}">'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    )
    shown = o["shown"]
    updated = ""
    if "updated" in o:
        updated = (
            f'<span>Cập nhật: <time datetime="{_utc_z(o["updated"])}">{_vn(o["updated"])}</time></span>'
        )
    author_field = ""
    if o.get("author_field"):
        author_field = f'<span>Tác giả: <b class="text-slate-700">{esc(o["author_field"])}</b></span>'
    meta = f"""
<div class="flex md:hidden items-center gap-2 text-xs text-slate-500 mt-3">
  <img class="w-6 h-6 rounded-full" src="/static/img/avatar-default.png" alt="">
  <span>{esc(o['account'])}</span><span>·</span>
  <time datetime="{_utc_z(shown)}" title="{_vn(shown)}">{_relative(shown)}</time>
</div>
<div class="hidden md:flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-500 mt-3">
  <span class="inline-flex items-center gap-1"><svg class="w-4 h-4" viewBox="0 0 24 24"><circle cx="12" cy="12" r="9"/></svg>
    <time datetime="{_utc_z(shown)}">{_vn(shown)}</time></span>
  {updated}
  {author_field}
  <span>Người đăng: {esc(o['account'])}</span>
  <span>{views} lượt xem</span>
  <span>{minutes} phút đọc</span>
</div>"""
    sapo = ""
    if story.sapo_outside and story.summary:
        sapo = (
            '<p class="mt-4 text-lg font-semibold text-slate-700 leading-relaxed" data-field="mo_ta">'
            f"{esc(story.summary)}</p>"
        )
    body = _legacy_body(story) if o.get("legacy") else _blocks(story)
    related = [s for s in _stories_in(story.cat)[:PAGE_SIZE] if s is not story]
    rel_html = "".join(
        '<li class="flex gap-3 py-2"><a class="shrink-0" href="' + post_path(s) + '">'
        f'<img class="w-24 h-16 object-cover rounded" src="{_thumb(s)}" alt=""></a>'
        f'<div><a class="font-medium hover:text-sky-700" href="{post_path(s)}">{esc(s.title)}</a>'
        f'<div class="text-xs text-slate-400">{_vn(s.opts["shown"], False)}</div></div></li>'
        for s in related
    )
    main = f"""
<article class="bg-white rounded-xl shadow-sm p-4 md:p-8" data-post="{o['sid']}">
  {_crumbs((f"/c/{story.cat}", cat_name))}
  <span class="inline-block rounded bg-sky-100 text-sky-800 text-xs font-semibold px-2 py-0.5">{esc(cat_name)}</span>
  <h1 class="mt-2 text-2xl md:text-3xl font-bold text-slate-900 leading-tight"><span class="sr-only">Bài viết: </span>{esc(story.title)}</h1>
  {meta}
  {sapo}
  {_toc(story) if o.get("toc") else ""}
  <div class="ep-content prose prose-slate max-w-none mt-5" id="noi-dung">
{body}
  </div>
  <div class="mt-6 flex flex-wrap items-center gap-2 text-sm">
    <span class="text-slate-500">Từ khóa:</span>
    <span class="rounded-full bg-slate-100 px-2 py-0.5">#{esc(cat_name.lower())}</span>
    <span class="rounded-full bg-slate-100 px-2 py-0.5">#pgd-son-tay</span>
  </div>
  <div class="mt-4 flex gap-2 text-sm" id="ep-share">
    <a class="px-3 py-1 rounded bg-blue-600 text-white" href="https://www.facebook.com/sharer/sharer.php?u={esc(canonical)}" target="_blank">Chia sẻ</a>
    <a class="px-3 py-1 rounded bg-sky-500 text-white" href="https://zalo.me/share?u={esc(canonical)}" target="_blank">Zalo</a>
    <button class="px-3 py-1 rounded bg-slate-200" onclick="window.print()">In bài</button>
  </div>
  <section class="mt-8" id="binh-luan">
    <h2 class="font-bold text-slate-700">Bình luận (0)</h2>
    <p class="text-sm text-slate-500">Vui lòng đăng nhập tài khoản EduPortal để bình luận.</p>
  </section>
  <section class="mt-8 border-t pt-4">
    <h2 class="text-sky-800 font-bold uppercase text-sm mb-2">Bài viết cùng chuyên mục</h2>
    <ul class="divide-y">{rel_html}</ul>
  </section>
</article>
<script>window.__EP_STATE__ = {json.dumps(state, ensure_ascii=False)};</script>"""
    return _layout(request, story.title, main, head)


def _card(story: Story, pinned: bool = False) -> str:
    p = post_path(story)
    pin = (
        '<span class="absolute top-2 left-2 rounded bg-red-600 text-white text-xs px-2 py-0.5">📌 Ghim</span>'
        if pinned else ""
    )
    return f"""
<div class="relative flex flex-col sm:flex-row gap-4 bg-white rounded-xl shadow-sm p-3{' ring-2 ring-red-200' if pinned else ''}">
  {pin}<a class="shrink-0" href="{p}"><img class="w-full sm:w-56 h-36 object-cover rounded-lg" src="{_thumb(story)}" alt="{esc(story.title)}"></a>
  <div class="min-w-0">
    <h3 class="font-bold text-lg leading-snug"><a class="hover:text-sky-700" href="{p}">{esc(story.title)}</a></h3>
    <div class="text-xs text-slate-400 mt-1">{_vn(story.opts['shown'], False)} · <a href="{p}#binh-luan">Bình luận (0)</a></div>
    <p class="text-sm text-slate-600 mt-1 line-clamp-3">{esc(_excerpt(story))}</p>
  </div>
</div>"""


def _cursor(story: Story) -> str:
    raw = json.dumps({"v": 1, "after": {"ts": _utc_z(story.opts["shown"]), "id": story.opts["sid"]}, "n": PAGE_SIZE},
                     separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _decode_cursor(value: str) -> str | None:
    try:
        data = json.loads(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)))
        return data["after"]["id"]
    except (ValueError, KeyError, TypeError):
        return None


def _category_page(request: Request, slug: str) -> Response | None:
    if slug not in CATS:
        return None
    items = _stories_in(slug)
    start = 0
    cursor = request.params.get("cursor")
    if "cursor" in request.params:
        after = _decode_cursor(cursor or "")
        ids = [s.opts["sid"] for s in items]
        if after not in ids:
            return html("<h1>400 Bad Request: cursor không hợp lệ</h1>", status=400)
        start = ids.index(after) + 1
        if start >= len(items):
            return None
    page = items[start:start + PAGE_SIZE]
    pinned = [s for s in items if s.opts.get("pinned")]
    cards = "".join(_card(s, True) for s in pinned) + "".join(_card(s) for s in page)
    more = ""
    head = ""
    if start + PAGE_SIZE < len(items):
        nxt = f"/c/{slug}?cursor={_cursor(page[-1])}"
        head = f'<link rel="next" href="{nxt}">'
        more = (
            f'<div class="text-center mt-6"><a rel="next" hx-get="{nxt}" hx-target="#ds-bai" hx-swap="beforeend"'
            f' href="{nxt}" class="inline-block rounded-full bg-sky-600 text-white px-6 py-2">'
            "Xem thêm bài viết</a></div>"
        )
    elif start:
        more = (
            f'<div class="text-center mt-6 text-sm text-slate-500">Đã hiển thị tất cả bài viết. '
            f'<a class="text-sky-700" href="/c/{slug}">Về đầu chuyên mục</a></div>'
        )
    main = f"""
{_crumbs((None, CATS[slug]))}
<h1 class="text-2xl font-bold text-sky-900 mb-4">{esc(CATS[slug])}</h1>
<div id="ds-bai" class="space-y-4">{cards}</div>
{more}"""
    return _layout(request, CATS[slug], main, head)


def _home(request: Request) -> Response:
    slider = [s for s in STORIES if s.opts.get("slider")]
    slides = "".join(
        '<div class="swiper-slide relative">'
        f'<a href="{post_path(s, s.opts.get("old_slug"))}?from=home">'
        f'<img class="w-full h-72 object-cover rounded-xl" src="{_thumb(s)}" alt="">'
        '<div class="absolute bottom-0 inset-x-0 bg-gradient-to-t from-black/70 p-4 rounded-b-xl">'
        f'<span class="text-white font-bold text-lg">{esc(s.title)}</span></div></a></div>'
        for s in slider
    )
    latest = "".join(
        f'<li class="py-2 border-b border-slate-100"><a class="font-medium hover:text-sky-700" href="{post_path(s)}">'
        f'{esc(s.title)}</a> <span class="text-xs text-slate-400">({_relative(s.opts["shown"])})</span></li>'
        for s in _latest(4)
    )
    boxes = []
    for slug, name in CATS.items():
        lis = "".join(
            f'<li class="py-1"><a class="hover:text-sky-700" href="{post_path(s)}">{esc(s.title)}</a></li>'
            for s in _stories_in(slug)[:2]
        )
        boxes.append(
            '<section class="bg-white rounded-xl shadow-sm p-4">'
            f'<h2 class="flex justify-between font-bold text-sky-800 uppercase text-sm mb-2"><span>{esc(name)}</span>'
            f'<a class="normal-case font-normal text-sky-600" href="/c/{slug}">Xem tất cả »</a></h2>'
            f'<ul class="text-sm">{lis}</ul></section>'
        )
    main = f"""
<section class="swiper ep-slider mb-6" aria-label="Tin nổi bật"><div class="swiper-wrapper">{slides}</div></section>
<section class="bg-white rounded-xl shadow-sm p-4 mb-6">
  <h2 class="font-bold text-sky-800 uppercase text-sm mb-2">Tin mới nhất</h2><ul>{latest}</ul>
</section>
<div class="grid md:grid-cols-2 gap-6">{''.join(boxes)}</div>"""
    return _layout(request, "Trang chủ", main)


def _static_page(request: Request, title: str, paras: list[str]) -> Response:
    text = "".join(f'<p class="mb-3">{esc(p)}</p>' for p in paras)
    main = (
        f'<div class="bg-white rounded-xl shadow-sm p-6">{_crumbs((None, title))}'
        f'<h1 class="text-2xl font-bold text-sky-900 mb-4">{esc(title)}</h1>{text}</div>'
    )
    return _layout(request, title, main)


VAN_BAN = {
    "215": ("215/KH-PGDĐT", "10/11/2026", "Kế hoạch tổ chức các hoạt động chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11"),
    "218": ("218/PGDĐT-TCCB", "24/11/2026", "Hướng dẫn đánh giá, xếp loại chất lượng viên chức năm 2026"),
}


def _van_ban_list(request: Request) -> Response:
    rows = "".join(
        f'<tr class="border-b"><td class="px-2 py-1">{esc(so)}</td><td class="px-2 py-1">{ngay}</td>'
        f'<td class="px-2 py-1"><a class="text-sky-700" href="/van-ban/{vid}">{esc(ty)}</a></td></tr>'
        for vid, (so, ngay, ty) in VAN_BAN.items()
    )
    main = (
        f'<div class="bg-white rounded-xl shadow-sm p-6">{_crumbs((None, "Văn bản"))}'
        '<h1 class="text-2xl font-bold text-sky-900 mb-4">Văn bản chỉ đạo, điều hành</h1>'
        '<table class="w-full text-sm"><thead><tr class="bg-slate-100"><th>Số hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table></div>"
    )
    return _layout(request, "Văn bản", main)


def _van_ban(request: Request, vid: str) -> Response | None:
    if vid not in VAN_BAN:
        return None
    so, ngay, ty = VAN_BAN[vid]
    main = f"""
<div class="bg-white rounded-xl shadow-sm p-6">{_crumbs(("/van-ban", "Văn bản"), (None, so))}
<h1 class="text-xl font-bold text-sky-900 mb-4">{esc(ty)}</h1>
<dl class="grid grid-cols-3 gap-2 text-sm">
  <dt class="font-semibold">Số/Ký hiệu</dt><dd class="col-span-2">{esc(so)}</dd>
  <dt class="font-semibold">Ngày ban hành</dt><dd class="col-span-2">{ngay}</dd>
  <dt class="font-semibold">Cơ quan ban hành</dt><dd class="col-span-2">Phòng GD&amp;ĐT thị xã Sơn Tây</dd>
  <dt class="font-semibold">Người ký</dt><dd class="col-span-2">Phan Văn Quang</dd>
  <dt class="font-semibold">Trích yếu</dt><dd class="col-span-2">{esc(ty)}</dd>
</dl>
<p class="mt-4"><a class="text-sky-700" href="{UP}/vb/{vid}.pdf">Tải văn bản ({vid}.pdf)</a></p>
</div>"""
    return _layout(request, so, main)


_WEEKS = {48: date(2026, 11, 23), 49: date(2026, 11, 30), 50: date(2026, 12, 7)}
_THU = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu"]
_VIEC = [
    ("08h00", "Giao ban lãnh đạo phòng", "Trưởng phòng", "Phòng họp tầng 2"),
    ("14h00", "Kiểm tra công tác bán trú tại các trường mầm non", "Phó Trưởng phòng", "Các trường MN"),
    ("08h30", "Dự chuyên đề môn Khoa học tự nhiên", "Tổ THCS", "THCS Sơn Tây"),
    ("15h00", "Họp Hội đồng thi đua khen thưởng", "Trưởng phòng", "Phòng họp tầng 2"),
    ("08h00", "Làm việc tại cơ quan", "Lãnh đạo phòng", "PGD"),
]


def _lich(request: Request) -> Response | None:
    try:
        week = int(request.params.get("tuan", "49"))
    except ValueError:
        return None
    if week not in _WEEKS or set(request.params) - {"tuan"}:
        return None
    monday = _WEEKS[week]
    rows = "".join(
        f'<tr class="border-b"><td class="px-2 py-1 font-semibold">{_THU[k]}, {(monday + timedelta(days=k)).strftime("%d/%m")}</td>'
        f'<td class="px-2 py-1">{t}</td><td class="px-2 py-1">{esc(v)}</td><td class="px-2 py-1">{esc(ct)}</td>'
        f'<td class="px-2 py-1">{esc(dd)}</td></tr>'
        for k, (t, v, ct, dd) in enumerate(_VIEC)
    )
    nav = []
    if week - 1 in _WEEKS:
        nav.append(f'<a class="text-sky-700" href="/lich-cong-tac?tuan={week - 1}">« Tuần trước</a>')
    if week + 1 in _WEEKS:
        nav.append(f'<a class="text-sky-700" href="/lich-cong-tac?tuan={week + 1}">Tuần sau »</a>')
    sunday = monday + timedelta(days=6)
    main = f"""
<div class="bg-white rounded-xl shadow-sm p-6">{_crumbs((None, "Lịch công tác"))}
<h1 class="text-2xl font-bold text-sky-900 mb-1">Lịch công tác tuần {week}</h1>
<div class="text-sm text-slate-500 mb-3">Từ ngày {monday.strftime("%d/%m/%Y")} đến ngày {sunday.strftime("%d/%m/%Y")}</div>
<div class="flex justify-between text-sm mb-2">{" ".join(nav)}</div>
<table class="w-full text-sm"><thead><tr class="bg-slate-100"><th>Ngày</th><th>Giờ</th><th>Nội dung</th><th>Chủ trì</th><th>Địa điểm</th></tr></thead>
<tbody>{rows}</tbody></table></div>"""
    return _layout(request, f"Lịch công tác tuần {week}", main)


def _search(request: Request) -> Response:
    q = request.params.get("q", "")
    main = (
        f'<div class="bg-white rounded-xl shadow-sm p-6">{_crumbs((None, "Tìm kiếm"))}'
        f'<h1 class="text-xl font-bold mb-2">Kết quả tìm kiếm: “{esc(q)}”</h1>'
        '<p class="text-sm text-slate-500">Không tìm thấy bài viết phù hợp.</p></div>'
    )
    return _layout(request, "Tìm kiếm", main)


GIOI_THIEU = [
    "Phòng Giáo dục và Đào tạo thị xã Sơn Tây là cơ quan chuyên môn thuộc Ủy ban nhân dân thị xã, có"
    " chức năng tham mưu, giúp UBND thị xã thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo"
    " trên địa bàn.",
    "Năm học 2026-2027, toàn thị xã có 52 trường mầm non, tiểu học và trung học cơ sở với gần 31.000"
    " học sinh và hơn 2.100 cán bộ, giáo viên, nhân viên.",
    "Lãnh đạo phòng: Trưởng phòng Phan Văn Quang; Phó Trưởng phòng Nguyễn Thị Mai, Đặng Văn Khải.",
]
LIEN_HE = [
    "Phòng Giáo dục và Đào tạo thị xã Sơn Tây",
    "Địa chỉ: Số 2 phố Phó Đức Chính, phường Ngô Quyền, thị xã Sơn Tây, thành phố Hà Nội",
    "Điện thoại: 024.3383.2215 – Email: pgdsontay@hanoiedu.vn",
]


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method == "POST" and path == "/api/binh-chon":
            return Response(200, b'{"ok":true}', {"Content-Type": "application/json"})
        if path.startswith(("/static/", "/uploads/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            return _home(request) if not request.query else None
        if path.startswith("/p/"):
            rest = path[3:]
            if "/" in rest or "-" not in rest:
                return None
            slug, sid = rest.rsplit("-", 1)
            story = BY_SID.get(sid)
            if story is None or not slug:
                return None
            return _post_page(request, story)
        if path.startswith("/c/"):
            return _category_page(request, path[3:])
        if path == "/gioi-thieu":
            return _static_page(request, "Giới thiệu", GIOI_THIEU)
        if path == "/lien-he":
            return _static_page(request, "Liên hệ", LIEN_HE)
        if path == "/van-ban":
            return _van_ban_list(request)
        if path.startswith("/van-ban/"):
            return _van_ban(request, path[len("/van-ban/"):])
        if path == "/lich-cong-tac":
            return _lich(request)
        if path == "/tim-kiem":
            return _search(request)
        return None


def build_site() -> Site:
    return Site()


def _alts(story: Story) -> list[str]:
    alts = []
    if story.opts.get("slider"):
        alts.append(post_path(story, story.opts.get("old_slug")) + "?from=home")
    if story.opts.get("top"):
        alts.append(post_path(story) + "?ref=doc-nhieu")
    return alts


GOLD = [
    gold_record(s, post_path(s), CATS[s.cat], canonical_path=post_path(s), alt_paths=_alts(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/van-ban/215",
    "/van-ban/218",
    "/lich-cong-tac?tuan=49",
]
