"""Fixture portal: Sở GD&ĐT tỉnh Tuyên Quang on Drupal 9 + Bootstrap Barrio (blind fixture).

Platform
--------
Drupal 9.5 with a Bootstrap Barrio sub-theme (``sgd_barrio``), Pathauto aliases, a Views-built
news section, Paragraphs for photo galleries (Blazy lazy loading + Colorbox) and attachments,
Metatag, the core RSS feed, core Search and a Webform contact page. Content type of the news is
``tin_bai`` with a taxonomy field ``field_chu_de`` (vocabulary "Chủ đề").

URL scheme
----------
- ``/``                               front page (slider, "Tin mới", "Thông báo" block, sidebars)
- ``/tin-tuc`` ``/tin-tuc?chu_de=All&page=N``  Views page, 5 per page, full pager (0-based
  ``page``; out-of-range pages are clamped to the last one, as Drupal's pager does); an
  exposed GET filter ``chu_de`` (term id or ``All``)
- ``/tin-tuc/<slug>``                 article node (alias); ``/node/<nid>`` serves the same node
  with status 200 (no redirect) and ``<link rel="canonical">`` to the alias
- ``/chu-de/<term>`` ``?page=N``      taxonomy term page (Views override), 2 cards per page,
  *mini* pager (only "‹‹" / "››" links)
- ``/gioi-thieu`` (basic page), ``/lien-he`` (Webform), ``/van-ban`` + ``/van-ban/<slug>``
  (document entries), ``/thu-vien-anh`` + ``/thu-vien-anh/<slug>`` (album), ``/video`` +
  ``/video/<slug>``, ``/lich-cong-tac`` (weekly calendar), ``/search/node?keys=``,
  ``/user/login``, ``/rss.xml`` (10 newest promoted nodes)
- files under ``/sites/default/files/…`` (image styles with ``?itok=``), theme files under
  ``/themes/custom/sgd_barrio/…``, core assets under ``/core/…``

Page templates
--------------
Barrio page: top bar with the date, header with logo/banner, a ``navbar-expand-lg`` main menu
with ``dropdown-menu`` children, a breadcrumb (``ol.breadcrumb``; the Taxonomy breadcrumb
module puts the article's term in it), content region, sidebar_second (Xem nhiều, Thông báo
marquee, Liên kết website select, poll form, visitor counter), footer. Article node: page title
block (``h1.title > span.field--name-title``), ``article.node--type-tin-bai`` with the submitted
line in Barrio's ``<em>`` ("Bởi <account>, <date>"), a "Tóm tắt" field on some nodes, the body
field, a Paragraphs field (gallery / attachments), the term field, share tools, then a Views
block "Tin cùng chuyên mục" *inside* the node's content region.

How each gold article is reached
--------------------------------
The front page links the 5 newest news items (alias) and the 2 notices (block "Thông báo");
its slider links the 3 newest as ``/node/<nid>``; the sidebar "Xem nhiều" links 5 older items as
``/node/<nid>`` only. Every article is on ``/tin-tuc`` (pages 0-2) and on its term page. Article
1243 and 1230 appear on no page but ``/tin-tuc?chu_de=All&page=1`` / ``page=2`` and their term
pages; 1230 is on page 2 (``?page=1``) of ``/chu-de/hoat-dong-nganh``. ``/rss.xml`` lists only
the 10 newest.

Traps
-----
1. Date format: the submitted line uses Drupal's default *medium* format, month first
   ("Bởi bientap01, T6, 12/04/2026 - 16:20" is 4 December), followed on some nodes by
   "| Cập nhật: T7, 12/05/2026 - 08:02" (the changed date). The weekday ("T6") and the
   ``article:published_time`` meta agree with month-first. Gold: 2026-12-04T16:20:00+07:00.
   Listings print the node's *changed* date day-first ("05/12/2026"): never the gold date.
2. Duplicates: ``/node/<nid>`` answers 200 with the full article (slider and "Xem nhiều" link
   it; ``rel=shortlink`` too); any query string on an article is ignored by Drupal. Gold path is
   the alias, ``/node/<nid>`` is in ``alt_paths``; canonical is the alias.
3. Submitted-by account: "Bởi bientap01" / "Bởi admin" / "Bởi vanthu_sgd" is a CMS account ->
   nobody. The real byline is a right-aligned line at the end of the body: "Phòng GDTrH" (a
   unit alone -> author as printed), "ThS. Trần Thị Hồng Nhung" + post on the next line ->
   "Trần Thị Hồng Nhung", "Nguyễn Thu Hằng (Trường MN Hoa Sen)" -> "Nguyễn Thu Hằng",
   "Tin, ảnh: X" -> X in both, "Tin: X - Ảnh: Y" -> [X], [Y], "BBT" -> nobody.
4. Blazy gallery (Paragraphs): gallery ``<img>`` carry an SVG data-URI ``src`` and the real
   image in ``data-src`` (``/sites/default/files/styles/large/public/…jpg?itok=…``; a
   ``<noscript>`` copy too); the Colorbox link points at the original file. Gold images: the
   ``data-src`` paths, query kept, in page order after the body's images; caption = the
   ``div.mo-ta-anh`` line under each, None when it only says "Ảnh: Hoàng Thu Trang".
5. Captions three ways: CKEditor ``figure > figcaption`` (one in parentheses: they are taken
   off), a centred ``<em>`` paragraph under the image (a caption, not body; "Ảnh: Đặng Quang
   Huy" alone -> None), and bare ``<img>`` without any line (None).
6. Official notice (1257): letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận" + signer table
   printed inside the body. Gold: date = the letterhead day 2026-12-01 (the node's submitted
   line says 12/02/2026 - 08:10), author = signer "Nguyễn Mạnh Hùng", the numbered headings and
   "- " lines are body, letterhead/kind/subject/closing are not; attachments paragraph is not.
7. Chrome inside the node: the Views block "Tin cùng chuyên mục" (titles + trimmed teasers)
   and the share bar sit inside ``div.node__content`` after the body; the "Tóm tắt" field sits
   before it. Gold: the sapo is the body's first paragraph and the summary; the block is not body.
8. Word paste (1246): ``MsoNormal`` / ``MsoListParagraphCxSp*`` paragraphs with ``mso-list:
   Ignore`` markers ("·", "1.") and conditional comments: markers are no text; the editor's
   "- " lines keep their dash.
9. Footnotes (1250): a call in brackets ``<sup><a>[1]</a></sup>`` stays ("đào tạo[1] cho"), a
   bare ``<sup>2</sup>`` call is dropped; the "Chú thích" heading and its entries are body.
10. Notices are in ``/tin-tuc`` but the 2 oldest items need page 1/2 of the full pager whose
    links are query-only (``href="?chu_de=All&amp;page=1"``); term pages use a mini pager with no
    page numbers. Listing titles are trimmed with "…": the gold title is the ``h1``.
11. Text forms: article 1243 is stored decomposed (NFD, pasted from a Mac); 1255 has an emoji in
    its title and text (kept); 1243 prints midnight ("- 00:00") -> the day alone "2026-11-10".
12. Look-alikes: ``/gioi-thieu`` (long basic page, no date), ``/van-ban/<slug>`` (title, date,
    "Trích yếu" text, PDF) and the album/video pages look like articles and are not.

Gold decisions on ambiguous points
----------------------------------
- The sapo of 1262/1248/1233 is the "Tóm tắt" field printed before the body (bold): summary
  and first body paragraph. 1255 and 1252 open the body with an all-bold paragraph: that is the
  sapo. Other articles: summary null (the meta description is a trimmed copy of the body).
- A caption that only credits the photographer gives no caption and adds nobody beyond the
  byline (the same person is credited in the byline in both cases here).
- Gallery image gold is the ``<img>``'s real source (``data-src``), not the Colorbox link.
- A ``<br>`` inside a paragraph splits it (1255: the quote introduction and the quote).
- Table rows (1252, 1236) are paragraphs, cells joined by " | ", header row included.
- The "Chú thích" entries are printed "[1] …", "[2] …" and kept as printed.
- "Xem thêm: <link>" (1259), the attachments paragraph, the term field, "lượt xem" and the
  share bar are not body. "Nguồn: Báo Tuyên Quang điện tử" (1248) -> source.
- Category: the term as the breadcrumb and the "Chủ đề" field print it.
"""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote, urlencode

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

NAME = "drupal9_barrio_sgddt"
PLATFORM = "Drupal 9 (Bootstrap Barrio, Views, Paragraphs, Webform)"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang"
SITE_SHORT = "Sở GD&ĐT Tuyên Quang"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
THEME = "/themes/custom/sgd_barrio"

#: taxonomy "Chủ đề": tid -> (alias slug, name)
TERMS: dict[int, tuple[str, str]] = {
    3: ("hoat-dong-nganh", "Hoạt động ngành"),
    4: ("giao-duc-mam-non", "Giáo dục Mầm non"),
    5: ("giao-duc-trung-hoc", "Giáo dục Trung học"),
    6: ("chuyen-doi-so", "Chuyển đổi số"),
    7: ("cong-tac-dang-doan-the", "Công tác Đảng - Đoàn thể"),
    8: ("thong-bao", "Thông báo"),
}
TERM_BY_SLUG = {slug: tid for tid, (slug, _) in TERMS.items()}

INLINE = "/sites/default/files/inline-images"
STYLE_LARGE = "/sites/default/files/styles/large/public"


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the thirteen articles ---------------------------------------------------------------------
# opts: nid, tid, created ("YYYY-mm-dd HH:MM", what the node stores), changed, account,
# thumb (teaser image), files (attachments), teaser (listing text), nfd

STORIES: list[Story] = [
    Story(
        id=1262,
        slug="tap-huan-doi-moi-kiem-tra-danh-gia-theo-dinh-huong-phat-trien-pham-chat-nang-luc-hoc-sinh-cap-thpt",
        title="Tập huấn đổi mới kiểm tra, đánh giá theo định hướng phát triển phẩm chất, năng lực học sinh cấp THPT",
        cat="Giáo dục Trung học",
        published_at="2026-12-04T16:20:00+07:00",
        summary=(
            "Từ ngày 02 đến ngày 04/12/2026, Sở GD&ĐT tổ chức tập huấn đổi mới kiểm tra, đánh giá "
            "cho hơn 450 cán bộ quản lý, tổ trưởng chuyên môn và giáo viên cốt cán các trường THPT, "
            "trung tâm GDNN-GDTX trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                f"{INLINE}/z6034817925541_4c1e0b2f9a7d.jpg",
                "Đồng chí Phạm Quang Vinh, Phó Giám đốc Sở GD&ĐT phát biểu khai mạc lớp tập huấn",
                "Đồng chí Phạm Quang Vinh, Phó Giám đốc Sở GD&ĐT phát biểu khai mạc lớp tập huấn",
                style="figure",
            ),
            P(
                "Phát biểu khai mạc lớp tập huấn, đồng chí Phạm Quang Vinh, Phó Giám đốc Sở GD&ĐT nhấn "
                "mạnh: năm học 2026 - 2027 là năm thứ hai thực hiện đề thi tốt nghiệp THPT theo Chương "
                "trình giáo dục phổ thông 2018, vì vậy việc đổi mới kiểm tra, đánh giá thường xuyên và "
                "định kỳ ở các nhà trường phải đi trước một bước, bám sát yêu cầu cần đạt của chương trình."
            ),
            P("Tập trung vào ba nội dung trọng tâm", "h3"),
            P(
                "Tại lớp tập huấn, các báo cáo viên là chuyên viên Phòng Giáo dục Trung học và giáo viên "
                "cốt cán đã hướng dẫn học viên ba nội dung chính:"
            ),
            P("Xây dựng ma trận, bản đặc tả đề kiểm tra định kỳ theo ba mức độ biết, hiểu, vận dụng;", "li"),
            P(
                "Biên soạn câu hỏi trắc nghiệm dạng đúng/sai và trả lời ngắn theo định dạng đề thi mới;",
                "li",
            ),
            P(
                "Sử dụng kết quả đánh giá để điều chỉnh hoạt động dạy học và tư vấn lựa chọn môn học cho học sinh.",
                "li",
            ),
            Img(
                f"{INLINE}/z6034818102277_91ad3e5c7b20.jpg",
                "(Học viên thảo luận nhóm, xây dựng ma trận đề kiểm tra môn Ngữ văn)",
                "Học viên thảo luận nhóm, xây dựng ma trận đề kiểm tra môn Ngữ văn",
                style="figure",
            ),
            P("Chuyển mạnh từ “dạy kiến thức” sang “dạy năng lực”", "h3"),
            P(
                "Theo đánh giá của Phòng Giáo dục Trung học, kết quả kỳ thi tốt nghiệp THPT năm 2026 cho "
                "thấy điểm trung bình các môn của tỉnh đã được cải thiện nhưng vẫn còn chênh lệch lớn giữa "
                "các trường vùng thuận lợi và vùng đặc biệt khó khăn. Nhiều đề kiểm tra ở cấp trường còn "
                "nặng về ghi nhớ, chưa đánh giá được khả năng vận dụng của học sinh."
            ),
            P(
                "Kết thúc đợt tập huấn, mỗi tổ chuyên môn sẽ xây dựng ít nhất 02 đề kiểm tra minh họa, gửi "
                "về Sở trước ngày 20/12/2026 để thẩm định và chia sẻ trên kho học liệu dùng chung của ngành."
            ),
            _right("<strong>Phòng GDTrH</strong>"),
        ],
        authors=["Phòng GDTrH"],
        opts={
            "nid": 1262, "tid": 5, "created": "2026-12-04 16:20", "changed": "2026-12-05 08:02",
            "account": "bientap01", "thumb": "2026-12/tap-huan-ktdg-thpt.jpg",
        },
    ),
    Story(
        id=1259,
        slug="tuyen-quang-100-truong-thcs-thpt-su-dung-hoc-ba-so-tu-nam-hoc-2026-2027",
        title="Tuyên Quang: 100% trường THCS, THPT sử dụng học bạ số từ năm học 2026 - 2027",
        cat="Chuyển đổi số",
        published_at="2026-12-03T09:45:00+07:00",
        blocks=[
            P(
                "Thực hiện Kế hoạch chuyển đổi số ngành Giáo dục giai đoạn 2025 - 2030, từ học kỳ I năm "
                "học 2026 - 2027, toàn bộ 168 trường THCS, 41 trường THPT và các trường phổ thông có nhiều "
                "cấp học trên địa bàn tỉnh đã chính thức sử dụng học bạ số thay cho học bạ giấy."
            ),
            P(
                "Học bạ số được ký số bởi giáo viên chủ nhiệm và hiệu trưởng, kết nối với Cơ sở dữ liệu "
                "ngành và có thể tra cứu trên ứng dụng VNeID. Phụ huynh không còn phải chờ nhận học bạ "
                "giấy vào cuối năm học mà có thể theo dõi kết quả học tập của con ngay khi nhà trường khóa "
                "sổ điểm."
            ),
            P(
                "Ông Nguyễn Đức Long, Trưởng phòng Kế hoạch - Tài chính - Công nghệ thông tin cho biết, để "
                "chuẩn bị, Sở đã cấp 2.350 chứng thư số cho cán bộ quản lý, giáo viên và tổ chức 12 lớp tập "
                "huấn trực tuyến. Một số trường vùng cao như THCS Thượng Lâm, PTDTBT THCS Hồng Quang được hỗ "
                "trợ thêm thiết bị ký số và đường truyền."
            ),
            P(
                "Trong quá trình triển khai, một số trường vẫn gặp khó khăn do đường truyền Internet chưa ổn "
                "định, giáo viên lớn tuổi còn lúng túng khi thao tác. Sở GD&ĐT đề nghị các đơn vị bố trí tổ "
                "hỗ trợ kỹ thuật, báo cáo vướng mắc về Phòng KHTC-CNTT để kịp thời xử lý."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="/tin-tuc/ke-hoach-to-chuc-ngay-hoi-chuyen-doi-so-'
                'nganh-giao-duc-nam-2026">Kế hoạch tổ chức Ngày hội Chuyển đổi số ngành Giáo dục năm 2026</a></p>'
            ),
            _right("<em>Tin, ảnh: Hoàng Thu Trang</em>"),
            Img(
                f"{STYLE_LARGE}/2026-12/hoc-ba-so-01.jpg?itok=Qx7pL2aB",
                "Giáo viên Trường THCS Phan Thiết thực hiện ký số học bạ cho học sinh lớp 9",
                "Giáo viên Trường THCS Phan Thiết thực hiện ký số học bạ cho học sinh lớp 9",
                style="gallery",
            ),
            Img(
                f"{STYLE_LARGE}/2026-12/hoc-ba-so-02.jpg?itok=8Hn_c0Ze",
                "Ảnh: Hoàng Thu Trang",
                None,
                style="gallery",
            ),
            Img(
                f"{STYLE_LARGE}/2026-12/hoc-ba-so-03.jpg?itok=tT4vWm1s",
                "Phụ huynh tra cứu học bạ số của con trên ứng dụng VNeID",
                "Phụ huynh tra cứu học bạ số của con trên ứng dụng VNeID",
                style="gallery",
            ),
        ],
        authors=["Hoàng Thu Trang"],
        photographers=["Hoàng Thu Trang"],
        opts={
            "nid": 1259, "tid": 6, "created": "2026-12-03 09:45", "changed": "2026-12-03 10:12",
            "account": "bientap01", "thumb": "2026-12/hoc-ba-so-01.jpg", "gallery_pid": 871,
        },
    ),
    Story(
        id=1257,
        slug="thong-bao-ve-viec-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-thpt-nam-hoc-2026-2027",
        title="Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-12-01",
        blocks=[
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">'
                "<tbody><tr>"
                '<td style="text-align:center; width:40%">UBND TỈNH TUYÊN QUANG<br>'
                "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br>Số: 2471/TB-SGDĐT</td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>'
                "Độc lập - Tự do - Hạnh phúc</strong><br>"
                "<em>Tuyên Quang, ngày 01 tháng 12 năm 2026</em></td>"
                "</tr></tbody></table>"
            ),
            Raw(
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br>'
                "<strong>Về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT "
                "năm học 2026 - 2027</strong></p>"
            ),
            P(
                "Căn cứ Quy chế thi chọn học sinh giỏi cấp quốc gia ban hành kèm theo Thông tư số "
                "17/2023/TT-BGDĐT ngày 10/10/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo;"
            ),
            P(
                "Căn cứ Kế hoạch số 1985/KH-SGDĐT ngày 15/9/2026 của Sở GD&ĐT về tổ chức các kỳ thi, cuộc "
                "thi năm học 2026 - 2027;"
            ),
            P(
                "Sở Giáo dục và Đào tạo thông báo tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm "
                "học 2026 - 2027 như sau:"
            ),
            P("1. Đối tượng dự thi", "bold"),
            P(
                "Học sinh lớp 12 đang học tại các trường THPT, trường phổ thông có nhiều cấp học và các trung "
                "tâm GDNN-GDTX trên địa bàn tỉnh, có kết quả học tập và rèn luyện năm học 2025 - 2026 từ mức "
                "Khá trở lên."
            ),
            P("2. Môn thi", "bold"),
            P(
                "Gồm 11 môn: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh, "
                "Giáo dục kinh tế và pháp luật, Công nghệ."
            ),
            P("3. Thời gian, địa điểm", "bold"),
            P(
                "- Thời gian thi: ngày 23 và 24/12/2026 (thi viết 01 buổi/môn, thời gian làm bài 180 phút)."
            ),
            P(
                "- Địa điểm: Trường THPT Chuyên Tuyên Quang và Trường THPT Tân Trào, phường Minh Xuân, "
                "tỉnh Tuyên Quang."
            ),
            P("4. Hồ sơ đăng ký", "bold"),
            P(
                "Các đơn vị lập danh sách học sinh dự thi theo mẫu đính kèm, gửi về Sở GD&ĐT (qua Phòng Quản "
                "lý chất lượng) bằng văn bản và qua hệ thống quản lý văn bản điều hành trước 17 giờ 00 ngày "
                "12/12/2026."
            ),
            P(
                "Sở GD&ĐT đề nghị thủ trưởng các đơn vị triển khai thực hiện nghiêm túc nội dung Thông báo "
                "này./."
            ),
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody><tr>'
                '<td style="vertical-align:top; width:50%"><strong><em>Nơi nhận:</em></strong><br>'
                "- Các trường THPT;<br>- Các TT GDNN-GDTX;<br>- Lãnh đạo Sở;<br>"
                "- Lưu: VT, QLCL.</td>"
                '<td style="text-align:center; vertical-align:top"><strong>KT. GIÁM ĐỐC<br>'
                "PHÓ GIÁM ĐỐC</strong><br><br><em>(Đã ký)</em><br><br>"
                "<strong>Nguyễn Mạnh Hùng</strong></td>"
                "</tr></tbody></table>"
            ),
        ],
        authors=["Nguyễn Mạnh Hùng"],
        opts={
            "nid": 1257, "tid": 8, "created": "2026-12-02 08:10", "changed": "2026-12-02 08:10",
            "account": "vanthu_sgd", "thumb": "2026-12/thong-bao-hsg12.png",
            "files": [
                ("2026-12/2471-TB-SGDDT-HSG12.pdf", "2471-TB-SGDDT-HSG12.pdf", "pdf", "318.42 KB"),
                ("2026-12/Mau-danh-sach-dang-ky-HSG12.xlsx", "Mau-danh-sach-dang-ky-HSG12.xlsx",
                 "xlsx", "24.1 KB"),
            ],
            "teaser": (
                "Sở Giáo dục và Đào tạo thông báo tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT "
                "năm học 2026 - 2027 như sau: 1. Đối tượng dự thi …"
            ),
        },
    ),
    Story(
        id=1255,
        slug="am-ap-chuong-trinh-ao-am-cho-em-den-voi-hoc-sinh-vung-cao-lam-binh",
        title="Ấm áp chương trình “Áo ấm cho em” đến với học sinh vùng cao Lâm Bình ❤️",
        cat="Hoạt động ngành",
        published_at="2026-11-30T10:00:00+07:00",
        summary=(
            "Ngày 28/11/2026, Công đoàn ngành Giáo dục phối hợp với Đoàn Thanh niên Sở GD&ĐT và các nhà "
            "hảo tâm tổ chức chương trình “Áo ấm cho em” năm 2026, trao tặng 650 chiếc áo ấm, 300 chăn "
            "bông cùng nhiều phần quà cho học sinh các trường vùng cao xã Lâm Bình và xã Thượng Lâm."
        ),
        blocks=[
            P(
                "Ngày 28/11/2026, Công đoàn ngành Giáo dục phối hợp với Đoàn Thanh niên Sở GD&ĐT và các nhà "
                "hảo tâm tổ chức chương trình “Áo ấm cho em” năm 2026, trao tặng 650 chiếc áo ấm, 300 chăn "
                "bông cùng nhiều phần quà cho học sinh các trường vùng cao xã Lâm Bình và xã Thượng Lâm.",
                "bold",
            ),
            Img(
                f"{INLINE}/z6061293847562_9b2e4d1a7c3f.jpg",
                "Các em học sinh Trường PTDTBT Tiểu học Lăng Can nhận áo ấm từ đoàn công tác",
                "Các em học sinh Trường PTDTBT Tiểu học Lăng Can nhận áo ấm từ đoàn công tác",
                style="em",
            ),
            P(
                "Tổng giá trị các phần quà hơn 320 triệu đồng, được vận động từ cán bộ, giáo viên toàn "
                "ngành và các doanh nghiệp đồng hành."
            ),
            P(
                "Chia sẻ tại buổi trao quà, cô giáo Hoàng Thị Sen, Hiệu trưởng Trường PTDTBT Tiểu học Lăng "
                "Can xúc động:"
            ),
            P(
                "“Mùa đông ở vùng cao nhiệt độ có khi xuống dưới 5 độ C, nhiều em vẫn đi dép tông, mặc áo "
                "mỏng đến lớp. Những chiếc áo ấm hôm nay giúp các em yên tâm đến trường, thầy cô cũng bớt "
                "lo lắng.”",
                "br",
            ),
            Img(f"{INLINE}/z6061294011873_e5a7c2d91b40.jpg", "Ảnh: Đặng Quang Huy", None, style="em"),
            P(
                "Dịp này, đoàn công tác cũng đã thăm hỏi, động viên giáo viên đang công tác tại các điểm "
                "trường lẻ Khau Củm, Nà Chác; trao 20 suất học bổng, mỗi suất 1.000.000 đồng cho học sinh "
                "có hoàn cảnh đặc biệt khó khăn vươn lên trong học tập 📚."
            ),
            P(
                "Chương trình “Áo ấm cho em” được Công đoàn ngành duy trì từ năm 2015 đến nay, đã trao hơn "
                "12.000 chiếc áo ấm cho học sinh vùng cao của tỉnh."
            ),
            _right("<strong>Tin: Lý Thị Mai - Ảnh: Đặng Quang Huy</strong>"),
        ],
        authors=["Lý Thị Mai"],
        photographers=["Đặng Quang Huy"],
        opts={
            "nid": 1255, "tid": 3, "created": "2026-11-30 10:00", "changed": "2026-12-01 07:41",
            "account": "bientap02", "thumb": "2026-11/ao-am-cho-em-2026.jpg",
        },
    ),
    Story(
        id=1252,
        slug="hoi-thi-giao-vien-day-gioi-cap-hoc-mam-non-tinh-tuyen-quang-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp học mầm non tỉnh Tuyên Quang năm học 2026 - 2027",
        cat="Giáo dục Mầm non",
        published_at="2026-11-27T14:00:00+07:00",
        summary=(
            "Sau 05 ngày diễn ra sôi nổi, chiều 26/11/2026, Hội thi giáo viên dạy giỏi cấp học mầm non "
            "tỉnh Tuyên Quang năm học 2026 - 2027 đã bế mạc và trao giải cho các giáo viên xuất sắc."
        ),
        blocks=[
            P(
                "Sau 05 ngày diễn ra sôi nổi, chiều 26/11/2026, Hội thi giáo viên dạy giỏi cấp học mầm non "
                "tỉnh Tuyên Quang năm học 2026 - 2027 đã bế mạc và trao giải cho các giáo viên xuất sắc.",
                "bold",
            ),
            P(
                "Hội thi có 96 giáo viên đến từ 48 trường mầm non tham gia. Mỗi giáo viên dự thi thực hiện "
                "hai phần: trình bày biện pháp nâng cao chất lượng chăm sóc, giáo dục trẻ và thực hành tổ "
                "chức 01 hoạt động giáo dục trẻ tại các trường mầm non trên địa bàn phường Minh Xuân và "
                "phường An Tường."
            ),
            Img(
                f"{INLINE}/z6049920318845_0c7d1f3e8a62.jpg",
                "Cô giáo Ma Thị Hạnh, Trường Mầm non Hoa Mai tổ chức hoạt động khám phá khoa học cho trẻ 5 - 6 tuổi",
                "Cô giáo Ma Thị Hạnh, Trường Mầm non Hoa Mai tổ chức hoạt động khám phá khoa học cho trẻ 5 - 6 tuổi",
                style="figure",
            ),
            P(
                "Ban Tổ chức đánh giá, các tiết dạy được đầu tư công phu, đồ dùng đồ chơi tự làm từ nguyên "
                "vật liệu sẵn có ở địa phương; nhiều giáo viên đã mạnh dạn ứng dụng công nghệ thông tin, trò "
                "chơi tương tác trong tổ chức hoạt động cho trẻ."
            ),
            P(
                "Kết quả, Ban Tổ chức đã công nhận 71 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh, "
                "trong đó:"
            ),
            P("Giải | Số lượng | Tỉ lệ (%)", "row"),
            P("Giải Nhất | 05 | 5,2", "row"),
            P("Giải Nhì | 12 | 12,5", "row"),
            P("Giải Ba | 20 | 20,8", "row"),
            P("Giải Khuyến khích | 34 | 35,4", "row"),
            P(
                "Hội thi là dịp để giáo viên mầm non giao lưu, học hỏi kinh nghiệm, đồng thời là cơ sở để Sở "
                "GD&ĐT lựa chọn giáo viên tham gia các hội thi cấp khu vực trong thời gian tới."
            ),
            _right("<strong>ThS. Trần Thị Hồng Nhung</strong><br><em>Phó Trưởng phòng GDMN</em>"),
        ],
        authors=["Trần Thị Hồng Nhung"],
        opts={
            "nid": 1252, "tid": 4, "created": "2026-11-27 14:00", "changed": "2026-11-28 09:30",
            "account": "bientap02", "thumb": "2026-11/gvdg-mam-non-2026.jpg",
        },
    ),
    Story(
        id=1250,
        slug="dang-bo-so-gddt-hoc-tap-quan-triet-nghi-quyet-so-71-nq-tw-cua-bo-chinh-tri",
        title=(
            "Đảng bộ Sở GD&ĐT học tập, quán triệt Nghị quyết số 71-NQ/TW của Bộ Chính trị về đột phá "
            "phát triển giáo dục và đào tạo"
        ),
        cat="Công tác Đảng - Đoàn thể",
        published_at="2026-11-25T08:30:00+07:00",
        blocks=[
            P(
                "Sáng 24/11/2026, Đảng ủy Sở GD&ĐT tổ chức hội nghị học tập, quán triệt Nghị quyết số "
                "71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo[1] cho "
                "215 đảng viên thuộc 12 chi bộ trực thuộc."
            ),
            Img(f"{INLINE}/hoi-nghi-nq71-dang-bo-so.jpg", None, None, style="bare"),
            P(
                "Tại hội nghị, đồng chí Bí thư Đảng ủy, Giám đốc Sở đã truyền đạt những nội dung cốt lõi của "
                "Nghị quyết, trong đó nhấn mạnh quan điểm giáo dục và đào tạo là quốc sách hàng đầu, quyết "
                "định tương lai dân tộc; phấn đấu đến năm 2030 hoàn thành phổ cập giáo dục mầm non cho trẻ "
                "từ 3 đến 5 tuổi và phổ cập giáo dục bắt buộc hết trung học cơ sở."
            ),
            P(
                "“Mỗi đảng viên là nhà giáo phải là tấm gương sáng về đạo đức, tự học và sáng tạo; biến Nghị "
                "quyết thành hành động cụ thể trong từng tiết dạy, từng nhà trường.”",
                "quote",
            ),
            P(
                "Hội nghị cũng đã thông qua Chương trình hành động của Đảng ủy Sở thực hiện Nghị quyết với 6 "
                "nhóm nhiệm vụ, giải pháp trọng tâm, giao cho từng chi bộ xây dựng kế hoạch cụ thể, hoàn "
                "thành trước ngày 15/12/2026."
            ),
            P("Chú thích", "bold"),
            P(
                "[1] Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục "
                "và đào tạo.",
                "note",
            ),
            P(
                "[2] Văn kiện Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Nxb Chính trị quốc gia Sự "
                "thật, Hà Nội, 2026.",
                "note",
            ),
            _right("<strong>Bùi Văn Tiến - Chi bộ Văn phòng Sở</strong>"),
        ],
        authors=["Bùi Văn Tiến"],
        opts={
            "nid": 1250, "tid": 7, "created": "2026-11-25 08:30", "changed": "2026-11-25 08:30",
            "account": "bientap01", "thumb": "2026-11/hoi-nghi-nq71.jpg",
            # the bare superscript call goes after this phrase
            "sup_after": "quốc sách hàng đầu",
        },
    ),
    Story(
        id=1248,
        slug="long-trong-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Long trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="Hoạt động ngành",
        published_at="2026-11-20T07:30:00+07:00",
        summary=(
            "Sáng 19/11/2026, Sở GD&ĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - "
            "20/11/2026) và tôn vinh nhà giáo tiêu biểu năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi lễ có đồng chí Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ngành; các thế hệ nhà giáo "
                "và hơn 300 cán bộ quản lý, giáo viên tiêu biểu toàn tỉnh."
            ),
            Img(
                f"{INLINE}/z6012004576310_3fa8b1c2d9e7.jpg",
                "Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu",
                "Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu",
                style="figure",
            ),
            P(
                "Theo báo cáo tại buổi lễ, năm học 2025 - 2026, toàn tỉnh có 1.248 giáo viên đạt danh hiệu "
                "giáo viên dạy giỏi các cấp; tỉ lệ giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục "
                "2019 đạt 96,8%, tăng 4,1% so với năm học trước."
            ),
            P(
                "“Hơn ai hết, các thầy cô là người giữ lửa cho sự nghiệp trồng người. Tỉnh sẽ tiếp tục quan "
                "tâm chính sách hỗ trợ giáo viên công tác tại vùng đặc biệt khó khăn”, Phó Chủ tịch UBND tỉnh "
                "phát biểu."
            ),
            P(
                "Nhân dịp này, 45 nhà giáo tiêu biểu được Chủ tịch UBND tỉnh tặng Bằng khen; 12 tập thể, cá "
                "nhân được Giám đốc Sở GD&ĐT tặng Giấy khen vì có thành tích xuất sắc trong phong trào thi "
                "đua “Đổi mới, sáng tạo trong dạy và học”."
            ),
            _right("<strong>Thu Hà</strong>"),
            _right("<em>Nguồn: Báo Tuyên Quang điện tử</em>"),
        ],
        authors=["Thu Hà"],
        source="Báo Tuyên Quang điện tử",
        opts={
            "nid": 1248, "tid": 3, "created": "2026-11-20 07:30", "changed": "2026-11-21 15:05",
            "account": "bientap01", "thumb": "2026-11/le-ky-niem-20-11.jpg",
        },
    ),
    Story(
        id=1246,
        slug="ke-hoach-to-chuc-ngay-hoi-chuyen-doi-so-nganh-giao-duc-nam-2026",
        title="Kế hoạch tổ chức Ngày hội Chuyển đổi số ngành Giáo dục năm 2026",
        cat="Chuyển đổi số",
        published_at="2026-11-18T15:10:00+07:00",
        blocks=[
            P(
                "Nhằm đẩy mạnh ứng dụng công nghệ thông tin và chuyển đổi số trong dạy học, quản lý giáo "
                "dục, Sở GD&ĐT xây dựng kế hoạch tổ chức Ngày hội Chuyển đổi số ngành Giáo dục năm 2026 với "
                "các nội dung sau:",
                "mso",
            ),
            P("I. MỤC ĐÍCH, YÊU CẦU", "mso-b"),
            P(
                "Tuyên truyền, nâng cao nhận thức của cán bộ, giáo viên, học sinh về vai trò của chuyển đổi "
                "số trong giáo dục.",
                "mso-dot",
            ),
            P("Giới thiệu, lan tỏa các mô hình, sản phẩm chuyển đổi số tiêu biểu của các nhà trường.", "mso-dot"),
            P("Tổ chức an toàn, tiết kiệm, hiệu quả.", "mso-dot"),
            P("II. THỜI GIAN, ĐỊA ĐIỂM", "mso-b"),
            P("- Thời gian: 01 ngày, dự kiến ngày 12/12/2026.", "mso"),
            P("- Địa điểm: Nhà thi đấu tỉnh Tuyên Quang.", "mso"),
            P("III. NỘI DUNG", "mso-b"),
            P(
                "Trưng bày, giới thiệu sản phẩm: học liệu số, bài giảng E-learning, phần mềm quản lý nhà "
                "trường.",
                "mso-num",
            ),
            P(
                "Hội thảo “Ứng dụng trí tuệ nhân tạo trong dạy học - cơ hội và thách thức”.",
                "mso-num",
            ),
            P("Thi tìm hiểu kỹ năng số dành cho học sinh THCS, THPT.", "mso-num"),
            P(
                "Sở GD&ĐT đề nghị các đơn vị nghiêm túc triển khai; trong quá trình thực hiện nếu có vướng "
                "mắc, liên hệ Phòng KHTC-CNTT (điện thoại: 0207.3822.456) để được hướng dẫn.",
                "mso",
            ),
            Raw(
                '<p class="MsoNormal" align="right" style="text-align:right"><b><span lang="VI" '
                'style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">BBT<o:p></o:p>'
                "</span></b></p>"
            ),
        ],
        opts={
            "nid": 1246, "tid": 6, "created": "2026-11-18 15:10", "changed": "2026-11-19 08:47",
            "account": "bientap02", "thumb": "2026-11/ngay-hoi-cds-2026.png",
        },
    ),
    Story(
        id=1243,
        slug="truong-thpt-chuyen-tuyen-quang-doat-12-giai-tai-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
        title=(
            "Trường THPT Chuyên Tuyên Quang đoạt 12 giải tại Cuộc thi Khoa học kỹ thuật cấp tỉnh dành "
            "cho học sinh trung học"
        ),
        cat="Giáo dục Trung học",
        published_at="2026-11-10",
        blocks=[
            P(
                "Tại Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2026 - 2027 vừa "
                "được tổ chức, Trường THPT Chuyên Tuyên Quang có 12/14 dự án đoạt giải, gồm 02 giải Nhất, 04 "
                "giải Nhì, 03 giải Ba và 03 giải Khuyến khích."
            ),
            P(
                "Cuộc thi năm nay thu hút 86 dự án của học sinh 39 trường THCS, THPT thuộc 19 lĩnh vực. Các dự "
                "án tập trung giải quyết những vấn đề thực tiễn của địa phương như xử lý phụ phẩm nông "
                "nghiệp, cảnh báo sạt lở đất, ứng dụng trí tuệ nhân tạo hỗ trợ học tập."
            ),
            P(
                "Dự án “Hệ thống cảnh báo sớm lũ quét cho các xã vùng cao sử dụng cảm biến IoT” của hai học "
                "sinh lớp 11 Tin được Ban Giám khảo đánh giá cao về tính sáng tạo và khả năng ứng dụng, được "
                "chọn tham dự Cuộc thi Khoa học kỹ thuật cấp quốc gia năm 2027."
            ),
            Img(
                f"{INLINE}/khkt-chuyen-tq-2026.jpg",
                "Học sinh Trường THPT Chuyên Tuyên Quang trình bày dự án trước Ban Giám khảo",
                "Học sinh Trường THPT Chuyên Tuyên Quang trình bày dự án trước Ban Giám khảo",
                style="figure",
            ),
            P(
                "Thầy Lê Văn Cường, Hiệu trưởng nhà trường cho biết, nhà trường đã thành lập câu lạc bộ nghiên "
                "cứu khoa học từ năm 2018, mỗi năm có khoảng 30 đề tài được giáo viên và giảng viên các trường "
                "đại học hướng dẫn."
            ),
        ],
        opts={
            "nid": 1243, "tid": 5, "created": "2026-11-10 00:00", "changed": "2026-11-10 00:00",
            "account": "admin", "thumb": "2026-11/khkt-chuyen-tq.jpg", "nfd": True,
        },
    ),
    Story(
        id=1240,
        slug="chuyen-de-xay-dung-truong-mam-non-lay-tre-lam-trung-tam-tai-cum-truong-phia-bac",
        title="Chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm” tại cụm trường phía Bắc",
        cat="Giáo dục Mầm non",
        published_at="2026-11-06T10:15:00+07:00",
        blocks=[
            P(
                "Ngày 04/11/2026, Phòng Giáo dục Mầm non, Sở GD&ĐT phối hợp với Trường Mầm non Hoa Sen (xã "
                "Hàm Yên) tổ chức chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm” cho cụm trường "
                "phía Bắc của tỉnh."
            ),
            Img(f"{INLINE}/chuyen-de-mn-hoa-sen-01.jpg", None, None, style="bare"),
            P(
                "Tham dự chuyên đề có hơn 120 cán bộ quản lý, giáo viên đến từ 22 trường mầm non. Các đại "
                "biểu đã tham quan môi trường giáo dục trong và ngoài lớp học, dự hai hoạt động: “Bé làm bánh "
                "trôi” với trẻ 4 - 5 tuổi và “Khám phá cây lúa quê em” với trẻ 5 - 6 tuổi."
            ),
            P("Môi trường mở, trẻ được trải nghiệm", "h3"),
            P(
                "Điểm nổi bật của chuyên đề là các góc chơi được bố trí linh hoạt, sử dụng nhiều nguyên vật "
                "liệu tự nhiên như tre, nứa, sỏi, lá cây; trẻ được tự lựa chọn hoạt động, giáo viên đóng vai "
                "trò hướng dẫn, gợi mở."
            ),
            P(
                "Kết thúc chuyên đề, các đại biểu đã thảo luận, chia sẻ kinh nghiệm và thống nhất những nội "
                "dung cần tiếp tục thực hiện trong năm học."
            ),
            _right("<strong>Nguyễn Thu Hằng (Trường MN Hoa Sen)</strong>"),
        ],
        authors=["Nguyễn Thu Hằng"],
        opts={
            "nid": 1240, "tid": 4, "created": "2026-11-06 10:15", "changed": "2026-11-06 10:15",
            "account": "bientap02", "thumb": "2026-11/chuyen-de-mn-hoa-sen.jpg",
        },
    ),
    Story(
        id=1236,
        slug="thong-bao-tuyen-chon-giao-vien-tham-gia-bien-soan-tai-lieu-giao-duc-dia-phuong",
        title="Thông báo tuyển chọn giáo viên tham gia biên soạn tài liệu giáo dục địa phương tỉnh Tuyên Quang",
        cat="Thông báo",
        published_at="2026-10-28T16:45:00+07:00",
        blocks=[
            P(
                "Thực hiện Kế hoạch biên soạn, chỉnh sửa tài liệu giáo dục địa phương tỉnh Tuyên Quang sau "
                "khi sắp xếp đơn vị hành chính, Sở GD&ĐT thông báo tuyển chọn giáo viên tham gia biên soạn "
                "tài liệu như sau:"
            ),
            P("1. Tiêu chuẩn", "bold"),
            P("Có trình độ thạc sĩ trở lên hoặc là giáo viên cốt cán cấp tỉnh;", "li"),
            P("Có ít nhất 05 năm kinh nghiệm giảng dạy môn học đăng ký;", "li"),
            P("Am hiểu văn hóa, lịch sử, địa lí của địa phương.", "li"),
            P("2. Số lượng, thời hạn đăng ký", "bold"),
            P("Cấp học | Số lượng | Hạn đăng ký", "row"),
            P("Tiểu học | 12 | 10/11/2026", "row"),
            P("THCS | 15 | 10/11/2026", "row"),
            P("THPT | 08 | 15/11/2026", "row"),
            P(
                "Hồ sơ gửi về Phòng Giáo dục Trung học, Sở GD&ĐT (số 35, đường Tân Trào, phường Minh Xuân) "
                "hoặc qua thư điện tử: phonggdtrh.sgddt@tuyenquang.gov.vn."
            ),
            _right("<strong><em>Văn phòng Sở</em></strong>"),
        ],
        authors=["Văn phòng Sở"],
        opts={
            "nid": 1236, "tid": 8, "created": "2026-10-28 16:45", "changed": "2026-10-29 07:20",
            "account": "vanthu_sgd", "thumb": "2026-10/tai-lieu-gddp.jpg",
            "files": [("2026-10/Mau-phieu-dang-ky-bien-soan-GDDP.docx", "Mau-phieu-dang-ky-bien-soan-GDDP.docx",
                       "docx", "18.7 KB")],
        },
    ),
    Story(
        id=1233,
        slug="cong-doan-nganh-giao-duc-to-chuc-hoi-thao-chao-mung-ngay-phu-nu-viet-nam-20-10",
        title="Công đoàn ngành Giáo dục tổ chức Hội thao chào mừng Ngày Phụ nữ Việt Nam 20/10",
        cat="Công tác Đảng - Đoàn thể",
        published_at="2026-10-20T09:00:00+07:00",
        summary=(
            "Ngày 18/10/2026, Công đoàn ngành Giáo dục Tuyên Quang tổ chức Hội thao nữ cán bộ, giáo viên, "
            "người lao động chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
            "20/10/2026)."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thao thu hút gần 400 vận động viên là nữ cán bộ, giáo viên đến từ 34 công đoàn cơ sở "
                "trực thuộc, thi đấu ở các môn: kéo co, nhảy bao bố, cầu lông đôi nữ và dân vũ thể thao."
            ),
            Img(
                f"{INLINE}/hoi-thao-20-10-dan-vu.jpg",
                "Phần thi dân vũ thể thao của Công đoàn Trường THPT Sơn Dương",
                "Phần thi dân vũ thể thao của Công đoàn Trường THPT Sơn Dương",
                style="figure",
            ),
            P(
                "Bên cạnh các nội dung thi đấu, Ban Tổ chức còn tổ chức gian hàng ẩm thực, trưng bày sản phẩm "
                "thủ công do các nữ giáo viên tự làm; toàn bộ số tiền thu được hơn 25 triệu đồng được dành "
                "tặng Quỹ “Mái ấm công đoàn”."
            ),
            Img(
                f"{INLINE}/hoi-thao-20-10-keo-co.jpg",
                "Đội kéo co Công đoàn Trường THPT Chiêm Hóa giành giải Nhất",
                "Đội kéo co Công đoàn Trường THPT Chiêm Hóa giành giải Nhất",
                style="figure",
            ),
            P(
                "Kết quả, Ban Tổ chức trao 04 giải Nhất, 04 giải Nhì, 08 giải Ba cho các đội có thành tích "
                "xuất sắc; giải Nhất toàn đoàn thuộc về Công đoàn Trường THPT Chiêm Hóa."
            ),
            _right("<em>Tin, ảnh: Phạm Hương Giang</em>"),
        ],
        authors=["Phạm Hương Giang"],
        photographers=["Phạm Hương Giang"],
        opts={
            "nid": 1233, "tid": 7, "created": "2026-10-20 09:00", "changed": "2026-10-20 09:00",
            "account": "bientap02", "thumb": "2026-10/hoi-thao-20-10.jpg",
        },
    ),
    Story(
        id=1230,
        slug="doan-cong-tac-so-gddt-kiem-tra-cong-tac-to-chuc-ban-tru-tai-cac-truong-ptdtbt-vung-cao",
        title="Đoàn công tác Sở GD&ĐT kiểm tra công tác tổ chức bán trú tại các trường PTDTBT vùng cao",
        cat="Hoạt động ngành",
        published_at="2026-10-09T08:00:00+07:00",
        blocks=[
            P(
                "Từ ngày 05 đến 08/10/2026, đoàn công tác của Sở GD&ĐT do đồng chí Đỗ Thị Hải Yến, Phó Giám "
                "đốc Sở làm trưởng đoàn đã kiểm tra công tác tổ chức nấu ăn, quản lý học sinh bán trú tại 09 "
                "trường phổ thông dân tộc bán trú trên địa bàn các xã Côn Lôn, Hồng Thái, Thượng Lâm."
            ),
            P(
                "Qua kiểm tra, các trường đã bố trí khu nội trú, nhà ăn, bếp ăn cơ bản bảo đảm; thực đơn được "
                "xây dựng theo tuần, đủ định lượng; học sinh được hỗ trợ gạo và tiền ăn theo đúng quy định."
            ),
            Img(
                f"{INLINE}/kiem-tra-ban-tru-hong-thai.jpg",
                "Đoàn công tác kiểm tra bếp ăn bán trú Trường PTDTBT THCS Hồng Thái",
                "Đoàn công tác kiểm tra bếp ăn bán trú Trường PTDTBT THCS Hồng Thái",
                style="em",
            ),
            P(
                "Tuy nhiên, một số điểm trường còn thiếu nhà vệ sinh, nước sạch chưa ổn định vào mùa khô; một "
                "số phòng ở bán trú chật hẹp, chưa có đủ giường tầng."
            ),
            P(
                "Đồng chí Phó Giám đốc Sở đề nghị các nhà trường tiếp tục rà soát, tham mưu UBND xã bổ sung "
                "cơ sở vật chất, tăng cường giáo dục kỹ năng sống, bảo đảm an toàn tuyệt đối cho học sinh "
                "trong mùa mưa lũ."
            ),
            _right("<strong>Đoàn Thị Ngọc Ánh</strong>"),
        ],
        authors=["Đoàn Thị Ngọc Ánh"],
        opts={
            "nid": 1230, "tid": 3, "created": "2026-10-09 08:00", "changed": "2026-10-12 14:26",
            "account": "bientap01", "thumb": "2026-10/kiem-tra-ban-tru.jpg",
        },
    ),
]

BY_NID = {s.opts["nid"]: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
#: Views sorts by created, newest first
NEWS = sorted(STORIES, key=lambda s: s.opts["created"], reverse=True)


# --- the pages that are not articles ---------------------------------------------------------


@dataclass(frozen=True)
class Doc:
    """A document entry (content type van_ban)."""

    nid: int
    slug: str
    so: str
    title: str
    kind: str
    issued: str
    effective: str
    signer: str
    field: str
    file: str
    size: str
    excerpt: str


DOCS = [
    Doc(
        1241,
        "ke-hoach-so-2456-kh-sgddt",
        "2456/KH-SGDĐT",
        "Kế hoạch tổ chức Ngày hội Chuyển đổi số ngành Giáo dục năm 2026",
        "Kế hoạch",
        "17/11/2026",
        "17/11/2026",
        "Phạm Quang Vinh",
        "Công nghệ thông tin",
        "2026-11/2456-KH-SGDDT.pdf",
        "412.6 KB",
        "Kế hoạch tổ chức Ngày hội Chuyển đổi số ngành Giáo dục năm 2026 nhằm tuyên truyền, giới thiệu "
        "các mô hình, sản phẩm chuyển đổi số tiêu biểu của các nhà trường trên địa bàn tỉnh.",
    ),
    Doc(
        1238,
        "cong-van-so-2398-sgddt-gdtrh",
        "2398/SGDĐT-GDTrH",
        "V/v hướng dẫn tổ chức dạy học 2 buổi/ngày đối với cấp THCS, THPT năm học 2026 - 2027",
        "Công văn",
        "05/11/2026",
        "05/11/2026",
        "Nguyễn Mạnh Hùng",
        "Giáo dục Trung học",
        "2026-11/2398-SGDDT-GDTrH.pdf",
        "286.0 KB",
        "Hướng dẫn các trường THCS, THPT xây dựng kế hoạch dạy học 2 buổi/ngày bảo đảm đúng quy định, "
        "không thu tiền đối với các nội dung thuộc chương trình chính khóa.",
    ),
]
DOC_BY_SLUG = {d.slug: d for d in DOCS}

ALBUM = {
    "nid": 1244,
    "slug": "le-khai-giang-nam-hoc-2026-2027",
    "title": "Lễ khai giảng năm học 2026 - 2027",
    "date": "2026-09-05 07:30",
    "photos": [
        ("2026-09/khai-giang-2026-01.jpg", "Các đại biểu đánh trống khai giảng năm học mới"),
        ("2026-09/khai-giang-2026-02.jpg", "Học sinh lớp 10 Trường THPT Chuyên Tuyên Quang"),
        ("2026-09/khai-giang-2026-03.jpg", "Tiết mục văn nghệ chào mừng năm học mới"),
        ("2026-09/khai-giang-2026-04.jpg", "Lãnh đạo tỉnh tặng quà học sinh vượt khó"),
    ],
}
VIDEO = {
    "nid": 1249,
    "slug": "ban-tin-giao-duc-tuyen-quang-thang-11-2026",
    "title": "Bản tin Giáo dục Tuyên Quang tháng 11/2026",
    "date": "2026-11-22 10:00",
    "youtube": "x3Zq8TfK2mA",
    "text": (
        "Bản tin tổng hợp các hoạt động nổi bật của ngành Giáo dục tỉnh trong tháng 11/2026: Lễ kỷ niệm "
        "Ngày Nhà giáo Việt Nam, Hội thi giáo viên dạy giỏi cấp học mầm non, Cuộc thi Khoa học kỹ thuật "
        "cấp tỉnh. Thực hiện: Đài Phát thanh và Truyền hình Tuyên Quang."
    ),
}
NODE_PAGES = {5: "/gioi-thieu", 1244: "/thu-vien-anh/" + ALBUM["slug"],
              1249: "/video/" + VIDEO["slug"], 1261: "/lich-cong-tac",
              **{d.nid: "/van-ban/" + d.slug for d in DOCS}}

# --- helpers -----------------------------------------------------------------------------------

WEEKDAY_SHORT = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M")


def medium(value: str) -> str:
    """Drupal's default 'medium' format, never changed by the site builder: D, m/d/Y - H:i."""
    d = _dt(value)
    return f"{WEEKDAY_SHORT[d.weekday()]}, {d:%m/%d/%Y - %H:%M}"


def day_first(value: str) -> str:
    return f"{_dt(value):%d/%m/%Y}"


def iso(value: str) -> str:
    return f"{_dt(value):%Y-%m-%dT%H:%M:%S}+07:00"


def itok(path: str) -> str:
    """Drupal's image-style token: a short hash of the derivative's path."""
    digest = hashlib.sha1(path.encode()).digest()
    return base64.urlsafe_b64encode(digest)[:8].decode()


def style_url(style: str, file: str) -> str:
    path = f"/sites/default/files/styles/{style}/public/{file}"
    return f"{path}?itok={itok(path)}"


def uuid_of(seed: str) -> str:
    h = hashlib.md5(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def trim(value: str, limit: int) -> str:
    """Views' "trim on a word boundary, add an ellipsis"."""
    if len(value) <= limit:
        return value
    cut = value[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def node_path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}"


def term_path(tid: int) -> str:
    return f"/chu-de/{TERMS[tid][0]}"


def teaser(story: Story) -> str:
    if story.opts.get("teaser"):
        return story.opts["teaser"]
    return trim(story.paragraphs[0], 200)


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


# --- chrome ------------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu", [("Chức năng, nhiệm vụ", "/gioi-thieu"), ("Liên hệ", "/lien-he")]),
    ("Tin tức", "/tin-tuc", [("Tất cả tin bài", "/tin-tuc")]
     + [(name, f"/chu-de/{slug}") for slug, name in TERMS.values()]),
    ("Văn bản", "/van-ban", []),
    ("Thư viện", None, [("Thư viện ảnh", "/thu-vien-anh"), ("Video", "/video")]),
    ("Lịch công tác", "/lich-cong-tac", []),
    ("Liên hệ", "/lien-he", []),
]

POPULAR = [1248, 1246, 1233, 1240, 1259]


def _menu(current: str) -> str:
    items = []
    for i, (label, href, children) in enumerate(MENU):
        active = " active" if href and (current == href or (href != "/" and current.startswith(href))) else ""
        if not children:
            items.append(
                f'<li class="nav-item{active}"><a href="{href}" class="nav-link{active}" '
                f'data-drupal-link-system-path="{"&lt;front&gt;" if href == "/" else href.strip("/")}">'
                f"{esc(label)}</a></li>"
            )
            continue
        sub = "".join(
            f'<a href="{c_href}" class="dropdown-item">{esc(c_label)}</a>' for c_label, c_href in children
        )
        toggle = (
            f'<a href="{href}" class="nav-link dropdown-toggle" data-toggle="dropdown" '
            f'aria-expanded="false" aria-haspopup="true">{esc(label)}</a>'
            if href
            else f'<span class="nav-link dropdown-toggle" data-toggle="dropdown" aria-expanded="false" '
            f'aria-haspopup="true">{esc(label)}</span>'
        )
        items.append(
            f'<li class="nav-item menu-item--expanded dropdown{active}" id="mn-{i + 1}">{toggle}'
            f'<div class="dropdown-menu">{sub}</div></li>'
        )
    return (
        '<div id="block-sgd-barrio-main-menu" class="block block-menu navigation menu--main">'
        '<h2 class="visually-hidden" id="block-sgd-barrio-main-menu-menu">Main navigation</h2>'
        f'<ul class="clearfix nav navbar-nav">{"".join(items)}</ul></div>'
    )


def _sidebar() -> str:
    popular = "".join(
        f'<div class="views-row"><span class="stt">{n + 1}</span> '
        f'<div class="views-field views-field-title"><span class="field-content">'
        f'<a href="/node/{nid}">{esc(trim(BY_NID[nid].title, 70))}</a></span></div></div>'
        for n, nid in enumerate(POPULAR)
    )
    links = "".join(
        f'<option value="{u}">{esc(n)}</option>'
        for n, u in [
            ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn"),
            ("Cổng TTĐT tỉnh Tuyên Quang", "https://tuyenquang.gov.vn"),
            ("Cơ sở dữ liệu ngành", "https://csdl.moet.gov.vn"),
            ("Hệ thống tuyển sinh đầu cấp", "https://tuyensinh.tuyenquang.edu.vn"),
        ]
    )
    return f"""
<div class="sidebar_second sidebar col-md-3 order-last" id="sidebar_second">
 <aside class="section" role="complementary">
  <div class="views-element-container block block-views block-views-blockxem-nhieu-block-1" id="block-views-block-xem-nhieu-block-1">
   <h2 class="tieu-de-khoi">Xem nhiều</h2>
   <div class="view view-xem-nhieu view-id-xem_nhieu view-display-id-block_1">{popular}</div>
  </div>
  <div id="block-thongbaonhanh" class="block block-block-content block-block-content7c1a0e55-2f0b-4d7e-9b1f-3a2e0c9d1b44">
   <h2 class="tieu-de-khoi">Thông báo</h2>
   <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
    <marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()">
     <p>Lịch nghỉ Tết Dương lịch năm 2027: cán bộ, giáo viên, học sinh được nghỉ 01 ngày (Thứ Sáu, 01/01/2027).</p>
     <p>Hệ thống tuyển sinh đầu cấp năm học 2027 - 2028 sẽ mở từ ngày 15/5/2027.</p>
     <p><a href="/chu-de/thong-bao">Xem tất cả thông báo »</a></p>
    </marquee>
   </div>
  </div>
  <div id="block-lienketwebsite" class="block block-block-content block-block-content0f3a9c2e-5d1b-4f7a-8e6c-2b9d4a7e1c03">
   <h2 class="tieu-de-khoi">Liên kết website</h2>
   <select class="form-select" onchange="if(this.value)window.open(this.value)">
    <option value="">-- Chọn liên kết --</option>{links}
   </select>
   <p><a href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img src="{THEME}/images/banner-dvc.png" alt="Dịch vụ công trực tuyến" class="img-fluid"></a></p>
  </div>
  <div id="block-binhchon" class="block block-poll block-poll-recent-block">
   <h2 class="tieu-de-khoi">Thăm dò ý kiến</h2>
   <form class="poll-view-form" action="" method="post" accept-charset="UTF-8">
    <p class="poll-question">Bạn đánh giá thế nào về Cổng thông tin điện tử Sở GD&amp;ĐT?</p>
    <div class="form-check"><input type="radio" id="edit-choice-1" name="choice" value="1" class="form-check-input"><label for="edit-choice-1">Rất hữu ích</label></div>
    <div class="form-check"><input type="radio" id="edit-choice-2" name="choice" value="2" class="form-check-input"><label for="edit-choice-2">Hữu ích</label></div>
    <div class="form-check"><input type="radio" id="edit-choice-3" name="choice" value="3" class="form-check-input"><label for="edit-choice-3">Cần cải thiện</label></div>
    <input type="hidden" name="form_build_id" value="form-kP2mZ0xW7sLq9cV4hJ1nB6rT8yU3eA5dF0gH2iK4lM">
    <input type="hidden" name="form_id" value="poll_view_form_1">
    <button type="submit" name="op" value="Bình chọn" class="button js-form-submit btn btn-primary btn-sm">Bình chọn</button>
   </form>
  </div>
  <div id="block-thongketruycap" class="block block-block-content block-block-content5b8e2f61-93a4-4c2d-b7e0-6f1a8d3c9e25">
   <h2 class="tieu-de-khoi">Thống kê truy cập</h2>
   <ul class="thong-ke list-unstyled">
    <li>Đang online: <b>37</b></li><li>Hôm nay: <b>1.245</b></li>
    <li>Tháng này: <b>8.903</b></li><li>Tổng truy cập: <b>3.482.116</b></li>
   </ul>
  </div>
 </aside>
</div>"""


def _breadcrumb(crumbs: list[tuple[str, str | None]]) -> str:
    items = "".join(
        f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>'
        if href
        else f'<li class="breadcrumb-item active">{esc(label)}</li>'
        for label, href in crumbs
    )
    return (
        '<div id="block-sgd-barrio-breadcrumbs" class="block block-system block-system-breadcrumb-block">'
        '<nav role="navigation" aria-label="breadcrumb"><ol class="breadcrumb">'
        f"{items}</ol></nav></div>"
    )


def _settings(current_path: str, is_front: bool = False) -> str:
    return (
        '<script type="application/json" data-drupal-selector="drupal-settings-json">'
        '{"path":{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"","currentPath":"'
        + current_path.replace("/", "\\/")
        + '","currentPathIsAdmin":false,"isFront":'
        + ("true" if is_front else "false")
        + ',"currentLanguage":"vi"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,'
        '"ajaxPageState":{"libraries":"blazy\\/load,colorbox\\/colorbox,core\\/drupal.dropbutton,'
        'sgd_barrio\\/global-styling,system\\/base,views\\/views.module","theme":"sgd_barrio",'
        '"theme_token":null},"blazy":{"loadInvisible":false,"offset":100,"saveViewportOffsetDelay":50},'
        '"user":{"uid":0,"permissionsHash":"3c1f0f8a2b0e4d7c9a6b5e2f1d0c8b7a6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b"}}'
        "</script>"
    )


def page(
    request: Request,
    *,
    title: str,
    content: str,
    crumbs: list[tuple[str, str | None]] | None,
    body_class: str,
    system_path: str,
    head_extra: str = "",
    current: str = "",
    is_front: bool = False,
) -> str:
    head_title = f"{title} | {SITE_SHORT}" if not is_front else f"Trang chủ | {SITE}"
    breadcrumb = _breadcrumb(crumbs) if crumbs else ""
    return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  xsd: http://www.w3.org/2001/XMLSchema# ">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
<meta http-equiv="x-ua-compatible" content="ie=edge" />
<meta property="og:site_name" content="{esc(SITE)}" />
{head_extra}
<link rel="icon" href="{THEME}/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)}" href="{base_url(request)}/rss.xml" />
<title>{esc(head_title)}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm3xT0aPzJ8n1vW5cR7yK2eL9dS4fH6gB0uI3oA1pE8.css" />
<link rel="stylesheet" media="all" href="{THEME}/css/style.css?sl9k2w" />
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
</head>
<body class="{body_class} user-logged-out">
<a href="#main-content" class="visually-hidden focusable skip-link">Chuyển tới nội dung chính</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper"><div id="page">
 <header id="header" class="header" role="banner" aria-label="Site header">
  <div class="thanh-tren bg-light"><div class="container d-flex justify-content-between">
   <span class="ngay-hien-tai"><i class="fa fa-calendar"></i> {HEADER_DATE}</span>
   <span class="hotline">Đường dây nóng: 0207.3822.338</span>
  </div></div>
  <div class="container banner-sgd">
   <a href="/" title="Trang chủ" rel="home" class="navbar-brand">
    <img src="{THEME}/logo.png" alt="Trang chủ" class="img-fluid d-inline-block align-top" />
   </a>
   <div class="ten-don-vi"><p class="dv-cap-tren">UBND TỈNH TUYÊN QUANG</p><p class="dv-ten">SỞ GIÁO DỤC VÀ ĐÀO TẠO</p></div>
  </div>
  <nav class="navbar navbar-dark bg-primary navbar-expand-lg" id="navbar-main">
   <div class="container">
    <button class="navbar-toggler navbar-toggler-right" type="button" data-toggle="collapse" data-target="#CollapsingNavbar" aria-controls="CollapsingNavbar" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
    <div class="collapse navbar-collapse justify-content-end" id="CollapsingNavbar">
     {_menu(current)}
     <div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-sgd-barrio-search" role="search">
      <form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="form-inline">
       <input title="Nhập từ khóa cần tìm." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-control" placeholder="Tìm kiếm..." />
       <button data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Tìm kiếm" class="button js-form-submit form-submit btn btn-primary">Tìm kiếm</button>
      </form>
     </div>
    </div>
   </div>
  </nav>
 </header>
 <div id="main-wrapper" class="layout-main-wrapper clearfix">
  <div id="main" class="container">
   {breadcrumb}
   <div class="row row-offcanvas row-offcanvas-left clearfix">
    <main class="main-content col" id="content" role="main">
     <section class="section">
      <a id="main-content" tabindex="-1"></a>
      {content}
     </section>
    </main>
    {_sidebar()}
   </div>
  </div>
 </div>
 <footer class="site-footer">
  <div class="container">
   <div class="row">
    <div class="col-md-8 thong-tin-chan-trang">
     <p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG</strong></p>
     <p>Địa chỉ: Số 35, đường Tân Trào, phường Minh Xuân, tỉnh Tuyên Quang</p>
     <p>Điện thoại: 0207.3822.338 - Fax: 0207.3822.417 - Email: sgddt@tuyenquang.gov.vn</p>
     <p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>
     <p>Giấy phép số 08/GP-TTĐT ngày 14/3/2022 của Sở Thông tin và Truyền thông tỉnh Tuyên Quang. Ghi rõ nguồn “{esc(SITE_SHORT)}” khi phát hành lại thông tin từ website này.</p>
    </div>
    <div class="col-md-4">
     <p><a href="https://www.facebook.com/sogddttuyenquang" target="_blank" rel="noopener"><img src="{THEME}/images/icon-facebook.png" alt="Facebook"></a>
     <a href="https://www.youtube.com/@giaoductuyenquang" target="_blank" rel="noopener"><img src="{THEME}/images/icon-youtube.png" alt="Youtube"></a>
     <a href="/rss.xml"><img src="{THEME}/images/icon-rss.png" alt="RSS"></a></p>
     <p><a href="/user/login">Đăng nhập quản trị</a></p>
     <p class="copyright">© 2026 {esc(SITE)}. Thiết kế và phát triển trên nền tảng Drupal.</p>
    </div>
   </div>
  </div>
 </footer>
</div></div>
</div>
{_settings(system_path, is_front)}
<script src="/sites/default/files/js/js_u8yK1bN3cR5tW7vX9zA2dF4gH6jL8nP0qS2uV4wY6.js"></script>
</body>
</html>"""


# --- article ------------------------------------------------------------------------------------

_CALL = re.compile(r"\[(\d+)\]")


def _para_html(story: Story, block: P) -> str:
    """Inner markup of one paragraph: escaped text with footnote calls as the editor left them."""
    inner = _t(story, block.text)
    if block.style == "note":
        num = _CALL.match(block.text).group(1)
        rest = _t(story, block.text[len(num) + 2 :])
        return f'<a href="#_ftnref{num}" name="_ftn{num}" title="">[{num}]</a>{rest}'
    inner = _CALL.sub(
        lambda m: f'<sup><a href="#_ftn{m[1]}" name="_ftnref{m[1]}" title="">[{m[1]}]</a></sup>', inner
    )
    after = story.opts.get("sup_after")
    if after:
        marker = _t(story, after)
        inner = inner.replace(marker, f'{marker}<sup><a href="#_ftn2" name="_ftnref2">2</a></sup>', 1)
    return inner


_MSO_SPAN = (
    '<span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,'
    'serif">{}<o:p></o:p></span>'
)


def _mso(story: Story, block: P, index: int, place: str = "Middle") -> str:
    inner = _para_html(story, block)
    if block.style == "mso":
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:.5in;'
            f'line-height:150%">{_MSO_SPAN.format(inner.replace(" ", "&nbsp;", 1))}</p>'
        )
    if block.style == "mso-b":
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;line-height:150%">'
            f"<b>{_MSO_SPAN.format(inner)}</b></p>"
        )
    if block.style == "mso-dot":
        marker = (
            '<span style="font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol">'
            '<span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New Roman&quot;">'
            "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>"
        )
        lst = "l0 level1 lfo1"
    else:
        marker = (
            '<span lang="VI" style="font-size:14.0pt;line-height:150%"><span style="mso-list:Ignore">'
            f'{index}.<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp; '
            "</span></span></span>"
        )
        lst = "l1 level1 lfo2"
    return (
        f'<p class="MsoListParagraphCxSp{place}" style="margin-left:.5in;text-align:justify;'
        f'text-indent:-.25in;line-height:150%;mso-list:{lst}"><!--[if !supportLists]-->{marker}'
        f"<!--[endif]-->{_MSO_SPAN.format(inner)}</p>"
    )


def _img_tag(story: Story, img: Img, width: int = 800, height: int = 533, alt: str = "") -> str:
    return (
        f'<img alt="{esc(alt)}" data-entity-type="file" data-entity-uuid="{uuid_of(img.src)}" '
        f'src="{esc(img.src)}" width="{width}" height="{height}" loading="lazy" />'
    )


def body_html(story: Story) -> str:
    """The body field as CKEditor saved it (gallery images excluded: they are a paragraph)."""
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "gallery")]
    i = 0
    num = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            tag = _img_tag(story, b)
            if b.style == "figure":
                out.append(
                    '<figure role="group" class="caption caption-img align-center">'
                    f"{tag}<figcaption>{_t(story, b.printed)}</figcaption></figure>"
                )
            elif b.style == "em":
                out.append(f'<p style="text-align: center;">{tag}</p>')
                out.append(f'<p style="text-align: center;"><em>{_t(story, b.printed)}</em></p>')
            else:
                out.append(f'<p style="text-align: center;">{tag}</p>')
        elif b.style in ("li", "row"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{_para_html(story, g)}</li>" for g in group) + "</ul>")
            else:
                rows = []
                for n, g in enumerate(group):
                    cells = [_t(story, c) for c in g.text.split(" | ")]
                    if n == 0:
                        rows.append("<tr>" + "".join(f'<td style="text-align:center"><strong>{c}</strong></td>' for c in cells) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
                out.append(
                    '<table class="table table-bordered" border="1" cellpadding="1" cellspacing="0" '
                    f'style="width:100%"><tbody>{"".join(rows)}</tbody></table>'
                )
            continue
        elif b.style.startswith("mso"):
            num = num + 1 if b.style == "mso-num" else 0

            def same(j: int, style: str = b.style) -> bool:
                return 0 <= j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == style

            place = "First" if not same(i - 1) else "Last" if not same(i + 1) else "Middle"
            out.append(_mso(story, b, num, place))
        else:
            inner = _para_html(story, b)
            # a following "br" paragraph was typed after Shift+Enter in the same <p>
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                i += 1
                inner += "<br />\n" + _para_html(story, blocks[i])
            if b.style == "h3":
                out.append(f"<h3>{inner}</h3>")
            elif b.style == "bold":
                if b.text == "Chú thích":
                    out.append("<hr />")
                out.append(f'<p style="text-align: justify;"><strong>{inner}</strong></p>')
            elif b.style == "quote":
                out.append(f"<blockquote><p>{inner}</p></blockquote>")
            elif b.style == "note":
                out.append(f'<p style="text-align: justify;"><span style="font-size:12px;">{inner}</span></p>')
            else:
                out.append(f'<p style="text-align: justify;">{inner}</p>')
        i += 1
    return "\n".join(out)


def _gallery(story: Story) -> str:
    imgs = [b for b in story.blocks if isinstance(b, Img) and b.style == "gallery"]
    if not imgs:
        return ""
    pid = story.opts["gallery_pid"]
    placeholder = (
        "data:image/svg+xml;charset=utf-8,%3Csvg%20xmlns%3D%27http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%27"
        "%20viewBox%3D%270%200%20960%20640%27%2F%3E"
    )
    items = []
    for n, img in enumerate(imgs, 1):
        original = img.src.split("?")[0].replace("/styles/large/public", "")
        items.append(
            f'<div class="field__item col-md-4 col-sm-6"><div class="anh-{pid}-{n}">'
            f'<a href="{original}" class="colorbox" data-colorbox-gallery="gallery-paragraph-{pid}-Kq9s2Lx0" '
            f'title="{esc(img.printed or "")}">'
            f'<img class="b-lazy media__image img-fluid" decoding="async" src="{placeholder}" '
            f'data-src="{esc(img.src)}" width="960" height="640" alt="Học bạ số" />'
            f'<noscript><img src="{esc(img.src)}" width="960" height="640" alt="Học bạ số" /></noscript></a>'
            f'<div class="mo-ta-anh">{esc(img.printed or "")}</div></div></div>'
        )
    return (
        f'<div class="field__item"><div class="paragraph paragraph--type--bo-anh paragraph--view-mode--default" '
        f'id="paragraph-{pid}"><div class="field field--name-field-bo-anh field--type-image '
        f'field--label-hidden field__items row blazy blazy--colorbox" data-blazy="">{"".join(items)}</div></div></div>'
    )


def _attachments(story: Story) -> str:
    files = story.opts.get("files")
    if not files:
        return ""
    mimes = {
        "pdf": "application/pdf",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }
    rows = "".join(
        f'<div class="field__item"><span class="file file--mime-{mimes[ext].replace("/", "-").replace(".", "-")} '
        f'file--{ext}"><a href="/sites/default/files/{path}" type="{mimes[ext]}">{esc(label)}</a></span>'
        f' <span class="file-size">({size})</span></div>'
        for path, label, ext, size in files
    )
    return (
        '<div class="field__item"><div class="paragraph paragraph--type--tep-dinh-kem '
        'paragraph--view-mode--default"><div class="field field--name-field-tep field--type-file '
        f'field--label-above"><div class="field__label">Tệp đính kèm</div><div class="field__items">{rows}'
        "</div></div></div></div>"
    )


def _related(story: Story) -> str:
    others = [s for s in NEWS if s.opts["tid"] == story.opts["tid"] and s is not story][:3]
    if not others:
        return ""
    rows = "".join(
        f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content">'
        f'<a href="{node_path(s)}" hreflang="vi">{esc(s.title)}</a></span></div>'
        f'<div class="views-field views-field-body"><div class="field-content">{_t(s, trim(teaser(s), 140))}</div></div></div>'
        for s in others
    )
    return (
        '<div class="views-element-container"><div class="view view-tin-bai view-id-tin_bai '
        'view-display-id-block_cung_chu_de"><div class="view-header"><h3 class="tieu-de-tin-khac">'
        f"Tin cùng chuyên mục</h3></div><div class=\"view-content\">{rows}</div></div></div>"
    )


def article_page(request: Request, story: Story) -> str:
    o = story.opts
    nid, tid = o["nid"], o["tid"]
    alias = node_path(story)
    absolute = base_url(request) + alias
    meta_desc = trim(" ".join(story.paragraphs), 250)
    thumb = base_url(request) + style_url("anh_1200x630", o["thumb"])
    head = (
        f'<meta name="description" content="{esc(meta_desc)}" />\n'
        f'<link rel="canonical" href="{absolute}" />\n'
        f'<link rel="shortlink" href="{base_url(request)}/node/{nid}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:url" content="{absolute}" />\n'
        f'<meta property="og:title" content="{esc(story.title)}" />\n'
        f'<meta property="og:image" content="{thumb}" />\n'
        f'<meta property="article:published_time" content="{iso(o["created"])}" />\n'
        f'<meta property="article:modified_time" content="{iso(o["changed"])}" />'
    )
    updated = (
        f' <span class="cap-nhat">| Cập nhật: {medium(o["changed"])}</span>'
        if o["changed"] != o["created"]
        else ""
    )
    sapo = (
        '<div class="field field--name-field-tom-tat field--type-string-long field--label-hidden '
        f'field__item tom-tat-bai">{_t(story, story.summary)}</div>'
        if story.summary and story.sapo_outside
        else ""
    )
    paras = _gallery(story) + _attachments(story)
    if paras:
        paras = (
            '<div class="field field--name-field-noi-dung-mo-rong field--type-entity-reference-revisions '
            f'field--label-hidden field__items">{paras}</div>'
        )
    term_slug, term_name = TERMS[tid]
    share_u = quote(absolute, safe="")
    content = f"""
<div id="block-sgd-barrio-page-title" class="block block-core block-page-title-block">
 <h1 class="title"><span class="field field--name-title field--type-string field--label-hidden">{esc(story.title)}</span></h1>
</div>
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-sgd-barrio-content" class="block block-system block-system-main-block">
<article role="article" about="{alias}" class="node node--type-tin-bai node--promoted node--view-mode-full clearfix">
 <header>
  <div class="node__meta">
   <em>Bởi <span lang="" about="/user/{7 if o['account'].startswith('bientap') else 3}" typeof="schema:Person" property="schema:name" datatype="">{o['account']}</span>, {medium(o['created'])}</em>{updated}
   <span class="luot-xem"><i class="fa fa-eye"></i> {f'{story.views():,}'.replace(',', '.')} lượt xem</span>
  </div>
 </header>
 <div class="node__content clearfix">
  {sapo}
  <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body_html(story)}</div>
  {paras}
  <div class="field field--name-field-chu-de field--type-entity-reference field--label-inline clearfix">
   <div class="field__label">Chủ đề</div>
   <div class="field__item"><a href="/chu-de/{term_slug}" hreflang="vi">{esc(term_name)}</a></div>
  </div>
  <div class="chia-se-bai-viet d-flex align-items-center">
   <span>Chia sẻ:</span>
   <a href="https://www.facebook.com/sharer/sharer.php?u={share_u}" target="_blank" rel="noopener"><img src="{THEME}/images/share-facebook.png" alt="Facebook" width="24" height="24"></a>
   <a href="https://sp.zalo.me/share_inline?d={share_u}" target="_blank" rel="noopener"><img src="{THEME}/images/share-zalo.png" alt="Zalo" width="24" height="24"></a>
   <a href="mailto:?subject={quote(story.title)}&amp;body={share_u}"><img src="{THEME}/images/share-email.png" alt="Email" width="24" height="24"></a>
   <a href="javascript:window.print();" class="in-bai"><i class="fa fa-print"></i> In bài</a>
  </div>
  {_related(story)}
 </div>
</article>
</div>"""
    crumbs = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (term_name, f"/chu-de/{term_slug}")]
    return page(
        request,
        title=story.title,
        content=content,
        crumbs=crumbs,
        body_class=(
            f"layout-one-sidebar layout-sidebar-second page-node-{nid} path-node page-node-type-tin-bai"
        ),
        system_path=f"node/{nid}",
        head_extra=head,
        current="/tin-tuc",
    )


# --- listings -----------------------------------------------------------------------------------


def _news_row(story: Story) -> str:
    o = story.opts
    return f"""
<div class="views-row">
 <div class="row tin-row">
  <div class="col-md-4 views-field views-field-field-anh-dai-dien"><div class="field-content"><a href="{node_path(story)}" hreflang="vi"><img loading="lazy" src="{style_url('anh_360x240', o['thumb'])}" width="360" height="240" alt="" class="image-style-anh-360x240 img-fluid" /></a></div></div>
  <div class="col-md-8">
   <div class="views-field views-field-title"><h3 class="field-content"><a href="{node_path(story)}" hreflang="vi">{esc(trim(story.title, 80))}</a></h3></div>
   <div class="views-field views-field-changed"><span class="field-content"><i class="fa fa-calendar"></i> {day_first(o['changed'])}</span></div>
   <div class="views-field views-field-body"><div class="field-content">{_t(story, teaser(story))}</div></div>
  </div>
 </div>
</div>"""


def _full_pager(current: int, last: int, extra: dict[str, str]) -> str:
    def href(n: int) -> str:
        return "?" + esc(urlencode({**extra, "page": n}))

    items = []
    if current > 0:
        items.append(f'<li class="page-item"><a href="{href(0)}" title="Đến trang đầu" class="page-link"><span aria-hidden="true">« Đầu</span></a></li>')
        items.append(f'<li class="page-item"><a href="{href(current - 1)}" title="Đến trang trước" rel="prev" class="page-link"><span aria-hidden="true">‹</span></a></li>')
    for n in range(last + 1):
        if n == current:
            items.append(f'<li class="page-item active"><span class="page-link">{n + 1}</span></li>')
        else:
            items.append(f'<li class="page-item"><a href="{href(n)}" title="Đến trang {n + 1}" class="page-link">{n + 1}</a></li>')
    if current < last:
        items.append(f'<li class="page-item"><a href="{href(current + 1)}" title="Đến trang tiếp theo" rel="next" class="page-link"><span aria-hidden="true">›</span></a></li>')
        items.append(f'<li class="page-item"><a href="{href(last)}" title="Đến trang cuối" class="page-link"><span aria-hidden="true">Cuối »</span></a></li>')
    return (
        '<nav aria-label="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">'
        f'Phân trang</h4><ul class="js-pager__items pagination">{"".join(items)}</ul></nav>'
    )


def _page_param(request: Request) -> int:
    raw = request.params.get("page", "0")
    return int(raw) if raw.isdigit() else 0


NEWS_PER_PAGE = 5
TERM_PER_PAGE = 2


def news_listing(request: Request) -> str | None:
    chu_de = request.params.get("chu_de", "All")
    if chu_de != "All" and not (chu_de.isdigit() and int(chu_de) in TERMS):
        chu_de = "All"
    items = NEWS if chu_de == "All" else [s for s in NEWS if s.opts["tid"] == int(chu_de)]
    last = max(0, (len(items) - 1) // NEWS_PER_PAGE)
    current = min(_page_param(request), last)  # Drupal's pager clamps to the last page
    rows = "".join(_news_row(s) for s in items[current * NEWS_PER_PAGE : (current + 1) * NEWS_PER_PAGE])
    options = '<option value="All">- Tất cả -</option>' + "".join(
        f'<option value="{tid}"{" selected" if str(tid) == chu_de else ""}>{esc(name)}</option>'
        for tid, (_, name) in TERMS.items()
    )
    pager = _full_pager(current, last, {"chu_de": chu_de}) if last else ""
    content = f"""
<div id="block-sgd-barrio-page-title" class="block block-core block-page-title-block"><h1 class="title">Tin tức</h1></div>
<div id="block-sgd-barrio-content" class="block block-system block-system-main-block">
<div class="views-element-container"><div class="view view-tin-bai view-id-tin_bai view-display-id-page_1 js-view-dom-id-8c2f7a1e9b0d4c3f">
 <div class="view-filters">
  <form class="views-exposed-form form-inline" data-drupal-selector="views-exposed-form-tin-bai-page-1" action="/tin-tuc" method="get" id="views-exposed-form-tin-bai-page-1" accept-charset="UTF-8">
   <label for="edit-chu-de">Chủ đề</label>
   <select data-drupal-selector="edit-chu-de" id="edit-chu-de" name="chu_de" class="form-select">{options}</select>
   <button data-drupal-selector="edit-submit-tin-bai" type="submit" id="edit-submit-tin-bai" value="Lọc" class="button js-form-submit form-submit btn btn-primary">Lọc</button>
  </form>
 </div>
 <div class="view-content">{rows}</div>
 {pager}
</div></div>
</div>"""
    return page(
        request,
        title="Tin tức",
        content=content,
        crumbs=[("Trang chủ", "/"), ("Tin tức", None)],
        body_class="layout-one-sidebar layout-sidebar-second path-tin-tuc",
        system_path="tin-tuc",
        current="/tin-tuc",
    )


def term_listing(request: Request, tid: int) -> str:
    slug, name = TERMS[tid]
    items = [s for s in NEWS if s.opts["tid"] == tid]
    current = _page_param(request)
    chunk = items[current * TERM_PER_PAGE : (current + 1) * TERM_PER_PAGE]
    has_next = len(items) > (current + 1) * TERM_PER_PAGE
    cards = "".join(
        f"""
<div class="col-md-6 views-row"><div class="card the-tin">
 <a href="{node_path(s)}"><img class="card-img-top img-fluid" src="{style_url('anh_360x240', s.opts['thumb'])}" width="360" height="240" alt="{esc(trim(s.title, 60))}" loading="lazy"></a>
 <div class="card-body">
  <h5 class="card-title"><a href="{node_path(s)}" hreflang="vi">{esc(trim(s.title, 90))}</a></h5>
  <p class="card-text"><small class="text-muted">{day_first(s.opts['changed'])}</small></p>
 </div>
</div></div>"""
        for s in chunk
    ) or '<div class="view-empty"><p>Chưa có bài viết trong chủ đề này.</p></div>'
    pager_items = []
    if current > 0:
        pager_items.append(f'<li class="page-item"><a href="?page={current - 1}" title="Đến trang trước" rel="prev" class="page-link">‹‹</a></li>')
    if current > 0 or has_next:
        pager_items.append(f'<li class="page-item active"><span class="page-link">Trang {current + 1}</span></li>')
    if has_next:
        pager_items.append(f'<li class="page-item"><a href="?page={current + 1}" title="Đến trang tiếp theo" rel="next" class="page-link">››</a></li>')
    pager = (
        '<nav class="pager" role="navigation" aria-labelledby="pagination-heading--2">'
        '<h4 id="pagination-heading--2" class="visually-hidden">Phân trang</h4>'
        f'<ul class="pagination js-pager__items">{"".join(pager_items)}</ul></nav>'
        if pager_items
        else ""
    )
    content = f"""
<div id="block-sgd-barrio-page-title" class="block block-core block-page-title-block"><h1 class="title">{esc(name)}</h1></div>
<div id="block-sgd-barrio-content" class="block block-system block-system-main-block">
<div class="views-element-container"><div class="view view-taxonomy-term view-id-taxonomy_term view-display-id-page_1">
 <div class="view-header"><div about="/chu-de/{slug}" id="taxonomy-term-{tid}" class="taxonomy-term vocabulary-chu-de"></div></div>
 <div class="view-content row">{cards}</div>
 {pager}
</div></div>
</div>"""
    return page(
        request,
        title=name,
        content=content,
        crumbs=[("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (name, None)],
        body_class=f"layout-one-sidebar layout-sidebar-second path-taxonomy page-taxonomy-term-{tid}",
        system_path=f"taxonomy/term/{tid}",
        current="/tin-tuc",
    )


def front_page(request: Request) -> str:
    news = [s for s in NEWS if s.opts["tid"] != 8]
    slides = "".join(
        f"""
<div class="slide-item"><a href="/node/{s.opts['nid']}"><img src="{style_url('anh_slide_800x450', s.opts['thumb'])}" width="800" height="450" alt="{esc(s.title)}" /></a>
<div class="slide-caption"><a href="/node/{s.opts['nid']}">{esc(s.title)}</a></div></div>"""
        for s in news[:3]
    )
    latest = "".join(
        f"""
<div class="views-row"><div class="views-field views-field-field-anh-dai-dien"><a href="{node_path(s)}"><img src="{style_url('thumbnail', s.opts['thumb'])}" width="100" height="67" alt="" loading="lazy"></a></div>
<div class="views-field views-field-title"><span class="field-content"><a href="{node_path(s)}" hreflang="vi">{esc(trim(s.title, 90))}</a></span></div>
<div class="views-field views-field-changed"><em>({day_first(s.opts['changed'])})</em></div></div>"""
        for s in news[:5]
    )
    notices = "".join(
        f'<li><a href="{node_path(s)}" hreflang="vi">{esc(trim(s.title, 85))}</a> '
        f'<span class="ngay">{day_first(s.opts["changed"])}</span></li>'
        for s in NEWS
        if s.opts["tid"] == 8
    )
    docs = "".join(
        f'<li><a href="/van-ban/{d.slug}">{esc(d.so)}</a> - {esc(d.title)}</li>' for d in DOCS
    )
    content = f"""
<div id="block-sgd-barrio-content" class="block block-system block-system-main-block"><div class="views-element-container"></div></div>
<div class="views-element-container block block-views block-views-blocktin-noi-bat-block-1" id="block-views-block-tin-noi-bat-block-1">
 <h2 class="visually-hidden">Tin nổi bật</h2>
 <div class="slick slick--view--tin-noi-bat slick--skin--fullwidth"><div class="slick__slider" data-slick='{{"autoplay":true,"dots":true}}'>{slides}</div></div>
</div>
<div class="row">
 <div class="col-md-7">
  <div class="views-element-container block block-views block-views-blocktin-bai-block-1" id="block-views-block-tin-bai-block-1">
   <h2 class="tieu-de-khoi"><a href="/tin-tuc">Tin mới</a></h2>
   <div class="view view-tin-bai view-id-tin_bai view-display-id-block_1">{latest}
    <div class="more-link"><a href="/tin-tuc">Xem tất cả »</a></div></div>
  </div>
 </div>
 <div class="col-md-5">
  <div class="views-element-container block block-views block-views-blocktin-bai-block-2" id="block-views-block-tin-bai-block-2">
   <h2 class="tieu-de-khoi"><a href="/chu-de/thong-bao">Thông báo</a></h2>
   <ul class="ds-thong-bao">{notices}</ul>
  </div>
  <div class="views-element-container block block-views block-views-blockvan-ban-block-1" id="block-views-block-van-ban-block-1">
   <h2 class="tieu-de-khoi"><a href="/van-ban">Văn bản mới</a></h2>
   <ul class="ds-van-ban">{docs}</ul>
  </div>
  <div class="block block-views" id="block-views-block-video-block-1">
   <h2 class="tieu-de-khoi"><a href="/video">Video</a></h2>
   <a href="/video/{VIDEO['slug']}"><img src="https://img.youtube.com/vi/{VIDEO['youtube']}/hqdefault.jpg" alt="{esc(VIDEO['title'])}" class="img-fluid"></a>
  </div>
 </div>
</div>"""
    return page(
        request,
        title="Trang chủ",
        content=content,
        crumbs=None,
        body_class="layout-one-sidebar layout-sidebar-second path-frontpage",
        system_path="node",
        head_extra=f'<link rel="canonical" href="{base_url(request)}/" />\n<meta name="description" content="Cổng thông tin điện tử {esc(SITE)}" />',
        current="/",
        is_front=True,
    )


# --- pages that are not articles ----------------------------------------------------------------


def _simple(request: Request, title: str, inner: str, crumbs, body_class: str, system_path: str,
            current: str = "", head_extra: str = "") -> str:
    content = f"""
<div id="block-sgd-barrio-page-title" class="block block-core block-page-title-block">
 <h1 class="title"><span class="field field--name-title field--type-string field--label-hidden">{esc(title)}</span></h1>
</div>
<div id="block-sgd-barrio-content" class="block block-system block-system-main-block">{inner}</div>"""
    return page(request, title=title, content=content, crumbs=crumbs, body_class=body_class,
                system_path=system_path, current=current, head_extra=head_extra)


def intro_page(request: Request) -> str:
    inner = """
<article role="article" about="/gioi-thieu" class="node node--type-page node--view-mode-full">
 <div class="node__content clearfix">
  <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
   <p style="text-align: justify;"><strong>I. VỊ TRÍ VÀ CHỨC NĂNG</strong></p>
   <p style="text-align: justify;">Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Tuyên Quang, tham mưu, giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo, bao gồm: mục tiêu, chương trình, nội dung giáo dục và đào tạo; tiêu chuẩn nhà giáo và tiêu chuẩn cán bộ quản lý giáo dục; tiêu chuẩn cơ sở vật chất, thiết bị trường học; quy chế thi, tuyển sinh và văn bằng, chứng chỉ; bảo đảm chất lượng giáo dục và đào tạo.</p>
   <p style="text-align: justify;">Sở Giáo dục và Đào tạo có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>
   <p style="text-align: justify;"><strong>II. NHIỆM VỤ VÀ QUYỀN HẠN</strong></p>
   <ul>
    <li>Trình Ủy ban nhân dân tỉnh dự thảo quyết định, chỉ thị; quy hoạch, kế hoạch dài hạn, 05 năm và hằng năm về phát triển giáo dục và đào tạo trên địa bàn tỉnh;</li>
    <li>Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch, chương trình, đề án, dự án về giáo dục và đào tạo sau khi được phê duyệt;</li>
    <li>Quản lý chất lượng giáo dục; tổ chức các kỳ thi, cấp phát văn bằng, chứng chỉ theo thẩm quyền;</li>
    <li>Thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng, tiêu cực trong lĩnh vực giáo dục.</li>
   </ul>
   <p style="text-align: justify;"><strong>III. CƠ CẤU TỔ CHỨC</strong></p>
   <p style="text-align: justify;">Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc. Các phòng chuyên môn: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài chính - Công nghệ thông tin; Phòng Giáo dục Mầm non; Phòng Giáo dục Tiểu học; Phòng Giáo dục Trung học; Phòng Quản lý chất lượng.</p>
  </div>
 </div>
</article>"""
    return _simple(request, "Chức năng, nhiệm vụ, quyền hạn của Sở Giáo dục và Đào tạo", inner,
                   [("Trang chủ", "/"), ("Giới thiệu", None)],
                   "layout-one-sidebar layout-sidebar-second page-node-5 path-node page-node-type-page",
                   "node/5", "/gioi-thieu")


def contact_page(request: Request) -> str:
    sent = request.method == "POST"
    message = (
        '<div class="alert alert-success" role="status">Cảm ơn bạn đã gửi ý kiến. Chúng tôi sẽ phản hồi '
        "trong thời gian sớm nhất.</div>"
        if sent
        else ""
    )
    inner = f"""{message}
<div class="row">
 <div class="col-md-5 thong-tin-lien-he">
  <p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG</strong></p>
  <p>Địa chỉ: Số 35, đường Tân Trào, phường Minh Xuân, tỉnh Tuyên Quang</p>
  <p>Điện thoại: 0207.3822.338 - Văn phòng: 0207.3822.417</p>
  <p>Email: sgddt@tuyenquang.gov.vn</p>
 </div>
 <div class="col-md-7">
  <form class="webform-submission-form webform-submission-add-form webform-submission-lien-he-form" data-drupal-selector="webform-submission-lien-he-add-form" action="/lien-he" method="post" id="webform-submission-lien-he-add-form" accept-charset="UTF-8">
   <div class="js-form-item form-item"><label for="edit-ho-ten" class="js-form-required form-required">Họ và tên</label><input data-drupal-selector="edit-ho-ten" type="text" id="edit-ho-ten" name="ho_ten" value="" size="60" maxlength="255" class="form-text required form-control" required="required" aria-required="true" /></div>
   <div class="js-form-item form-item"><label for="edit-email" class="js-form-required form-required">Email</label><input data-drupal-selector="edit-email" type="email" id="edit-email" name="email" value="" size="60" maxlength="254" class="form-email required form-control" required="required" /></div>
   <div class="js-form-item form-item"><label for="edit-dien-thoai">Số điện thoại</label><input type="tel" id="edit-dien-thoai" name="dien_thoai" value="" size="30" maxlength="128" class="form-tel form-control" /></div>
   <div class="js-form-item form-item"><label for="edit-tieu-de" class="js-form-required form-required">Tiêu đề</label><input type="text" id="edit-tieu-de" name="tieu_de" value="" size="60" maxlength="255" class="form-text required form-control" required="required" /></div>
   <div class="js-form-item form-item"><label for="edit-noi-dung" class="js-form-required form-required">Nội dung</label><textarea id="edit-noi-dung" name="noi_dung" rows="5" cols="60" class="form-textarea required form-control" required="required"></textarea></div>
   <div class="captcha"><label for="edit-captcha-response">Câu hỏi toán học: 3 + 5 =</label><input type="hidden" name="captcha_sid" value="48213" /><input type="hidden" name="captcha_token" value="5fX0kq2bZ8wR1mN3" /><input type="text" id="edit-captcha-response" name="captcha_response" value="" size="4" maxlength="2" class="form-text required form-control" required="required" /></div>
   <div class="url-textfield js-form-wrapper form-wrapper" style="display: none !important;"><label for="edit-url">Để trống trường này</label><input autocomplete="off" type="text" id="edit-url" name="url" value="" size="20" maxlength="128" class="form-text" /></div>
   <input autocomplete="off" data-drupal-selector="form-q2w9e8r7t6y5u4i3o2p1a0s9d8f7g6h5j4k3l2z1x0" type="hidden" name="form_build_id" value="form-q2w9e8r7t6y5u4i3o2p1a0s9d8f7g6h5j4k3l2z1x0" />
   <input data-drupal-selector="edit-webform-submission-lien-he-add-form" type="hidden" name="form_id" value="webform_submission_lien_he_add_form" />
   <div data-drupal-selector="edit-actions" class="form-actions webform-actions form-group js-form-wrapper form-wrapper" id="edit-actions"><button class="webform-button--submit button button--primary js-form-submit form-submit btn btn-primary" data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Gửi ý kiến">Gửi ý kiến</button></div>
  </form>
 </div>
</div>"""
    return _simple(request, "Liên hệ - Góp ý", inner, [("Trang chủ", "/"), ("Liên hệ", None)],
                   "layout-one-sidebar layout-sidebar-second path-webform page-webform-lien-he",
                   "webform/lien_he", "/lien-he")


def docs_listing(request: Request) -> str:
    rows = "".join(
        f'<tr><td class="views-field views-field-field-so-ky-hieu"><a href="/van-ban/{d.slug}" hreflang="vi">{esc(d.so)}</a></td>'
        f'<td class="views-field views-field-field-ngay-ban-hanh"><time datetime="{d.issued[6:]}-{d.issued[3:5]}-{d.issued[:2]}T12:00:00Z">{d.issued}</time></td>'
        f'<td class="views-field views-field-title">{esc(d.title)}</td>'
        f'<td class="views-field views-field-field-tep"><a href="/sites/default/files/van-ban/{d.file}" type="application/pdf"><img src="{THEME}/images/icon-pdf.png" alt="Tải về" width="16" height="16"></a></td></tr>'
        for d in DOCS
    )
    inner = f"""
<div class="views-element-container"><div class="view view-van-ban view-id-van_ban view-display-id-page_1">
 <div class="view-content"><table class="table table-striped table-hover cols-4">
  <thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
  <tbody>{rows}</tbody></table></div>
</div></div>"""
    return _simple(request, "Văn bản", inner, [("Trang chủ", "/"), ("Văn bản", None)],
                   "layout-one-sidebar layout-sidebar-second path-van-ban", "van-ban", "/van-ban")


def doc_page(request: Request, d: Doc) -> str:
    def row(label: str, value: str) -> str:
        return f'<tr><th scope="row" style="width:30%">{label}</th><td>{value}</td></tr>'

    inner = f"""
<article role="article" about="/van-ban/{d.slug}" class="node node--type-van-ban node--view-mode-full">
 <div class="node__content clearfix">
  <table class="table table-bordered thong-tin-van-ban"><tbody>
   {row("Số/Ký hiệu", esc(d.so))}
   {row("Loại văn bản", esc(d.kind))}
   {row("Lĩnh vực", esc(d.field))}
   {row("Cơ quan ban hành", "Sở Giáo dục và Đào tạo")}
   {row("Ngày ban hành", d.issued)}
   {row("Ngày hiệu lực", d.effective)}
   {row("Người ký", esc(d.signer))}
   {row("Trích yếu", esc(d.excerpt))}
   {row("Tệp đính kèm", f'<span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/van-ban/{d.file}" type="application/pdf">{esc(d.file.split("/")[-1])}</a></span> ({d.size})')}
  </tbody></table>
 </div>
</article>"""
    return _simple(request, d.title, inner,
                   [("Trang chủ", "/"), ("Văn bản", "/van-ban")],
                   f"layout-one-sidebar layout-sidebar-second page-node-{d.nid} path-node page-node-type-van-ban",
                   f"node/{d.nid}", "/van-ban",
                   head_extra=f'<link rel="canonical" href="{base_url(request)}/van-ban/{d.slug}" />')


def albums_listing(request: Request) -> str:
    first = ALBUM["photos"][0][0]
    inner = f"""
<div class="views-element-container"><div class="view view-thu-vien-anh view-id-thu_vien_anh view-display-id-page_1"><div class="view-content row">
 <div class="col-md-4 views-row"><a href="/thu-vien-anh/{ALBUM['slug']}"><img src="{style_url('anh_360x240', first)}" width="360" height="240" alt="" class="img-fluid"></a>
 <h4><a href="/thu-vien-anh/{ALBUM['slug']}">{esc(ALBUM['title'])}</a></h4><span class="so-anh">{len(ALBUM['photos'])} ảnh</span></div>
</div></div></div>"""
    return _simple(request, "Thư viện ảnh", inner, [("Trang chủ", "/"), ("Thư viện ảnh", None)],
                   "layout-one-sidebar layout-sidebar-second path-thu-vien-anh", "thu-vien-anh", "/thu-vien-anh")


def album_page(request: Request) -> str:
    photos = "".join(
        f'<div class="field__item col-md-6"><a href="/sites/default/files/{f}" class="colorbox" '
        f'data-colorbox-gallery="gallery-node-1244-Xr0q" title="{esc(cap)}"><img src="{style_url("large", f)}" '
        f'width="480" height="320" alt="{esc(cap)}" class="img-fluid" loading="lazy"></a></div>'
        for f, cap in ALBUM["photos"]
    )
    inner = f"""
<article role="article" about="/thu-vien-anh/{ALBUM['slug']}" class="node node--type-album-anh node--view-mode-full">
 <div class="node__meta"><em>Bởi <span>bientap02</span>, {medium(ALBUM['date'])}</em></div>
 <div class="node__content clearfix">
  <div class="field field--name-field-anh field--type-image field--label-hidden field__items row">{photos}</div>
 </div>
</article>"""
    return _simple(request, ALBUM["title"], inner,
                   [("Trang chủ", "/"), ("Thư viện ảnh", "/thu-vien-anh")],
                   "layout-one-sidebar layout-sidebar-second page-node-1244 path-node page-node-type-album-anh",
                   "node/1244", "/thu-vien-anh")


def videos_listing(request: Request) -> str:
    inner = f"""
<div class="views-element-container"><div class="view view-video view-id-video view-display-id-page_1"><div class="view-content row">
 <div class="col-md-6 views-row"><a href="/video/{VIDEO['slug']}"><img src="https://img.youtube.com/vi/{VIDEO['youtube']}/hqdefault.jpg" alt="" class="img-fluid"></a>
 <h4><a href="/video/{VIDEO['slug']}">{esc(VIDEO['title'])}</a></h4></div>
</div></div></div>"""
    return _simple(request, "Video", inner, [("Trang chủ", "/"), ("Video", None)],
                   "layout-one-sidebar layout-sidebar-second path-video", "video", "/video")


def video_page(request: Request) -> str:
    inner = f"""
<article role="article" about="/video/{VIDEO['slug']}" class="node node--type-video node--view-mode-full">
 <div class="node__meta"><em>Bởi <span>bientap01</span>, {medium(VIDEO['date'])}</em></div>
 <div class="node__content clearfix">
  <div class="field field--name-field-media-oembed-video field--type-string field--label-hidden field__item">
   <div class="embed-responsive embed-responsive-16by9"><iframe src="https://www.youtube.com/embed/{VIDEO['youtube']}?rel=0" width="854" height="480" frameborder="0" allowfullscreen="allowfullscreen" title="{esc(VIDEO['title'])}"></iframe></div>
  </div>
  <div class="clearfix text-formatted field field--name-body field__item"><p>{esc(VIDEO['text'])}</p></div>
 </div>
</article>"""
    return _simple(request, VIDEO["title"], inner, [("Trang chủ", "/"), ("Video", "/video")],
                   "layout-one-sidebar layout-sidebar-second page-node-1249 path-node page-node-type-video",
                   "node/1249", "/video")


CALENDAR = [
    ("Thứ Hai, 30/11", "Sáng", "Giao ban Lãnh đạo Sở", "Giám đốc Sở", "Phòng họp tầng 2"),
    ("Thứ Hai, 30/11", "Chiều", "Làm việc với Phòng Quản lý chất lượng về Kỳ thi HSG lớp 12", "PGĐ Nguyễn Mạnh Hùng", "Phòng họp tầng 3"),
    ("Thứ Ba, 01/12", "Cả ngày", "Dự Hội nghị trực tuyến của Bộ GD&ĐT về chuyển đổi số", "Giám đốc Sở", "Điểm cầu tỉnh"),
    ("Thứ Tư, 02/12", "Sáng", "Khai mạc lớp tập huấn đổi mới kiểm tra, đánh giá cấp THPT", "PGĐ Phạm Quang Vinh", "Trường THPT Tân Trào"),
    ("Thứ Năm, 03/12", "Chiều", "Kiểm tra công tác bán trú tại xã Lâm Bình", "PGĐ Đỗ Thị Hải Yến", "Xã Lâm Bình"),
    ("Thứ Sáu, 04/12", "Sáng", "Họp Hội đồng thi đua - khen thưởng ngành", "Giám đốc Sở", "Phòng họp tầng 2"),
]


def calendar_page(request: Request) -> str:
    rows = "".join(
        "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in CALENDAR
    )
    inner = f"""
<div class="lich-cong-tac-tuan">
 <p class="tuan"><strong>Tuần 49</strong> (từ ngày 30/11/2026 đến ngày 06/12/2026)</p>
 <table class="table table-bordered table-sm"><thead><tr><th>Thứ/ngày</th><th>Buổi</th><th>Nội dung công việc</th><th>Chủ trì</th><th>Địa điểm</th></tr></thead>
 <tbody>{rows}</tbody></table>
 <p><em>Lịch có thể thay đổi, đề nghị các đơn vị theo dõi thường xuyên.</em></p>
</div>"""
    return _simple(request, "Lịch công tác tuần của Lãnh đạo Sở", inner,
                   [("Trang chủ", "/"), ("Lịch công tác", None)],
                   "layout-one-sidebar layout-sidebar-second page-node-1261 path-node page-node-type-lich-cong-tac",
                   "node/1261", "/lich-cong-tac")


def _fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFD", value.lower()).replace("đ", "d")
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_page(request: Request) -> str:
    keys = request.params.get("keys", "").strip()
    if not keys:
        results = '<div class="messages messages--error">Vui lòng nhập từ khóa để tìm kiếm.</div>'
    else:
        hits = [s for s in NEWS if _fold(keys) in _fold(s.title + " " + " ".join(s.paragraphs))]
        results = (
            '<h2>Kết quả tìm kiếm</h2><ol class="search-results node_search-results">'
            + "".join(
                f'<li><h3 class="title"><a href="{node_path(s)}">{esc(s.title)}</a></h3>'
                f'<div class="search-snippet-info"><p class="search-snippet">{_t(s, trim(teaser(s), 160))}</p></div></li>'
                for s in hits[:10]
            )
            + "</ol>"
            if hits
            else "<h2>Kết quả tìm kiếm</h2><p>Không tìm thấy kết quả phù hợp.</p>"
        )
    inner = f"""
<form class="search-form" action="/search/node" method="get" accept-charset="UTF-8">
 <input type="search" name="keys" value="{esc(keys)}" size="30" maxlength="255" class="form-search form-control">
 <button type="submit" class="btn btn-primary">Tìm kiếm</button>
</form>
{results}"""
    return _simple(request, "Tìm kiếm", inner, [("Trang chủ", "/"), ("Tìm kiếm", None)],
                   "layout-one-sidebar layout-sidebar-second path-search", "search/node")


def login_page(request: Request) -> str:
    inner = """
<form class="user-login-form" data-drupal-selector="user-login-form" action="/user/login" method="post" id="user-login-form" accept-charset="UTF-8">
 <div class="form-item"><label for="edit-name" class="js-form-required form-required">Tên đăng nhập</label><input autocorrect="none" autocapitalize="none" spellcheck="false" autofocus="autofocus" type="text" id="edit-name" name="name" value="" size="60" maxlength="60" class="form-text required form-control" required="required" /></div>
 <div class="form-item"><label for="edit-pass" class="js-form-required form-required">Mật khẩu</label><input type="password" id="edit-pass" name="pass" size="60" maxlength="128" class="form-text required form-control" required="required" /></div>
 <input type="hidden" name="form_build_id" value="form-Zp4nQ7mW2xK9vB1cT6yR3eU8oL5aS0dF" />
 <input type="hidden" name="form_id" value="user_login_form" />
 <div class="form-actions"><button type="submit" id="edit-submit" name="op" value="Đăng nhập" class="button js-form-submit form-submit btn btn-primary">Đăng nhập</button></div>
</form>"""
    return _simple(request, "Đăng nhập", inner, [("Trang chủ", "/"), ("Đăng nhập", None)],
                   "layout-one-sidebar layout-sidebar-second path-user", "user/login")


def rss(request: Request) -> Response:
    base = base_url(request)
    items = []
    for s in NEWS[:10]:
        created = _dt(s.opts["created"])
        items.append(
            f"<item><title>{esc(s.title)}</title><link>{base}{node_path(s)}</link>"
            f"<description>{esc('<p>' + esc(teaser(s)) + '</p>')}</description>"
            f"<pubDate>{created:%a, %d %b %Y %H:%M:%S} +0700</pubDate>"
            f"<dc:creator>{s.opts['account']}</dc:creator>"
            f'<guid isPermaLink="false">{s.opts["nid"]} at {base}</guid></item>'
        )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="'
        + base
        + '/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">'
        f"<channel><title>{esc(SITE)}</title><link>{base}/</link>"
        f'<atom:link href="{base}/rss.xml" rel="self" type="application/rss+xml" />'
        "<description></description><language>vi</language>" + "".join(items) + "</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- the site ----------------------------------------------------------------------------------

_FILES = {
    **{f"/sites/default/files/{p}": ext for s in STORIES for p, _, ext, _ in s.opts.get("files", [])},
    **{f"/sites/default/files/van-ban/{d.file}": "pdf" for d in DOCS},
}
_MIME = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


class DrupalSite:
    """Drupal 9 front controller: aliases, /node/N, Views pages, files."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/sites/", "/themes/", "/core/")) or path == "/favicon.ico":
            if path in _FILES:
                ext = _FILES[path]
                return Response(200, PDF if ext == "pdf" else b"PK\x03\x04fixture", {"Content-Type": _MIME[ext]})
            return static_file(path)
        if path == "/":
            return html(front_page(request))
        if path in ("/index.php", "/node"):
            return redirect("/", 301)
        if path == "/rss.xml":
            return rss(request)
        if path == "/tin-tuc":
            return html(news_listing(request))
        if path.startswith("/tin-tuc/"):
            story = BY_SLUG.get(path[len("/tin-tuc/") :])
            return html(article_page(request, story)) if story else None
        m = re.fullmatch(r"/node/(\d+)", path)
        if m:
            nid = int(m[1])
            if nid in BY_NID:
                return html(article_page(request, BY_NID[nid]))
            if nid in NODE_PAGES:
                return self.respond(Request(request.method, NODE_PAGES[nid], "", request.headers, request.body))
            return None
        m = re.fullmatch(r"/chu-de/([a-z0-9-]+)", path)
        if m and m[1] in TERM_BY_SLUG:
            return html(term_listing(request, TERM_BY_SLUG[m[1]]))
        m = re.fullmatch(r"/taxonomy/term/(\d+)", path)
        if m and int(m[1]) in TERMS:
            return html(term_listing(request, int(m[1])))
        simple = {
            "/gioi-thieu": intro_page,
            "/lien-he": contact_page,
            "/van-ban": docs_listing,
            "/thu-vien-anh": albums_listing,
            "/thu-vien-anh/" + ALBUM["slug"]: album_page,
            "/video": videos_listing,
            "/video/" + VIDEO["slug"]: video_page,
            "/lich-cong-tac": calendar_page,
            "/search/node": search_page,
            "/user/login": login_page,
        }
        if path in simple:
            return html(simple[path](request))
        if path.startswith("/van-ban/") and path[len("/van-ban/") :] in DOC_BY_SLUG:
            return html(doc_page(request, DOC_BY_SLUG[path[len("/van-ban/") :]]))
        return None


def build_site() -> DrupalSite:
    return DrupalSite()


# --- gold ---------------------------------------------------------------------------------------

GOLD = [
    gold_record(
        s,
        node_path(s),
        s.cat,
        canonical_path=node_path(s),
        alt_paths=[f"/node/{s.opts['nid']}"],
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/van-ban/ke-hoach-so-2456-kh-sgddt",
    "/van-ban/cong-van-so-2398-sgddt-gdtrh",
    "/thu-vien-anh/" + ALBUM["slug"],
    "/video/" + VIDEO["slug"],
    "/lich-cong-tac",
]
