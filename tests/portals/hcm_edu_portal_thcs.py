"""Trường THCS Nguyễn Văn Trỗi on the city's shared school-portal platform (a Liferay 6.2 portal).

Platform
--------
The Sở GD&ĐT TP. Hồ Chí Minh runs one Java portal (Liferay 6.2 CE GA6, a vendor theme
``thcs-hcmedu-theme`` and a vendor plugin ``hcmeduportlet``) on which every school is a sub-site:
``/web/thcs-<name>/…``. Every school's pages print the same city-wide banner, a city-wide shared
"Thông báo của Sở" portlet and a global "Tuyên truyền" web content (scope: global group) that the
department pushes into the main column of every school's article page. The school's editors type
into CKEditor 4 (Latin-1 letters stored as named entities) or paste from Word.

URL scheme (``S`` = ``/web/thcs-nguyen-van-troi``)
--------------------------------------------------
- ``/web/thcs-nguyen-van-troi`` (START_PATH), ``…/`` and ``S/trang-chu``: the sub-site home.
- ``S/<page>``: a page (layout): ``tin-tuc``, ``chuyen-mon``, ``doan-doi``, ``thong-bao`` hold an
  asset publisher (portlet ``101_INSTANCE_<12 chars>``) filtered on one category; pages of a
  listing by portlet parameters ``?p_p_id=101_INSTANCE_<id>&p_p_lifecycle=0&…&_101_INSTANCE_<id>
  _delta=5&…&_101_INSTANCE_<id>_cur=2``.
- ``S/<page>/-/asset_publisher/<id>/content/<urlTitle>``: an asset shown in full (the canonical
  URL of an article: its category page's portlet). Links from a listing add
  ``?redirect=<the listing's URL, percent-encoded>``.
- ``S/trang-chu/-/asset_publisher/<home id>/content/<urlTitle>?redirect=…``: the same article
  opened in one of the home page's asset publishers ("Tin mới", "Thông báo"): the home layout,
  whose other portlets stay around it.
- ``S/<page>?p_p_id=101_INSTANCE_<id>&…&_101_INSTANCE_<id>_struts_action=%2Fasset_publisher
  %2Fview_content&_101_INSTANCE_<id>_urlTitle=<urlTitle>&_101_INSTANCE_<id>_type=content``: the
  non-friendly form of the same full view (the vendor's "Tin xem nhiều" portlet prints it).
- ``…/content/<urlTitle>?p_p_state=pop_up&_101_INSTANCE_<id>_viewMode=print``: print view,
  opened by ``window.open`` from the print icon only.
- ``/en/web/…``: the same page in the English UI locale (content untranslated), printed as
  ``<link rel="alternate" hreflang="en-US">`` on article pages.
- ``;jsessionid=<id>`` is written into every page link (before the query) when the request
  carries no ``JSESSIONID`` cookie (Tomcat's URL rewriting on a new session).
- ``S/van-ban/-/document_library_display/<id>/view_file/<fileEntryId>``: a document entry;
  ``S/thu-vien-anh/-/document_library_display/<id>/view/<folderId>``: a photo album;
  ``S/video-clip/-/asset_publisher/<id>/content/<urlTitle>``: a clip (same scheme as articles);
  ``S/gioi-thieu``, ``S/co-cau-to-chuc``, ``S/lien-he``, ``S/lich-cong-tac``: static pages.
- ``/documents/10181/<folder>/<file>/<uuid>?t=<ms>`` and ``/image/journal/article?img_id=…``:
  images; ``/thcs-hcmedu-theme/images/…``: the theme's images.

Page templates
--------------
Home: slideshow, "Tin mới" asset publisher (a lead item with thumbnail and abstract, then
titles), "Thông báo" asset publisher; right column: shared Sở notice, "Tin xem nhiều", website
links (a ``<select>``), poll, visitor counter. Category page: portlet title ``<h1>`` (the
category), abstracts with thumbnails, Liferay's page iterator ("Trang 1 / 2", "Đầu / Trước /
Tiếp / Cuối"; the delta selector is a script menu). Article: the portlet's ``<h1>`` is the
category, the headline is the ``<h3 class="header-title">``; the web content template prints
"Cập nhật lúc …" (some), "Ngày đăng: dd/MM/yyyy hh:mm SA|CH", the "MoTa" field (sapo) when
filled, the content, the "TacGia" and "NguonTin" fields, attachments; then the asset
publisher's own "Người đăng" (the CMS account), views, ratings, share/print tools, comments;
then the global "Tuyên truyền" web content (borderless), then "Các tin khác".

How each gold article is reached
--------------------------------
Tin tức - Sự kiện (delta 5): six articles; the oldest (Hội khỏe Phù Đổng) only on page 2 of
the listing. Hoạt động chuyên môn (delta 2): three; the oldest (nghiên cứu bài học Toán 7) only
on page 2. Đoàn - Đội and Thông báo: two each on one page. The home page links the four newest
news and the two notices (home portlet URLs); "Tin xem nhiều" links four more (p_p_id form);
"Các tin khác" on an article links the other first-page articles of its category (canonical).

Traps
-----
1. Duplicates by portlet URL: one article answers at its canonical URL, at ``?redirect=…``
   from each listing, at the home page's portlet URL (``/trang-chu/-/asset_publisher/<other
   id>/…``, another path!), at the non-friendly ``p_p_id`` form, at the print pop-up, under
   ``/en/`` and with ``;jsessionid=``. Gold: one record per article, path = canonical (the page
   prints it as ``rel=canonical``), every linked or printed variant in ``alt_paths``.
2. Pagination by portlet parameters only (``_101_INSTANCE_<id>_cur=2`` in a long query, the
   page menu "Trang 1 / 2" a dropdown of links); two articles are linked nowhere else. Gold:
   both are articles of their categories.
3. Headline vs portlet titles: every ``<h1>`` on the page is a portlet title (the category
   "Tin tức - Sự kiện", "Các tin khác", "Tin xem nhiều" …); the headline is the asset
   publisher's ``<h3 class="header-title">``; ``<title>`` ends with the department's name
   ("… - Sở Giáo dục và Đào tạo TP. Hồ Chí Minh"). Gold title: the ``<h3>``.
4. Dates: 12-hour Vietnamese clock ("02:30 CH" = 14:30, "12:10 CH" = 12:10, "12:00 SA" =
   midnight, i.e. a day only); "Cập nhật lúc …" printed before "Ngày đăng"; comments' dates
   after the text; one listing prints the day in UTC ("30/11/2026" for an article posted
   01/12/2026 06:20 SA). Gold: the "Ngày đăng" date and time in +07:00; midnight -> the day.
5. Bylines: "Người đăng: Test Test" / "Quản trị viên" (Liferay accounts) sign nothing; the
   "TacGia" field or a right-aligned last paragraph signs: a unit ("Tổ Văn phòng", "Tổ KHTN"),
   a name with a degree or post ("ThS. … (Tổ trưởng Tổ Ngữ văn)", "GV … – Tổ Thể dục", "… - TPT
   Đội", "… (lớp 8A3)"), "Tin, ảnh: X", "Tin: X - Ảnh: Y"; a notice is signed by the Hiệu
   trưởng under "(Đã ký)". Gold: names only, units as printed, accounts -> nobody.
6. Captions: CKEditor caption tables (image row + caption row: not table rows of the body),
   centred italic lines with enclosing parentheses, a ``<div>`` with image, ``<br>`` and
   caption, "Ảnh: Lê Minh Tâm" under a photo (a credit: caption None, photographer), photos
   with no line. Listing thumbnails are the same files with ``&imageThumbnail=1``: not images
   of any article.
7. Chrome that reads like text: the department's borderless global "Tuyên truyền" web content
   right under every article (a headline-less paragraph about the gender-equality month), the
   shared "Thông báo của Sở" notice in the sidebar, comments ("Bình luận"), ratings, "Các tin
   khác" with dates. Gold: none of it is body.
8. An official notice (Thông báo): letterhead table (UBND phường | CỘNG HÒA …, "Số: …", "Xóm
   Chiếu, ngày 28 tháng 11 năm 2026"), "THÔNG BÁO / Về việc …", a schedule table, "Nơi nhận"
   and "HIỆU TRƯỞNG (Đã ký) Nguyễn Thị Minh Châu", posted "30/11/2026 07:45 SA". Gold: date
   2026-11-28 (the letterhead's day), author the signer, schedule rows are body.
9. Text boundaries and encodings: Word paste (``mso-list:Ignore`` bullets, ``<o:p>``), a
   bracketed footnote call "[1]" kept, a bare superscript call "2" dropped, "Tài liệu tham
   khảo" entries kept; named entities for Latin-1 letters (``&agrave;`` …) next to raw UTF-8;
   a ``<br>``-split paragraph with typed "- " items; "Xem thêm: …" and "Tập tin đính kèm: …"
   lines (not body); a body sentence "Theo nhận xét của Ban giám khảo…" (text, not a source);
   closing "Nguồn: …" lines (source).
10. Non-articles in the article URL scheme: the clip page is ``/-/asset_publisher/…/content/…``
    with a title, a "Ngày đăng" and one line of text; document entries and the album also
    print a title and a date. Gold: not articles.

Gold decisions on ambiguous points
----------------------------------
- ``category`` is the breadcrumb's last section ("Tin tức - Sự kiện", "Hoạt động chuyên môn",
  "Đoàn - Đội", "Thông báo"), not the menu's parent "Tin tức".
- The "MoTa" field printed in its own element is the sapo (summary, first body paragraph); a
  bold first paragraph of the content is the sapo too; a meta description alone is not.
- "Ảnh: X" under one photo makes X a photographer of the article (caption None).
- The title keeps its emoji ("… khối 9 năm học 2026 - 2027 🔔").
- Typed headings with numbers ("1. Mục đích của chuyên đề") keep their numbers (typed text).
- "Nguồn: Đoàn phường Xóm Chiếu" -> source "Đoàn phường Xóm Chiếu"; the centred link-only line
  "Xem bài viết trên Facebook Đoàn phường" above it is a pointer, not text.
- "GV" before a name is a title ("GV Huỳnh Văn Lợi – Tổ Thể dục" -> "Huỳnh Văn Lợi").
- The home portlet's view of an article prints the breadcrumb "Trang chủ / <headline>" and the
  canonical of the category page: the record is the canonical one, its category the category
  page's.
- The notice's blank centred ``<p>&nbsp;</p>`` and its letterhead, kind, subject, "Nơi nhận" and
  signature blocks are not body; its schedule table rows are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.entities import codepoint2name
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "hcm_edu_portal_thcs"
PLATFORM = "Sở GD&ĐT TP.HCM shared school portal (Liferay 6.2 sub-sites, asset publisher)"
SITE = "thcs-nguyen-van-troi"
S = f"/web/{SITE}"
START_PATH = S
TODAY = "Thứ Bảy, 05/12/2026"
JSESSION = "3F9C2A71D0B84E6A5C1D7E20B94F6A13"
THEME = "/thcs-hcmedu-theme"
SCHOOL = "Trường THCS Nguyễn Văn Trỗi"


# --- data model helpers ------------------------------------------------------------------


@dataclass(frozen=True)
class Ph(P):
    """A paragraph whose markup is written by hand (footnote calls, Word spans)."""

    markup: str = ""


@dataclass
class Cat:
    page: str
    label: str
    inst: str
    delta: int
    stories: list[Story] = field(default_factory=list)


CATS: dict[str, Cat] = {
    "tin-tuc": Cat("tin-tuc", "Tin tức - Sự kiện", "Fq7XwLm2RkTs", 5),
    "chuyen-mon": Cat("chuyen-mon", "Hoạt động chuyên môn", "bN3c8PzQeV1d", 2),
    "doan-doi": Cat("doan-doi", "Đoàn - Đội", "Kp0aYt5HsW2u", 5),
    "thong-bao": Cat("thong-bao", "Thông báo", "rJ6mUe9GxC4o", 5),
}
HOME_NEWS = "hOm3Tn8ZqW4e"
HOME_TB = "tB5kRw2NcY7p"
VIDEO_INST = "Vd8cLp3IzQ0r"
DOC_INST = "Vb4nT7kQ2mXe"
ALBUM_INST = "Ph0tOaLbUm1x"


def doc_img(folder: int, name: str, uuid: str, t: int) -> str:
    return f"/documents/10181/{folder}/{name}/{uuid}?t={t}"


# --- the articles ----------------------------------------------------------------------------

STORIES: list[Story] = [
    # ---------------- Tin tức - Sự kiện (newest first) ----------------
    Story(
        id=24711,
        slug="hoi-nghi-cha-me-hoc-sinh-giua-hoc-ky-i-nam-hoc-2026-2027",
        title="Hội nghị cha mẹ học sinh giữa học kỳ I năm học 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-12-04T08:15:00+07:00",
        summary=(
            "Sáng ngày 03/12/2026, Trường THCS Nguyễn Văn Trỗi tổ chức Hội nghị cha mẹ học sinh "
            "giữa học kỳ I năm học 2026 - 2027 tại các lớp học, với sự tham dự của hơn 1.200 phụ huynh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội nghị nhằm thông tin đến cha mẹ học sinh kết quả học tập, rèn luyện của học sinh "
                "trong nửa đầu học kỳ I, đồng thời thống nhất các biện pháp phối hợp giữa nhà trường và "
                "gia đình trong công tác giáo dục học sinh."
            ),
            Img(
                doc_img(2247315, "hnchms-01.jpg", "8b1f3c2e-4a6d-4f1e-9c0a-2d5b7e3f1a90", 1764810512000),
                "Quang cảnh hội nghị tại phòng họp Hội đồng sư phạm",
                "Quang cảnh hội nghị tại phòng họp Hội đồng sư phạm",
                "em",
            ),
            P(
                "Mở đầu hội nghị, cô Nguyễn Thị Minh Châu - Hiệu trưởng nhà trường báo cáo tóm tắt tình "
                "hình thực hiện nhiệm vụ năm học, trong đó nhấn mạnh việc triển khai Chương trình giáo "
                "dục phổ thông 2018 ở cả bốn khối lớp, công tác phòng chống bạo lực học đường và an toàn "
                "giao thông cho học sinh."
            ),
            P(
                "Tại các lớp, giáo viên chủ nhiệm thông báo kết quả kiểm tra giữa kỳ, tình hình chuyên "
                "cần, nề nếp và những điểm cần lưu ý của từng học sinh. Nhiều phụ huynh đã trao đổi "
                "thẳng thắn về giờ giấc sinh hoạt, việc sử dụng điện thoại di động và thời gian tự học "
                "ở nhà của các em."
            ),
            Img(
                doc_img(2247315, "hnchms-02.jpg", "c41e9a07-5b2d-4c83-a1f6-7e0d3b9c2f54", 1764810547000),
                "Ảnh: Lê Minh Tâm",
                None,
                "em",
            ),
            P(
                "Kết thúc hội nghị, Ban đại diện cha mẹ học sinh các lớp đã được kiện toàn; ý kiến đóng "
                "góp của phụ huynh được tổng hợp gửi về Ban giám hiệu để có hướng giải quyết trong "
                "tháng 12/2026."
            ),
        ],
        authors=["Tổ Văn phòng"],
        photographers=["Lê Minh Tâm"],
        opts={
            "date": "04/12/2026 08:15 SA",
            "updated": "05/12/2026 07:40 SA",
            "tacgia": "Tổ Văn phòng",
            "poster": "Test Test",
            "ent": True,
        },
    ),
    Story(
        id=24593,
        slug="soi-noi-hoi-thi-rung-chuong-vang-khoi-9-nam-hoc-2026-2027",
        title="Sôi nổi Hội thi “Rung chuông vàng” khối 9 năm học 2026 - 2027 🔔",
        cat="tin-tuc",
        published_at="2026-11-28T16:05:00+07:00",
        blocks=[
            P(
                "Chiều ngày 27/11/2026, tại sân trường, Liên đội THCS Nguyễn Văn Trỗi phối hợp với tổ "
                "Khoa học xã hội tổ chức Hội thi “Rung chuông vàng” dành cho học sinh khối 9 với chủ đề "
                "“Tự hào truyền thống quê hương”."
            ),
            P(
                "Tham gia hội thi có 100 thí sinh đến từ 10 lớp 9. Các câu hỏi xoay quanh kiến thức lịch "
                "sử, địa lí, văn học, khoa học tự nhiên và các sự kiện nổi bật của Thành phố Hồ Chí Minh, "
                "đặc biệt là những địa danh gắn với phường Xóm Chiếu."
            ),
            Img(
                doc_img(2246980, "rcv-k9-1.jpg", "0d6b2f81-93ac-4e57-b8d0-5a1c7e64f329", 1764320700000),
                "(Các thí sinh tập trung trả lời câu hỏi trên bảng)",
                "Các thí sinh tập trung trả lời câu hỏi trên bảng",
                "em",
            ),
            P(
                "Sau 25 câu hỏi gay cấn, em Trần Ngọc Bảo Anh (lớp 9A4) đã xuất sắc vượt qua tất cả các "
                "câu hỏi và rung tiếng chuông vàng của chương trình. 🎉"
            ),
            Img(
                doc_img(2246980, "rcv-k9-2.jpg", "6e2a0c3d-1f7b-4d95-9e48-b3c5a2d7f016", 1764320731000),
                "(Ban giám hiệu trao giải cho thí sinh rung chuông vàng)",
                "Ban giám hiệu trao giải cho thí sinh rung chuông vàng",
                "em",
            ),
            P(
                "Hội thi là sân chơi bổ ích, giúp học sinh củng cố kiến thức, rèn luyện kĩ năng làm việc "
                "độc lập và tinh thần tự tin trước tập thể."
            ),
            Raw(
                '<p style="text-align: right;"><strong><em>Tin: Trần Thị Mỹ Linh - Ảnh: Đỗ Quang Huy'
                "</em></strong></p>"
            ),
        ],
        authors=["Trần Thị Mỹ Linh"],
        photographers=["Đỗ Quang Huy"],
        opts={
            "date": "28/11/2026 04:05 CH",
            "poster": "Quản trị viên",
            "comments": [
                ("Phụ huynh lớp 9A4", "28/11/2026 07:12 CH", "Chúc mừng Bảo Anh và các bạn khối 9! Cảm ơn thầy cô đã tổ chức sân chơi rất ý nghĩa."),
                ("Nguyễn Hoàng Nam", "29/11/2026 09:03 SA", "Mong trường tổ chức thêm cho khối 8 ạ."),
            ],
        },
    ),
    Story(
        id=24418,
        slug="truong-thcs-nguyen-van-troi-long-trong-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title=(
            "Trường THCS Nguyễn Văn Trỗi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026)"
        ),
        cat="tin-tuc",
        published_at="2026-11-20",
        summary=(
            "Sáng 20/11/2026, trong không khí trang trọng và ấm áp, Trường THCS Nguyễn Văn Trỗi tổ chức "
            "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tổng kết đợt thi đua “Dạy tốt - Học tốt” chào "
            "mừng ngày lễ lớn của ngành."
        ),
        blocks=[
            P(
                "Sáng 20/11/2026, trong không khí trang trọng và ấm áp, Trường THCS Nguyễn Văn Trỗi tổ chức "
                "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tổng kết đợt thi đua “Dạy tốt - Học tốt” chào "
                "mừng ngày lễ lớn của ngành.",
                "lead",
            ),
            Img(
                doc_img(2246512, "le-20-11-01.jpg", "a7c3e5f1-2b4d-4f68-8a0c-1e3d5b7f9a24", 1763620200000),
                "Tiết mục văn nghệ chào mừng của học sinh lớp 7A1",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 7A1",
                "table",
            ),
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND phường Xóm Chiếu, Ban đại diện cha mẹ "
                "học sinh trường cùng đông đủ các thế hệ nhà giáo đã từng công tác tại trường."
            ),
            P("Phát biểu tại buổi lễ, cô Hiệu trưởng Nguyễn Thị Minh Châu bày tỏ:"),
            P(
                "“Mỗi thầy cô giáo hôm nay không chỉ là người truyền thụ kiến thức mà còn là người đồng "
                "hành, lắng nghe và nâng đỡ các em trên con đường trưởng thành.”",
                "quote",
            ),
            P(
                "Dịp này, nhà trường đã khen thưởng 15 giáo viên có thành tích xuất sắc trong đợt hội "
                "giảng và 8 tập thể lớp dẫn đầu phong trào thi đua."
            ),
            Img(
                doc_img(2246512, "le-20-11-02.jpg", "f02b8d64-7c1e-4a39-b5d2-6e8a0c4f1b73", 1763620245000),
                "Lãnh đạo phường Xóm Chiếu tặng hoa chúc mừng tập thể sư phạm nhà trường",
                "Lãnh đạo phường Xóm Chiếu tặng hoa chúc mừng tập thể sư phạm nhà trường",
                "table",
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: ThS. Phạm Thị Ngọc Hân</strong></p>'),
        ],
        authors=["Phạm Thị Ngọc Hân"],
        photographers=["Phạm Thị Ngọc Hân"],
        opts={
            "date": "20/11/2026 12:00 SA",
            "poster": "Test Test",
            "ent": True,
            "comments": [
                ("Cựu học sinh khóa 2015 - 2019", "20/11/2026 08:41 CH", "Kính chúc quý thầy cô luôn mạnh khỏe, hạnh phúc!"),
            ],
        },
    ),
    Story(
        id=24306,
        slug="hoc-sinh-tham-gia-ngay-hoi-stem-cap-phuong-nam-2026",
        title="Học sinh tham gia Ngày hội STEM cấp phường năm 2026",
        cat="tin-tuc",
        published_at="2026-11-10T09:30:00+07:00",
        blocks=[
            P(
                "Ngày 08/11/2026, 24 học sinh của trường đã tham gia Ngày hội STEM phường Xóm Chiếu năm "
                "2026 do UBND phường tổ chức tại Nhà Văn hóa phường."
            ),
            P(
                "Đội tuyển mang đến ba sản phẩm: “Hệ thống tưới cây tự động dùng cảm biến độ ẩm”, “Mô hình "
                "lọc nước từ vật liệu tái chế” và “Đèn học thông minh tiết kiệm điện”."
            ),
            Img(doc_img(2246177, "stem-2026.jpg", "5b9e1d3a-0c7f-4e26-a8b4-d1f3e5a7c902", 1762741800000), None, None, "none"),
            P("Kết quả cụ thể:"),
            P("- Giải Nhì: Hệ thống tưới cây tự động (nhóm học sinh lớp 8A3).", "br"),
            P("- Giải Khuyến khích: Đèn học thông minh tiết kiệm điện (nhóm học sinh lớp 9A1).", "br"),
            P(
                "Theo nhận xét của Ban giám khảo, các sản phẩm của học sinh nhà trường có tính ứng dụng "
                "cao, thể hiện rõ quy trình thiết kế kĩ thuật và khả năng làm việc nhóm."
            ),
            Raw(
                f'<p><strong>Xem thêm:</strong> <a href="{S}/van-ban/-/document_library_display/'
                f'{DOC_INST}/view_file/245702">Kế hoạch tổ chức các hoạt động STEM năm học 2026 - 2027</a></p>'
            ),
            Raw('<p style="text-align: right;"><em>Lâm Gia Bảo (lớp 8A3)</em></p>'),
        ],
        authors=["Lâm Gia Bảo"],
        opts={
            "date": "10/11/2026 09:30 SA",
            "poster": "Quản trị viên",
            "desc": "Ngày 08/11/2026, 24 học sinh của trường đã tham gia Ngày hội STEM phường Xóm Chiếu năm 2026",
        },
    ),
    Story(
        id=24102,
        slug="tap-huan-ky-nang-phong-chay-chua-chay-va-cuu-nan-cuu-ho-cho-can-bo-giao-vien-nhan-vien",
        title=(
            "Tập huấn kỹ năng phòng cháy, chữa cháy và cứu nạn, cứu hộ cho cán bộ, giáo viên, nhân viên"
        ),
        cat="tin-tuc",
        published_at="2026-10-27T15:45:00+07:00",
        summary=(
            "Nhằm nâng cao ý thức và kỹ năng xử lý tình huống khi có cháy, nổ xảy ra, chiều 24/10/2026, "
            "nhà trường phối hợp với Đội Cảnh sát PCCC và CNCH khu vực tổ chức buổi tập huấn cho toàn thể "
            "cán bộ, giáo viên, nhân viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi tập huấn, cán bộ Cảnh sát PCCC đã phổ biến các quy định của Luật Phòng cháy, chữa "
                "cháy và cứu nạn, cứu hộ năm 2024; hướng dẫn nhận biết nguy cơ cháy, nổ trong trường học "
                "như phòng thí nghiệm, phòng máy tính, nhà xe và bếp ăn bán trú."
            ),
            P("Nội dung thực hành gồm:"),
            P("Sử dụng bình chữa cháy xách tay dạng bột và khí CO2;", "li"),
            P("Kỹ năng thoát nạn qua lối thoát hiểm, sử dụng khăn ướt che mũi, miệng;", "li"),
            P("Sơ cấp cứu người bị nạn và phối hợp báo cháy qua số điện thoại 114.", "li"),
            Img(
                doc_img(2245831, "pccc-2026.jpg", "e3a1c5b7-9d2f-4b80-86e4-0f2a4c6e8b15", 1761554700000),
                "Giáo viên thực hành dập lửa bằng bình chữa cháy",
                "Giáo viên thực hành dập lửa bằng bình chữa cháy",
                "div",
            ),
            P(
                "Buổi tập huấn đã trang bị cho đội ngũ những kiến thức thiết thực, góp phần xây dựng môi "
                "trường học đường an toàn."
            ),
        ],
        authors=["Nguyễn Hữu Phước"],
        opts={
            "date": "27/10/2026 03:45 CH",
            "tacgia": "Nguyễn Hữu Phước - Phó Hiệu trưởng",
            "poster": "Test Test",
            "attach": ("Ke_hoach_PCCC_2026-2027.pdf", "/documents/10181/2245831/Ke_hoach_PCCC_2026-2027.pdf/"
                       "91c2d4e6-f8a0-4b2c-9d4e-6f8a0b2c4d6e"),
        },
    ),
    Story(
        id=23877,
        slug="khai-mac-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        title="Khai mạc Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-10-08T10:00:00+07:00",
        blocks=[
            P(
                "Sáng ngày 06/10/2026, Trường THCS Nguyễn Văn Trỗi long trọng tổ chức Lễ khai mạc Hội khỏe "
                "Phù Đổng cấp trường năm học 2026 - 2027."
            ),
            P(
                "Hội khỏe năm nay có gần 600 vận động viên là học sinh các khối lớp tranh tài ở 6 môn: điền "
                "kinh, cầu lông, bóng bàn, cờ vua, kéo co và bóng đá mini. Các nội dung thi đấu diễn ra từ "
                "ngày 06/10 đến ngày 17/10/2026."
            ),
            Img(
                "/image/journal/article?img_id=2245560&t=1759895100000",
                "(Màn đồng diễn thể dục của học sinh khối 6)",
                "Màn đồng diễn thể dục của học sinh khối 6",
                "em",
            ),
            P(
                "Thông qua hội khỏe, nhà trường tuyển chọn những vận động viên có thành tích tốt để bồi "
                "dưỡng, tham gia Hội khỏe Phù Đổng cấp phường và cấp Thành phố."
            ),
            Raw('<p style="text-align: right;"><strong>GV Huỳnh Văn Lợi – Tổ Thể dục</strong></p>'),
        ],
        authors=["Huỳnh Văn Lợi"],
        opts={"date": "08/10/2026 10:00 SA", "poster": "Quản trị viên", "ent": True},
    ),
    # ---------------- Hoạt động chuyên môn ----------------
    Story(
        id=24511,
        slug="chuyen-de-doi-moi-phuong-phap-day-hoc-doc-hieu-van-ban-ngu-van-8",
        title=(
            "Chuyên đề “Đổi mới phương pháp dạy học đọc hiểu văn bản Ngữ văn 8 theo Chương trình GDPT 2018”"
        ),
        cat="chuyen-mon",
        published_at="2026-11-25T14:20:00+07:00",
        blocks=[
            P("1. Mục đích của chuyên đề", "wordh"),
            Ph(
                "Chuyên đề nhằm giúp giáo viên tổ Ngữ văn thống nhất cách tổ chức hoạt động đọc hiểu theo "
                "đặc trưng thể loại, phát huy tính chủ động của học sinh theo định hướng phát triển phẩm "
                "chất, năng lực.[1]",
                "word",
                markup=(
                    "Chuyên đề nhằm giúp giáo viên tổ Ngữ văn thống nhất cách tổ chức hoạt động đọc hiểu theo "
                    "đặc trưng thể loại, phát huy tính chủ động của học sinh theo định hướng phát triển phẩm "
                    'chất, năng lực.<a href="#_ftn1" name="_ftnref1" title=""><span class="MsoFootnoteReference">'
                    '<span style="font-size:13.0pt;line-height:150%">[1]</span></span></a>'
                ),
            ),
            P("2. Nội dung chính", "wordh"),
            P(
                "Quy trình dạy đọc hiểu văn bản theo ba giai đoạn: trước khi đọc, trong khi đọc và sau khi đọc;",
                "mso",
            ),
            P("Sử dụng phiếu học tập và sơ đồ tư duy trong hoạt động khám phá văn bản;", "mso"),
            P("Thiết kế câu hỏi theo các mức độ nhận biết, thông hiểu, vận dụng.", "mso"),
            Ph(
                "Tiết dạy minh họa bài “Chiếc lá cuối cùng” (O. Henry) tại lớp 8A2 do cô Nguyễn Thị Thanh Thủy "
                "thực hiện đã vận dụng kĩ thuật “khăn trải bàn” và đóng vai, tạo được không khí học tập sôi nổi.",
                "word",
                markup=(
                    "Tiết dạy minh họa bài “Chiếc lá cuối cùng” (O. Henry) tại lớp 8A2 do cô Nguyễn Thị Thanh Thủy "
                    "thực hiện đã vận dụng kĩ thuật “khăn trải bàn” và đóng vai, tạo được không khí học tập sôi "
                    'nổi<sup><a href="#_ftn2" name="_ftnref2">2</a></sup>.'
                ),
            ),
            P("3. Kết luận", "wordh"),
            P("- Các thành viên trong tổ thống nhất áp dụng quy trình trên từ học kỳ I.", "word"),
            P(
                "- Mỗi giáo viên đăng ký ít nhất một tiết dạy minh họa theo chuyên đề trong năm học.",
                "word",
            ),
            P("Tài liệu tham khảo", "wordh"),
            Ph(
                "[1] Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Ngữ văn, ban hành kèm "
                "theo Thông tư số 32/2018/TT-BGDĐT.",
                "ftn",
                markup=(
                    '<a href="#_ftnref1" name="_ftn1" title="">[1]</a> Bộ Giáo dục và Đào tạo (2018), Chương '
                    "trình giáo dục phổ thông môn Ngữ văn, ban hành kèm theo Thông tư số 32/2018/TT-BGDĐT."
                ),
            ),
            Ph(
                "[2] Đỗ Ngọc Thống (chủ biên, 2023), Ngữ văn 8 - Sách giáo viên, NXB Giáo dục Việt Nam.",
                "ftn",
                markup=(
                    '<a href="#_ftnref2" name="_ftn2" title="">[2]</a> Đỗ Ngọc Thống (chủ biên, 2023), Ngữ văn 8 '
                    "- Sách giáo viên, NXB Giáo dục Việt Nam."
                ),
            ),
            Raw(
                '<p class="MsoNormal" style="text-align:right"><b><span style="font-size:13.0pt">ThS. Nguyễn '
                "Thị Thanh Thủy (Tổ trưởng Tổ Ngữ văn)<o:p></o:p></span></b></p>"
            ),
        ],
        authors=["Nguyễn Thị Thanh Thủy"],
        opts={"date": "25/11/2026 02:20 CH", "poster": "Test Test"},
    ),
    Story(
        id=24389,
        slug="to-khoa-hoc-tu-nhien-hoan-thanh-dot-hoi-giang-chao-mung-ngay-nha-giao-viet-nam",
        title="Tổ Khoa học tự nhiên hoàn thành đợt hội giảng chào mừng Ngày Nhà giáo Việt Nam",
        cat="chuyen-mon",
        published_at="2026-11-14T12:10:00+07:00",
        blocks=[
            P(
                "Từ ngày 02/11 đến ngày 13/11/2026, tổ Khoa học tự nhiên đã tổ chức đợt hội giảng với 12 "
                "tiết dạy ở các phân môn Vật lí, Hóa học, Sinh học và Công nghệ."
            ),
            P(
                "Các tiết dạy được chuẩn bị công phu, ứng dụng hiệu quả thiết bị thí nghiệm và công nghệ "
                "thông tin; nhiều tiết học tổ chức theo hình thức dạy học dự án, trạm học tập."
            ),
            Img(
                doc_img(2246301, "hoigiang-khtn.jpg", "2c4e6a8b-0d1f-4a3c-b5e7-9f1a3c5e7b80", 1763097000000),
                "Tiết dạy Khoa học tự nhiên 7 của thầy Lê Quốc Việt tại phòng thí nghiệm",
                "Tiết dạy Khoa học tự nhiên 7 của thầy Lê Quốc Việt tại phòng thí nghiệm",
                "table",
            ),
            P("Kết quả xếp loại một số tiết dạy tiêu biểu:"),
            P("STT | Giáo viên | Bài dạy | Lớp | Xếp loại", "th"),
            P("1 | Lê Quốc Việt | Tốc độ chuyển động | 7A3 | Tốt", "tr"),
            P("2 | Phan Thị Kim Ngân | Tế bào - đơn vị cơ sở của sự sống | 6A1 | Tốt", "tr"),
            P("3 | Đặng Minh Trí | Acid | 8A5 | Tốt", "tr"),
            P(
                "Đợt hội giảng là dịp để giáo viên trao đổi, học hỏi kinh nghiệm, nâng cao chất lượng giờ dạy."
            ),
            Raw('<p style="text-align: right;"><strong>Tổ KHTN</strong></p>'),
        ],
        authors=["Tổ KHTN"],
        opts={"date": "14/11/2026 12:10 CH", "poster": "Quản trị viên", "ent": True},
    ),
    Story(
        id=24011,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-toan-7",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học môn Toán 7",
        cat="chuyen-mon",
        published_at="2026-10-21T16:30:00+07:00",
        summary=(
            "Thực hiện kế hoạch chuyên môn năm học 2026 - 2027, ngày 20/10/2026, tổ Toán - Tin tổ chức buổi "
            "sinh hoạt chuyên môn theo nghiên cứu bài học với tiết dạy “Tổng các góc của một tam giác”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tiết dạy do cô Võ Thị Hồng Nhung thực hiện tại lớp 7A5. Thay vì tập trung nhận xét giáo viên, "
                "các thành viên dự giờ tập trung quan sát hoạt động học của học sinh, ghi nhận những thời điểm "
                "học sinh gặp khó khăn."
            ),
            Img(doc_img(2245702, "ncbh-toan7.jpg", "7d9f1b3d-5e7a-4c9e-a1b3-d5f7a9c1e3b5", 1761039000000), None, None, "none"),
            P(
                "Trong phần thảo luận, tổ thống nhất điều chỉnh phiếu học tập số 2, bổ sung hoạt động cắt ghép "
                "hình để học sinh tự phát hiện tính chất tổng ba góc của tam giác."
            ),
        ],
        authors=["Tổ Toán - Tin"],
        opts={"date": "21/10/2026 04:30 CH", "tacgia": "Tổ Toán - Tin", "poster": "Test Test"},
    ),
    # ---------------- Đoàn - Đội ----------------
    Story(
        id=24650,
        slug="lien-doi-phat-dong-phong-trao-ke-hoach-nho-dot-1-nam-hoc-2026-2027",
        title="Liên đội phát động phong trào “Kế hoạch nhỏ” đợt 1 năm học 2026 - 2027",
        cat="doan-doi",
        published_at="2026-12-01T06:20:00+07:00",
        blocks=[
            P(
                "Hưởng ứng phong trào “Kế hoạch nhỏ” do Hội đồng Đội Thành phố phát động, sáng thứ Hai ngày "
                "30/11/2026, Liên đội THCS Nguyễn Văn Trỗi tổ chức thu gom giấy vụn, vỏ hộp sữa và chai nhựa "
                "trong toàn trường."
            ),
            P(
                "Sau một buổi sáng, các chi đội đã thu gom được hơn 1,2 tấn giấy vụn và 350 kg chai nhựa. Toàn "
                "bộ số tiền thu được sẽ dùng để tặng quà Tết cho học sinh có hoàn cảnh khó khăn của trường."
            ),
            Img(
                doc_img(2247104, "khn-dot1.jpg", "4f6a8c0e-2b4d-4f6a-8c0e-2b4d6f8a0c2e", 1764544800000),
                "Đội viên chi đội 6A2 cân giấy vụn tại điểm thu gom",
                "Đội viên chi đội 6A2 cân giấy vụn tại điểm thu gom",
                "div",
            ),
            P("Chi đội 8A1 dẫn đầu với 118 kg giấy vụn, được Liên đội tuyên dương trước cờ."),
        ],
        authors=["Võ Hoàng Phúc"],
        opts={
            "date": "01/12/2026 06:20 SA",
            "list_date": "30/11/2026",
            "tacgia": "Võ Hoàng Phúc - TPT Đội",
            "poster": "Quản trị viên",
        },
    ),
    Story(
        id=24155,
        slug="chi-doan-giao-vien-ra-quan-ngay-chu-nhat-xanh-lan-thu-3-nam-2026",
        title="Chi đoàn giáo viên ra quân “Ngày Chủ nhật xanh” lần thứ 3 năm 2026",
        cat="doan-doi",
        published_at="2026-11-03T07:55:00+07:00",
        blocks=[
            P(
                "Sáng Chủ nhật ngày 01/11/2026, Chi đoàn giáo viên Trường THCS Nguyễn Văn Trỗi phối hợp với "
                "Đoàn phường Xóm Chiếu ra quân “Ngày Chủ nhật xanh” lần thứ 3 năm 2026."
            ),
            P(
                "Các đoàn viên đã dọn dẹp vệ sinh, trồng mới 40 chậu cây xanh dọc tuyến đường Đoàn Văn Bơ, "
                "khơi thông cống rãnh và tuyên truyền người dân phân loại rác tại nguồn."
            ),
            Img(
                doc_img(2246044, "cnx-lan3.jpg", "9a1c3e5a-7c9e-4b1d-8f3a-5c7e9b1d3f5a", 1762131300000),
                "Đoàn viên chi đoàn giáo viên trồng cây xanh trên đường Đoàn Văn Bơ",
                "Đoàn viên chi đoàn giáo viên trồng cây xanh trên đường Đoàn Văn Bơ",
                "em",
            ),
            Raw(
                '<p style="text-align: center;"><a href="https://www.facebook.com/doanphuongxomchieu/posts/'
                '1189034421770562" target="_blank">Xem bài viết trên Facebook Đoàn phường</a></p>'
            ),
        ],
        source="Đoàn phường Xóm Chiếu",
        opts={"date": "03/11/2026 07:55 SA", "nguon": "Đoàn phường Xóm Chiếu", "poster": "Quản trị viên"},
    ),
    # ---------------- Thông báo ----------------
    Story(
        id=24633,
        slug="lich-nghi-tet-duong-lich-2027-doi-voi-hoc-sinh-giao-vien",
        title="Lịch nghỉ Tết Dương lịch 2027 đối với học sinh, giáo viên",
        cat="thong-bao",
        published_at="2026-12-02T10:20:00+07:00",
        blocks=[
            P(
                "Theo kế hoạch thời gian năm học 2026 - 2027 của Ủy ban nhân dân Thành phố Hồ Chí Minh, học "
                "sinh, giáo viên được nghỉ Tết Dương lịch 2027 vào ngày thứ Sáu, 01/01/2027."
            ),
            P("Học sinh đi học trở lại bình thường vào thứ Hai, ngày 04/01/2027."),
            P(
                "Nhà trường đề nghị cha mẹ học sinh quan tâm, quản lý con em trong thời gian nghỉ Tết; nhắc "
                "nhở các em chấp hành tốt quy định về an toàn giao thông, không sử dụng pháo nổ và không tham "
                "gia các trò chơi nguy hiểm."
            ),
        ],
        source="Sở GD&ĐT TP. Hồ Chí Minh",
        opts={"date": "02/12/2026 10:20 SA", "nguon": "Sở GD&ĐT TP. Hồ Chí Minh", "poster": "Test Test"},
    ),
    Story(
        id=24620,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-28",
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
                '<td style="text-align:center; width:45%"><span style="font-size:13px">ỦY BAN NHÂN DÂN PHƯỜNG '
                "XÓM CHIẾU</span><br /><strong>TRƯỜNG THCS NGUYỄN VĂN TRỖI</strong></td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
                '<tr><td style="text-align:center">Số: 215/TB-THCSNVT</td>'
                '<td style="text-align:center"><em>Xóm Chiếu, ngày 28 tháng 11 năm 2026</em></td></tr>'
                "</tbody></table>"
            ),
            Raw('<p style="text-align:center">&nbsp;</p>'),
            Raw('<p style="text-align:center"><strong>THÔNG BÁO</strong></p>'),
            Raw(
                '<p style="text-align:center"><strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học '
                "2026 - 2027</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 112/KH-THCSNVT ngày 05/9/2026 của Trường THCS Nguyễn Văn Trỗi về thực hiện "
                "nhiệm vụ năm học 2026 - 2027;"
            ),
            P(
                "Trường THCS Nguyễn Văn Trỗi thông báo lịch kiểm tra cuối học kỳ I các môn kiểm tra tập trung "
                "như sau:"
            ),
            P("Ngày | Buổi | Khối | Môn kiểm tra | Thời gian làm bài", "th"),
            P("21/12/2026 | Sáng | 8, 9 | Ngữ văn | 90 phút", "tr"),
            P("21/12/2026 | Chiều | 6, 7 | Ngữ văn | 90 phút", "tr"),
            P("22/12/2026 | Sáng | 8, 9 | Toán | 90 phút", "tr"),
            P("22/12/2026 | Chiều | 6, 7 | Toán | 90 phút", "tr"),
            P("23/12/2026 | Sáng | 6, 7, 8, 9 | Tiếng Anh | 60 phút", "tr"),
            P(
                "Các môn còn lại giáo viên bộ môn tổ chức kiểm tra tại lớp theo tiết trên thời khóa biểu từ "
                "ngày 14/12 đến ngày 19/12/2026."
            ),
            P(
                "Đề nghị giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh; học sinh có mặt tại "
                "trường trước giờ kiểm tra 15 phút, mang theo thẻ học sinh và dụng cụ học tập cần thiết."
            ),
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
                '<td style="vertical-align:top; width:50%"><strong><em>Nơi nhận:</em></strong><br />'
                '<span style="font-size:11px">- GVCN, GVBM;<br />- Cha mẹ học sinh;<br />- Website trường;'
                "<br />- Lưu: VT.</span></td>"
                '<td style="text-align:center; vertical-align:top"><strong>HIỆU TRƯỞNG</strong><br /><br />'
                "<em>(Đã ký)</em><br /><br /><strong>Nguyễn Thị Minh Châu</strong></td></tr></tbody></table>"
            ),
        ],
        authors=["Nguyễn Thị Minh Châu"],
        opts={
            "date": "30/11/2026 07:45 SA",
            "poster": "Quản trị viên",
            "attach": ("TB_215_lich_KT_HKI_2026-2027.pdf", "/documents/10181/2247088/TB_215_lich_KT_HKI_2026-2027.pdf/"
                       "d3e5f7a9-b1c3-4d5e-8f7a-9b1c3d5e7f9a"),
        },
    ),
]

for _s in STORIES:
    CATS[_s.cat].stories.append(_s)
for _c in CATS.values():
    _c.stories.sort(key=lambda s: s.opts["date"][6:10] + s.opts["date"][3:5] + s.opts["date"][:2], reverse=True)

BY_SLUG = {s.slug: s for s in STORIES}
HOME_NEWS_STORIES = sorted(
    [s for s in STORIES if s.cat != "thong-bao"], key=lambda s: s.published_at or "", reverse=True
)[:4]
HOME_TB_STORIES = CATS["thong-bao"].stories[:2]
MOST_READ = [BY_SLUG[k] for k in (
    "truong-thcs-nguyen-van-troi-long-trong-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    "to-khoa-hoc-tu-nhien-hoan-thanh-dot-hoi-giang-chao-mung-ngay-nha-giao-viet-nam",
    "tap-huan-ky-nang-phong-chay-chua-chay-va-cuu-nan-cuu-ho-cho-can-bo-giao-vien-nhan-vien",
    "chi-doan-giao-vien-ra-quan-ngay-chu-nhat-xanh-lan-thu-3-nam-2026",
)]


# --- URLs ------------------------------------------------------------------------------------

_PP = "p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_count=1"


def listing_url(cat: Cat, page: int, force: bool = False) -> str:
    """A category listing page as the page iterator prints it (page 1 from the menu: bare)."""
    if page == 1 and not force:
        return f"{S}/{cat.page}"
    i = f"_101_INSTANCE_{cat.inst}_"
    return (
        f"{S}/{cat.page}?p_p_id=101_INSTANCE_{cat.inst}&{_PP}&{i}delta={cat.delta}&{i}keywords="
        f"&{i}advancedSearch=false&{i}andOperator=true&p_r_p_564233524_resetCur=false&{i}cur={page}"
    )


def n_pages(cat: Cat) -> int:
    return max(1, -(-len(cat.stories) // cat.delta))


def page_of(s: Story) -> int:
    cat = CATS[s.cat]
    return cat.stories.index(s) // cat.delta + 1


def canonical(s: Story) -> str:
    cat = CATS[s.cat]
    return f"{S}/{cat.page}/-/asset_publisher/{cat.inst}/content/{s.slug}"


def listed_url(s: Story) -> str:
    return canonical(s) + "?redirect=" + quote(listing_url(CATS[s.cat], page_of(s)), safe="")


def home_url(s: Story) -> str:
    inst = HOME_TB if s.cat == "thong-bao" else HOME_NEWS
    return f"{S}/trang-chu/-/asset_publisher/{inst}/content/{s.slug}?redirect=" + quote(f"{S}/trang-chu", safe="")


def mostread_url(s: Story) -> str:
    cat = CATS[s.cat]
    i = f"_101_INSTANCE_{cat.inst}_"
    return (
        f"{S}/{cat.page}?p_p_id=101_INSTANCE_{cat.inst}&{_PP}&{i}struts_action=%2Fasset_publisher%2Fview_content"
        f"&{i}urlTitle={s.slug}&{i}type=content"
    )


def print_url(s: Story) -> str:
    return canonical(s) + f"?p_p_state=pop_up&_101_INSTANCE_{CATS[s.cat].inst}_viewMode=print"


def with_jsession(url: str) -> str:
    path, sep, query = url.partition("?")
    return f"{path};jsessionid={JSESSION}{sep}{query}"


def linked_variants(s: Story) -> list[str]:
    """Every URL of the article some page links to (``<a>`` or the print icon's script)."""
    urls = [canonical(s), listed_url(s), print_url(s)]
    if s in HOME_NEWS_STORIES or s in HOME_TB_STORIES:
        urls.append(home_url(s))
    if s in MOST_READ:
        urls.append(mostread_url(s))
    return urls


def alt_paths(s: Story) -> list[str]:
    urls = linked_variants(s)
    out = [u for u in urls if u != canonical(s)]
    out += [with_jsession(u) for u in urls]
    out.append("/en" + canonical(s))
    return out


# --- text rendering --------------------------------------------------------------------------


def ck_entities(markup: str) -> str:
    """CKEditor 4's default ``entities`` option: Latin-1 letters and typographic marks as named
    references (``&agrave;``, ``&ldquo;``), every other letter (ạ, ơ, đ, ư …) raw UTF-8."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch)) if ord(ch) >= 128 else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


_WORD_SPAN = (
    '<span lang="VI" style="font-size:13.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,'
    '&quot;serif&quot;;mso-fareast-font-family:&quot;Times New Roman&quot;">'
)
_MSO_IGNORE = (
    "<!--[if !supportLists]--><span lang=\"VI\" style=\"font-size:13.0pt;line-height:150%;font-family:Symbol;"
    'mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol"><span style="mso-list:Ignore">·'
    '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
    "</span></span></span><!--[endif]-->"
)


def _inner(b: P) -> str:
    return b.markup if isinstance(b, Ph) and b.markup else esc(b.text)


def render_img(img: Img, s: Story) -> str:
    tag = f'<img alt="" src="{esc(img.src)}" style="width: 640px; height: 427px;" />'
    printed = esc(img.printed) if img.printed else ""
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 640px;"><tbody>'
            f"<tr><td>{tag}</td></tr>"
            f'<tr><td style="text-align: center;"><span style="font-size:12px;"><em>{printed}</em></span></td></tr>'
            "</tbody></table>"
        )
    if img.style == "div":
        return (
            f'<div style="text-align: center;">{tag}<br />\n'
            f'<span style="font-size:12px;"><i>{printed}</i></span></div>'
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if printed:
        out += f'\n<p style="text-align: center;"><em>{printed}</em></p>'
    return out


def render_blocks(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(render_img(b, s))
            i += 1
            continue
        st = b.style
        if st == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_inner(blocks[i])}</li>")
                i += 1
            out.append("<ul>\n\t" + "\n\t".join(items) + "\n</ul>")
            continue
        if st in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                cells = row.text.split(" | ")
                if row.style == "th":
                    tds = "".join(f'<td style="text-align: center;"><strong>{esc(c)}</strong></td>' for c in cells)
                else:
                    tds = "".join(f"<td>&nbsp;{esc(c)}</td>" for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="3" cellspacing="0" style="width: 100%; border-collapse: collapse;">'
                "<tbody>\n" + "\n".join(rows) + "\n</tbody></table>"
            )
            continue
        inner = _inner(b)
        i += 1
        while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
            inner += "<br />\n" + _inner(blocks[i])
            i += 1
        if st == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{inner}</strong></p>')
        elif st == "quote":
            out.append(f"<blockquote>\n<p><em>{inner}</em></p>\n</blockquote>")
        elif st == "word":
            out.append(
                '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
                f'line-height:150%">{_WORD_SPAN}{inner}<o:p></o:p></span></p>'
            )
        elif st == "wordh":
            out.append(
                '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;line-height:150%">'
                f"<b>{_WORD_SPAN}{inner}<o:p></o:p></span></b></p>"
            )
        elif st == "mso":
            out.append(
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left:54.0pt;mso-add-space:auto;'
                'text-align:justify;text-indent:-18.0pt;line-height:150%;mso-list:l0 level1 lfo1">'
                f"{_MSO_IGNORE}{_WORD_SPAN}{inner}<o:p></o:p></span></p>"
            )
        elif st == "ftn":
            out.append(f'<p class="MsoFootnoteText" style="text-align:justify">{inner}</p>')
        else:
            out.append(f'<p style="text-align: justify;">{inner}</p>')
    markup = "\n".join(out)
    return ck_entities(markup) if s.opts.get("ent") else markup


def first_text(s: Story, limit: int = 170) -> str:
    text = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "..."


def list_date(s: Story) -> str:
    return s.opts.get("list_date") or s.opts["date"][:10]


def thumb(s: Story) -> str:
    for img in s.images:
        return img.src + ("&" if "?" in img.src else "?") + "imageThumbnail=1"
    return f"{THEME}/images/common/no-image.jpg"


# --- chrome ----------------------------------------------------------------------------------

COMPANY = "Sở Giáo dục và Đào tạo TP. Hồ Chí Minh"

#: (label, page, children)
MENU: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("Trang chủ", "trang-chu", []),
    ("Giới thiệu", "gioi-thieu", [("Giới thiệu chung", "gioi-thieu"), ("Cơ cấu tổ chức", "co-cau-to-chuc")]),
    ("Tin tức - Sự kiện", "tin-tuc", [("Hoạt động chuyên môn", "chuyen-mon"), ("Đoàn - Đội", "doan-doi")]),
    ("Thông báo", "thong-bao", []),
    ("Văn bản", "van-ban", []),
    ("Thư viện ảnh", "thu-vien-anh", [("Video clip", "video-clip")]),
    ("Lịch công tác", "lich-cong-tac", []),
    ("Liên hệ", "lien-he", []),
]
PARENT = {"chuyen-mon": "tin-tuc", "doan-doi": "tin-tuc", "co-cau-to-chuc": "gioi-thieu", "video-clip": "thu-vien-anh"}
PAGE_LABEL = {
    "trang-chu": "Trang chủ",
    "gioi-thieu": "Giới thiệu",
    "co-cau-to-chuc": "Cơ cấu tổ chức",
    "tin-tuc": "Tin tức - Sự kiện",
    "chuyen-mon": "Hoạt động chuyên môn",
    "doan-doi": "Đoàn - Đội",
    "thong-bao": "Thông báo",
    "van-ban": "Văn bản",
    "thu-vien-anh": "Thư viện ảnh",
    "video-clip": "Video clip",
    "lich-cong-tac": "Lịch công tác",
    "lien-he": "Liên hệ",
}
PLID = {p: 10482 + 3 * n for n, p in enumerate(PAGE_LABEL)}


def nav(current: str) -> str:
    top = PARENT.get(current, current)
    items = []
    for n, (label, page, children) in enumerate(MENU, 1):
        cls = ' class="selected"' if page == top else ""
        sub = ""
        if children:
            subs = "".join(
                f'<li class="lfr-nav-item" id="layout_{PLID[cp]}" role="presentation">'
                f'<a class="" href="{S}/{cp}" role="menuitem">{esc(cl)}</a></li>'
                for cl, cp in children
            )
            sub = f'\n<ul class="child-menu dropdown-menu" role="menu">{subs}</ul>'
        caret = ' <span class="lfr-nav-child-toggle"><i class="icon-caret-down"></i></span>' if children else ""
        items.append(
            f'<li{cls} id="layout_{PLID[page]}" aria-haspopup="{"true" if children else "false"}" role="presentation">'
            f'<a aria-labelledby="layout_{PLID[page]}" href="{S}/{page}" role="menuitem"><span> {esc(label)}'
            f"{caret}</span></a>{sub}</li>"
        )
        if n == 1:
            items[-1] = items[-1].replace(f'href="{S}/trang-chu"', f'href="{S}/trang-chu" class="mnu-home"')
    return (
        '<nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation">\n'
        '<div class="navbar-inner"><div class="container">\n<ul aria-label="Trang web" class="nav nav-collapse" '
        'role="menubar">\n' + "\n".join(items) + "\n</ul></div></div>\n</nav>"
    )


def breadcrumb(page: str, extra: str | None = None) -> str:
    crumbs = [("Trang chủ", f"{S}/trang-chu")]
    if page != "trang-chu":
        if page in PARENT:
            crumbs.append((PAGE_LABEL[PARENT[page]], f"{S}/{PARENT[page]}"))
        crumbs.append((PAGE_LABEL[page], f"{S}/{page}"))
    if extra:
        crumbs.append((extra, None))
    lis = []
    for n, (label, href) in enumerate(crumbs):
        cls = "first" if n == 0 else ("active last" if n == len(crumbs) - 1 else "")
        link = f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>"
        div = '<span class="divider">/</span>' if n < len(crumbs) - 1 else ""
        lis.append(f'<li class="{cls}">{link}{div}</li>')
    return (
        '<nav id="breadcrumbs"><div class="portlet-boundary portlet-boundary_73_ portlet-static portlet-static-end '
        'portlet-borderless portlet-breadcrumb" id="p_p_id_73_INSTANCE_bRdC7mQx2LaZ_"><ul aria-label="Điều hướng" '
        'class="breadcrumb breadcrumb-horizontal">' + "".join(lis) + "</ul></div></nav>"
    )


def portlet(pid: str, title: str | None, body: str, cls: str = "") -> str:
    """A Liferay 6.2 portlet box: ``<h1>`` title in the topper (none when borderless)."""
    short = pid.split("_INSTANCE_")[0].split("_WAR_")[0]
    if title is None:
        return (
            f'<div class="portlet-boundary portlet-boundary_{short}_ portlet-static portlet-static-end '
            f'portlet-borderless {cls}" id="p_p_id_{pid}_"><span id="p_{pid}"></span>'
            f'<div class="portlet-borderless-container"><div class="portlet-body">{body}</div></div></div>'
        )
    return (
        f'<div class="portlet-boundary portlet-boundary_{short}_ portlet-static portlet-static-end {cls}" '
        f'id="p_p_id_{pid}_"><span id="p_{pid}"></span>\n<section class="portlet" id="portlet_{pid}">\n'
        f'<header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">{esc(title)}'
        "</span></h1></header>\n"
        f'<div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">\n{body}\n'
        "</div></div></div>\n</section></div>"
    )


SO_NOTICE = (
    '<div class="journal-content-article"><div class="tb-so">'
    '<p><img alt="" src="/documents/20147/0/icon-loa.gif/1b3d5f7a-9c1e-4a3b-8d5f-7a9c1e3b5d7f?t=1700000000000" /> '
    "Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh đề nghị thủ trưởng các đơn vị chỉ đạo bộ phận phụ trách cập "
    "nhật đầy đủ dữ liệu học sinh, đội ngũ lên Cơ sở dữ liệu ngành trước ngày 15/12/2026. Mọi vướng mắc liên hệ "
    "Phòng Kế hoạch - Tài chính, điện thoại: (028) 3829 1875.</p>"
    '<p style="text-align:right"><a href="https://www.hcm.edu.vn/web/guest/thong-bao" target="_blank">Xem chi '
    "tiết »</a></p></div></div>"
)

TUYEN_TRUYEN = (
    '<div class="journal-content-article">'
    '<p style="text-align: center;"><img alt="" src="/documents/20147/0/banner-thang-binh-dang-gioi-2026.png/'
    '5e7a9c1e-3b5d-4f7a-9c1e-3b5d7f9a1c3e?t=1763000000000" style="width: 100%;" /></p>'
    '<p style="text-align: justify;">Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo '
    "lực trên cơ sở giới năm 2026 (từ ngày 15/11 đến ngày 15/12/2026), ngành Giáo dục Thành phố kêu gọi cán bộ, "
    "giáo viên, nhân viên và học sinh chung tay xây dựng môi trường học đường an toàn, bình đẳng, không bạo "
    "lực.</p></div>"
)


def sidebar() -> str:
    most = "".join(
        f'<li><a href="{esc(mostread_url(s))}">{esc(s.title)}</a> <span class="lx">({s.views()} lượt xem)</span></li>'
        for s in MOST_READ
    )
    links = "".join(
        f'<option value="{u}">{esc(t)}</option>'
        for t, u in (
            ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn"),
            ("Sở GD&ĐT TP. Hồ Chí Minh", "https://www.hcm.edu.vn"),
            ("Cổng tuyển sinh đầu cấp", "https://tuyensinh.hcm.edu.vn"),
            ("Trường THCS Khánh Hội", "https://www.hcm.edu.vn/web/thcs-khanh-hoi"),
            ("Trường THCS Vân Đồn", "https://www.hcm.edu.vn/web/thcs-van-don"),
        )
    )
    poll = (
        f'<form action="{S}/trang-chu?p_p_id=polls_WAR_hcmeduportlet&amp;p_p_lifecycle=1&amp;p_p_state=normal" '
        'method="post" name="_polls_fm"><p class="cauhoi">Bạn quan tâm nhất đến thông tin nào trên website?</p>'
        + "".join(
            f'<label><input name="_polls_choiceId" type="radio" value="{n}" /> {esc(t)}</label><br />'
            for n, t in enumerate(("Tin tức - Sự kiện", "Thông báo", "Văn bản", "Thời khóa biểu"), 301)
        )
        + '<input class="btn" type="submit" value="Bình chọn" /> <a href="javascript:;" '
        "onclick=\"Liferay.Util.openWindow({uri:'/c/polls/view_results?questionId=1201'});\">Xem kết quả</a></form>"
    )
    counter = (
        '<table class="tk-truycap"><tr><td><img alt="" src="' + THEME + '/images/common/online.gif" /> Đang online:</td>'
        "<td>27</td></tr><tr><td>Hôm nay:</td><td>418</td></tr><tr><td>Hôm qua:</td><td>631</td></tr>"
        "<tr><td>Tổng truy cập:</td><td>1.284.907</td></tr></table>"
    )
    return "\n".join(
        [
            portlet("56_INSTANCE_sOgDdT0bAo1x", "Thông báo của Sở GD&ĐT", SO_NOTICE, "portlet-journal-content"),
            portlet("tinxemnhieu_WAR_hcmeduportlet", "Tin xem nhiều", f'<ul class="ds-xemnhieu">{most}</ul>'),
            portlet(
                "56_INSTANCE_qCaO2bNr5HtY",
                None,
                f'<a href="https://dichvucong.gov.vn" target="_blank"><img alt="Dịch vụ công" src="{THEME}/images/'
                f'banner/dvc.jpg" /></a><a href="https://tuyensinh.hcm.edu.vn" target="_blank"><img alt="Tuyển sinh" '
                f'src="{THEME}/images/banner/tuyensinh.jpg" /></a>',
            ),
            portlet(
                "lienketweb_WAR_hcmeduportlet",
                "Liên kết website",
                '<select onchange="if(this.value)window.open(this.value)"><option value="">-- Chọn website --</option>'
                f"{links}</select>",
            ),
            portlet("polls_WAR_hcmeduportlet", "Thăm dò ý kiến", poll),
            portlet("thongketruycap_WAR_hcmeduportlet", "Thống kê truy cập", counter),
        ]
    )


def page(
    request: Request,
    *,
    title: str,
    current: str,
    main: str,
    crumb_extra: str | None = None,
    canonical_path: str | None = None,
    desc: str | None = None,
    alternate: str | None = None,
    lang: str = "vi-VN",
) -> str:
    host = base_url(request)
    head = [
        '<meta content="initial-scale=1.0, width=device-width" name="viewport" />',
        '<meta content="text/html; charset=UTF-8" http-equiv="content-type" />',
    ]
    if desc:
        head.append(f'<meta content="{esc(desc)}" lang="vi-VN" name="description" />')
    head.append(f'<link href="{THEME}/images/favicon.ico" rel="Shortcut Icon" />')
    if canonical_path:
        head.append(f'<link href="{host}{canonical_path}" rel="canonical" />')
    if alternate:
        head.append(f'<link href="{host}/en{alternate}" hreflang="en-US" rel="alternate" />')
        head.append(f'<link href="{host}{alternate}" hreflang="x-default" rel="alternate" />')
    head.append(
        f'<link class="lfr-css-file" href="{THEME}/css/main.css?browserId=other&amp;themeId=thcshcmedu_WAR_'
        'thcshcmedutheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1733900000000" '
        'rel="stylesheet" type="text/css" />'
    )
    head.append(
        '<script type="text/javascript">var themeDisplay=Liferay.ThemeDisplay={getLayoutId:function(){return "'
        f'{PLID.get(current, 10482)}"}},getPathContext:function(){{return ""}},getScopeGroupId:function(){{return '
        '"2241907"},getLanguageId:function(){return "vi_VN"},isSignedIn:function(){return false}};</script>'
    )
    head.append(f'<script src="{THEME}/js/main.js?browserId=other&amp;minifierType=js&amp;t=1733900000000" '
                'type="text/javascript"></script>')
    topbar = (
        '<div id="top-so"><div class="container"><div class="tso-left">'
        '<a href="https://www.hcm.edu.vn" target="_blank">Cổng thông tin Sở GD&amp;ĐT TP.HCM</a> | '
        '<a href="https://truonghoc.hcm.edu.vn" target="_blank">Hệ thống quản lý trường học</a> | '
        '<a href="https://mail.hcm.edu.vn" target="_blank">Email công vụ</a></div>'
        f'<div class="tso-right"><span class="ngay-ht">{TODAY}</span> | '
        '<a href="https://sso.hcm.edu.vn/cas/login" rel="nofollow">Đăng nhập</a></div></div></div>'
    )
    banner = (
        f'<header id="banner" role="banner"><div id="heading"><a class="logo" href="{S}/trang-chu" '
        f'title="Đi đến {SCHOOL}"><img alt="{SCHOOL}" height="110" src="/image/layout_set_logo?img_id=2241930'
        '&amp;t=1733899000000" width="980" /></a>'
        '<div class="ten-dv"><span class="cq">SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ HỒ CHÍ MINH</span>'
        '<span class="tt">TRƯỜNG TRUNG HỌC CƠ SỞ NGUYỄN VĂN TRỖI</span></div>'
        f'<form action="{S}/trang-chu" class="frm-tk" method="get" name="_3_fm">'
        '<input name="p_p_id" type="hidden" value="3" /><input name="p_p_lifecycle" type="hidden" value="0" />'
        '<input name="p_p_state" type="hidden" value="maximized" />'
        '<input name="_3_struts_action" type="hidden" value="/search/search" />'
        '<input name="_3_keywords" placeholder="Tìm kiếm..." size="20" type="text" value="" />'
        f'<input alt="Tìm" src="{THEME}/images/common/search.png" type="image" /></form></div></header>'
    )
    marquee = (
        '<div class="chay-chu"><marquee onmouseout="this.start()" onmouseover="this.stop()" scrollamount="3">'
        "Chào mừng kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2026) và 37 năm "
        "Ngày hội Quốc phòng toàn dân (22/12/1989 - 22/12/2026)</marquee></div>"
    )
    footer = (
        '<footer id="footer" role="contentinfo"><div class="container"><div class="ft-truong">'
        "<p><strong>TRƯỜNG TRUNG HỌC CƠ SỞ NGUYỄN VĂN TRỖI</strong></p>"
        "<p>Địa chỉ: 28 Đoàn Văn Bơ, Phường Xóm Chiếu, Thành phố Hồ Chí Minh</p>"
        "<p>Điện thoại: (028) 3940 1234 - Email: thcsnguyenvantroi@hcm.edu.vn</p>"
        "<p>Chịu trách nhiệm chính: Bà Nguyễn Thị Minh Châu - Hiệu trưởng</p></div>"
        '<div class="ft-so">Bản quyền © 2026 Sở Giáo dục và Đào tạo TP. Hồ Chí Minh. Ghi rõ nguồn khi phát hành '
        "lại thông tin từ website này.<br />Hệ thống Cổng thông tin điện tử ngành Giáo dục và Đào tạo TP.HCM - "
        'Hỗ trợ kỹ thuật: <a href="mailto:hotro@hcm.edu.vn">hotro@hcm.edu.vn</a></div></div></footer>'
    )
    return f"""<!DOCTYPE html>

<html class="aui ltr" dir="ltr" lang="{lang}">

<head>
<title>{esc(title)} - {esc(COMPANY)}</title>
{chr(10).join(head)}
</head>

<body class="yui3-skin-sam controls-visible signed-out public-page site dockbar-split">
<a href="#main-content" id="skip-to-content">Bỏ qua nội dung</a>
<div class="container-fluid" id="wrapper">
{topbar}
{banner}
{nav(current)}
{marquee}
<div id="content">
{breadcrumb(current, crumb_extra)}
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main}
</div></div>
<div class="portlet-column portlet-column-last span4" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{sidebar()}
</div></div>
</div></div>
<form action="#" id="hrefFm" method="post" name="hrefFm"><span></span></form>
</div>
{footer}
</div>
<script type="text/javascript">AUI().use('aui-base','liferay-menu','liferay-notice','liferay-poller',function(A){{Liferay.Menu.init();}});</script>
</body>
</html>"""


# --- page bodies ---------------------------------------------------------------------------


def page_iterator(cat: Cat, cur: int) -> str:
    total = n_pages(cat)
    if total == 1:
        return ""
    i = f"_101_INSTANCE_{cat.inst}_"
    first = (cur - 1) * cat.delta + 1
    last = min(cur * cat.delta, len(cat.stories))

    def btn(label: str, page: int, enabled: bool, cls: str = "") -> str:
        if not enabled:
            return f'<li class="disabled {cls}"><a href="javascript:;">{label}</a></li>'
        return f'<li class="{cls}"><a href="{esc(listing_url(cat, page, force=True))}">{label}</a></li>'

    pages = "".join(
        f'<li><a class="taglib-icon" href="{esc(listing_url(cat, n, force=True))}" role="menuitem">'
        f'<span class="taglib-text-icon">{n}</span></a></li>'
        for n in range(1, total + 1)
    )
    deltas = "".join(
        f'<li><a class="taglib-icon" href="javascript:;" onclick="{i}changeDelta({d});" role="menuitem">'
        f'<span class="taglib-text-icon">{d}</span></a></li>'
        for d in (5, 10, 20, 30, 50, 75)
    )
    return (
        f'<div class="taglib-page-iterator" id="{i}ocerSearchContainerPageIterator">'
        '<div class="clearfix lfr-pagination"><div class="lfr-pagination-config">'
        '<div class="lfr-pagination-page-selector"><div class="btn-group lfr-icon-menu current-page-menu">'
        f'<a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;" '
        f'id="{i}kldx_column1_0_menu" title="Trang {cur} / {total}"><span class="lfr-icon-menu-text">'
        f'Trang {cur} / {total}</span> <i class="caret"></i></a>'
        f'<ul class="dropdown-menu lfr-menu-list direction-down" role="menu">{pages}</ul></div></div>'
        '<div class="lfr-pagination-delta-selector"><div class="btn-group lfr-icon-menu">'
        f'<a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;" '
        f'title="{cat.delta} mục trên mỗi trang"><span class="lfr-icon-menu-text">{cat.delta} mục trên mỗi trang'
        f'</span> <i class="caret"></i></a><ul class="dropdown-menu lfr-menu-list direction-down" role="menu">'
        f"{deltas}</ul></div></div></div>"
        f'<small class="search-results">Hiển thị {first} - {last} của {len(cat.stories)} kết quả.</small>'
        '<ul class="lfr-pagination-buttons pager">'
        + btn("&larr; Đầu", 1, cur > 1, "first")
        + btn("Trước", cur - 1, cur > 1)
        + btn("Tiếp", cur + 1, cur < total)
        + btn("Cuối &rarr;", total, cur < total, "last")
        + "</ul></div></div>"
    )


def listing_items(stories: list[Story], href) -> str:
    out = []
    for s in stories:
        url = esc(href(s))
        new = f' <img alt="" class="ic-moi" src="{THEME}/images/common/icon_new.gif" />' if s.id > 24600 else ""
        out.append(
            '<div class="dstin-item clearfix">'
            f'<div class="dstin-anh"><a href="{url}"><img alt="{esc(s.title)}" src="{esc(thumb(s))}" /></a></div>'
            '<div class="dstin-nd">'
            f'<h3 class="dstin-td"><a href="{url}">{esc(s.title)}</a>{new}</h3>'
            f'<span class="dstin-ngay">({list_date(s)})</span>'
            f'<div class="dstin-tt">{esc(first_text(s))}</div>'
            f'<a class="dstin-xt" href="{url}">Xem tiếp »</a></div></div>'
        )
    return "\n".join(out)


def listing_main(cat: Cat, cur: int) -> str:
    chunk = cat.stories[(cur - 1) * cat.delta : cur * cat.delta]
    body = (
        f'<div class="ds-tin ds-{cat.page}">\n{listing_items(chunk, listed_url)}\n</div>\n'
        + page_iterator(cat, cur)
    )
    return portlet(f"101_INSTANCE_{cat.inst}", cat.label, body, "portlet-asset-publisher")


def article_content(s: Story) -> str:
    o = s.opts
    dates = ""
    if o.get("updated"):
        dates += f'<span class="ng-capnhat">Cập nhật lúc {o["updated"]}</span> &nbsp;|&nbsp; '
    dates += f'<span class="ng-dang"><i class="icon-calendar"></i> Ngày đăng: {o["date"]}</span>'
    parts = [f'<div class="ct-tin" id="tin-{s.id}">', f'<div class="tt-ngay">{dates}</div>']
    if s.summary and s.sapo_outside:
        parts.append(f'<div class="mota-ct">{esc(s.summary)}</div>')
    parts.append(f'<div class="nd-ct">\n{render_blocks(s)}\n</div>')
    if o.get("tacgia"):
        parts.append(f'<div class="tg-ct" style="text-align:right"><strong>{esc(o["tacgia"])}</strong></div>')
    if o.get("nguon"):
        parts.append(f'<div class="ng-ct" style="text-align:right"><em>Nguồn: {esc(o["nguon"])}</em></div>')
    if o.get("attach"):
        name, href = o["attach"]
        parts.append(
            f'<div class="dk-ct"><img alt="" src="{THEME}/images/file_system/small/pdf.png" /> Tập tin đính kèm: '
            f'<a href="{href}" target="_blank">{esc(name)}</a></div>'
        )
    parts.append("</div>")
    return "\n".join(parts)


def article_portlet(s: Story, inst: str, title: str, back: str) -> str:
    i = f"_101_INSTANCE_{inst}_"
    o = s.opts
    comments = ""
    if o.get("comments"):
        msgs = "".join(
            '<div class="lfr-discussion"><div class="lfr-discussion-details">'
            f'<img alt="" class="avatar" src="/image/user_male_portrait?img_id=0&amp;t=1733900000000" />'
            f'<span class="user-name">{esc(who)}</span></div><div class="lfr-discussion-body">'
            f'<span class="lfr-discussion-posted-on">{when}</span>'
            f'<div class="lfr-discussion-message">{esc(msg)}</div></div></div>'
            for who, when, msg in o["comments"]
        )
        comments = (
            f'<div class="taglib-discussion" id="{i}discussionContainer"><h4 class="bl-tieude">Bình luận '
            f"({len(o['comments'])})</h4>{msgs}"
            f'<form action="{S}/{CATS[s.cat].page}?p_p_id=101_INSTANCE_{inst}&amp;p_p_lifecycle=1&amp;'
            f'p_p_state=normal&amp;{i}struts_action=%2Fasset_publisher%2Fedit_entry_discussion" method="post" '
            f'name="{i}fm1"><textarea name="{i}body0" placeholder="Gửi bình luận của bạn..."></textarea>'
            '<input type="submit" value="Gửi" /></form></div>'
        )
    tools = (
        '<div class="cong-cu">'
        f'<a class="cc-in" href="javascript:;" onclick="{i}printPage_0();" title="In bài viết">'
        f'<img alt="" src="{THEME}/images/common/print.png" /> In bài</a> '
        f'<a href="mailto:?subject={quote(s.title)}" title="Gửi email"><img alt="" src="{THEME}/images/common/'
        'email.png" /></a> '
        '<a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.hcm.edu.vn' + quote(canonical(s), safe="")
        + f'" target="_blank"><img alt="Chia sẻ Facebook" src="{THEME}/images/social/facebook.png" /></a> '
        '<a href="https://zalo.me/share?u=https%3A%2F%2Fwww.hcm.edu.vn' + quote(canonical(s), safe="")
        + f'" target="_blank"><img alt="Zalo" src="{THEME}/images/social/zalo.png" /></a></div>'
        f'<script type="text/javascript">function {i}printPage_0(){{window.open(\'{print_url(s)}\', '
        "'', 'directories=0,height=480,left=80,location=1,menubar=1,resizable=1,scrollbars=yes,status=0,"
        "toolbar=0,top=180,width=640');}</script>"
    )
    body = (
        '<div class="taglib-header "><span class="header-back-to">'
        f'<a class="icon-circle-arrow-left previous-level" href="{back}" id="{i}TabsBack" title="Quay lại">'
        '<span class="helper-hidden-accessible">Quay lại</span></a></span>'
        f'<h3 class="header-title"><span>{esc(s.title)}</span></h3></div>\n'
        '<div class="asset-full-content default-asset-publisher show-asset-title">'
        f'<div class="asset-content" id="{i}{s.id + 7}">\n<div class="journal-content-article">\n'
        f"{article_content(s)}\n</div>\n</div>\n"
        '<div class="asset-metadata"><span class="metadata-entry metadata-author">Người đăng: '
        f'{esc(o["poster"])}</span> <span class="metadata-entry metadata-view-count">{s.views()} Lượt xem'
        "</span></div>\n"
        '<div class="asset-ratings"><div class="taglib-ratings stars"><span class="rating-label">Đánh giá trung '
        f"bình ({f'{4 + (s.id % 9) / 10:.1f}'.replace('.', ',')} sao / {5 + s.id % 17} lượt)</span></div></div>\n"
        f"{tools}\n{comments}\n</div>"
    )
    return portlet(f"101_INSTANCE_{inst}", title, body, "portlet-asset-publisher")


def other_news(s: Story) -> str:
    cat = CATS[s.cat]
    others = [o for o in cat.stories[: cat.delta] if o is not s][:4]
    if not others:
        return ""
    lis = "".join(
        f'<li><a href="{canonical(o)}">{esc(o.title)}</a> <span class="ngay-tk">({list_date(o)})</span></li>'
        for o in others
    )
    return portlet("tinkhac_WAR_hcmeduportlet", "Các tin khác", f'<ul class="ds-tinkhac">{lis}</ul>')


def article_page(request: Request, s: Story, lang: str = "vi-VN") -> str:
    cat = CATS[s.cat]
    main = "\n".join(
        [
            article_portlet(s, cat.inst, cat.label, f"{S}/{cat.page}"),
            portlet("56_INSTANCE_gLbTtRn4Kq8w", None, TUYEN_TRUYEN, "portlet-journal-content"),
            other_news(s),
        ]
    )
    return page(
        request,
        title=s.title,
        current=cat.page,
        main=main,
        crumb_extra=s.title,
        canonical_path=canonical(s),
        desc=s.summary or s.opts.get("desc"),
        alternate=canonical(s),
        lang=lang,
    )


def print_page(s: Story) -> str:
    return f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head><title>{esc(s.title)} - {esc(COMPANY)}</title>
<link href="{THEME}/css/main.css?browserId=other&amp;minifierType=css" rel="stylesheet" type="text/css" /></head>
<body class="portal-popup yui3-skin-sam">
<div class="columns-1" id="main-content" role="main"><div class="portlet-body">
<div class="in-logo"><img alt="" src="{THEME}/images/common/logo-in.png" /> {SCHOOL.upper()}</div>
<h3 class="header-title"><span>{esc(s.title)}</span></h3>
<div class="journal-content-article">
{article_content(s)}
</div>
<div class="in-cuoi"><a href="javascript:print();">In trang</a> | <a href="javascript:window.close();">Đóng</a></div>
</div></div>
</body></html>"""


def home_news_portlet(full: Story | None) -> str:
    if full is not None:
        return article_portlet(full, HOME_NEWS, "Tin mới", f"{S}/trang-chu")
    lead, rest = HOME_NEWS_STORIES[0], HOME_NEWS_STORIES[1:]
    lead_html = (
        '<div class="tm-noibat clearfix">'
        f'<a href="{esc(home_url(lead))}"><img alt="" class="tm-anh" src="{esc(thumb(lead))}" /></a>'
        f'<h2 class="tm-td"><a href="{esc(home_url(lead))}">{esc(lead.title)}</a></h2>'
        f'<span class="tm-ngay">{list_date(lead)}</span><p class="tm-tt">{esc(first_text(lead, 220))}</p></div>'
    )
    lis = "".join(
        f'<li><a href="{esc(home_url(s))}">{esc(s.title)}</a> <span class="tm-ngay">({list_date(s)})</span></li>'
        for s in rest
    )
    body = f'{lead_html}<ul class="tm-ds">{lis}</ul><div class="xem-tat-ca"><a href="{S}/tin-tuc">Xem tất cả »</a></div>'
    return portlet(f"101_INSTANCE_{HOME_NEWS}", "Tin mới", body, "portlet-asset-publisher")


def home_tb_portlet(full: Story | None) -> str:
    if full is not None:
        return article_portlet(full, HOME_TB, "Thông báo", f"{S}/trang-chu")
    lis = "".join(
        f'<li><img alt="" src="{THEME}/images/common/arrow.gif" /> <a href="{esc(home_url(s))}">{esc(s.title)}</a>'
        f' <img alt="" src="{THEME}/images/common/icon_new.gif" /> <span class="tb-ngay">({list_date(s)})</span></li>'
        for s in HOME_TB_STORIES
    )
    body = f'<ul class="tb-ds">{lis}</ul><div class="xem-tat-ca"><a href="{S}/thong-bao">Xem tất cả »</a></div>'
    return portlet(f"101_INSTANCE_{HOME_TB}", "Thông báo", body, "portlet-asset-publisher")


def slideshow() -> str:
    slides = "".join(
        f'<div class="slide"><img alt="{esc(t)}" src="/documents/10181/2240012/{f}/{u}?t=1725000000000" />'
        f'<div class="slide-cap">{esc(t)}</div></div>'
        for f, u, t in (
            ("slide-khaigiang.jpg", "11a3c5e7-9b1d-4f3a-8c5e-7a9b1d3f5c7e", "Lễ khai giảng năm học 2026 - 2027"),
            ("slide-truong.jpg", "22b4d6f8-0a2c-4e4b-9d6f-8b0a2c4e6d8f", "Trường THCS Nguyễn Văn Trỗi - Phường Xóm Chiếu"),
        )
    )
    return portlet("slideshow_WAR_hcmeduportlet", None, f'<div class="slideshow" id="slideTruong">{slides}</div>')


def home_page(request: Request, news_full: Story | None = None, tb_full: Story | None = None) -> str:
    main = "\n".join([slideshow(), home_news_portlet(news_full), home_tb_portlet(tb_full)])
    full = news_full or tb_full
    return page(
        request,
        title=full.title if full else "Trang chủ",
        current="trang-chu",
        main=main,
        crumb_extra=full.title if full else None,
        canonical_path=canonical(full) if full else f"{S}/trang-chu",
        desc="Cổng thông tin điện tử Trường THCS Nguyễn Văn Trỗi - Phường Xóm Chiếu, TP. Hồ Chí Minh",
    )


# --- pages that are not articles ----------------------------------------------------------

VIDEO_SLUG = "tiet-muc-mua-bui-phan-chao-mung-ngay-nha-giao-viet-nam-20-11"
VIDEO_TITLE = "Tiết mục múa “Bụi phấn” chào mừng Ngày Nhà giáo Việt Nam 20/11"
ALBUM_ID = "301122"
DOCS = {
    "245671": (
        "215/TB-THCSNVT", "28/11/2026", "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "TB_215_lich_KT_HKI_2026-2027.pdf", "186 KB", "28/11/2026 04:10 CH",
    ),
    "245702": (
        "148/KH-THCSNVT", "02/10/2026", "Kế hoạch tổ chức các hoạt động STEM năm học 2026 - 2027",
        "KH_148_STEM_2026-2027.pdf", "412 KB", "02/10/2026 10:32 SA",
    ),
}


def journal(pid: str, title: str, markup: str) -> str:
    return portlet(pid, title, f'<div class="journal-content-article">{markup}</div>', "portlet-journal-content")


def gioi_thieu(request: Request) -> str:
    text = "".join(
        f'<p style="text-align: justify;">{esc(t)}</p>'
        for t in (
            "Trường THCS Nguyễn Văn Trỗi được thành lập năm 1976, tọa lạc tại số 28 đường Đoàn Văn Bơ, nay thuộc "
            "Phường Xóm Chiếu, Thành phố Hồ Chí Minh. Trường mang tên Anh hùng Liệt sĩ Nguyễn Văn Trỗi, người con "
            "ưu tú của quê hương Quảng Nam, hi sinh ngày 15/10/1964.",
            "Qua gần 50 năm xây dựng và phát triển, nhà trường nhiều năm liền đạt danh hiệu Tập thể lao động xuất "
            "sắc, được Ủy ban nhân dân Thành phố tặng Bằng khen năm 2019 và năm 2024.",
            "Năm học 2026 - 2027, trường có 38 lớp với 1.612 học sinh; 86 cán bộ, giáo viên, nhân viên, trong đó "
            "100% giáo viên đạt chuẩn trình độ đào tạo, 18 giáo viên có trình độ thạc sĩ.",
            "Sứ mệnh: Xây dựng môi trường học tập thân thiện, an toàn, chất lượng, giúp mỗi học sinh phát triển "
            "toàn diện và có cơ hội thành công.",
        )
    )
    img = ('<p style="text-align:center"><img alt="" src="/documents/10181/2240012/toan-canh-truong.jpg/'
           '33c5e7a9-1b3d-4f5a-8e7a-9c1b3d5f7a9c?t=1725000000000" /></p>')
    return page(request, title="Giới thiệu", current="gioi-thieu",
                main=journal("56_INSTANCE_gT1hIeU0Cn2x", "Giới thiệu chung", img + text))


def co_cau(request: Request) -> str:
    rows = (
        ("Nguyễn Thị Minh Châu", "Hiệu trưởng", "0903 812 457"),
        ("Nguyễn Hữu Phước", "Phó Hiệu trưởng", "0918 264 730"),
        ("Trần Văn Khải", "Phó Hiệu trưởng", "0909 551 286"),
        ("Nguyễn Thị Thanh Thủy", "Tổ trưởng Tổ Ngữ văn", ""),
        ("Lê Quốc Việt", "Tổ trưởng Tổ Khoa học tự nhiên", ""),
        ("Võ Hoàng Phúc", "Tổng phụ trách Đội", ""),
    )
    table = (
        '<table border="1" cellpadding="4" cellspacing="0" style="width:100%"><tbody>'
        "<tr><th>STT</th><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>"
        + "".join(f"<tr><td>{n}</td><td>{esc(a)}</td><td>{esc(b)}</td><td>{c}</td></tr>"
                  for n, (a, b, c) in enumerate(rows, 1))
        + "</tbody></table>"
    )
    return page(request, title="Cơ cấu tổ chức", current="co-cau-to-chuc",
                main=journal("56_INSTANCE_cCtC4oRg7Hy1", "Cơ cấu tổ chức",
                             "<p><strong>BAN GIÁM HIỆU VÀ CÁC TỔ CHUYÊN MÔN</strong></p>" + table))


def lien_he(request: Request) -> str:
    body = (
        f"<p><strong>{SCHOOL.upper()}</strong></p><p>Địa chỉ: 28 Đoàn Văn Bơ, Phường Xóm Chiếu, TP. Hồ Chí Minh</p>"
        "<p>Điện thoại: (028) 3940 1234 - Fax: (028) 3940 1235</p><p>Email: thcsnguyenvantroi@hcm.edu.vn</p>"
        '<iframe height="300" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3919.7!2d106.70!3d10.76" '
        'style="border:0" width="100%"></iframe>'
        f'<form action="{S}/lien-he?p_p_id=lienhe_WAR_hcmeduportlet&amp;p_p_lifecycle=1" method="post" '
        'name="_lienhe_fm"><label>Họ tên <input name="_lienhe_hoTen" type="text" /></label>'
        '<label>Email <input name="_lienhe_email" type="text" /></label>'
        '<label>Nội dung <textarea name="_lienhe_noiDung"></textarea></label>'
        '<input type="submit" value="Gửi liên hệ" /></form>'
    )
    return page(request, title="Liên hệ", current="lien-he", main=portlet("lienhe_WAR_hcmeduportlet", "Liên hệ", body))


def lich_cong_tac(request: Request) -> str:
    rows = (
        ("Thứ Hai 30/11", "Sáng", "Chào cờ đầu tuần; Liên đội thu gom Kế hoạch nhỏ đợt 1", "Toàn trường", "Sân trường", "TPT Đội"),
        ("Thứ Ba 01/12", "Chiều", "Họp Hội đồng sư phạm tháng 12", "CB-GV-NV", "Phòng HĐSP", "Hiệu trưởng"),
        ("Thứ Năm 03/12", "Sáng", "Hội nghị cha mẹ học sinh giữa học kỳ I", "GVCN, CMHS", "Các lớp", "BGH"),
        ("Thứ Sáu 04/12", "Chiều", "Sinh hoạt chuyên môn tổ Toán - Tin", "Tổ Toán - Tin", "Phòng 12", "Tổ trưởng"),
        ("Thứ Bảy 05/12", "Sáng", "Bồi dưỡng học sinh giỏi khối 9", "GV bồi dưỡng", "Phòng 21, 22", "PHT chuyên môn"),
    )
    weeks = "".join(f'<option value="{w}"{" selected" if w == 13 else ""}>Tuần {w}</option>' for w in range(1, 16))
    table = (
        '<table border="1" cellpadding="3" cellspacing="0" class="tbl-lct" style="width:100%"><tbody>'
        "<tr><th>Thứ - Ngày</th><th>Buổi</th><th>Nội dung công việc</th><th>Thành phần</th><th>Địa điểm</th>"
        "<th>Chủ trì</th></tr>"
        + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
        + "</tbody></table>"
    )
    body = (
        '<div class="lct-chon">Chọn tuần: <select id="_lichcongtac_tuan" onchange="_lichcongtac_doiTuan(this.value)">'
        f"{weeks}</select></div>"
        '<h2 class="lct-td">LỊCH CÔNG TÁC TUẦN 13</h2><p class="lct-tg">(Từ ngày 30/11/2026 đến ngày 06/12/2026)</p>'
        + table
    )
    return page(request, title="Lịch công tác", current="lich-cong-tac",
                main=portlet("lichcongtac_WAR_hcmeduportlet", "Lịch công tác tuần", body))


def van_ban(request: Request) -> str:
    rows = [
        f'<tr><td>{esc(so)}</td><td>{ngay}</td><td><a href="{S}/van-ban/-/document_library_display/{DOC_INST}/'
        f'view_file/{fid}">{esc(ty)}</a></td><td><a href="/documents/10181/2247088/{fn}/{fid}">Tải về</a></td></tr>'
        for fid, (so, ngay, ty, fn, _size, _cr) in DOCS.items()
    ]
    rows.append(
        "<tr><td>112/KH-THCSNVT</td><td>05/09/2026</td><td>Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027</td>"
        '<td><a href="/documents/10181/2247088/KH_112_nhiem_vu_nam_hoc.pdf/245133">Tải về</a></td></tr>'
    )
    body = (
        '<table class="table table-bordered tbl-vb"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th>'
        "<th>Trích yếu</th><th>Tập tin</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )
    return page(request, title="Văn bản", current="van-ban",
                main=portlet(f"110_INSTANCE_{DOC_INST}", "Văn bản", body, "portlet-document-library-display"))


def doc_entry(request: Request, fid: str) -> str:
    so, ngay, ty, fn, size, created = DOCS[fid]
    body = (
        f'<div class="taglib-header"><h3 class="header-title"><span>{esc(ty)}</span></h3></div>'
        '<div class="body-row"><div class="lfr-asset-column-details">'
        f'<div class="lfr-asset-icon lfr-asset-author">Người tạo: Quản trị viên</div>'
        f'<div class="lfr-asset-icon lfr-asset-date">Ngày tạo: {created}</div>'
        f'<div class="lfr-asset-description">Số/Ký hiệu: {esc(so)} - Ngày ban hành: {ngay}. {esc(ty)}.</div>'
        '<div class="lfr-asset-field"><label>Phiên bản</label> 1.0</div>'
        f'<div class="lfr-asset-field"><label>Kích thước</label> {size}</div>'
        f'<a class="btn btn-primary" href="/documents/10181/2247088/{fn}/{fid}?download=true">Tải về ({size})</a>'
        "</div></div>"
    )
    return page(request, title=ty, current="van-ban", crumb_extra=ty,
                main=portlet(f"110_INSTANCE_{DOC_INST}", "Văn bản", body, "portlet-document-library-display"))


def album_list(request: Request) -> str:
    body = (
        '<div class="ds-album"><div class="album-item">'
        f'<a href="{S}/thu-vien-anh/-/document_library_display/{ALBUM_INST}/view/{ALBUM_ID}">'
        '<img alt="" src="/documents/10181/301122/khaigiang-01.jpg/44d6f8a0-2c4e-4a6b-8d0f-2a4c6e8a0b2d?t=1725000000000'
        '&amp;imageThumbnail=1" /><span class="album-ten">Lễ khai giảng năm học 2026 - 2027</span></a>'
        '<span class="album-sl">(6 ảnh)</span></div></div>'
    )
    return page(request, title="Thư viện ảnh", current="thu-vien-anh",
                main=portlet(f"110_INSTANCE_{ALBUM_INST}", "Thư viện ảnh", body, "portlet-document-library-display"))


def album(request: Request) -> str:
    imgs = "".join(
        f'<div class="anh-item"><a href="/documents/10181/301122/khaigiang-0{n}.jpg/{n}4d6f8a0-2c4e-4a6b-8d0f-'
        f'2a4c6e8a0b2d?t=1725000000000" rel="lightbox"><img alt="khaigiang-0{n}.jpg" src="/documents/10181/301122/'
        f'khaigiang-0{n}.jpg/{n}4d6f8a0-2c4e-4a6b-8d0f-2a4c6e8a0b2d?t=1725000000000&amp;imageThumbnail=1" /></a>'
        f'<span class="anh-ten">khaigiang-0{n}.jpg</span></div>'
        for n in range(1, 7)
    )
    body = (
        '<div class="taglib-header"><span class="header-back-to"><a href="' + S + '/thu-vien-anh" title="Quay lại">'
        '</a></span><h3 class="header-title"><span>Lễ khai giảng năm học 2026 - 2027</span></h3></div>'
        '<p class="album-mt">Hình ảnh Lễ khai giảng năm học 2026 - 2027 ngày 05/9/2026.</p>'
        f'<div class="luoi-anh">{imgs}</div>'
    )
    return page(request, title="Lễ khai giảng năm học 2026 - 2027", current="thu-vien-anh",
                crumb_extra="Lễ khai giảng năm học 2026 - 2027",
                main=portlet(f"110_INSTANCE_{ALBUM_INST}", "Thư viện ảnh", body, "portlet-document-library-display"))


def video_url() -> str:
    return f"{S}/video-clip/-/asset_publisher/{VIDEO_INST}/content/{VIDEO_SLUG}"


def video_list(request: Request) -> str:
    body = (
        '<div class="ds-video"><div class="dstin-item clearfix">'
        f'<div class="dstin-anh"><a href="{video_url()}"><img alt="" src="https://img.youtube.com/vi/q3Xr7TnLw2k/'
        'hqdefault.jpg" /></a></div>'
        f'<h3 class="dstin-td"><a href="{video_url()}">{esc(VIDEO_TITLE)}</a></h3>'
        '<span class="dstin-ngay">(21/11/2026)</span></div></div>'
    )
    return page(request, title="Video clip", current="video-clip",
                main=portlet(f"101_INSTANCE_{VIDEO_INST}", "Video clip", body, "portlet-asset-publisher"))


def video_page(request: Request) -> str:
    i = f"_101_INSTANCE_{VIDEO_INST}_"
    body = (
        '<div class="taglib-header "><span class="header-back-to">'
        f'<a class="icon-circle-arrow-left previous-level" href="{S}/video-clip" id="{i}TabsBack" title="Quay lại">'
        '<span class="helper-hidden-accessible">Quay lại</span></a></span>'
        f'<h3 class="header-title"><span>{esc(VIDEO_TITLE)}</span></h3></div>'
        '<div class="asset-full-content default-asset-publisher show-asset-title"><div class="asset-content">'
        '<div class="journal-content-article"><div class="ct-video">'
        '<div class="tt-ngay"><span class="ng-dang"><i class="icon-calendar"></i> Ngày đăng: 21/11/2026 09:05 SA</span></div>'
        '<div class="video-nhung"><iframe allowfullscreen="" frameborder="0" height="360" '
        'src="https://www.youtube.com/embed/q3Xr7TnLw2k" width="640"></iframe></div>'
        "<p>Tiết mục do học sinh lớp 8A1 biểu diễn tại Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.</p>"
        "</div></div></div>"
        '<div class="asset-metadata"><span class="metadata-entry metadata-author">Người đăng: Quản trị viên</span> '
        '<span class="metadata-entry metadata-view-count">356 Lượt xem</span></div></div>'
    )
    return page(request, title=VIDEO_TITLE, current="video-clip", crumb_extra=VIDEO_TITLE, canonical_path=video_url(),
                main=portlet(f"101_INSTANCE_{VIDEO_INST}", "Video clip", body, "portlet-asset-publisher"))


def search_page(request: Request) -> str:
    kw = request.params.get("_3_keywords", "").strip()
    if kw:
        hits = [s for s in STORIES if kw.lower() in s.title.lower()]
        res = "".join(
            f'<div class="search-result"><a href="{canonical(s)}">{esc(s.title)}</a>'
            f'<p class="asset-entry-summary">{esc(first_text(s, 120))}</p></div>'
            for s in hits
        ) or '<div class="alert alert-info">Không tìm thấy kết quả nào phù hợp với từ khóa của bạn.</div>'
        body = f'<div class="search-msg">Tìm kiếm: <strong>{esc(kw)}</strong> ({len(hits)} kết quả)</div>{res}'
    else:
        body = '<div class="alert alert-info">Vui lòng nhập từ khóa để tìm kiếm.</div>'
    return page(request, title="Tìm kiếm", current="trang-chu", main=portlet("3", "Tìm kiếm", body, "portlet-search"))


# --- the site ----------------------------------------------------------------------------------

_JSESSION_RE = re.compile(r";jsessionid=[^/?;]*", re.IGNORECASE)
_LINK_RE = re.compile(r"""(["'])(/web/thcs-nguyen-van-troi[^"'?#;]*)""")
_CONTENT_RE = re.compile(r"/web/thcs-nguyen-van-troi/([\w-]+)/-/asset_publisher/(\w+)/content/([\w-]+)")
_PAGE_RE = re.compile(r"/web/thcs-nguyen-van-troi/([\w-]+)")
_DOC_RE = re.compile(rf"/web/thcs-nguyen-van-troi/van-ban/-/document_library_display/{DOC_INST}/view_file/(\d+)")
_ALBUM_PATH = f"{S}/thu-vien-anh/-/document_library_display/{ALBUM_INST}/view/{ALBUM_ID}"
_STATIC_PAGES = {
    "gioi-thieu": gioi_thieu,
    "co-cau-to-chuc": co_cau,
    "lien-he": lien_he,
    "lich-cong-tac": lich_cong_tac,
    "van-ban": van_ban,
    "thu-vien-anh": album_list,
    "video-clip": video_list,
}


def _image(path: str) -> Response | None:
    name = path.lower()
    if ".pdf" in name:
        return Response(200, PDF, {"Content-Type": "application/pdf"})
    for ext in (".jpg", ".jpeg", ".png", ".gif"):
        if ext + "/" in name or name.endswith(ext):
            return static_file("x" + ext)
    return None


class HcmEduPortal:
    """The sub-site of one school on the city's Liferay portal."""

    def respond(self, request: Request) -> Response | None:
        path = _JSESSION_RE.sub("", request.path)
        lang = "vi-VN"
        if path.startswith("/en/web/"):
            path, lang = path[3:], "en-US"
        elif path.startswith("/vi/web/"):
            path = path[3:]
        if path.startswith("/documents/"):
            return _image(path)
        if path in ("/image/journal/article", "/image/layout_set_logo", "/image/user_male_portrait"):
            return static_file("x.jpg")
        if path.startswith(THEME + "/"):
            return static_file(path) or static_file("x.gif")
        markup = self.route(request, path, lang)
        if markup is None:
            return None
        if isinstance(markup, Response):
            return markup
        cookie = next((v for k, v in request.headers.items() if k.lower() == "cookie"), "")
        headers = {"Liferay-Portal": "Liferay Portal Community Edition 6.2 CE GA6 (Newton / Build 6205 / January 6, 2016)"}
        if "JSESSIONID=" not in cookie:
            markup = _LINK_RE.sub(lambda m: m.group(1) + with_jsession(m.group(2)), markup)
            headers["Set-Cookie"] = f"JSESSIONID={JSESSION}; Path=/; HttpOnly"
        return html(markup, headers=headers)

    def route(self, request: Request, path: str, lang: str) -> str | Response | None:
        params = request.params
        if path in (S, S + "/", f"{S}/trang-chu"):
            if params.get("p_p_id") == "3":
                return search_page(request)
            return home_page(request)
        m = _CONTENT_RE.fullmatch(path)
        if m:
            pg, inst, slug = m.groups()
            s = BY_SLUG.get(slug)
            if pg == "trang-chu" and s is not None:
                if inst == HOME_NEWS and s.cat != "thong-bao":
                    return home_page(request, news_full=s)
                if inst == HOME_TB and s.cat == "thong-bao":
                    return home_page(request, tb_full=s)
                return None
            if pg == "video-clip" and inst == VIDEO_INST and slug == VIDEO_SLUG:
                return video_page(request)
            cat = CATS.get(pg)
            if cat is None or inst != cat.inst or s is None or s.cat != pg:
                return None
            if params.get("p_p_state") == "pop_up":
                return print_page(s)
            return article_page(request, s, lang)
        m = _DOC_RE.fullmatch(path)
        if m:
            return doc_entry(request, m.group(1)) if m.group(1) in DOCS else None
        if path == _ALBUM_PATH:
            return album(request)
        m = _PAGE_RE.fullmatch(path)
        if not m:
            return None
        pg = m.group(1)
        if pg in _STATIC_PAGES:
            return _STATIC_PAGES[pg](request)
        cat = CATS.get(pg)
        if cat is None:
            return None
        i = f"_101_INSTANCE_{cat.inst}_"
        if params.get("p_p_id") == f"101_INSTANCE_{cat.inst}":
            if params.get(f"{i}struts_action") == "/asset_publisher/view_content":
                s = BY_SLUG.get(params.get(f"{i}urlTitle", ""))
                return article_page(request, s, lang) if s is not None and s.cat == pg else None
            try:
                cur = int(params.get(f"{i}cur", "1"))
            except ValueError:
                cur = 1
        else:
            cur = 1
        cur = min(max(cur, 1), n_pages(cat))
        return page(request, title=cat.label, current=pg, main=listing_main(cat, cur),
                    canonical_path=f"{S}/{pg}")


def build_site() -> HcmEduPortal:
    return HcmEduPortal()


GOLD = [
    gold_record(s, canonical(s), CATS[s.cat].label, canonical_path=canonical(s), alt_paths=alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    f"{S}/gioi-thieu",
    f"{S}/co-cau-to-chuc",
    f"{S}/lien-he",
    f"{S}/lich-cong-tac",
    f"{S}/van-ban/-/document_library_display/{DOC_INST}/view_file/245671",
    f"{S}/van-ban/-/document_library_display/{DOC_INST}/view_file/245702",
    _ALBUM_PATH,
    video_url(),
]
