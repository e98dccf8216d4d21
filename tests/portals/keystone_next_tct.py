"""KeystoneJS 6 + Next.js 14 (pages router, SSR) site of Trường Chính trị tỉnh Kon Tum.

Platform: a headless KeystoneJS 6 CMS (GraphQL, posts with a ``document`` field rendered by
``@keystone-6/document-renderer``) behind a Next.js 14 pages-router front-end that renders every
page on the server (``getServerSideProps``), printing the page's props in ``__NEXT_DATA__``.
Built by a student team (CSS-module class names with Vietnamese abbreviations and hashes:
``ctbv_tieuDe__x3Kq1``, ``the_tin__Pq7aZ``), deployed behind the Next image optimiser.

URL scheme
- ``/`` home: featured slider (``/bai-viet/<slug>?from=noi-bat``), "Tin mới" (6 latest),
  a "Nghiên cứu - Trao đổi" block, a "Thông báo" sidebar, "Đọc nhiều";
- ``/tin-tuc`` and ``/tin-tuc?page=N``: every post, 5 a page, newest first;
- ``/chuyen-muc/<slug>`` (+ ``?page=N``): one category, 4 a page;
- ``/bai-viet/<slug>``: an article; the same route also answers the Keystone id
  (``/bai-viet/<cuid>``), which "Tin liên quan" links use;
- ``/gioi-thieu``, ``/gioi-thieu/co-cau-to-chuc``, ``/dao-tao/<slug>``: pages, not articles;
- ``/_next/static/...`` scripts and styles, ``/_next/image?url=…&w=…&q=…`` images,
  ``/images/...`` originals, ``/files/...`` attachments.

Page templates
- listing card: ``<article class="the_tin__Pq7aZ">`` with a thumbnail, ``<h3><a>`` title, a
  date (Keystone's ``createdAt``, the day the draft was made) and the excerpt;
- pager: page numbers are ``<button data-trang>`` (client ``router.push``); only
  "‹ Trước" and "Sau ›" are anchors, with query-only hrefs (``href="?page=2"``);
- article: breadcrumb ``<nav class="dm_duongDan__…">``, ``<h1 class="ctbv_tieuDe__x3Kq1">``,
  a meta line (``<time dateTime=…Z>`` in UTC, printed local time, "Cập nhật", views, maybe an
  author), the bold excerpt (sapo) in ``<div class="ctbv_sapo__…">`` outside the document,
  the document in ``<div class="ctbv_noiDung__…">``, tools, tags, "Tin liên quan".

How each gold article is reached
- Home "Tin mới": s9, s1, s3, s2, s4, s5; slider: s1, s12, s6 (``?from=noi-bat`` variants);
  home blocks: s5, s8 (research), s9, s3 (notices); "Đọc nhiều": s12, s6, s1, s8;
- ``/tin-tuc`` page 2: s5, s6, s12, s8, s7; page 3 (only by "Sau ›" twice): s10, s11, s13;
- categories: tin-hoat-dong p1 s1, s12, s7, s10 and p2 s13; dao-tao-boi-duong s4, s6, s11;
  nghien-cuu-trao-doi s5, s8; thong-bao s9, s3; cong-tac-dang-doan-the s2;
- s13 is only on page 3 of ``/tin-tuc``, page 2 of its category, or as an id link in
  "Tin liên quan" of its category's other posts.

Traps
1. UTC machine dates: ``<time dateTime>``, ``article:published_time`` and ``__NEXT_DATA__``
   print ``…Z``; the page prints local time "06:45 03/11/2026". s7 was published at 06:45 local,
   the previous day in UTC -> gold "2026-11-03T06:45:00+07:00".
2. Midnight: s5 was dated without a time (Keystone stored local midnight), the page prints
   "00:00 24/11/2026" and its ``dateTime`` is "2026-11-23T17:00:00.000Z" -> gold "2026-11-24".
3. Listing cards print ``createdAt`` (the draft's day, one to three days before publication);
   the meta line of the article also prints "Cập nhật …" -> gold is the "Đăng lúc" date only.
4. React SSR text separators ``<!-- -->`` inside meta lines ("Đăng lúc <!-- -->14:30<!-- -->
   <!-- -->03/12/2026", "Tác giả: <!-- -->ThS. Y Nhung") -> the text reads as if they were not
   there.
5. One article, three URLs: ``/bai-viet/<slug>`` (canonical), ``/bai-viet/<cuid>`` (Keystone id,
   from "Tin liên quan"), ``/bai-viet/<slug>?from=noi-bat`` (home slider); all print the slug
   canonical -> gold path is the slug URL, the other two are alt_paths.
6. Pager of buttons: page numbers are ``<button>``s; only "Sau ›" / "‹ Trước" are links, with
   query-only hrefs ``?page=N``; s13 sits on page 3 of ``/tin-tuc`` or page 2 of its category.
7. Images through the optimiser: ``<img src="/_next/image?url=%2Fimages%2F…&amp;w=1080&amp;q=75"
   srcSet=…>`` -> gold image path is the src as printed (entity-decoded); listing thumbnails
   (``w=384``), related-post thumbnails and the logo are not article images.
8. Captions in three shapes: ``<figcaption>``; a credit-only figcaption "Ảnh: A Tuấn" (caption
   None, photographer "A Tuấn"); an editor-typed italic paragraph "(…)" right after the image
   (s12: caption without the parentheses, not body).
9. Official notice (s3) on the Party letterhead (TỈNH ỦY KON TUM / TRƯỜNG CHÍNH TRỊ | ĐẢNG CỘNG
   SẢN VIỆT NAM): date from "Kon Tum, ngày 30 tháng 11 năm 2026" although the meta line says
   "Đăng lúc 08:00 02/12/2026"; the signer under "(Đã ký)" is the author; letterhead, "THÔNG BÁO /
   Về việc …", "Nơi nhận" and the attachment line are not body.
10. Bylines everywhere: top "Tác giả: ThS. Y Nhung - Khoa Xây dựng Đảng" (s2 -> "Y Nhung");
    "Tin, ảnh: X" (s1); "Tin: X - Ảnh: Y" (s4); right-aligned unit "Khoa Nhà nước và Pháp luật"
    (s8); "Người đăng: quantri" and ``__NEXT_DATA__``'s ``createdBy`` account -> nobody.
11. ``__NEXT_DATA__`` carries the whole post plus ``relatedPosts`` with their excerpts and the
    author with degree and post ("TS. Đinh Văn Lực, Phó Trưởng khoa …") -> gold is what the page
    prints, names without degree or post.
12. A training-programme page (``/dao-tao/trung-cap-ly-luan-chinh-tri-hanh-chinh``) reuses the
    post layout (h1, meta line with "Cập nhật", body, share tools) but has no publication date:
    it is not an article.
13. Body boundaries: sapo printed outside the document (bold excerpt) is the body's first
    paragraph; a soft break ``<br>`` splits a paragraph (s2); a "Xem thêm:" component block
    inside the text (s8) is not body; a "👉" typed before a line (s9) is kept as printed (harmonised with the house's convention); footnote calls
    ``<sup>[1]</sup>`` stay in their sentence and "Tài liệu tham khảo" entries are body (s5); a
    results table (s6) is one paragraph a row; a blockquote (s8) is body.
14. Source: a closing "Theo Báo Kon Tum" (s7) is the source, while s7's body sentence
    "Theo kế hoạch, …" is text.

Gold decisions on ambiguous points
- ``published_at`` is the printed local "Đăng lúc" time (+07:00), never ``createdAt`` (listing)
  nor "Cập nhật"; the notice s3 takes its letterhead day.
- The Next image optimiser URL is kept as printed (``/_next/image?url=…&w=1080&q=75``): it is
  what the page's ``<img src>`` says.
- A figcaption "Ảnh: A Tuấn" credits a photographer: caption None, photographers ["A Tuấn"].
- The category is the breadcrumb's last section ("Tin hoạt động", …), not "Tin tức".
- s1 prints its sapo as a bold excerpt: summary and first body paragraph; articles without a
  printed excerpt have summary None although their meta description has one.
- ``/dao-tao/<slug>`` and ``/gioi-thieu…`` pages are not articles, even the one in post layout.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "keystone_next_tct"
PLATFORM = "KeystoneJS 6 + Next.js 14 (pages router, SSR)"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
BUILD_ID = "kTct_2026-11-3a"
SITE_NAME = "Trường Chính trị tỉnh Kon Tum"

CATS = {
    "tin-hoat-dong": "Tin hoạt động",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "nghien-cuu-trao-doi": "Nghiên cứu - Trao đổi",
    "thong-bao": "Thông báo",
    "cong-tac-dang-doan-the": "Công tác Đảng - Đoàn thể",
}

PROGRAMS = {
    "trung-cap-ly-luan-chinh-tri-hanh-chinh": "Trung cấp lý luận chính trị - hành chính",
    "boi-duong-can-bo-lanh-dao-quan-ly": "Bồi dưỡng cán bộ lãnh đạo, quản lý",
    "boi-duong-kien-thuc-quoc-phong-an-ninh": "Bồi dưỡng kiến thức quốc phòng và an ninh",
}

LIST_SIZE = 5
CAT_SIZE = 4


def nimg(name: str, width: int = 1080) -> str:
    """The Next image optimiser URL of an original under /images/bai-viet/ (unescaped)."""
    return f"/_next/image?url={quote('/images/bai-viet/' + name, safe='')}&w={width}&q=75"


def cuid(slug: str) -> str:
    """A Keystone cuid for the post (deterministic)."""
    digest = hashlib.sha1(slug.encode()).hexdigest()
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    num = int(digest, 16)
    out = []
    for _ in range(23):
        num, rem = divmod(num, 36)
        out.append(alphabet[rem])
    return "cm" + "".join(out)


# --- the posts --------------------------------------------------------------------------------

S1 = Story(
    id=1,
    slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-52",
    title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 52 hệ không tập trung",
    cat="tin-hoat-dong",
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Chiều 03/12, Trường Chính trị tỉnh Kon Tum tổ chức Lễ khai giảng lớp Trung cấp lý luận "
        "chính trị - hành chính khóa 52 hệ không tập trung cho 86 học viên là cán bộ, công chức "
        "các xã, phường trên địa bàn thành phố Kon Tum."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Dự lễ khai giảng có đồng chí Nguyễn Văn Hùng, Phó Hiệu trưởng Trường Chính trị tỉnh; "
            "đại diện lãnh đạo Ban Tổ chức Thành ủy Kon Tum cùng các khoa, phòng của Trường."
        ),
        Img(
            nimg("kg-k52-01.jpg"),
            "Đồng chí Nguyễn Văn Hùng, Phó Hiệu trưởng phát biểu khai giảng lớp học",
            "Đồng chí Nguyễn Văn Hùng, Phó Hiệu trưởng phát biểu khai giảng lớp học",
            "fig",
        ),
        P(
            "Phát biểu tại lễ khai giảng, đồng chí Phó Hiệu trưởng nhấn mạnh: lớp học được mở nhằm "
            "trang bị cho học viên những kiến thức cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí "
            "Minh, đường lối của Đảng, chính sách, pháp luật của Nhà nước và kỹ năng quản lý hành "
            "chính nhà nước ở cơ sở."
        ),
        P(
            "Theo kế hoạch, lớp học kéo dài 8 tháng, học vào các ngày thứ Sáu, thứ Bảy và Chủ nhật "
            "hằng tuần tại Trung tâm Chính trị thành phố Kon Tum, gồm 4 phần học với 22 học phần và "
            "chuyên đề."
        ),
        P(
            "Đồng chí đề nghị học viên nghiêm túc chấp hành nội quy, quy chế học tập; tích cực liên "
            "hệ thực tiễn địa phương, cơ quan, đơn vị trong quá trình học tập và nghiên cứu."
        ),
        Img(
            nimg("kg-k52-02.jpg"),
            "Các học viên lớp Trung cấp lý luận chính trị - hành chính khóa 52 chụp ảnh lưu niệm",
            "Các học viên lớp Trung cấp lý luận chính trị - hành chính khóa 52 chụp ảnh lưu niệm",
            "fig",
        ),
        Raw('<p class="ctbv_butDanh__hM2pQ" style="text-align:right"><strong>Tin, ảnh: '
            "Hoàng Thị Mai</strong></p>"),
    ],
    authors=["Hoàng Thị Mai"],
    photographers=["Hoàng Thị Mai"],
    opts={"pub": "2026-12-03T14:30", "created": "01/12/2026", "featured": True,
          "updated": "03/12/2026 17:02"},
)

S2 = Story(
    id=2,
    slug="hoi-nghi-ban-chap-hanh-dang-bo-truong-lan-thu-12",
    title="Hội nghị Ban Chấp hành Đảng bộ Trường lần thứ 12, nhiệm kỳ 2025 - 2030",
    cat="cong-tac-dang-doan-the",
    published_at="2026-12-01T16:05:00+07:00",
    blocks=[
        P(
            "Ngày 01/12/2026, Ban Chấp hành Đảng bộ Trường Chính trị tỉnh Kon Tum tổ chức Hội nghị "
            "lần thứ 12, nhiệm kỳ 2025 - 2030 để đánh giá kết quả thực hiện nhiệm vụ năm 2026 và "
            "bàn phương hướng, nhiệm vụ năm 2027."
        ),
        P("Hội nghị đã thống nhất đánh giá:"),
        P("Công tác giáo dục chính trị tư tưởng được quan tâm thường xuyên;", "br"),
        P("100% đảng viên hoàn thành việc học tập, quán triệt các nghị quyết của Đảng.", "br"),
        Img(nimg("bch-lan12.jpg"), "Ảnh: A Tuấn", None, "fig"),
        P(
            "Năm 2027, Đảng bộ Trường tiếp tục lãnh đạo nâng cao chất lượng đào tạo, bồi dưỡng; "
            "đẩy mạnh nghiên cứu khoa học và thực hiện tốt công tác kiểm tra, giám sát theo chương "
            "trình đã đề ra."
        ),
    ],
    authors=["Y Nhung"],
    photographers=["A Tuấn"],
    opts={"pub": "2026-12-01T16:05", "created": "30/11/2026",
          "top_author": "ThS. Y Nhung - Khoa Xây dựng Đảng",
          "json_author": "ThS. Y Nhung, Giảng viên Khoa Xây dựng Đảng"},
)

_DOC_HEAD = (
    '<table class="vb_dauVanBan__9Xa1" style="width:100%;border:0"><tbody><tr>'
    '<td style="width:45%;text-align:center">TỈNH ỦY KON TUM<br/><strong>TRƯỜNG CHÍNH TRỊ'
    "</strong><br/>*<br/>Số: 245-TB/TCT</td>"
    '<td style="text-align:center"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br/><br/>'
    "<em>Kon Tum, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong></p>'
    '<p style="text-align:center"><strong>Về việc tuyển sinh lớp Cao cấp lý luận chính trị '
    "năm 2027</strong></p>"
)
_DOC_TAIL = (
    '<table class="vb_cuoiVanBan__9Xa1" style="width:100%;border:0"><tbody><tr>'
    '<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br/>'
    "- Ban Tổ chức Tỉnh ủy (b/c);<br/>- Các huyện ủy, thành ủy, đảng ủy trực thuộc;<br/>"
    "- Lưu VT, PQLĐT.</td>"
    '<td style="text-align:center;vertical-align:top"><strong>K/T HIỆU TRƯỞNG<br/>PHÓ HIỆU '
    "TRƯỞNG</strong><br/><br/><em>(Đã ký)</em><br/><br/><strong>Nguyễn Văn Hùng</strong></td>"
    "</tr></tbody></table>"
    '<p class="ctbv_dinhKem__t0Lr">📎 Tệp đính kèm: <a href="/files/245-tb-tct.pdf">'
    "245-TB-TCT.pdf</a></p>"
)

S3 = Story(
    id=3,
    slug="thong-bao-tuyen-sinh-lop-cao-cap-ly-luan-chinh-tri-nam-2027",
    title="Thông báo về việc tuyển sinh lớp Cao cấp lý luận chính trị năm 2027",
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw(_DOC_HEAD),
        P(
            "Căn cứ Kế hoạch số 112-KH/BTCTU ngày 15/10/2026 của Ban Tổ chức Tỉnh ủy về đào tạo lý "
            "luận chính trị năm 2027, Trường Chính trị tỉnh Kon Tum thông báo tuyển sinh lớp Cao "
            "cấp lý luận chính trị hệ không tập trung như sau:"
        ),
        P("1. Đối tượng, tiêu chuẩn", "h"),
        P("Cán bộ lãnh đạo, quản lý cấp phòng và tương đương trở lên;", "li"),
        P("Có trình độ đại học trở lên, đã có bằng trung cấp lý luận chính trị;", "li"),
        P("Tuổi đời không quá 50 đối với nam và không quá 45 đối với nữ tính đến năm nhập học.",
          "li"),
        P("2. Hồ sơ và thời gian nhận hồ sơ", "h"),
        P(
            "Hồ sơ gửi về Phòng Quản lý đào tạo - Trường Chính trị tỉnh Kon Tum trước ngày "
            "31/12/2026. Mọi chi tiết liên hệ số điện thoại 0260.3862.416."
        ),
        Raw(_DOC_TAIL),
    ],
    authors=["Nguyễn Văn Hùng"],
    opts={"pub": "2026-12-02T08:00", "created": "30/11/2026", "poster": "quantri"},
)

S4 = Story(
    id=4,
    slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-an-ninh-doi-tuong-4",
    title="Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 năm 2026",
    cat="dao-tao-boi-duong",
    published_at="2026-11-27T10:00:00+07:00",
    blocks=[
        P(
            "Sáng 27/11, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế giảng "
            "lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
        ),
        P(
            "Sau 12 ngày học tập, 94 học viên là trưởng thôn, làng, tổ dân phố và chức sắc tôn giáo "
            "đã được bồi dưỡng 8 chuyên đề về đường lối quốc phòng, an ninh của Đảng và công tác "
            "xây dựng nền quốc phòng toàn dân ở cơ sở."
        ),
        Img(nimg("qpan-dt4-01.jpg"), "(Đại diện Bộ Chỉ huy Quân sự tỉnh phát biểu bế giảng)",
            "Đại diện Bộ Chỉ huy Quân sự tỉnh phát biểu bế giảng", "gallery"),
        Img(nimg("qpan-dt4-02.jpg"), "(Trao giấy chứng nhận cho học viên hoàn thành khóa học)",
            "Trao giấy chứng nhận cho học viên hoàn thành khóa học", "gallery"),
        Img(nimg("qpan-dt4-03.jpg"), None, None, "gallery"),
        P(
            "100% học viên đủ điều kiện được cấp giấy chứng nhận, trong đó 31 học viên đạt loại "
            "giỏi, 58 học viên đạt loại khá."
        ),
        Raw('<p class="ctbv_butDanh__hM2pQ" style="text-align:right"><em>Tin: Trần Quốc Bảo - '
            "Ảnh: Lê Thị Hạnh</em></p>"),
    ],
    authors=["Trần Quốc Bảo"],
    photographers=["Lê Thị Hạnh"],
    opts={"pub": "2026-11-27T10:00", "created": "26/11/2026"},
)

S5 = Story(
    id=5,
    slug="giai-phap-nang-cao-chat-luong-giang-day-cac-mon-ly-luan-chinh-tri",
    title=(
        "Một số giải pháp nâng cao chất lượng giảng dạy các môn lý luận chính trị ở Trường Chính "
        "trị tỉnh Kon Tum hiện nay"
    ),
    cat="nghien-cuu-trao-doi",
    published_at="2026-11-24",
    blocks=[
        P(
            "Nâng cao chất lượng giảng dạy các môn lý luận chính trị là yêu cầu cấp thiết đối với "
            "các trường chính trị cấp tỉnh trong bối cảnh đổi mới căn bản, toàn diện giáo dục và "
            "đào tạo."
        ),
        P("1. Thực trạng giảng dạy", "h"),
        P(
            "Đội ngũ giảng viên của Trường hiện có 34 người, trong đó 2 tiến sĩ, 27 thạc sĩ; phần "
            "lớn được đào tạo cơ bản, có phẩm chất chính trị vững vàng và đạo đức nghề nghiệp.[1] "
            "Tuy vậy, việc đổi mới phương pháp giảng dạy còn chậm, chưa phát huy tính tích cực của "
            "người học.[2]",
            "fn",
        ),
        P("2. Một số giải pháp", "h"),
        P(
            "Thứ nhất, tăng cường bồi dưỡng kiến thức thực tiễn cho giảng viên thông qua đi thực tế "
            "tại cơ sở theo Quy định số 09-QĐ/TW của Ban Bí thư."
        ),
        P(
            "Thứ hai, đổi mới phương pháp giảng dạy theo hướng lấy người học làm trung tâm, gắn "
            "bài giảng với tình hình thực tiễn của tỉnh Kon Tum."
        ),
        P(
            "Thứ ba, ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý đào tạo và xây dựng "
            "học liệu điện tử."
        ),
        P("Tài liệu tham khảo", "h3"),
        P("[1] Trường Chính trị tỉnh Kon Tum, Báo cáo tổng kết năm học 2025 - 2026.", "ref"),
        P("[2] Ban Tuyên giáo Trung ương, Tài liệu bồi dưỡng giảng viên lý luận chính trị, "
          "Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2024.", "ref"),
    ],
    authors=["Đinh Văn Lực"],
    opts={"pub": "2026-11-24T00:00", "created": "21/11/2026",
          "top_author": "TS. Đinh Văn Lực - Phó Trưởng khoa Lý luận cơ sở",
          "json_author": "TS. Đinh Văn Lực, Phó Trưởng khoa Lý luận cơ sở"},
)

S6 = Story(
    id=6,
    slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
    title="Hội thi giảng viên dạy giỏi cấp trường năm 2026",
    cat="dao-tao-boi-duong",
    published_at="2026-11-20T09:30:00+07:00",
    blocks=[
        P(
            "Từ ngày 16 đến 19/11/2026, Trường Chính trị tỉnh Kon Tum tổ chức Hội thi giảng viên "
            "dạy giỏi cấp trường năm 2026 với sự tham gia của 12 giảng viên đến từ 4 khoa chuyên môn."
        ),
        P(
            "Các bài giảng dự thi được chuẩn bị công phu, bám sát chương trình, có liên hệ thực tiễn "
            "và ứng dụng công nghệ thông tin hiệu quả."
        ),
        P("Kết quả, Ban Tổ chức trao giải cho các giảng viên:"),
        P("Giải | Giảng viên | Khoa", "tr"),
        P("Nhất | Nguyễn Thị Thu Hà | Lý luận cơ sở", "tr"),
        P("Nhì | Phạm Đức Long | Nhà nước và Pháp luật", "tr"),
        P("Ba | Y Blăk | Dân vận", "tr"),
        Img(nimg("hoi-thi-gvdg.jpg"), "Ban Giám khảo trao giải cho các giảng viên đạt giải",
            "Ban Giám khảo trao giải cho các giảng viên đạt giải", "fig"),
    ],
    opts={"pub": "2026-11-20T09:30", "created": "19/11/2026", "featured": True,
          "updated": "04/12/2026 16:20", "poster": "pqldt_ht"},
)

S7 = Story(
    id=7,
    slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-iii-lam-viec-voi-truong",
    title="Đoàn công tác Học viện Chính trị khu vực III làm việc với Trường",
    cat="tin-hoat-dong",
    published_at="2026-11-03T06:45:00+07:00",
    blocks=[
        P(
            "Sáng 03/11, Đoàn công tác Học viện Chính trị khu vực III do PGS.TS Lê Văn Đính, Phó "
            "Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh Kon Tum."
        ),
        P(
            "Theo kế hoạch, đoàn khảo sát công tác phối hợp đào tạo cao cấp lý luận chính trị, "
            "nghiên cứu khoa học và bồi dưỡng giảng viên giữa hai đơn vị giai đoạn 2026 - 2030."
        ),
        P(
            "Hai bên thống nhất tiếp tục phối hợp tổ chức các lớp cao cấp lý luận chính trị tại "
            "tỉnh, trao đổi giảng viên và cùng thực hiện đề tài khoa học cấp tỉnh."
        ),
        Raw('<p style="text-align:right"><em>Theo Báo Kon Tum</em></p>'),
    ],
    source="Báo Kon Tum",
    opts={"pub": "2026-11-03T06:45", "created": "02/11/2026", "poster": "btv_sv03"},
)

S8 = Story(
    id=8,
    slug="toa-dam-van-dung-tu-tuong-ho-chi-minh-ve-dai-doan-ket-dan-toc",
    title=(
        "Tọa đàm khoa học “Vận dụng tư tưởng Hồ Chí Minh về đại đoàn kết dân tộc trong vùng đồng "
        "bào dân tộc thiểu số”"
    ),
    cat="nghien-cuu-trao-doi",
    published_at="2026-11-12T15:00:00+07:00",
    blocks=[
        P(
            "Chiều 12/11, Khoa Nhà nước và Pháp luật phối hợp với Khoa Dân vận tổ chức tọa đàm khoa "
            "học về vận dụng tư tưởng Hồ Chí Minh về đại đoàn kết dân tộc trong vùng đồng bào dân "
            "tộc thiểu số tỉnh Kon Tum."
        ),
        P(
            "Mở đầu tọa đàm, các đại biểu cùng nhắc lại lời căn dặn của Chủ tịch Hồ Chí Minh:"
        ),
        P(
            "“Đoàn kết, đoàn kết, đại đoàn kết. Thành công, thành công, đại thành công.”",
            "quote",
        ),
        Raw('<div class="kb_xemThem__Lm0"><span>Xem thêm:</span> <a href="/bai-viet/'
            'giai-phap-nang-cao-chat-luong-giang-day-cac-mon-ly-luan-chinh-tri">Một số giải pháp '
            "nâng cao chất lượng giảng dạy các môn lý luận chính trị</a></div>"),
        P(
            "Các tham luận tập trung làm rõ giá trị lý luận, thực tiễn của tư tưởng đại đoàn kết và "
            "đề xuất giải pháp phát huy vai trò của người có uy tín trong đồng bào dân tộc thiểu số."
        ),
        P(
            "Kết quả tọa đàm là nguồn tư liệu quan trọng phục vụ giảng dạy chuyên đề dân tộc, tôn "
            "giáo tại Trường."
        ),
        Raw('<p style="text-align:right"><strong>Khoa Nhà nước và Pháp luật</strong></p>'),
    ],
    authors=["Khoa Nhà nước và Pháp luật"],
    opts={"pub": "2026-11-12T15:00", "created": "10/11/2026"},
)

S9 = Story(
    id=9,
    slug="thong-bao-lich-nghi-tet-duong-lich-2027",
    title="Thông báo lịch nghỉ Tết Dương lịch 2027 đối với cán bộ, giảng viên và học viên",
    cat="thong-bao",
    published_at="2026-12-04T17:45:00+07:00",
    blocks=[
        P(
            "Thực hiện thông báo của Văn phòng Tỉnh ủy, Trường Chính trị tỉnh Kon Tum thông báo lịch "
            "nghỉ Tết Dương lịch năm 2027 như sau:"
        ),
        P("👉 Cán bộ, giảng viên, nhân viên nghỉ từ ngày 01/01/2027 đến hết ngày 03/01/2027."),
        P("👉 Các lớp học viên nghỉ học từ ngày 31/12/2026, đi học lại vào ngày 04/01/2027."),
        P(
            "Phòng Hành chính - Tổng hợp phân công trực cơ quan và bảo đảm an ninh, an toàn tài sản "
            "trong những ngày nghỉ."
        ),
    ],
    opts={"pub": "2026-12-04T17:45", "created": "04/12/2026", "poster": "quantri"},
)

S10 = Story(
    id=10,
    slug="chi-doan-truong-ra-quan-chien-dich-tinh-nguyen-mua-dong-2026",
    title="Chi đoàn Trường ra quân Chiến dịch tình nguyện mùa đông 2026 tại xã Đăk Rơ Wa",
    cat="tin-hoat-dong",
    published_at="2026-10-30T07:30:00+07:00",
    blocks=[
        P(
            "Sáng 30/10, Chi đoàn Trường Chính trị tỉnh Kon Tum phối hợp với Đoàn xã Đăk Rơ Wa tổ "
            "chức lễ ra quân Chiến dịch tình nguyện mùa đông năm 2026."
        ),
        Img(nimg("tnmd-2026-01.jpg"), "Đoàn viên dọn vệ sinh tuyến đường liên thôn",
            "Đoàn viên dọn vệ sinh tuyến đường liên thôn", "fig"),
        P(
            "Trong chiến dịch, đoàn viên thanh niên đã trao 50 suất quà cho học sinh có hoàn cảnh "
            "khó khăn, sửa chữa 2 nhà văn hóa thôn và trồng 300 cây xanh."
        ),
    ],
    opts={"pub": "2026-10-30T07:30", "created": "28/10/2026", "poster": "doantn_tct"},
)

S11 = Story(
    id=11,
    slug="boi-duong-cap-nhat-kien-thuc-bao-cao-vien-cap-huyen-2026",
    title="Lớp bồi dưỡng cập nhật kiến thức cho đội ngũ báo cáo viên cấp huyện năm 2026",
    cat="dao-tao-boi-duong",
    published_at="2026-10-28T08:00:00+07:00",
    blocks=[
        P(
            "Từ ngày 26 đến 28/10/2026, Trường Chính trị tỉnh mở lớp bồi dưỡng cập nhật kiến thức "
            "cho 65 báo cáo viên cấp huyện, thành phố."
        ),
        P(
            "Học viên được nghe giới thiệu các chuyên đề về tình hình thời sự trong nước, quốc tế, "
            "kỹ năng thuyết trình và nắm bắt dư luận xã hội trên không gian mạng."
        ),
        P(
            "Kết thúc lớp học, các học viên viết bài thu hoạch, liên hệ với nhiệm vụ tuyên truyền tại "
            "địa phương."
        ),
    ],
    opts={"pub": "2026-10-28T08:00", "created": "25/10/2026"},
)

S12 = Story(
    id=12,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Trường Chính trị tỉnh Kon Tum tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="tin-hoat-dong",
    published_at="2026-11-19T16:30:00+07:00",
    blocks=[
        P(
            "Chiều 19/11, Trường Chính trị tỉnh Kon Tum long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        Img(nimg("20-11-2026-01.jpg"),
            "(Đồng chí Hiệu trưởng ôn lại truyền thống Ngày Nhà giáo Việt Nam)",
            "Đồng chí Hiệu trưởng ôn lại truyền thống Ngày Nhà giáo Việt Nam", "para"),
        P(
            "Tại buổi lễ, đồng chí Hiệu trưởng đã ôn lại truyền thống vẻ vang của ngành giáo dục và "
            "ghi nhận những đóng góp của đội ngũ giảng viên Trường trong năm qua."
        ),
        Img(nimg("20-11-2026-02.jpg"),
            "(Trao giấy khen cho các cá nhân có thành tích xuất sắc)",
            "Trao giấy khen cho các cá nhân có thành tích xuất sắc", "para"),
        P(
            "Dịp này, Trường khen thưởng 9 cá nhân có thành tích xuất sắc trong giảng dạy và nghiên "
            "cứu khoa học năm học 2025 - 2026."
        ),
    ],
    opts={"pub": "2026-11-19T16:30", "created": "18/11/2026", "featured": True,
          "updated": "20/11/2026 08:10"},
)

S13 = Story(
    id=13,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
    cat="tin-hoat-dong",
    published_at="2026-10-16T14:00:00+07:00",
    blocks=[
        P(
            "Ngày 16/10, Trường Chính trị tỉnh Kon Tum tổ chức Hội nghị viên chức, người lao động "
            "năm học 2026 - 2027."
        ),
        P(
            "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm học 2025 - 2026, thảo luận và "
            "thông qua quy chế chi tiêu nội bộ, quy chế dân chủ ở cơ sở."
        ),
        P(
            "Các viên chức, người lao động đã ký kết giao ước thi đua, quyết tâm hoàn thành xuất sắc "
            "nhiệm vụ năm học mới."
        ),
        Raw('<p style="text-align:right"><strong>Công đoàn Trường</strong></p>'),
    ],
    authors=["Công đoàn Trường"],
    opts={"pub": "2026-10-16T14:00", "created": "13/10/2026"},
)

STORIES: list[Story] = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_SLUG = {s.slug: s for s in STORIES}
BY_CUID = {cuid(s.slug): s for s in STORIES}
ORDERED = sorted(STORIES, key=lambda s: s.opts["pub"], reverse=True)


def _pub(story: Story) -> datetime:
    return datetime.fromisoformat(story.opts["pub"])


def _utc(story: Story) -> str:
    return (_pub(story) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _excerpt(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) < 160 else first[:150].rsplit(" ", 1)[0] + "…"


# --- chrome -----------------------------------------------------------------------------------

_MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu", "Giới thiệu", [("/gioi-thieu", "Lịch sử hình thành"),
                                    ("/gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức")]),
    ("/tin-tuc", "Tin tức", [(f"/chuyen-muc/{k}", v) for k, v in CATS.items()]),
    ("/dao-tao/trung-cap-ly-luan-chinh-tri-hanh-chinh", "Đào tạo",
     [(f"/dao-tao/{k}", v) for k, v in PROGRAMS.items()]),
]

_CSS = "/_next/static/css/7b1e0c9a2f4d.css"
_CHUNKS = [
    "/_next/static/chunks/webpack-5c2b1f8e.js",
    "/_next/static/chunks/framework-0a9d3e1b.js",
    "/_next/static/chunks/main-9f3c2a71.js",
    "/_next/static/chunks/pages/_app-e4d8b2c6.js",
]


def _menu() -> str:
    items = []
    for href, label, subs in _MENU:
        sub = ""
        if subs:
            sub = '<ul class="dh_menuCon__Zt4e" role="menu">' + "".join(
                f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for h, t in subs
            ) + "</ul>"
        items.append(f'<li class="dh_muc__Zt4e"><a href="{esc(href)}">{esc(label)}</a>{sub}</li>')
    items.append('<li class="dh_muc__Zt4e"><a href="#lien-he">Liên hệ</a></li>')
    return '<nav class="dh_menu__Zt4e"><ul>' + "".join(items) + "</ul></nav>"


def _sidebar() -> str:
    most = [S12, S6, S1, S8]
    doc_nhieu = "".join(
        f'<li><span class="sb_so__k9">{i}</span><a href="/bai-viet/{s.slug}">{esc(s.title)}</a>'
        f"</li>"
        for i, s in enumerate(most, 1)
    )
    return (
        '<aside class="sb_cot__k9">'
        '<section class="sb_khoi__k9"><h2 class="sb_tieuDe__k9">Đọc nhiều</h2>'
        f'<ol class="sb_docNhieu__k9">{doc_nhieu}</ol></section>'
        '<section class="sb_khoi__k9"><h2 class="sb_tieuDe__k9">Liên kết</h2><ul>'
        '<li><a href="https://www.konturn.gov.vn" target="_blank" rel="noopener">Cổng TTĐT tỉnh '
        "Kon Tum</a></li>"
        '<li><a href="https://hcma.vn" target="_blank" rel="noopener">Học viện Chính trị quốc gia '
        "Hồ Chí Minh</a></li>"
        '<li><a href="https://baokontum.com.vn" target="_blank" rel="noopener">Báo Kon Tum</a></li>'
        "</ul></section>"
        '<section class="sb_khoi__k9"><h2 class="sb_tieuDe__k9">Thăm dò ý kiến</h2>'
        "<p>Bạn đánh giá thế nào về giao diện mới của website?</p>"
        '<label><input type="radio" name="bc" value="1"/> Đẹp, dễ sử dụng</label><br/>'
        '<label><input type="radio" name="bc" value="2"/> Bình thường</label><br/>'
        '<label><input type="radio" name="bc" value="3"/> Cần cải thiện</label><br/>'
        '<button type="button" class="sb_nut__k9">Bình chọn</button></section>'
        '<section class="sb_khoi__k9"><h2 class="sb_tieuDe__k9">Thống kê truy cập</h2>'
        '<ul class="sb_demTruyCap__k9"><li>Đang online: <!-- -->27</li>'
        "<li>Hôm nay: <!-- -->1.184</li><li>Tổng truy cập: <!-- -->2.406.913</li></ul></section>"
        "</aside>"
    )


def _footer() -> str:
    return (
        '<footer class="ct_chanTrang__Aa1" id="lien-he">'
        f"<p><strong>{SITE_NAME.upper()}</strong></p>"
        "<p>Địa chỉ: 126 Trần Phú, phường Quyết Thắng, thành phố Kon Tum, tỉnh Kon Tum</p>"
        "<p>Điện thoại: 0260.3862.416 - Email: truongchinhtri@kontum.gov.vn</p>"
        "<p>Chịu trách nhiệm nội dung: Hiệu trưởng Trường Chính trị tỉnh Kon Tum</p>"
        '<p class="ct_banQuyen__Aa1">© 2026 Trường Chính trị tỉnh Kon Tum. Phát triển bởi nhóm '
        "sinh viên CNTT - Phân hiệu Đại học Đà Nẵng tại Kon Tum.</p>"
        '<p><a href="https://www.facebook.com/truongchinhtrikontum" target="_blank">Facebook</a> · '
        '<a href="https://www.youtube.com/@truongchinhtrikontum" target="_blank">YouTube</a></p>'
        "</footer>"
    )


def _page(
    request: Request,
    title: str,
    main: str,
    *,
    route: str,
    page_props: dict,
    query: dict | None = None,
    canonical: str | None = None,
    description: str | None = None,
    meta_extra: str = "",
    chunk: str = "index-2a7f",
) -> Response:
    base = base_url(request)
    next_data = {
        "props": {"pageProps": page_props, "__N_SSP": True},
        "page": route,
        "query": query or {},
        "buildId": BUILD_ID,
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    data = json.dumps(next_data, ensure_ascii=False).replace("</", "<\\/")
    head = [
        '<meta charSet="utf-8"/>',
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
        f"<title>{esc(title)}</title>",
    ]
    if description:
        head.append(f'<meta name="description" content="{esc(description)}"/>')
    if canonical:
        head.append(f'<link rel="canonical" href="{esc(base + canonical)}"/>')
    head.append(meta_extra)
    head.append(f'<link rel="preload" href="{_CSS}" as="style"/>')
    head.append(f'<link rel="stylesheet" href="{_CSS}" data-n-g=""/>')
    head.append('<link rel="icon" href="/favicon.ico"/>')
    scripts = "".join(f'<script src="{c}" defer=""></script>' for c in _CHUNKS)
    page_chunk = f"/_next/static/chunks/pages{route if route != '/' else '/index'}-{chunk}.js"
    scripts += f'<script src="{esc(page_chunk)}" defer=""></script>'
    scripts += (
        f'<script src="/_next/static/{BUILD_ID}/_buildManifest.js" defer=""></script>'
        f'<script src="/_next/static/{BUILD_ID}/_ssgManifest.js" defer=""></script>'
    )
    body = (
        '<div id="__next">'
        '<div class="dh_thanhTren__Zt4e"><span>'
        f"{HEADER_TODAY}</span><span>Hotline: 0260.3862.416</span>"
        '<input class="dh_timKiem__Zt4e" type="search" placeholder="Tìm kiếm..." '
        'aria-label="Tìm kiếm"/></div>'
        '<header class="dh_dauTrang__Zt4e"><a href="/" class="dh_logo__Zt4e">'
        '<img alt="Logo Trường Chính trị tỉnh Kon Tum" src="/images/logo-tct.png" width="72" '
        'height="72"/></a><div><p class="dh_coQuan__Zt4e">TỈNH ỦY KON TUM</p>'
        f'<p class="dh_ten__Zt4e">{SITE_NAME.upper()}</p></div></header>'
        f"{_menu()}"
        '<div class="dh_chayChu__Zt4e" aria-hidden="true"><marquee>Chào mừng kỷ niệm 44 năm Ngày '
        "Nhà giáo Việt Nam 20/11 ★ Tuyển sinh lớp Cao cấp lý luận chính trị năm 2027…</marquee></div>"
        f'<div class="bc_khung__Qe2">{main}{_sidebar()}</div>'
        f"{_footer()}"
        '<div class="ck_thongBao__Hh0" role="dialog">Website sử dụng cookie để cải thiện trải '
        'nghiệm của bạn. <button type="button">Đồng ý</button></div>'
        "</div>"
        f'<script id="__NEXT_DATA__" type="application/json">{data}</script>'
        '<next-route-announcer><p aria-live="assertive" id="__next-route-announcer__" '
        'role="alert"></p></next-route-announcer>'
    )
    doc = (
        '<!DOCTYPE html><html lang="vi"><head>'
        + "".join(head)
        + '<noscript data-n-css=""></noscript>'
        + scripts
        + "</head><body>"
        + body
        + "</body></html>"
    )
    return html(doc, headers={"X-Powered-By": "Next.js", "Cache-Control": "private, no-cache, "
                              "no-store, max-age=0, must-revalidate"})


# --- listings ---------------------------------------------------------------------------------


def _thumb(story: Story) -> str:
    first = next((b for b in story.blocks if isinstance(b, Img)), None)
    name = first.src.split("%2F")[-1].split("&")[0] if first else "mac-dinh.jpg"
    return nimg(name, 384)


def _card(story: Story, *, featured_link: bool = False) -> str:
    href = f"/bai-viet/{story.slug}" + ("?from=noi-bat" if featured_link else "")
    return (
        '<article class="the_tin__Pq7aZ">'
        f'<a href="{esc(href)}" class="the_anh__Pq7aZ"><span style="box-sizing:border-box;'
        'display:block;overflow:hidden"><img alt="" loading="lazy" decoding="async" data-nimg="1" '
        f'src="{esc(_thumb(story))}" width="384" height="256"/></span></a>'
        f'<div class="the_noiDung__Pq7aZ"><h3 class="the_tieuDe__Pq7aZ"><a href="{esc(href)}">'
        f"{esc(story.title)}</a></h3>"
        f'<p class="the_ngay__Pq7aZ"><span>📅 </span>{story.opts["created"]}</p>'
        f'<p class="the_tomTat__Pq7aZ">{esc(_excerpt(story))}</p></div></article>'
    )


def _pager(page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    parts = []
    if page > 1:
        parts.append(f'<a class="pt_nut__W3" href="?page={page - 1}">‹ Trước</a>')
    for n in range(1, pages + 1):
        cur = ' aria-current="page" class="pt_so__W3 pt_hienTai__W3"' if n == page else \
            ' class="pt_so__W3"'
        parts.append(f'<button type="button" data-trang="{n}"{cur}>{n}</button>')
    if page < pages:
        parts.append(f'<a class="pt_nut__W3" href="?page={page + 1}">Sau ›</a>')
    return '<div class="pt_phanTrang__W3">' + "".join(parts) + "</div>"


def _page_number(request: Request) -> int | None:
    raw = request.params.get("page", "1")
    if not raw.isdigit() or int(raw) < 1:
        return None
    return int(raw)


def _card_json(story: Story) -> dict:
    return {
        "id": cuid(story.slug),
        "title": story.title,
        "slug": story.slug,
        "excerpt": _excerpt(story),
        "createdAt": datetime.strptime(story.opts["created"], "%d/%m/%Y").strftime(
            "%Y-%m-%dT01:12:00.000Z"),
        "publishedDate": _utc(story),
        "category": {"name": CATS[story.cat], "slug": story.cat},
    }


def _listing(request: Request, stories: list[Story], size: int, heading: str, crumbs: str,
             route: str, query: dict) -> Response | None:
    page = _page_number(request)
    if page is None:
        return None
    pages = max(1, -(-len(stories) // size))
    chunk = stories[(page - 1) * size: page * size]
    cards = "".join(_card(s) for s in chunk) or '<p class="ds_rong__V1">Chưa có bài viết.</p>'
    main = (
        '<main class="ds_chinh__V1">'
        f'<nav class="dm_duongDan__R5" aria-label="breadcrumb"><a href="/">Trang chủ</a>'
        f"{crumbs}</nav>"
        f'<h1 class="ds_tieuDe__V1">{esc(heading)}</h1>'
        f'<div class="ds_luoi__V1">{cards}</div>{_pager(page, pages)}</main>'
    )
    props = {"posts": [_card_json(s) for s in chunk], "page": page, "totalPages": pages}
    title = f"{heading} | {SITE_NAME}" + (f" - Trang {page}" if page > 1 else "")
    return _page(request, title, main, route=route, page_props=props,
                 query={**query, "page": str(page)} if page > 1 else query)


def _tin_tuc(request: Request) -> Response | None:
    return _listing(request, ORDERED, LIST_SIZE, "Tin tức",
                    ' › <span>Tin tức</span>', "/tin-tuc", {})


def _chuyen_muc(request: Request, slug: str) -> Response | None:
    if slug not in CATS:
        return None
    stories = [s for s in ORDERED if s.cat == slug]
    crumbs = f' › <a href="/tin-tuc">Tin tức</a> › <span>{esc(CATS[slug])}</span>'
    return _listing(request, stories, CAT_SIZE, CATS[slug], crumbs, "/chuyen-muc/[slug]",
                    {"slug": slug})


def _home(request: Request) -> Response:
    featured = [s for s in ORDERED if s.opts.get("featured")]
    slider = "".join(
        f'<div class="tc_slide__B8" data-index="{i}">'
        f'<a href="/bai-viet/{s.slug}?from=noi-bat"><img alt="{esc(s.title)}" '
        f'src="{esc(_thumb(s).replace("w=384", "w=1200"))}" width="1200" height="600"/>'
        f'<span class="tc_slideChu__B8">{esc(s.title)}</span></a></div>'
        for i, s in enumerate(featured)
    )
    latest = "".join(_card(s) for s in ORDERED[:6])
    research = "".join(_card(s) for s in ORDERED if s.cat == "nghien-cuu-trao-doi")
    notices = "".join(
        f'<li><a href="/bai-viet/{s.slug}">{esc(s.title)}</a> <em>({s.opts["created"]})</em></li>'
        for s in ORDERED if s.cat == "thong-bao"
    )
    main = (
        '<main class="tc_chinh__B8">'
        f'<section class="tc_noiBat__B8"><div class="slick-track">{slider}</div></section>'
        '<section class="tc_khoi__B8"><h2 class="tc_tieuDeKhoi__B8"><a href="/tin-tuc">Tin mới'
        f'</a></h2><div class="ds_luoi__V1">{latest}</div>'
        '<a class="tc_xemTatCa__B8" href="/tin-tuc">Xem tất cả »</a></section>'
        '<section class="tc_khoi__B8"><h2 class="tc_tieuDeKhoi__B8"><a href="/chuyen-muc/'
        f'nghien-cuu-trao-doi">Nghiên cứu - Trao đổi</a></h2>{research}</section>'
        '<section class="tc_khoi__B8"><h2 class="tc_tieuDeKhoi__B8"><a href="/chuyen-muc/'
        f'thong-bao">Thông báo</a></h2><ul class="tc_thongBao__B8">{notices}</ul></section>'
        "</main>"
    )
    props = {
        "featured": [_card_json(s) for s in featured],
        "latest": [_card_json(s) for s in ORDERED[:6]],
        "menu": [{"label": label, "href": href} for href, label, _ in _MENU],
    }
    return _page(request, f"Trang chủ | {SITE_NAME}", main, route="/", page_props=props,
                 canonical="/", description="Cổng thông tin điện tử Trường Chính trị tỉnh Kon Tum")


# --- the article ------------------------------------------------------------------------------


def _img_html(img: Img) -> str:
    name = img.src.split("%2F")[-1].split("&")[0]
    srcset = ", ".join(
        f"{esc(nimg(name, w))} {w}w" for w in (640, 750, 828, 1080, 1200, 1920)
    )
    tag = (
        f'<img alt="" loading="lazy" decoding="async" data-nimg="1" style="color:transparent;'
        f'width:100%;height:auto" sizes="100vw" srcSet="{srcset}" src="{esc(img.src)}" '
        'width="1080" height="720"/>'
    )
    if img.style == "para":
        out = f'<div class="kb_anh__Lm0">{tag}</div>'
        if img.printed:
            out += f'<p style="text-align:center"><em>{esc(img.printed)}</em></p>'
        return out
    cap = f'<figcaption class="kb_chuThich__Lm0">{esc(img.printed)}</figcaption>' \
        if img.printed else ""
    return f'<figure class="kb_hinh__Lm0">{tag}{cap}</figure>'


def _fn_text(text: str) -> str:
    out = esc(text)
    for n in range(1, 10):
        out = out.replace(f"[{n}]", f"<sup>[{n}]</sup>")
    return out


def _render_blocks(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "gallery":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and \
                        blocks[i].style == "gallery":
                    group.append(_img_html(blocks[i]))
                    i += 1
                out.append('<div class="kb_boAnh__Lm0" style="display:grid;'
                           'grid-template-columns:1fr 1fr;gap:8px">' + "".join(group) + "</div>")
                continue
            out.append(_img_html(b))
            i += 1
            continue
        style = b.style
        if style in ("li", "tr", "ref"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                group.append(blocks[i].text)
                i += 1
            if style == "li":
                out.append("<ul>" + "".join(f"<li><p>{esc(t)}</p></li>" for t in group) + "</ul>")
            elif style == "ref":
                out.append('<div class="kb_thamKhao__Lm0">'
                           + "".join(f'<p style="font-size:14px"><em>{esc(t)}</em></p>'
                                     for t in group) + "</div>")
            else:
                rows = []
                for r, t in enumerate(group):
                    cell = "th" if r == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>"
                                                 for c in t.split(" | ")) + "</tr>")
                out.append('<div style="overflow-x:auto"><table border="1" cellpadding="4">'
                           "<tbody>" + "".join(rows) + "</tbody></table></div>")
            continue
        if style == "br":
            # a soft break: continues the previous paragraph after a <br>
            assert out and out[-1].endswith("</p>")
            out[-1] = out[-1][: -len("</p>")] + f"<br/>{esc(b.text)}</p>"
        elif style == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif style == "h3":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif style == "quote":
            out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
        elif style == "fn":
            out.append(f"<p>{_fn_text(b.text)}</p>")
        else:
            out.append(f"<p>{esc(b.text)}</p>")
        i += 1
    return "".join(out)


def _document_json(story: Story) -> list[dict]:
    """The Keystone ``document`` value (roughly what the GraphQL API hands the front-end)."""
    doc: list[dict] = []
    for b in story.blocks:
        if isinstance(b, P):
            kind = {"h": "heading", "h3": "heading", "quote": "blockquote"}.get(b.style,
                                                                               "paragraph")
            doc.append({"type": kind, "children": [{"text": b.text}]})
        elif isinstance(b, Img):
            doc.append({"type": "component-block", "component": "hinhAnh",
                        "props": {"src": b.src.split("url=")[1].split("&")[0],
                                  "chuThich": b.printed or ""}, "children": []})
        else:
            doc.append({"type": "component-block", "component": "htmlTho",
                        "props": {"html": b.html}, "children": []})
    return doc


def _related(story: Story) -> list[Story]:
    same = [s for s in ORDERED if s.cat == story.cat and s is not story]
    others = [s for s in ORDERED if s.cat != story.cat and s is not story]
    return (same + others)[:4]


def _article(request: Request, story: Story) -> Response:
    pub = _pub(story)
    cat = CATS[story.cat]
    meta = [
        f'<span class="ctbv_ngay__x3Kq1">Đăng lúc <!-- --><time dateTime="{_utc(story)}">'
        f'{pub:%H:%M}<!-- --> <!-- -->{pub:%d/%m/%Y}</time></span>'
    ]
    if story.opts.get("updated"):
        meta.append(f'<span class="ctbv_capNhat__x3Kq1">Cập nhật: <!-- -->'
                    f'{story.opts["updated"]}</span>')
    if story.opts.get("top_author"):
        meta.append(f'<span class="ctbv_tacGia__x3Kq1">Tác giả: <!-- -->'
                    f'{esc(story.opts["top_author"])}</span>')
    if story.opts.get("poster"):
        meta.append(f'<span class="ctbv_nguoiDang__x3Kq1">Người đăng: <!-- -->'
                    f'{esc(story.opts["poster"])}</span>')
    meta.append(f'<span class="ctbv_luotXem__x3Kq1">👁 <!-- -->{story.views()}<!-- --> lượt xem'
                "</span>")
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="ctbv_sapo__x3Kq1"><strong>{esc(story.summary)}</strong></div>'
    related = _related(story)
    rel_html = "".join(
        f'<li><a href="/bai-viet/{cuid(s.slug)}"><img alt="" loading="lazy" '
        f'src="{esc(_thumb(s).replace("w=384", "w=256"))}" width="120" height="80"/></a>'
        f'<a href="/bai-viet/{cuid(s.slug)}">{esc(s.title)}</a> '
        f'<small>({s.opts["created"]})</small></li>'
        for s in related
    )
    tags = {"tin-hoat-dong": ["hoạt động", "sự kiện"], "dao-tao-boi-duong": ["đào tạo"],
            "nghien-cuu-trao-doi": ["nghiên cứu", "lý luận"], "thong-bao": ["thông báo"],
            "cong-tac-dang-doan-the": ["xây dựng Đảng"]}[story.cat]
    main = (
        '<main class="ctbv_khung__x3Kq1">'
        '<nav class="dm_duongDan__R5" aria-label="breadcrumb"><a href="/">Trang chủ</a> › '
        f'<a href="/tin-tuc">Tin tức</a> › <a href="/chuyen-muc/{story.cat}">{esc(cat)}</a></nav>'
        f'<article class="ctbv_baiViet__x3Kq1"><h1 class="ctbv_tieuDe__x3Kq1">{esc(story.title)}'
        f'</h1><div class="ctbv_thongTin__x3Kq1">{" | ".join(meta)}</div>'
        f"{sapo}"
        f'<div class="ctbv_noiDung__x3Kq1">{_render_blocks(story.blocks)}</div>'
        '<div class="ctbv_congCu__x3Kq1"><span>Chia sẻ:</span> '
        '<a href="https://www.facebook.com/sharer/sharer.php" target="_blank" rel="noopener">'
        '<img src="/images/icon-facebook.png" alt="Facebook" width="20" height="20"/></a> '
        '<a href="https://zalo.me/share" target="_blank" rel="noopener">'
        '<img src="/images/icon-zalo.png" alt="Zalo" width="20" height="20"/></a> '
        '<button type="button" onclick="window.print()">🖨 In bài</button></div>'
        '<div class="ctbv_the__x3Kq1">Từ khóa: '
        + ", ".join(f"<span>#{esc(t)}</span>" for t in tags)
        + "</div></article>"
        '<section class="ctbv_lienQuan__x3Kq1"><h2>Tin liên quan</h2>'
        f"<ul>{rel_html}</ul></section></main>"
    )
    author_json = None
    if story.opts.get("json_author"):
        author_json = {"name": story.opts["json_author"]}
    props = {
        "post": {
            "id": cuid(story.slug),
            "title": story.title,
            "seoTitle": story.title[:60],
            "slug": story.slug,
            "publishedDate": _utc(story),
            "createdAt": _card_json(story)["createdAt"],
            "excerpt": _excerpt(story),
            "category": {"name": cat, "slug": story.cat},
            "author": author_json,
            "createdBy": {"name": story.opts.get("poster") or "admin_sv2024"},
            "content": {"document": _document_json(story)},
            "views": story.views(),
        },
        "relatedPosts": [_card_json(s) for s in related],
    }
    images = story.images
    og_image = base_url(request) + images[0].src if images else None
    meta_extra = (
        f'<meta property="og:type" content="article"/>'
        f'<meta property="og:title" content="{esc(story.title[:60])}"/>'
        f'<meta property="article:published_time" content="{_utc(story)}"/>'
        f'<meta property="article:section" content="{esc(cat)}"/>'
    )
    if og_image:
        meta_extra += f'<meta property="og:image" content="{esc(og_image)}"/>'
    return _page(
        request,
        f"{story.title} | {SITE_NAME}",
        main,
        route="/bai-viet/[slug]",
        page_props=props,
        query={"slug": request.path.rsplit("/", 1)[1]},
        canonical=f"/bai-viet/{story.slug}",
        description=_excerpt(story),
        meta_extra=meta_extra,
        chunk="3f9a0c1e",
    )


# --- pages that are not articles --------------------------------------------------------------


def _gioi_thieu(request: Request) -> Response:
    main = (
        '<main class="tr_khung__N0"><nav class="dm_duongDan__R5"><a href="/">Trang chủ</a> › '
        "<span>Giới thiệu</span></nav><h1>Lịch sử hình thành và phát triển</h1>"
        "<p>Trường Chính trị tỉnh Kon Tum được thành lập năm 1991 trên cơ sở Trường Đảng tỉnh "
        "Gia Lai - Kon Tum, là đơn vị sự nghiệp trực thuộc Tỉnh ủy Kon Tum.</p>"
        "<p>Trường có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính "
        "trị ở cơ sở; nghiên cứu khoa học và tổng kết thực tiễn.</p>"
        '<p>Xem thêm: <a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></p></main>'
    )
    return _page(request, f"Giới thiệu | {SITE_NAME}", main, route="/gioi-thieu",
                 page_props={"page": {"slug": "gioi-thieu"}}, canonical="/gioi-thieu")


def _co_cau(request: Request) -> Response:
    rows = [
        ("Ban Giám hiệu", "Hiệu trưởng, 02 Phó Hiệu trưởng"),
        ("Các khoa", "Lý luận cơ sở; Xây dựng Đảng; Nhà nước và Pháp luật; Dân vận"),
        ("Các phòng", "Tổ chức - Hành chính; Quản lý đào tạo và Nghiên cứu khoa học"),
    ]
    table = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in rows)
    main = (
        '<main class="tr_khung__N0"><nav class="dm_duongDan__R5"><a href="/">Trang chủ</a> › '
        '<a href="/gioi-thieu">Giới thiệu</a> › <span>Cơ cấu tổ chức</span></nav>'
        f"<h1>Cơ cấu tổ chức</h1><table border=\"1\"><tbody>{table}</tbody></table></main>"
    )
    return _page(request, f"Cơ cấu tổ chức | {SITE_NAME}", main, route="/gioi-thieu/[slug]",
                 page_props={"page": {"slug": "co-cau-to-chuc"}}, query={"slug": "co-cau-to-chuc"},
                 canonical="/gioi-thieu/co-cau-to-chuc")


def _dao_tao(request: Request, slug: str) -> Response | None:
    if slug not in PROGRAMS:
        return None
    name = PROGRAMS[slug]
    others = "".join(f'<li><a href="/dao-tao/{k}">{esc(v)}</a></li>'
                     for k, v in PROGRAMS.items() if k != slug)
    body = (
        f"<p>Chương trình {esc(name.lower())} được tổ chức theo quy định của Học viện Chính trị "
        "quốc gia Hồ Chí Minh, dành cho cán bộ, công chức, viên chức trong hệ thống chính trị "
        "tỉnh Kon Tum.</p>"
        "<p>Hình thức đào tạo: tập trung và không tập trung; thời gian và địa điểm học theo "
        "thông báo chiêu sinh của Trường.</p>"
    )
    if slug == "trung-cap-ly-luan-chinh-tri-hanh-chinh":
        # the student team reused the post layout for this programme page
        main = (
            '<main class="ctbv_khung__x3Kq1">'
            '<nav class="dm_duongDan__R5" aria-label="breadcrumb"><a href="/">Trang chủ</a> › '
            f'<span>Đào tạo</span></nav><article class="ctbv_baiViet__x3Kq1">'
            f'<h1 class="ctbv_tieuDe__x3Kq1">{esc(name)}</h1>'
            '<div class="ctbv_thongTin__x3Kq1"><span class="ctbv_capNhat__x3Kq1">Cập nhật: '
            "<!-- -->01/09/2026 10:15</span></div>"
            f'<div class="ctbv_noiDung__x3Kq1">{body}'
            "<h2>Nội dung chương trình</h2><ul><li><p>Phần I: Những vấn đề cơ bản về chủ nghĩa "
            "Mác - Lênin và tư tưởng Hồ Chí Minh</p></li><li><p>Phần II: Những vấn đề cơ bản về "
            "Đảng Cộng sản và lịch sử Đảng</p></li><li><p>Phần III: Những vấn đề cơ bản về hệ "
            "thống chính trị, Nhà nước và pháp luật</p></li><li><p>Phần IV: Các kỹ năng lãnh đạo, "
            "quản lý</p></li></ul></div>"
            '<div class="ctbv_congCu__x3Kq1"><span>Chia sẻ:</span> <button type="button" '
            'onclick="window.print()">🖨 In bài</button></div></article>'
            f"<section><h2>Chương trình khác</h2><ul>{others}</ul></section></main>"
        )
    else:
        main = (
            '<main class="tr_khung__N0"><nav class="dm_duongDan__R5"><a href="/">Trang chủ</a> › '
            f"<span>Đào tạo</span></nav><h1>{esc(name)}</h1>{body}"
            f"<h2>Chương trình khác</h2><ul>{others}</ul></main>"
        )
    return _page(request, f"{name} | {SITE_NAME}", main, route="/dao-tao/[slug]",
                 page_props={"chuongTrinh": {"slug": slug, "ten": name}}, query={"slug": slug},
                 canonical=f"/dao-tao/{slug}")


# --- the site ---------------------------------------------------------------------------------

_IMAGE_NAMES = {b.src.split("%2F")[-1].split("&")[0] for s in STORIES for b in s.images}


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method not in ("GET", "HEAD"):
            return Response(405, b"Method Not Allowed", {"Allow": "GET, HEAD"})
        if path == "/_next/image":
            url = request.params.get("url", "")
            name = url.rsplit("/", 1)[-1]
            if url.startswith("/images/bai-viet/") and (name in _IMAGE_NAMES or name ==
                                                          "mac-dinh.jpg"):
                return static_file("/x.jpg")
            return Response(400, b'"url" parameter is valid but upstream response is invalid',
                            {"Content-Type": "text/plain"})
        if path.startswith(("/_next/static/", "/images/")) or path == "/favicon.ico":
            return static_file(path)
        if path.startswith("/files/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path == "/robots.txt":
            return Response(200, b"User-agent: *\nAllow: /\n", {"Content-Type": "text/plain"})
        if len(path) > 1 and path.endswith("/"):
            target = path.rstrip("/") + (f"?{request.query}" if request.query else "")
            return redirect(target, 308)
        if path == "/":
            return _home(request)
        if path == "/tin-tuc":
            return _tin_tuc(request)
        if path == "/gioi-thieu":
            return _gioi_thieu(request)
        if path == "/gioi-thieu/co-cau-to-chuc":
            return _co_cau(request)
        parts = path.split("/")
        if len(parts) == 3 and parts[1] == "chuyen-muc":
            return _chuyen_muc(request, parts[2])
        if len(parts) == 3 and parts[1] == "dao-tao":
            return _dao_tao(request, parts[2])
        if len(parts) == 3 and parts[1] == "bai-viet":
            story = BY_SLUG.get(parts[2]) or BY_CUID.get(parts[2])
            if story is None:
                return None
            return _article(request, story)
        return None


def build_site() -> Site:
    return Site()


def _gold(story: Story) -> dict:
    alt = [f"/bai-viet/{cuid(story.slug)}"]
    if story.opts.get("featured"):
        alt.append(f"/bai-viet/{story.slug}?from=noi-bat")
    return gold_record(story, f"/bai-viet/{story.slug}", CATS[story.cat], alt_paths=alt)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/gioi-thieu/co-cau-to-chuc",
    "/dao-tao/trung-cap-ly-luan-chinh-tri-hanh-chinh",
    "/dao-tao/boi-duong-can-bo-lanh-dao-quan-ly",
    "/dao-tao/boi-duong-kien-thuc-quoc-phong-an-ninh",
]
