"""Fixture portal: Trường Chính trị tỉnh Khánh Hòa on Django + Wagtail (a local vendor's build).

Imitates a Wagtail 5/6 site as small provincial vendors deliver it: a page tree (home, "Giới
thiệu", a news index, an "Đào tạo - Bồi dưỡng" section, a document register, a photo library, a
form-builder contact page), StreamField bodies, Wagtail image renditions under ``/media/images/``,
Wagtail documents under ``/documents/<id>/<file>``, ``wagtail.contrib.sitemaps``, the Wagtail
search view, django-htmx for a "Tải thêm" button and Django's CSRF middleware. What it serves:

- the news index ``/tin-tuc/`` (a RoutablePage): ``?page=N`` pagination (Django ``Paginator``,
  3 cards a page, ``get_page`` semantics: a non-number is page 1, a page past the end is the
  last page, status 200), a category filter ``?chuyen-muc=<slug>``, a tag filter ``?tag=<slug>``
  and a sort ``?sap-xep=moi|cu``; the pager keeps the other parameters (a ``url_replace`` tag);
- a "Tải thêm" button ``hx-get="/tin-tuc/tai-them/?…&page=N"`` answered with an HTML fragment
  (cards and the next button, no ``<html>``), while the plain ``?page=N`` pager still works;
- month archives ``/tin-tuc/<yyyy>/<mm>/`` (the sidebar "Lưu trữ" links the three months that
  have posts);
- articles at ``/tin-tuc/<yyyy>/<mm>/<slug>/`` (the routable date URL every listing links) and the
  very same page at Wagtail's own tree URL ``/tin-tuc/<slug>/``: the vendor built dated links in
  the templates but never overrode ``get_url_parts``, so ``page.url`` (the sitemap, the search
  results, "Tin liên quan" page-chooser links, internal links inside rich text) is the undated
  one. Both print ``rel=canonical`` to the dated URL. A path without its trailing slash answers
  301 (APPEND_SLASH);
- two page types under the news index: ``NewsPage`` ("Tin hoạt động", "Nghiên cứu - Trao
  đổi": the date line "Thứ Ba, 24/11/2026 - 16:20" in ``<time datetime>``, views, the intro in
  ``p.news-detail__intro``, an author field "Tác giả:" with the author's unit on its own line, a
  "Nguồn:" field, an "updated" line on one post, ``article:published_time`` in UTC) and
  ``CourseNoticePage`` (the "Đào tạo - Bồi dưỡng" course announcements: "Ngày đăng: 23/11/2026",
  date only, no meta time, no byline; their texts are full of event dates and deadlines);
- StreamField blocks: ``noi_dung`` (Draftail rich text with ``data-block-key``: p, h3, ul,
  blockquote, ``img.richtext-image left|full-width``), ``hinh_anh`` (``figure.block-image`` with
  a ``figcaption`` whose credit sits in ``small.credit`` "- Ảnh: …"), ``tai_lieu`` (a document
  link "PDF, 218,6 KB"), ``trich_dan`` (a quote with its attribution in a ``footer``), ``video``
  (a YouTube iframe). One September post keeps content migrated from Wagtail 1.x (Hallo.js):
  no block keys and a ``richtext-image`` *inside* a paragraph;
- the "Đào tạo - Bồi dưỡng" section page ``/dao-tao-boi-duong/`` (intro and the newest
  announcements), "Lịch giảng" ``/dao-tao-boi-duong/lich-giang/`` (the week's timetable, not an
  article) and "Chương trình đào tạo"; "Giới thiệu" pages; the document register ``/van-ban/``
  and its entries ``/van-ban/<slug>/`` (register fields and a file); the photo library
  ``/thu-vien-anh/`` and two albums; the contact form ``/lien-he/``; search ``/tim-kiem/?query=``;
- chrome: a top bar with TODAY, the Tỉnh ủy line and the school's name, a search box, a menu with
  dropdowns, breadcrumbs (Trang chủ › Tin tức › <chuyên mục> › title), share/print/email tools,
  "Từ khóa" tags, "Tin liên quan" (undated links) and "Tin khác" (dated, with dates), a sidebar
  ("Tin mới nhất" with dates, "Lưu trữ", "Liên kết website" select, "Thống kê truy cập"), a footer
  with the address, hotline, a newsletter form and "Đăng nhập quản trị" (``/admin/login/``);
- every form carries a ``csrfmiddlewaretoken`` (and a ``csrftoken`` cookie is set); any POST
  answers Django's 403 "CSRF verification failed" page; ``/admin/`` redirects to the login page;
  robots.txt disallows ``/admin/``, ``/django-admin/``, ``/tim-kiem/`` and names ``/sitemap.xml``.

Traps: (1) the sort links are written ``?{{ request.GET.urlencode }}&sap-xep=moi``, so each click
appends one more ``sap-xep`` (Django reads the last one): from any listing URL the "Mới nhất" /
"Cũ nhất" links lead to ever longer URLs showing the same cards, and the pager and "Tải thêm"
keep the repeated parameters; with the category and tag filters, sorts and pages the listing
exists under many URLs. (2) ``?page=99`` is the last page again (200, no 404). (3) "Lịch giảng"
answers any ``?tuan=YYYY-Www`` with 200 and prints "‹ Tuần trước" / "Tuần sau ›", so the week
links never end. (4) Every article has a second URL (the undated tree URL, listed in alt_paths).
Unknown paths get the theme's real 404.

Gold (by hand). Articles are the NewsPage and CourseNoticePage pages (14). Not articles: the
section page, "Lịch giảng", "Chương trình đào tạo", the "Giới thiệu" pages, the document register
and its entries (register fields and a PDF), the photo library and albums, the contact and search
pages, listings, archives and fragments. Judgement calls:
- published_at: the page's date line; NewsPage prints a time ("Thứ Ba, 24/11/2026 - 16:20" ->
  2026-11-24T16:20:00+07:00); CourseNoticePage prints a date only ("Ngày đăng: 23/11/2026" ->
  2026-11-23) and has no meta time. The "Cập nhật: 08:12 18/11/2026" line of one post is not the
  publication date. Course and event dates inside the texts are content.
- summary: the NewsPage intro (``p.news-detail__intro``), also the body's first paragraph; posts
  without an intro have none (the listing excerpt and meta description are not a sapo).
- body: rich-text paragraphs, h3 sub-headings, list items and blockquotes in order; the quote
  block gives two paragraphs, the quotation and its attribution line ("Chủ tịch Hồ Chí Minh",
  printed in the block's footer). Not body: figure captions and credits, the italic line under a
  full-width rich-text image (its caption), byline paragraphs at the end, the document block's
  link, the video, the author/unit/source fields.
- images: the ``img`` in the body in order (rendition URLs, not the ``/media/original_images/``
  lightbox targets). A figcaption is the caption as displayed, credit included ("… - Ảnh: Thu
  Hương"); a rich-text image has no caption unless an italic line follows it; alt text is never a
  caption; a figure without figcaption has none.
- authors / photographers: "Tin, ảnh: X" gives X in both; "Bài: X - Ảnh: Y" and "Tin: X - Ảnh:
  Y" split; a bare bold name at the end is the author; the "Tác giả:" field value is the name
  without the academic title printed before it ("ThS. Trần Thị Mỹ Linh" gives "Trần Thị Mỹ
  Linh", as every other fixture's gold reads a degree: part of the byline, not of the name; the
  helper's first gold kept the title, harmonised after the first crawl), the unit line under it
  is not part of the name; a caption credit "- Ảnh: X" names a photographer.
  Course announcements print no byline: empty lists.
- source: the "Nguồn:" field ("Báo Khánh Hòa điện tử") or a closing "(Theo Tạp chí Xây dựng
  Đảng)" paragraph; else null.
- category: the category the badge and the breadcrumb print.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from urllib.parse import parse_qsl, quote, urlencode

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "wagtail_tct"
PLATFORM = "wagtail"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Khánh Hòa"
PARENT = "Tỉnh ủy Khánh Hòa"
ADDRESS = "Số 01 đường Hoàng Hoa Thám, phường Nha Trang, tỉnh Khánh Hòa"
ADDRESS_2 = "Cơ sở 2: Số 15 đường 16 Tháng 4, phường Phan Rang, tỉnh Khánh Hòa"
HOTLINE = "0258 3 822 746"
EMAIL = "truongchinhtri@khanhhoa.dcs.vn"
TODAY_DATE = date(2026, 11, 25)
PER_PAGE = 3
_LOCAL = timezone(timedelta(hours=7))
CSRF = opaque("wagtail-csrf-masked", 48).replace("+", "x").replace("/", "y").rstrip("=")[:64]
CSRF_COOKIE = opaque("wagtail-csrf-cookie", 24).replace("+", "x").replace("/", "y").rstrip("=")[:32]
MEDIA = "/media/images"

CATS: dict[str, str] = {
    "tin-hoat-dong": "Tin hoạt động",
    "nghien-cuu-trao-doi": "Nghiên cứu - Trao đổi",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
}
TAGS: dict[str, str] = {
    "trung-cap-llct": "Trung cấp lý luận chính trị",
    "boi-duong-can-bo": "Bồi dưỡng cán bộ",
    "nghien-cuu-khoa-hoc": "Nghiên cứu khoa học",
    "xay-dung-dang": "Xây dựng Đảng",
    "hop-tac": "Hợp tác",
}


@dataclass(frozen=True)
class Doc:
    """A Wagtail document: ``/documents/<id>/<file>``."""

    id: int
    file: str
    title: str
    size: str

    @property
    def url(self) -> str:
        return f"/documents/{self.id}/{self.file}"


def _doc_block(doc: Doc) -> Raw:
    return Raw(
        f'<div class="block-tai_lieu"><a class="doc-download" href="{doc.url}">'
        f'<span class="doc-download__icon">PDF</span> <span class="doc-download__title">{esc(doc.title)}</span>'
        f' <span class="doc-download__meta">(PDF, {doc.size})</span></a></div>'
    )


D_TS_2027 = Doc(
    58,
    "thong-bao-tuyen-sinh-tc-llct-khong-tap-trung-2027.pdf",
    "Thông báo số 412-TB/TCT ngày 20/11/2026",
    "218,6 KB",
)
D_NV_DANG = Doc(
    61,
    "ke-hoach-mo-lop-nghiep-vu-cong-tac-dang-dot-2-2026.pdf",
    "Kế hoạch số 398-KH/TCT ngày 11/11/2026",
    "176,2 KB",
)
D_TT_K45 = Doc(
    54,
    "trieu-tap-hoc-vien-tc-k45.pdf",
    "Thông báo triệu tập và danh sách học viên khóa 45",
    "402,9 KB",
)

# Block styles. P: "" paragraph, "h3", "li" (ul item), "bq" (rich-text blockquote), "quote" and
# "cite" (the quote block: text and attribution). Img: "figure" (block-image; " - Ảnh: " in the
# printed line goes into small.credit), "rt-full" (richtext-image full-width; a printed line is an
# italic paragraph under it), "rt-left" (richtext-image left, no caption), "in-p" (legacy: the
# image inside the next paragraph). Raw starting "<p" sits inside the rich-text block (bylines).
# opts: kind (news|course), at (local "YYYY-MM-DD HH:MM", or a date for course notices), tags,
# author ((name, unit|None): the "Tác giả" field), source_field ((name, href)), related (ids:
# "Tin liên quan"), updated (printed "Cập nhật" line), legacy (Hallo.js markup), video (YouTube id).
STORIES: list[Story] = [
    Story(
        id=231,
        slug="be-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-44",
        title="Bế giảng lớp Trung cấp lý luận chính trị - hành chính khóa 44 hệ tập trung",
        cat="tin-hoat-dong",
        published_at="2026-11-24T16:20:00+07:00",
        summary=(
            "Chiều 24/11/2026, Trường Chính trị tỉnh Khánh Hòa tổ chức Lễ bế giảng và trao bằng tốt"
            " nghiệp cho 86 học viên lớp Trung cấp lý luận chính trị - hành chính khóa 44 hệ tập trung."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi lễ có đồng chí Nguyễn Thị Lệ Hà, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đại"
                " diện lãnh đạo Ban Tổ chức Tỉnh ủy, Sở Nội vụ cùng các đồng chí trong Ban Giám hiệu,"
                " trưởng, phó các khoa, phòng của Trường."
            ),
            P(
                "Sau hơn 8 tháng học tập, các học viên đã hoàn thành chương trình với 4 phần học, 19 học"
                " phần theo quy định của Học viện Chính trị quốc gia Hồ Chí Minh. Kết quả, 100% học viên đủ"
                " điều kiện tốt nghiệp, trong đó có 21 học viên xếp loại giỏi (chiếm 24,4%), 63 học viên xếp"
                " loại khá và 2 học viên xếp loại trung bình."
            ),
            Img(
                f"{MEDIA}/be-giang-k44-01.width-800.jpg",
                "Đồng chí Trần Văn Quang, Hiệu trưởng Trường Chính trị tỉnh phát biểu bế giảng lớp học - Ảnh: Ngọc Hân",
                "Đồng chí Trần Văn Quang, Hiệu trưởng Trường Chính trị tỉnh phát biểu bế giảng lớp học - Ảnh: Ngọc Hân",
                "figure",
            ),
            P(
                "Phát biểu bế giảng, đồng chí Trần Văn Quang, Hiệu trưởng Nhà trường ghi nhận tinh thần học"
                " tập nghiêm túc, ý thức tổ chức kỷ luật của học viên; đồng thời đề nghị các đồng chí tiếp"
                " tục tự học tập, rèn luyện, vận dụng sáng tạo kiến thức đã học vào thực tiễn công tác tại"
                " cơ quan, đơn vị, địa phương."
            ),
            Img(
                f"{MEDIA}/be-giang-k44-02.width-800.jpg",
                "Trao giấy khen cho các học viên đạt thành tích xuất sắc trong khóa học - Ảnh: Ngọc Hân",
                "Trao giấy khen cho các học viên đạt thành tích xuất sắc trong khóa học - Ảnh: Ngọc Hân",
                "figure",
            ),
            P(
                "Dịp này, Nhà trường trao giấy khen cho 9 học viên có thành tích xuất sắc trong học tập và"
                " rèn luyện, 3 học viên tích cực trong công tác cán bộ lớp."
            ),
            Raw("<p><b>Tin, ảnh: Ngọc Hân</b></p>"),
        ],
        authors=["Ngọc Hân"],
        photographers=["Ngọc Hân"],
        opts={
            "kind": "news",
            "at": "2026-11-24 16:20",
            "tags": ["trung-cap-llct"],
            "related": [218, 211],
        },
    ),
    Story(
        id=230,
        slug="thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-nam-2027",
        title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027",
        cat="dao-tao-boi-duong",
        published_at="2026-11-23",
        blocks=[
            P(
                "Thực hiện Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2027 của Ban Thường"
                " vụ Tỉnh ủy, Trường Chính trị tỉnh thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ"
                " không tập trung năm 2027 như sau:"
            ),
            P("1. Đối tượng", "h3"),
            P(
                "Cán bộ, công chức, viên chức được quy hoạch chức danh lãnh đạo, quản lý cấp phòng và tương"
                " đương;",
                "li",
            ),
            P(
                "Cán bộ chủ chốt cấp xã, bí thư chi bộ, trưởng các đoàn thể ở cơ sở chưa có trình độ trung"
                " cấp lý luận chính trị trở lên;",
                "li",
            ),
            P(
                "Đảng viên có thời gian công tác từ 3 năm trở lên, được cơ quan có thẩm quyền cử đi học.",
                "li",
            ),
            P("2. Thời gian, địa điểm", "h3"),
            P(
                "Thời gian học: 9 tháng, dự kiến khai giảng ngày 05/01/2027, học tập trung vào thứ Sáu, thứ"
                " Bảy hằng tuần. Địa điểm: Cơ sở 2 Trường Chính trị tỉnh, số 15 đường 16 Tháng 4, phường"
                " Phan Rang, tỉnh Khánh Hòa."
            ),
            P("3. Hồ sơ", "h3"),
            P(
                "Hồ sơ gồm quyết định cử đi học của cơ quan có thẩm quyền, sơ yếu lý lịch có xác nhận, bản"
                " sao bằng tốt nghiệp trung học phổ thông và 02 ảnh 3x4. Các đơn vị gửi hồ sơ về Phòng Quản"
                " lý đào tạo - Nghiên cứu khoa học trước ngày 15/12/2026."
            ),
            _doc_block(D_TS_2027),
        ],
        opts={"kind": "course", "at": "2026-11-23", "tags": ["trung-cap-llct"]},
    ),
    Story(
        id=229,
        slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        title="Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-11-20T09:45:00+07:00",
        blocks=[
            Img(
                f"{MEDIA}/hoi-thi-gvdg-2026-1.width-800.jpg",
                "Ban Giám khảo chấm bài giảng của các giảng viên dự thi",
                "Ban Giám khảo chấm bài giảng của các giảng viên dự thi",
                "rt-full",
            ),
            P(
                "Từ ngày 17 đến 19/11/2026, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp"
                " trường năm 2026. Hội thi nhằm nâng cao chất lượng giảng dạy, đổi mới phương pháp giảng dạy"
                " theo hướng phát huy tính tích cực, chủ động của học viên."
            ),
            Img(f"{MEDIA}/hoi-thi-gvdg-2026-2.width-400.jpg", None, None, "rt-left"),
            P(
                "Tham gia hội thi có 12 giảng viên thuộc 4 khoa chuyên môn. Mỗi giảng viên trình bày một bài"
                " giảng trong thời gian 45 phút trước Ban Giám khảo và học viên lớp Trung cấp lý luận chính"
                " trị - hành chính khóa 45. Nhiều bài giảng được thiết kế công phu, ứng dụng tốt công nghệ"
                " thông tin, liên hệ sát với thực tiễn của tỉnh."
            ),
            P(
                "Kết quả, Ban Tổ chức trao 2 giải Nhất, 3 giải Nhì, 4 giải Ba và 3 giải Khuyến khích. Các"
                " giảng viên đạt giải Nhất sẽ được chọn tham dự Hội thi giảng viên dạy giỏi các trường chính"
                " trị khu vực miền Trung - Tây Nguyên năm 2027."
            ),
            Raw("<p><i>Bài: Minh Trí - Ảnh: Thu Hương</i></p>"),
        ],
        authors=["Minh Trí"],
        photographers=["Thu Hương"],
        opts={"kind": "news", "at": "2026-11-20 09:45", "tags": []},
    ),
    Story(
        id=227,
        slug="nang-cao-chat-luong-nghien-cuu-thuc-te-trong-dao-tao-trung-cap-ly-luan-chinh-tri",
        title="Nâng cao chất lượng nghiên cứu thực tế trong đào tạo trung cấp lý luận chính trị",
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-19T08:30:00+07:00",
        summary=(
            "Nghiên cứu thực tế là một nội dung bắt buộc trong chương trình đào tạo trung cấp lý luận"
            " chính trị, giúp học viên gắn lý luận với thực tiễn. Bài viết phân tích thực trạng và đề xuất"
            " một số giải pháp nâng cao chất lượng hoạt động này tại Trường Chính trị tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Vai trò của nghiên cứu thực tế", "h3"),
            P(
                "Theo chương trình do Học viện Chính trị quốc gia Hồ Chí Minh ban hành, nghiên cứu thực tế"
                " được bố trí sau khi học viên hoàn thành phần lớn các học phần lý luận. Đây là dịp để học"
                " viên tiếp cận những mô hình hay, cách làm sáng tạo ở cơ sở, qua đó củng cố, kiểm nghiệm"
                " kiến thức đã học."
            ),
            P(
                "Đối với giảng viên, nghiên cứu thực tế là kênh quan trọng để bổ sung tư liệu, cập nhật tình"
                " hình kinh tế - xã hội của địa phương vào bài giảng, khắc phục tình trạng giảng dạy nặng về"
                " lý thuyết, thiếu tính thuyết phục."
            ),
            P("2. Thực trạng", "h3"),
            P(
                "Những năm qua, Nhà trường đã tổ chức cho học viên nghiên cứu thực tế tại nhiều địa phương,"
                " doanh nghiệp và mô hình kinh tế tiêu biểu trong tỉnh. Tuy nhiên, hoạt động này vẫn còn một"
                " số hạn chế:"
            ),
            P(
                "Nội dung chưa thật sự gắn với chuyên đề học tập, có nơi còn nặng về tham quan;",
                "li",
            ),
            P(
                "Thời gian ngắn, số lượng học viên đông nên việc trao đổi, thảo luận chưa sâu;",
                "li",
            ),
            P(
                "Chất lượng bài thu hoạch chưa đồng đều, một số bài còn sao chép số liệu từ báo cáo của địa"
                " phương.",
                "li",
            ),
            P("3. Một số giải pháp", "h3"),
            P(
                "Một là, xây dựng kế hoạch nghiên cứu thực tế ngay từ đầu khóa học, xác định rõ chủ đề, địa"
                " bàn và yêu cầu đối với từng nhóm học viên."
            ),
            P(
                "Hai là, lựa chọn địa bàn có mô hình tiêu biểu, phù hợp với nội dung chương trình; phối hợp"
                " chặt chẽ với cấp ủy, chính quyền địa phương trong việc chuẩn bị báo cáo, bố trí báo cáo"
                " viên."
            ),
            P(
                "Ba là, đổi mới cách đánh giá bài thu hoạch theo hướng coi trọng khả năng phân tích, đề xuất"
                " giải pháp của học viên đối với những vấn đề đặt ra từ thực tiễn."
            ),
        ],
        authors=["Trần Thị Mỹ Linh"],
        opts={
            "kind": "news",
            "at": "2026-11-19 08:30",
            "tags": ["nghien-cuu-khoa-hoc", "trung-cap-llct"],
            "author": ("ThS. Trần Thị Mỹ Linh", "Khoa Xây dựng Đảng"),
            "related": [218],
        },
    ),
    Story(
        id=226,
        slug="hoc-vien-chinh-tri-khu-vuc-iii-lam-viec-voi-truong-chinh-tri-tinh",
        title="Học viện Chính trị khu vực III làm việc với Trường Chính trị tỉnh về công tác phối hợp đào tạo",
        cat="tin-hoat-dong",
        published_at="2026-11-17T14:05:00+07:00",
        summary=(
            "Sáng 17/11/2026, đoàn công tác Học viện Chính trị khu vực III do PGS.TS Hoàng Minh Đức, Phó"
            " Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh Khánh Hòa."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi làm việc, lãnh đạo Trường Chính trị tỉnh báo cáo kết quả phối hợp mở các lớp Cao cấp"
                " lý luận chính trị hệ không tập trung tại tỉnh giai đoạn 2024 - 2026. Đến nay, hai bên đã phối"
                " hợp tổ chức 3 lớp với 312 học viên, trong đó 2 lớp đã tốt nghiệp."
            ),
            Img(
                f"{MEDIA}/lam-viec-hvct-kv3.width-800.jpg",
                "Quang cảnh buổi làm việc - Ảnh: Hải Lăng",
                "Quang cảnh buổi làm việc - Ảnh: Hải Lăng",
                "figure",
            ),
            P(
                "Phát biểu kết luận, đồng chí Trưởng đoàn đánh giá cao sự chủ động của Trường Chính trị tỉnh"
                " trong công tác quản lý học viên, bố trí cơ sở vật chất phục vụ lớp học. Đồng chí đề nghị hai"
                " bên tiếp tục phối hợp chặt chẽ trong xây dựng kế hoạch mở lớp năm 2027, tăng cường trao đổi"
                " giảng viên và hợp tác nghiên cứu khoa học."
            ),
        ],
        photographers=["Hải Lăng"],
        source="Báo Khánh Hòa điện tử",
        opts={
            "kind": "news",
            "at": "2026-11-17 14:05",
            "tags": ["hop-tac"],
            "source_field": (
                "Báo Khánh Hòa điện tử",
                "https://baokhanhhoa.vn/chinh-tri/202611/hoc-vien-chinh-tri-khu-vuc-iii-lam-viec-voi-truong-chinh-tri-tinh-c5e1a02/",
            ),
            "updated": "08:12 18/11/2026",
        },
    ),
    Story(
        id=225,
        slug="ke-hoach-mo-lop-boi-duong-nghiep-vu-cong-tac-dang-cho-bi-thu-chi-bo-dot-2-nam-2026",
        title="Kế hoạch mở lớp bồi dưỡng nghiệp vụ công tác Đảng cho bí thư chi bộ, đợt 2 năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-11-13",
        blocks=[
            P(
                "Căn cứ Kế hoạch số 125-KH/TU của Ban Thường vụ Tỉnh ủy về đào tạo, bồi dưỡng cán bộ năm 2026,"
                " Trường Chính trị tỉnh phối hợp với Ban Tổ chức Tỉnh ủy mở lớp bồi dưỡng nghiệp vụ công tác"
                " Đảng cho bí thư, phó bí thư chi bộ trực thuộc đảng ủy cơ sở, đợt 2 năm 2026."
            ),
            P(
                "Lớp học có 120 học viên, học trong 5 ngày, từ ngày 01/12 đến ngày 05/12/2026 tại Hội trường A,"
                " Trường Chính trị tỉnh. Nội dung gồm 8 chuyên đề về nghiệp vụ công tác tổ chức, kiểm tra,"
                " giám sát, tuyên giáo, dân vận và quy trình, thủ tục sinh hoạt chi bộ."
            ),
            P(
                "Đề nghị các đảng ủy trực thuộc Tỉnh ủy lập danh sách học viên gửi về Nhà trường (qua Phòng"
                " Quản lý đào tạo - Nghiên cứu khoa học) trước ngày 25/11/2026."
            ),
            _doc_block(D_NV_DANG),
        ],
        opts={
            "kind": "course",
            "at": "2026-11-13",
            "tags": ["boi-duong-can-bo", "xay-dung-dang"],
            "related": [219],
        },
    ),
    Story(
        id=221,
        slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-nam-2026",
        title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-11-09T08:00:00+07:00",
        blocks=[
            P(
                "Chiều 06/11/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với chủ đề"
                " “Nâng cao chất lượng sinh hoạt chi bộ gắn với thực hiện nhiệm vụ chính trị của đơn vị”."
            ),
            P("Tại buổi sinh hoạt, các đảng viên tập trung thảo luận, làm rõ một số nội dung:"),
            P("Đổi mới nội dung, hình thức sinh hoạt chi bộ, tránh hình thức, đơn điệu;", "li"),
            P(
                "Gắn sinh hoạt chi bộ với nhiệm vụ giảng dạy, nghiên cứu khoa học của giảng viên;",
                "li",
            ),
            P(
                "Tăng cường tự phê bình và phê bình, phát huy vai trò nêu gương của đảng viên.",
                "li",
            ),
            P(
                "Kết thúc buổi sinh hoạt, Chi bộ thống nhất ban hành nghị quyết chuyên đề với 5 nhóm giải pháp,"
                " phân công cụ thể cho từng đảng viên tổ chức thực hiện."
            ),
            # the link is Wagtail's rendering of an internal page link: page.url, the undated URL
            P(
                "Đây là chuyên đề thứ hai trong năm học 2026 - 2027, tiếp nối các nhiệm vụ Đảng ủy Trường đề ra"
                " từ đầu năm học.",
                "link:207:đầu năm học",
            ),
        ],
        opts={"kind": "news", "at": "2026-11-09 08:00", "tags": ["xay-dung-dang"]},
    ),
    Story(
        id=219,
        slug="thong-bao-mo-lop-boi-duong-ly-luan-chinh-tri-danh-cho-dang-vien-moi-khoa-5-nam-2026",
        title="Thông báo mở lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới, khóa 5 năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-11-02",
        blocks=[
            P(
                "Trường Chính trị tỉnh thông báo mở lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới, khóa 5 năm 2026, cụ thể như sau:"
            ),
            P(
                "Đối tượng: đảng viên dự bị được kết nạp từ tháng 6 đến tháng 10 năm 2026 thuộc các đảng bộ"
                " trực thuộc Tỉnh ủy khu vực phía Bắc của tỉnh.",
                "li",
            ),
            P("Thời gian: 6 ngày, khai giảng lúc 7 giờ 30 ngày 16/11/2026.", "li"),
            P(
                "Địa điểm: Hội trường B, Trường Chính trị tỉnh, số 01 đường Hoàng Hoa Thám, phường Nha Trang.",
                "li",
            ),
            Img(f"{MEDIA}/poster-lop-dang-vien-moi-k5.width-800.jpg", None, None, "figure"),
            P(
                "Học viên mang theo Giấy giới thiệu của cấp ủy cơ sở; tài liệu học tập do Nhà trường cấp phát tại lớp."
            ),
        ],
        opts={"kind": "course", "at": "2026-11-02", "tags": ["boi-duong-can-bo", "xay-dung-dang"]},
    ),
    Story(
        id=218,
        slug="hoc-vien-lop-trung-cap-ly-luan-chinh-tri-k45-nghien-cuu-thuc-te-tai-xa-ninh-son",
        title="Học viên lớp Trung cấp lý luận chính trị K45 nghiên cứu thực tế tại xã Ninh Sơn",
        cat="tin-hoat-dong",
        published_at="2026-10-30T10:30:00+07:00",
        summary=(
            "Từ ngày 27 đến 29/10/2026, 92 học viên lớp Trung cấp lý luận chính trị - hành chính khóa 45 hệ"
            " tập trung đi nghiên cứu thực tế tại xã Ninh Sơn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại đây, đoàn nghe lãnh đạo Đảng ủy, UBND xã báo cáo tình hình phát triển kinh tế - xã hội,"
                " công tác xây dựng Đảng và hệ thống chính trị sau khi sắp xếp, tổ chức lại đơn vị hành chính"
                " cấp xã; tham quan mô hình trồng nho, táo theo hướng VietGAP của Hợp tác xã Nông nghiệp Ninh"
                " Sơn."
            ),
            Img(
                f"{MEDIA}/k45-ninh-son-1.width-800.jpg",
                "Học viên tham quan mô hình trồng nho của Hợp tác xã Nông nghiệp Ninh Sơn",
                "Học viên tham quan mô hình trồng nho của Hợp tác xã Nông nghiệp Ninh Sơn",
                "figure",
            ),
            Img(f"{MEDIA}/k45-ninh-son-2.width-800.jpg", None, None, "figure"),
            Img(f"{MEDIA}/k45-ninh-son-3.width-800.jpg", None, None, "figure"),
            P(
                "Qua đợt nghiên cứu thực tế, học viên có thêm tư liệu để hoàn thành bài thu hoạch cuối khóa,"
                " đồng thời học tập kinh nghiệm trong lãnh đạo, chỉ đạo phát triển kinh tế nông nghiệp ở địa"
                " phương."
            ),
            Raw("<p><b>Hoàng Yến</b></p>"),
        ],
        authors=["Hoàng Yến"],
        opts={"kind": "news", "at": "2026-10-30 10:30", "tags": ["trung-cap-llct"]},
    ),
    Story(
        id=216,
        slug="van-dung-phuong-phap-day-hoc-tich-cuc-trong-giang-day-ly-luan-chinh-tri",
        title="Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị",
        cat="nghien-cuu-trao-doi",
        published_at="2026-10-22T14:40:00+07:00",
        blocks=[
            P(
                "Đổi mới phương pháp giảng dạy là yêu cầu cấp thiết đối với hệ thống trường chính trị hiện nay."
                " Quy định số 09-QĐi/TW ngày 13/11/2018 của Ban Bí thư về chuẩn trường chính trị tỉnh, thành"
                " phố trực thuộc Trung ương đặt ra yêu cầu giảng viên phải tích cực đổi mới phương pháp, lấy"
                " người học làm trung tâm."
            ),
            P(
                "Phương pháp dạy học tích cực không phủ nhận vai trò của thuyết trình mà đặt thuyết trình trong"
                " mối quan hệ với thảo luận, tình huống và tự nghiên cứu của học viên.",
                "bq",
            ),
            P(
                "Trong thực tế giảng dạy tại Trường, một số phương pháp đã được vận dụng có hiệu quả như:"
                " phương pháp tình huống, phương pháp thảo luận nhóm, phương pháp nêu vấn đề và phương pháp dự"
                " án đối với các học phần kỹ năng lãnh đạo, quản lý."
            ),
            Img(f"{MEDIA}/gv-huong-dan-thao-luan-nhom.width-400.jpg", None, None, "rt-left"),
            P(
                "Để vận dụng thành công, giảng viên cần chuẩn bị kỹ hệ thống câu hỏi, tình huống gắn với thực"
                " tiễn địa phương; đồng thời học viên phải được giao nhiệm vụ nghiên cứu tài liệu trước khi lên"
                " lớp. Nhà trường cũng cần đầu tư phòng học đa năng, trang thiết bị phục vụ thảo luận, trình"
                " chiếu."
            ),
            P(
                "Thực tiễn cho thấy, khi được tổ chức tốt, các phương pháp dạy học tích cực giúp học viên hứng"
                " thú hơn, phát huy kinh nghiệm công tác của bản thân và nâng cao khả năng vận dụng lý luận vào"
                " giải quyết những vấn đề thực tiễn đặt ra."
            ),
        ],
        authors=["Nguyễn Văn Hùng"],
        opts={
            "kind": "news",
            "at": "2026-10-22 14:40",
            "tags": ["nghien-cuu-khoa-hoc"],
            "author": ("TS. Nguyễn Văn Hùng", "Phó Trưởng khoa Lý luận cơ sở"),
            "alt": "Giảng viên hướng dẫn học viên thảo luận nhóm",
        },
    ),
    Story(
        id=214,
        slug="ky-ket-chuong-trinh-phoi-hop-voi-truong-dai-hoc-nha-trang-giai-doan-2026-2030",
        title="Ký kết chương trình phối hợp giữa Trường Chính trị tỉnh và Trường Đại học Nha Trang giai đoạn 2026 - 2030",
        cat="tin-hoat-dong",
        published_at="2026-10-16T15:00:00+07:00",
        summary=(
            "Ngày 15/10/2026, Trường Chính trị tỉnh và Trường Đại học Nha Trang ký kết chương trình phối hợp"
            " trong đào tạo, bồi dưỡng và nghiên cứu khoa học giai đoạn 2026 - 2030."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo chương trình, hai bên phối hợp tổ chức các lớp bồi dưỡng kiến thức quản lý kinh tế biển,"
                " chuyển đổi số cho cán bộ, công chức; trao đổi giảng viên thỉnh giảng; cùng thực hiện các đề"
                " tài khoa học cấp tỉnh liên quan đến phát triển kinh tế biển và nguồn nhân lực của địa phương."
            ),
            Img(
                f"{MEDIA}/ky-ket-dh-nha-trang.width-800.jpg",
                "Lãnh đạo hai trường ký kết chương trình phối hợp - Ảnh: Thu Hương",
                "Lãnh đạo hai trường ký kết chương trình phối hợp - Ảnh: Thu Hương",
                "figure",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Hiệu trưởng Trường Chính trị tỉnh khẳng định việc ký kết mở ra"
                " cơ hội để Nhà trường tiếp cận nguồn lực chuyên môn chất lượng cao, góp phần nâng cao chất"
                " lượng đội ngũ giảng viên theo chuẩn trường chính trị."
            ),
        ],
        authors=["Lê Quang Vinh"],
        photographers=["Thu Hương"],
        opts={
            "kind": "news",
            "at": "2026-10-16 15:00",
            "tags": ["hop-tac"],
            "author": ("Lê Quang Vinh", None),
            "related": [226],
        },
    ),
    Story(
        id=211,
        slug="thong-bao-trieu-tap-hoc-vien-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-45",
        title="Thông báo triệu tập học viên lớp Trung cấp lý luận chính trị - hành chính khóa 45 hệ tập trung",
        cat="dao-tao-boi-duong",
        published_at="2026-10-09",
        blocks=[
            P(
                "Trường Chính trị tỉnh thông báo triệu tập 92 học viên có tên trong danh sách kèm theo đến nhập"
                " học lớp Trung cấp lý luận chính trị - hành chính khóa 45 hệ tập trung. Thời gian khai giảng:"
                " 7 giờ 30 ngày 19/10/2026 tại Hội trường A của Nhà trường."
            ),
            _doc_block(D_TT_K45),
        ],
        opts={"kind": "course", "at": "2026-10-09", "tags": ["trung-cap-llct"]},
    ),
    Story(
        id=209,
        slug="phat-huy-vai-tro-cua-nguoi-dung-dau-trong-phong-chong-tham-nhung-tieu-cuc-o-co-so",
        title="Phát huy vai trò của người đứng đầu trong phòng, chống tham nhũng, tiêu cực ở cơ sở",
        cat="nghien-cuu-trao-doi",
        published_at="2026-10-05T07:50:00+07:00",
        summary=(
            "Người đứng đầu cấp ủy, chính quyền cơ sở giữ vai trò quyết định đối với hiệu quả công tác phòng,"
            " chống tham nhũng, tiêu cực. Nêu gương, công khai, minh bạch là những yêu cầu cần được cụ thể hóa"
            " thành trách nhiệm."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Thời gian qua, công tác phòng, chống tham nhũng, tiêu cực ở cơ sở đã có nhiều chuyển biến tích"
                " cực. Tuy nhiên, ở một số nơi, người đứng đầu chưa thật sự quan tâm lãnh đạo, chỉ đạo; việc"
                " công khai, minh bạch trong quản lý đất đai, tài chính, đầu tư công còn hình thức."
            ),
            P("Những yêu cầu đặt ra", "h3"),
            P(
                "Thứ nhất, người đứng đầu phải gương mẫu thực hiện nghiêm quy định về kê khai tài sản, thu nhập;"
                " kiên quyết không để người thân lợi dụng chức vụ, quyền hạn của mình để trục lợi."
            ),
            P(
                "Thứ hai, tăng cường đối thoại trực tiếp với nhân dân, tiếp nhận và xử lý kịp thời phản ánh,"
                " kiến nghị liên quan đến tham nhũng, tiêu cực; bảo vệ người phản ánh, tố cáo."
            ),
            P(
                "Thứ ba, gắn kết quả phòng, chống tham nhũng, tiêu cực với đánh giá, xếp loại người đứng đầu hằng"
                " năm; xử lý nghiêm trách nhiệm khi để xảy ra tham nhũng trong cơ quan, đơn vị do mình phụ trách."
            ),
            Raw("<p><i>(Theo Tạp chí Xây dựng Đảng)</i></p>"),
        ],
        source="Tạp chí Xây dựng Đảng",
        opts={
            "kind": "news",
            "at": "2026-10-05 07:50",
            "tags": ["xay-dung-dang", "nghien-cuu-khoa-hoc"],
        },
    ),
    Story(
        id=207,
        slug="truong-chinh-tri-tinh-khai-giang-nam-hoc-2026-2027",
        title="Trường Chính trị tỉnh khai giảng năm học 2026 - 2027",
        cat="tin-hoat-dong",
        published_at="2026-09-29T09:10:00+07:00",
        blocks=[
            Img(f"{MEDIA}/khai-giang-2026-2027-1.width-500.jpg", None, None, "in-p"),
            P(
                "Sáng 28/9/2026, Trường Chính trị tỉnh long trọng tổ chức Lễ khai giảng năm học 2026 - 2027. Dự"
                " buổi lễ có đồng chí Phạm Thị Thanh Tâm, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy; đại"
                " diện lãnh đạo các sở, ban, ngành và hơn 400 học viên các lớp đang học tập tại Trường."
            ),
            P(
                "Năm học 2025 - 2026, Nhà trường đã tổ chức đào tạo, bồi dưỡng cho hơn 5.200 lượt cán bộ, đảng"
                " viên; hoàn thành 4 đề tài khoa học cấp trường và 1 đề tài cấp tỉnh. Năm học mới, Trường đặt"
                " mục tiêu hoàn thành các tiêu chí của trường chính trị chuẩn mức 1."
            ),
            P(
                "“Học để làm việc, làm người, làm cán bộ. Học để phụng sự Đoàn thể, giai cấp và nhân dân, Tổ"
                " quốc và nhân loại.”",
                "quote",
            ),
            P("Chủ tịch Hồ Chí Minh", "cite"),
            P(
                "Phát biểu chỉ đạo, đồng chí Trưởng Ban Tổ chức Tỉnh ủy nhắc lại lời dạy của Chủ tịch Hồ Chí Minh"
                " và đề nghị Nhà trường tiếp tục đổi mới nội dung, chương trình, phương pháp giảng dạy; chú trọng"
                " bồi dưỡng kỹ năng lãnh đạo, quản lý cho cán bộ cơ sở sau khi tổ chức chính quyền địa phương hai"
                " cấp."
            ),
            Img(
                f"{MEDIA}/khai-giang-2026-2027-2.width-800.jpg",
                "Đồng chí Trưởng Ban Tổ chức Tỉnh ủy tặng hoa chúc mừng Nhà trường - Ảnh: Thu Hương",
                "Đồng chí Trưởng Ban Tổ chức Tỉnh ủy tặng hoa chúc mừng Nhà trường - Ảnh: Thu Hương",
                "figure",
            ),
            Raw("<p><b>Tin: Ngọc Hân - Ảnh: Thu Hương</b></p>"),
        ],
        authors=["Ngọc Hân"],
        photographers=["Thu Hương"],
        opts={
            "kind": "news",
            "at": "2026-09-29 09:10",
            "tags": [],
            "legacy": True,
            "video": "x7Qm2LtVb0E",
            "alt": "Lễ khai giảng",
        },
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}
_BY_SLUG: dict[str, Story] = {s.slug: s for s in STORIES}


def _local(story: Story) -> datetime:
    at = story.opts["at"]
    fmt = "%Y-%m-%d %H:%M" if " " in at else "%Y-%m-%d"
    return datetime.strptime(at, fmt).replace(tzinfo=_LOCAL)


def article_path(story: Story) -> str:
    """The routable date URL the listings link (and the canonical)."""
    when = _local(story)
    return f"/tin-tuc/{when:%Y}/{when:%m}/{story.slug}/"


def tree_path(story: Story) -> str:
    """Wagtail's own URL of the page (``page.url``): the sitemap, search and page-chooser links."""
    return f"/tin-tuc/{story.slug}/"


def newest(
    cat: str | None = None, tag: str | None = None, oldest_first: bool = False
) -> list[Story]:
    items = [
        s
        for s in STORIES
        if (cat is None or s.cat == cat) and (tag is None or tag in s.opts["tags"])
    ]
    return sorted(items, key=lambda s: (_local(s), s.id), reverse=not oldest_first)


MONTHS: list[tuple[int, int]] = sorted(
    {(_local(s).year, _local(s).month) for s in STORIES}, reverse=True
)


def _pages(n: int) -> int:
    return max(1, -(-n // PER_PAGE))


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.cat], alt_paths=[tree_path(s)]) for s in STORIES
]


# --------------------------------------------------------------------------- other pages' data

STATIC_PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "/gioi-thieu/": (
        "Lịch sử hình thành và phát triển",
        (
            "Trường Chính trị tỉnh Khánh Hòa được thành lập trên cơ sở hợp nhất Trường Đảng tỉnh, Trường"
            " Hành chính tỉnh và Trường Đoàn thể tỉnh theo Quyết định của Tỉnh ủy năm 1995. Ngày 01/7/2025,"
            " Trường Chính trị tỉnh Ninh Thuận được hợp nhất vào Trường, Cơ sở Phan Rang trở thành Cơ sở 2.",
            "Trường có chức năng tham mưu cho Tỉnh ủy về đào tạo, bồi dưỡng lý luận chính trị, chuyên môn,"
            " nghiệp vụ cho cán bộ, công chức, viên chức; nghiên cứu khoa học về lý luận chính trị và tổng"
            " kết thực tiễn ở địa phương.",
            "Năm 2023, Trường được công nhận đạt chuẩn mức 2 theo Quy định số 09-QĐi/TW của Ban Bí thư.",
        ),
    ),
    "/gioi-thieu/co-cau-to-chuc/": (
        "Cơ cấu tổ chức",
        (
            "Ban Giám hiệu: Hiệu trưởng Trần Văn Quang; các Phó Hiệu trưởng Lê Thị Minh Nguyệt, Võ Đình Khoa.",
            "Các phòng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo - Nghiên cứu khoa học.",
            "Các khoa: Khoa Xây dựng Đảng; Khoa Lý luận cơ sở; Khoa Nhà nước và pháp luật; Khoa Dân vận.",
        ),
    ),
    "/dao-tao-boi-duong/chuong-trinh-dao-tao/": (
        "Chương trình đào tạo",
        (
            "Trung cấp lý luận chính trị - hành chính: hệ tập trung 8 tháng, hệ không tập trung 9 tháng; 4"
            " phần học, 19 học phần và nghiên cứu thực tế, thi tốt nghiệp.",
            "Bồi dưỡng: lý luận chính trị cho đảng viên mới, nhận thức về Đảng, nghiệp vụ công tác Đảng, cập"
            " nhật kiến thức cho cán bộ lãnh đạo, quản lý cấp phòng và cấp xã.",
        ),
    ),
}


@dataclass(frozen=True)
class Entry:
    """A document register entry (``DocumentEntryPage``)."""

    slug: str
    number: str
    issued: str
    summary: str
    doc: Doc


DOC_ENTRIES: list[Entry] = [
    Entry(
        "ke-hoach-dao-tao-boi-duong-nam-2027",
        "405-KH/TCT",
        "18/11/2026",
        "Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2027",
        Doc(62, "ke-hoach-dao-tao-boi-duong-2027.pdf", "Kế hoạch 405-KH/TCT", "331,0 KB"),
    ),
    Entry(
        "quy-che-dao-tao-trung-cap-ly-luan-chinh-tri-hanh-chinh",
        "215-QĐ/TCT",
        "12/08/2026",
        "Quyết định ban hành Quy chế đào tạo trung cấp lý luận chính trị - hành chính",
        Doc(49, "quy-che-dao-tao-tc-llct-hc.pdf", "Quyết định 215-QĐ/TCT", "512,4 KB"),
    ),
    Entry(
        "noi-quy-hoc-vien",
        "188-QĐ/TCT",
        "20/07/2026",
        "Quyết định ban hành Nội quy học viên Trường Chính trị tỉnh",
        Doc(46, "noi-quy-hoc-vien.pdf", "Quyết định 188-QĐ/TCT", "140,7 KB"),
    ),
]
DOCS: dict[str, Doc] = {
    d.url: d for d in [D_TS_2027, D_NV_DANG, D_TT_K45, *(e.doc for e in DOC_ENTRIES)]
}

ALBUMS: dict[str, tuple[str, str, list[tuple[str, str]]]] = {
    "hoi-thao-chao-mung-ngay-nha-giao-viet-nam-20-11-2026": (
        "Hội thao chào mừng Ngày Nhà giáo Việt Nam 20/11/2026",
        "18/11/2026",
        [
            ("hoi-thao-2011-01", "Thi đấu bóng chuyền hơi giữa các chi đoàn"),
            ("hoi-thao-2011-02", "Nội dung kéo co nam nữ phối hợp"),
            ("hoi-thao-2011-03", "Ban Giám hiệu trao giải cho các đội"),
        ],
    ),
    "le-khai-giang-nam-hoc-2026-2027": (
        "Lễ khai giảng năm học 2026 - 2027",
        "28/09/2026",
        [
            ("khai-giang-album-01", "Các đại biểu dự lễ khai giảng"),
            ("khai-giang-album-02", "Học viên các lớp dự lễ"),
        ],
    ),
}

SECTION_INTRO = (
    "Đào tạo trung cấp lý luận chính trị - hành chính và bồi dưỡng cán bộ, đảng viên là nhiệm vụ trọng"
    " tâm của Nhà trường. Các lớp được tổ chức tại trụ sở chính, Cơ sở 2 và tại các địa phương."
)

NON_ARTICLES: list[str] = [
    "/",
    "/tin-tuc/",
    *(f"/tin-tuc/?page={n}" for n in range(2, _pages(len(STORIES)) + 1)),
    *(f"/tin-tuc/?chuyen-muc={c}" for c in CATS),
    *(
        f"/tin-tuc/?chuyen-muc={c}&page={n}"
        for c in CATS
        for n in range(2, _pages(len(newest(c))) + 1)
    ),
    *(f"/tin-tuc/?tag={t}" for t in TAGS),
    *(f"/tin-tuc/{y}/{m:02d}/" for y, m in MONTHS),
    *STATIC_PAGES,
    "/dao-tao-boi-duong/",
    "/dao-tao-boi-duong/lich-giang/",
    "/van-ban/",
    *(f"/van-ban/{e.slug}/" for e in DOC_ENTRIES),
    "/thu-vien-anh/",
    *(f"/thu-vien-anh/{a}/" for a in ALBUMS),
    "/lien-he/",
    "/tim-kiem/",
]


# --------------------------------------------------------------------------- rendering helpers

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _key(seed: str) -> str:
    """Draftail's ``data-block-key``: five characters, stable per block."""
    digest = hashlib.sha1(seed.encode("utf-8")).hexdigest()
    return "".join(ch if ch.isdigit() else chr(ord(ch) + 10) for ch in digest[:5])


def _kind(story: Story) -> str:
    return story.opts["kind"]


def _dmy(story: Story) -> str:
    return f"{_local(story):%d/%m/%Y}"


def _date_line(story: Story) -> str:
    when = _local(story)
    if _kind(story) == "course":
        return (
            f'<div class="notice-detail__meta"><span class="notice-detail__date">Ngày đăng: '
            f'<time datetime="{when:%Y-%m-%d}">{when:%d/%m/%Y}</time></span></div>'
        )
    updated = ""
    if story.opts.get("updated"):
        updated = f' <span class="news-detail__updated">(Cập nhật: {story.opts["updated"]})</span>'
    return (
        f'<div class="news-detail__meta"><time class="news-detail__date" datetime="{when.isoformat()}">'
        f'<i class="icon-calendar" aria-hidden="true"></i> {_WEEKDAYS[when.weekday()]}, {when:%d/%m/%Y - %H:%M}</time>'
        f'{updated}<span class="news-detail__views"><i class="icon-eye" aria-hidden="true"></i> Lượt xem: {story.views()}</span></div>'
    )


def _excerpt(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 180 else first[:179].rsplit(" ", 1)[0] + "…"


def _thumb(story: Story) -> str:
    if story.images:
        name = story.images[0].src.rsplit("/", 1)[1].split(".", 1)[0]
        return f"{MEDIA}/{name}.fill-360x240.jpg"
    return "/static/img/thumb-mac-dinh.jpg"


def _card(story: Story) -> str:
    return (
        f'<article class="news-card"><a class="news-card__thumb" href="{article_path(story)}">'
        f'<img src="{_thumb(story)}" alt="{esc(story.title)}" loading="lazy" width="360" height="240"></a>'
        f'<div class="news-card__body"><span class="news-card__cat">{esc(CATS[story.cat])}</span>'
        f'<h3 class="news-card__title"><a href="{article_path(story)}">{esc(story.title)}</a></h3>'
        f'<span class="news-card__date">{_dmy(story)}</span>'
        f'<p class="news-card__excerpt">{esc(_excerpt(story))}</p></div></article>'
    )


def _img_tag(img: Img, cls: str, alt: str, width: int) -> str:
    height = width * 2 // 3
    return f'<img alt="{esc(alt)}" class="{cls}" height="{height}" src="{esc(img.src)}" width="{width}">'


def _figure(img: Img, story: Story) -> str:
    name = img.src.rsplit("/", 1)[1].split(".", 1)[0]
    tag = f'<img src="{esc(img.src)}" alt="{esc(name.replace("-", " "))}" width="800" height="533" loading="lazy">'
    caption = ""
    if img.printed:
        words, _, credit = img.printed.partition(" - Ảnh: ")
        small = f' <small class="credit">- Ảnh: {text(credit)}</small>' if credit else ""
        caption = f"<figcaption>{text(words)}{small}</figcaption>"
    return (
        f'<div class="block-hinh_anh"><figure class="block-image">'
        f'<a href="/media/original_images/{name}.jpg" class="glightbox" data-gallery="bai-viet">{tag}</a>{caption}</figure></div>'
    )


def _rich_p(value: str, story: Story, style: str = "") -> str:
    legacy = bool(story.opts.get("legacy"))
    attr = "" if legacy else f' data-block-key="{_key(story.slug + value)}"'
    body = text(value)
    if style.startswith("link:"):
        _, target, label = style.split(":", 2)
        body = body.replace(
            text(label), f'<a href="{tree_path(_BY_ID[int(target)])}">{text(label)}</a>'
        )
    return f"<p{attr}>{body}</p>"


def _content(story: Story) -> str:
    """The StreamField: rich-text runs in ``block-noi_dung``, other blocks on their own."""
    legacy = bool(story.opts.get("legacy"))
    out: list[str] = []
    run: list[str] = []

    def close() -> None:
        if run:
            out.append('<div class="block-noi_dung">' + "".join(run) + "</div>")
            run.clear()

    def key(seed: str) -> str:
        return "" if legacy else f' data-block-key="{_key(story.slug + seed)}"'

    blocks = story.blocks
    i = 0
    pending_img = ""
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li{key(blocks[i].text)}>{text(blocks[i].text)}</li>")
                i += 1
            run.append("<ul>" + "".join(items) + "</ul>")
            continue
        if isinstance(b, P) and b.style == "quote":
            close()
            cite = blocks[i + 1]
            assert isinstance(cite, P) and cite.style == "cite"
            out.append(
                '<div class="block-trich_dan"><blockquote class="quote-block">'
                f'<p class="quote-block__text">{text(b.text)}</p>'
                f'<footer class="quote-block__author"><cite>{text(cite.text)}</cite></footer></blockquote></div>'
            )
            i += 2
            continue
        if isinstance(b, P):
            if b.style == "h3":
                run.append(f"<h3{key(b.text)}>{text(b.text)}</h3>")
            elif b.style == "bq":
                run.append(f"<blockquote{key(b.text)}>{text(b.text)}</blockquote>")
            else:
                para = _rich_p(b.text, story, b.style)
                if pending_img:
                    para = para.replace(">", ">" + pending_img, 1)
                    pending_img = ""
                run.append(para)
        elif isinstance(b, Img):
            alt = story.opts.get("alt", "Ảnh minh họa")
            if b.style == "figure":
                close()
                out.append(_figure(b, story))
            elif b.style == "rt-full":
                run.append(_img_tag(b, "richtext-image full-width", alt, 800))
                if b.printed:
                    run.append(f"<p{key(b.printed)}><i>{text(b.printed)}</i></p>")
            elif b.style == "rt-left":
                run.append(_img_tag(b, "richtext-image left", alt, 400))
            else:  # in-p: legacy Hallo.js content, the image inside the next paragraph
                pending_img = _img_tag(b, "richtext-image left", alt, 500)
        else:
            if b.html.startswith("<p"):
                run.append(b.html.replace("<p>", f"<p{key(b.html)}>", 1))
            else:
                close()
                out.append(b.html)
        i += 1
    close()
    if story.opts.get("video"):
        vid = story.opts["video"]
        out.append(
            f'<div class="block-video"><div class="responsive-object" style="padding-bottom: 56.25%;">'
            f'<iframe width="200" height="113" src="https://www.youtube.com/embed/{vid}?feature=oembed" frameborder="0"'
            ' allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen'
            ' title="Lễ khai giảng năm học 2026 - 2027"></iframe></div></div>'
        )
    return "\n".join(out)


# --------------------------------------------------------------------------- page chrome


def _csrf_input() -> str:
    return f'<input type="hidden" name="csrfmiddlewaretoken" value="{CSRF}">'


def _head(request: Request, title: str, extra: str = "", body_class: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi" class="no-js">
<head>
<meta charset="utf-8">
<title>{esc(title)} | {esc(SITE)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{extra}
<link rel="icon" href="/static/img/favicon.ico">
<link rel="stylesheet" href="/static/css/bootstrap.min.4f2a9c1e.css">
<link rel="stylesheet" href="/static/css/tct.3b8d7e21.css">
<script src="/static/js/htmx.min.1.9.12.js" defer></script>
<script src="/static/js/glightbox.min.js" defer></script>
</head>
<body class="{body_class}" hx-headers='{{"X-CSRFToken": "{CSRF}"}}'>"""


_MENU = [
    ("/", "Trang chủ", []),
    (
        "/gioi-thieu/",
        "Giới thiệu",
        [("/gioi-thieu/", "Lịch sử hình thành"), ("/gioi-thieu/co-cau-to-chuc/", "Cơ cấu tổ chức")],
    ),
    (
        "/tin-tuc/",
        "Tin tức",
        [
            ("/tin-tuc/?chuyen-muc=tin-hoat-dong", "Tin hoạt động"),
            ("/tin-tuc/?chuyen-muc=nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi"),
        ],
    ),
    (
        "/dao-tao-boi-duong/",
        "Đào tạo - Bồi dưỡng",
        [
            ("/tin-tuc/?chuyen-muc=dao-tao-boi-duong", "Thông báo chiêu sinh"),
            ("/dao-tao-boi-duong/lich-giang/", "Lịch giảng"),
            ("/dao-tao-boi-duong/chuong-trinh-dao-tao/", "Chương trình đào tạo"),
        ],
    ),
    ("/van-ban/", "Văn bản", []),
    ("/thu-vien-anh/", "Thư viện ảnh", []),
    ("/lien-he/", "Liên hệ", []),
]


def _header(active: str) -> str:
    items = []
    for href, label, sub in _MENU:
        cls = (
            "main-nav__item"
            + (" is-active" if href == active else "")
            + (" has-children" if sub else "")
        )
        children = ""
        if sub:
            children = (
                '<ul class="main-nav__sub">'
                + "".join(f'<li><a href="{esc(h)}">{esc(lbl)}</a></li>' for h, lbl in sub)
                + "</ul>"
            )
        items.append(f'<li class="{cls}"><a href="{esc(href)}">{esc(label)}</a>{children}</li>')
    return f"""<a class="skip-link" href="#main-content">Bỏ qua đến nội dung chính</a>
<div class="topbar"><div class="container topbar__inner"><span class="topbar__date">{TODAY}</span>
<span class="topbar__contact">Đường dây nóng: <a href="tel:{HOTLINE.replace(" ", "")}">{HOTLINE}</a></span></div></div>
<header class="site-header"><div class="container site-header__inner">
<a class="site-brand" href="/"><img src="/static/img/logo-tct.png" alt="Logo" width="88" height="88">
<span class="site-brand__text"><span class="site-brand__parent">{esc(PARENT.upper())}</span>
<span class="site-brand__name">{esc(SITE.upper())}</span></span></a>
<form class="site-search" action="/tim-kiem/" method="get" role="search"><label class="visually-hidden" for="search-q">Tìm kiếm</label>
<input id="search-q" type="search" name="query" placeholder="Nhập từ khóa tìm kiếm..."><button type="submit">Tìm</button></form>
</div></header>
<nav class="main-nav" aria-label="Menu chính"><div class="container"><button class="main-nav__toggle" aria-expanded="false">☰ Danh mục</button>
<ul class="main-nav__list">{"".join(items)}</ul></div></nav>"""


def _sidebar() -> str:
    latest = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="widget-latest__date">({_dmy(s)})</span></li>'
        for s in newest()[:5]
    )
    archive = "".join(
        f'<li><a href="/tin-tuc/{y}/{m:02d}/">Tháng {m}/{y}</a> ({sum(1 for s in STORIES if (_local(s).year, _local(s).month) == (y, m))})</li>'
        for y, m in MONTHS
    )
    return f"""<aside class="col-lg-4 sidebar">
<section class="widget widget-latest"><h2 class="widget__title">Tin mới nhất</h2><ul>{latest}</ul></section>
<section class="widget widget-schedule"><h2 class="widget__title">Lịch giảng</h2>
<p><a href="/dao-tao-boi-duong/lich-giang/">Xem lịch giảng tuần này</a></p></section>
<section class="widget widget-archive"><h2 class="widget__title">Lưu trữ</h2><ul>{archive}</ul></section>
<section class="widget widget-banners">
<a href="https://www.napa.vn/" target="_blank" rel="noopener"><img src="/static/img/banners/hvctqg.jpg" alt="Học viện Chính trị quốc gia Hồ Chí Minh"></a>
<a href="https://khanhhoa.dcs.vn/" target="_blank" rel="noopener"><img src="/static/img/banners/tinh-uy.jpg" alt="Cổng TTĐT Đảng bộ tỉnh"></a>
</section>
<section class="widget widget-links"><h2 class="widget__title">Liên kết website</h2>
<select onchange="if (this.value) window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="https://tapchicongsan.org.vn/">Tạp chí Cộng sản</option><option value="https://www.xaydungdang.org.vn/">Tạp chí Xây dựng Đảng</option>
<option value="https://khanhhoa.gov.vn/">Cổng TTĐT tỉnh Khánh Hòa</option></select></section>
<section class="widget widget-stats"><h2 class="widget__title">Thống kê truy cập</h2>
<ul><li>Đang trực tuyến: <b>17</b></li><li>Hôm nay: <b>412</b></li><li>Tháng này: <b>9.874</b></li><li>Tổng lượt truy cập: <b>1.086.530</b></li></ul></section>
</aside>"""


def _footer() -> str:
    return f"""<footer class="site-footer"><div class="container"><div class="row">
<div class="col-md-7"><p class="site-footer__name">{esc(SITE.upper())}</p>
<p>Cơ quan chủ quản: {esc(PARENT)}</p><p>Địa chỉ: {esc(ADDRESS)}</p><p>{esc(ADDRESS_2)}</p>
<p>Điện thoại: {HOTLINE} - Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p>Chịu trách nhiệm chính: Đồng chí Trần Văn Quang - Hiệu trưởng</p></div>
<div class="col-md-5"><form class="newsletter" method="post" action="/dang-ky-nhan-tin/">{_csrf_input()}
<label for="nl-email">Đăng ký nhận bản tin</label><input id="nl-email" type="email" name="email" placeholder="Email của bạn" required>
<button type="submit">Đăng ký</button></form>
<p class="site-footer__admin"><a href="/admin/login/?next=/admin/" rel="nofollow">Đăng nhập quản trị</a></p></div>
</div><p class="site-footer__copy">© 2026 Bản quyền thuộc {esc(SITE)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
Thiết kế và phát triển: Công ty TNHH Giải pháp số Phương Nam.</p></div></footer>
<a href="#" class="back-to-top" aria-label="Về đầu trang">▲</a>
</body>
</html>"""


def _crumbs(*trail: tuple[str | None, str]) -> str:
    items = ['<li><a href="/">Trang chủ</a></li>']
    for href, label in trail:
        if href:
            items.append(f'<li><a href="{esc(href)}">{esc(label)}</a></li>')
        else:
            items.append(f'<li aria-current="page">{esc(label)}</li>')
    return f'<nav class="breadcrumbs" aria-label="breadcrumb"><ol>{"".join(items)}</ol></nav>'


def _page(
    request: Request,
    title: str,
    main: str,
    *,
    active: str = "",
    extra: str = "",
    body_class: str = "",
    sidebar: bool = True,
) -> str:
    columns = (
        f'<div class="col-lg-8 col-main">{main}</div>{_sidebar()}'
        if sidebar
        else f'<div class="col-12">{main}</div>'
    )
    return (
        _head(request, title, extra, body_class)
        + "\n"
        + _header(active)
        + f'\n<main id="main-content" class="site-main"><div class="container"><div class="row">{columns}</div></div></main>\n'
        + _footer()
    )


# --------------------------------------------------------------------------- pages


def _article(story: Story, request: Request) -> str:
    base = base_url(request)
    canonical = base + article_path(story)
    cat_href = f"/tin-tuc/?chuyen-muc={story.cat}"
    course = _kind(story) == "course"
    intro = (
        f'<p class="news-detail__intro">{text(story.summary)}</p>'
        if story.summary and story.sapo_outside
        else ""
    )
    fields = ""
    if "author" in story.opts:
        name, unit = story.opts["author"]
        unit_line = f'<p class="news-detail__author-unit">{esc(unit)}</p>' if unit else ""
        fields += (
            '<div class="news-detail__author"><p><span class="label">Tác giả:</span>'
            f" <strong>{esc(name)}</strong></p>{unit_line}</div>"
        )
    if "source_field" in story.opts:
        name, href = story.opts["source_field"]
        fields += f'<div class="news-detail__source">Nguồn: <a href="{esc(href)}" target="_blank" rel="noopener nofollow">{esc(name)}</a></div>'
    tags = ", ".join(
        f'<a class="tag" href="/tin-tuc/?tag={t}">{esc(TAGS[t])}</a>' for t in story.opts["tags"]
    )
    tag_line = f'<div class="news-detail__tags"><span>Từ khóa:</span> {tags}</div>' if tags else ""
    share = quote(canonical, safe="")
    tools = f"""<div class="news-detail__tools">
<a class="share share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" rel="noopener">Chia sẻ Facebook</a>
<a class="share share--zalo" href="https://sp.zalo.me/share_inline?url={share}" target="_blank" rel="noopener">Zalo</a>
<a class="tool tool--email" href="mailto:?subject={quote(story.title)}&amp;body={share}">Gửi email</a>
<button type="button" class="tool tool--print" onclick="window.print()">In bài viết</button>
<button type="button" class="tool tool--font" data-size="+1">A+</button><button type="button" class="tool tool--font" data-size="-1">A-</button></div>"""
    related = ""
    if story.opts.get("related"):
        links = "".join(
            f'<li><a href="{tree_path(_BY_ID[i])}">{esc(_BY_ID[i].title)}</a></li>'
            for i in story.opts["related"]
        )
        related = f'<section class="related-news"><h2 class="section-heading">Tin liên quan</h2><ul>{links}</ul></section>'
    others = [s for s in newest(story.cat) if s.id != story.id][:5]
    other_list = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="other-news__date">{_dmy(s)}</span></li>'
        for s in others
    )
    article_cls = "notice-detail" if course else "news-detail"
    main = f"""{_crumbs(("/tin-tuc/", "Tin tức"), (cat_href, CATS[story.cat]), (None, story.title))}
<article class="{article_cls}" data-page-id="{story.id}">
<header class="news-detail__header"><a class="news-detail__category" href="{cat_href}">{esc(CATS[story.cat])}</a>
<h1 class="news-detail__title">{text(story.title)}</h1>
{_date_line(story)}</header>
{intro}
<div class="news-detail__body streamfield">
{_content(story)}
</div>
{fields}
{tag_line}
{tools}
</article>
{related}
<section class="other-news"><h2 class="section-heading">Tin khác</h2><ul>{other_list}</ul></section>"""
    when = _local(story)
    meta = f"""<meta name="description" content="{esc(_excerpt(story))}">
<link rel="canonical" href="{esc(canonical)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(story.title)}">
<meta property="og:url" content="{esc(canonical)}">
<meta property="og:image" content="{esc(base + _thumb(story))}">"""
    if not course:
        utc = when.astimezone(UTC).replace(second=(story.id * 7) % 60)
        meta += f'\n<meta property="article:published_time" content="{utc.isoformat()}">'
    body_class = "template-coursenoticepage" if course else "template-newspage"
    return _page(request, story.title, main, active="/tin-tuc/", extra=meta, body_class=body_class)


def _qs_pairs(query: str) -> list[tuple[str, str]]:
    return parse_qsl(query, keep_blank_values=True)


def _last(pairs: list[tuple[str, str]], name: str) -> str | None:
    values = [v for k, v in pairs if k == name]
    return values[-1] if values else None


def _url_replace(pairs: list[tuple[str, str]], name: str, value: str) -> str:
    """The vendor's ``url_replace`` tag: a QueryDict copy with ``name`` set (its place kept)."""
    out: list[tuple[str, str]] = []
    done = False
    for k, v in pairs:
        if k == name:
            if not done:
                out.append((k, value))
                done = True
            continue
        out.append((k, v))
    if not done:
        out.append((name, value))
    return urlencode(out)


def _filtered(pairs: list[tuple[str, str]]) -> tuple[list[Story], str | None, str | None, bool]:
    cat = _last(pairs, "chuyen-muc")
    tag = _last(pairs, "tag")
    oldest = _last(pairs, "sap-xep") == "cu"
    if cat is not None and cat not in CATS:
        items: list[Story] = []
    elif tag is not None and tag not in TAGS:
        items = []
    else:
        items = newest(cat or None, tag or None, oldest_first=oldest)
    return items, cat, tag, oldest


def _page_number(pairs: list[tuple[str, str]], last: int) -> int:
    """Django's ``Paginator.get_page``: not a number -> 1, past the end -> the last page."""
    raw = _last(pairs, "page") or "1"
    try:
        n = int(raw)
    except ValueError:
        return 1
    if n < 1:
        return 1
    return min(n, last)


def _load_more(pairs: list[tuple[str, str]], page: int, last: int) -> str:
    if page >= last:
        return ""
    target = "/tin-tuc/tai-them/?" + _url_replace(pairs, "page", str(page + 1))
    return (
        f'<div class="load-more" id="load-more"><button type="button" class="btn btn-outline-primary" hx-get="{esc(target)}"'
        ' hx-target="#load-more" hx-swap="outerHTML" hx-indicator="#load-more-spinner">Tải thêm</button>'
        '<span id="load-more-spinner" class="htmx-indicator">Đang tải...</span></div>'
    )


def _pager(pairs: list[tuple[str, str]], page: int, last: int) -> str:
    if last <= 1:
        return ""

    def link(n: int, label: str, cls: str = "") -> str:
        return f'<li class="page-item{cls}"><a class="page-link" href="?{esc(_url_replace(pairs, "page", str(n)))}">{label}</a></li>'

    items = [link(1, "« Đầu"), link(page - 1, "‹ Trước")] if page > 1 else []
    for n in range(1, last + 1):
        if n == page:
            items.append(
                f'<li class="page-item active" aria-current="page"><span class="page-link">{n}</span></li>'
            )
        else:
            items.append(link(n, str(n)))
    if page < last:
        items += [link(page + 1, "Sau ›"), link(last, "Cuối »")]
    return f'<nav class="pagination-wrap" aria-label="Phân trang"><ul class="pagination">{"".join(items)}</ul><p class="pagination-info">Trang {page}/{last}</p></nav>'


def _news_index(request: Request) -> str:
    pairs = _qs_pairs(request.query)
    items, cat, tag, oldest = _filtered(pairs)
    last = _pages(len(items))
    page = _page_number(pairs, last)
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    if cat in CATS:
        title = CATS[cat]
        crumbs = _crumbs(("/tin-tuc/", "Tin tức"), (None, title))
    elif tag in TAGS:
        title = f"Từ khóa: {TAGS[tag]}"
        crumbs = _crumbs(("/tin-tuc/", "Tin tức"), (None, title))
    else:
        title = "Tin tức"
        crumbs = _crumbs((None, "Tin tức"))
    sort = _last(pairs, "sap-xep")
    keep = f"&sap-xep={sort}" if sort else ""
    everything = f"?{keep[1:]}" if keep else "/tin-tuc/"
    tabs = [f'<li{" class=active" if not cat else ""}><a href="{everything}">Tất cả</a></li>']
    tabs += [
        f'<li{" class=active" if cat == c else ""}><a href="?chuyen-muc={c}{keep}">{esc(n)}</a></li>'
        for c, n in CATS.items()
    ]
    # the trap: the sort links append to the whole query string ({{ request.GET.urlencode }})
    qs = urlencode(pairs)
    prefix = f"?{qs}&" if qs else "?"
    sorter = (
        f'<div class="sort-by">Sắp xếp: <a href="{esc(prefix)}sap-xep=moi"{" class=active" if not oldest else ""}>Mới nhất</a>'
        f' | <a href="{esc(prefix)}sap-xep=cu"{" class=active" if oldest else ""}>Cũ nhất</a></div>'
    )
    cards = "".join(_card(s) for s in chunk) or '<p class="empty">Không có bài viết nào.</p>'
    main = f"""{crumbs}
<h1 class="page-title">{esc(title)}</h1>
<ul class="category-tabs">{"".join(tabs)}</ul>
{sorter}
<div class="news-list" id="news-list">{cards}</div>
{_load_more(pairs, page, last)}
{_pager(pairs, page, last)}"""
    extra = (
        f'<link rel="canonical" href="{base_url(request)}/tin-tuc/">'
        if not pairs
        else '<meta name="robots" content="noindex, follow">'
    )
    return _page(
        request, title, main, active="/tin-tuc/", extra=extra, body_class="template-newsindexpage"
    )


def _fragment(request: Request) -> Response:
    """django-htmx partial: the next cards and the next button, no page around them."""
    pairs = _qs_pairs(request.query)
    items, *_ = _filtered(pairs)
    last = _pages(len(items))
    page = _page_number(pairs, last)
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    body = "\n".join(_card(s) for s in chunk) + "\n" + _load_more(pairs, page, last)
    return html(body, headers={"Vary": "HX-Request", "Cache-Control": "private"})


def _month_archive(request: Request, year: int, month: int) -> str:
    items = [s for s in newest() if (_local(s).year, _local(s).month) == (year, month)]
    title = f"Lưu trữ tháng {month}/{year}"
    cards = (
        "".join(_card(s) for s in items)
        or '<p class="empty">Không có bài viết nào trong tháng này.</p>'
    )
    main = f'{_crumbs(("/tin-tuc/", "Tin tức"), (None, title))}<h1 class="page-title">{esc(title)}</h1><div class="news-list">{cards}</div>'
    return _page(request, title, main, active="/tin-tuc/", body_class="template-newsindexpage")


def _home(request: Request) -> str:
    hero = newest("tin-hoat-dong")[:3]
    slides = "".join(
        f'<div class="hero-slide{" is-active" if i == 0 else ""}"><a href="{article_path(s)}"><img src="{_thumb(s).replace("fill-360x240", "fill-900x500")}" alt="{esc(s.title)}"></a>'
        f'<div class="hero-slide__caption"><h2><a href="{article_path(s)}">{esc(s.title)}</a></h2><p>{esc(_excerpt(s))}</p></div></div>'
        for i, s in enumerate(hero)
    )

    def box(cat: str, n: int, heading: str) -> str:
        lis = "".join(
            f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="home-box__date">{_dmy(s)}</span></li>'
            for s in newest(cat)[:n]
        )
        return (
            f'<section class="home-box"><h2 class="home-box__title"><a href="/tin-tuc/?chuyen-muc={cat}">{esc(heading)}</a></h2>'
            f'<ul>{lis}</ul><a class="home-box__more" href="/tin-tuc/?chuyen-muc={cat}">Xem tất cả »</a></section>'
        )

    docs = "".join(
        f'<li><a href="/van-ban/{e.slug}/">{esc(e.number)}</a>: {esc(e.summary)}</li>'
        for e in DOC_ENTRIES
    )
    albums = "".join(
        f'<li><a href="/thu-vien-anh/{slug}/"><img src="{MEDIA}/{pics[0][0]}.fill-300x200.jpg" alt=""> {esc(title)}</a></li>'
        for slug, (title, _d, pics) in ALBUMS.items()
    )
    main = f"""<section class="hero" aria-label="Tin nổi bật">{slides}</section>
<div class="home-grid">{box("tin-hoat-dong", 5, "Tin hoạt động")}{box("dao-tao-boi-duong", 3, "Thông báo chiêu sinh")}{box("nghien-cuu-trao-doi", 3, "Nghiên cứu - Trao đổi")}</div>
<section class="home-box home-docs"><h2 class="home-box__title"><a href="/van-ban/">Văn bản mới</a></h2><ul>{docs}</ul></section>
<section class="home-box home-albums"><h2 class="home-box__title"><a href="/thu-vien-anh/">Thư viện ảnh</a></h2><ul>{albums}</ul></section>"""
    extra = f'<meta name="description" content="Trang thông tin điện tử {esc(SITE)}">\n<link rel="canonical" href="{base_url(request)}/">'
    return _page(
        request, "Trang chủ", main, active="/", extra=extra, body_class="template-homepage"
    )


def _static(request: Request, path: str) -> str:
    title, paragraphs = STATIC_PAGES[path]
    body = "".join(f'<p data-block-key="{_key(p)}">{esc(p)}</p>' for p in paragraphs)
    if path.startswith("/gioi-thieu/co-cau"):
        crumbs = _crumbs(("/gioi-thieu/", "Giới thiệu"), (None, title))
    elif path.startswith("/dao-tao-boi-duong/"):
        crumbs = _crumbs(("/dao-tao-boi-duong/", "Đào tạo - Bồi dưỡng"), (None, title))
    else:
        crumbs = _crumbs((None, "Giới thiệu"))
    main = f'{crumbs}<div class="standard-page"><h1 class="page-title">{esc(title)}</h1><div class="block-noi_dung">{body}</div></div>'
    return _page(
        request,
        title,
        main,
        active="/" + path.split("/")[1] + "/",
        body_class="template-standardpage",
    )


def _section(request: Request) -> str:
    notices = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="date">{_dmy(s)}</span></li>'
        for s in newest("dao-tao-boi-duong")[:4]
    )
    main = f"""{_crumbs((None, "Đào tạo - Bồi dưỡng"))}
<div class="section-page"><h1 class="page-title">Đào tạo - Bồi dưỡng</h1>
<div class="section-page__intro"><p>{esc(SECTION_INTRO)}</p></div>
<ul class="section-page__links"><li><a href="/dao-tao-boi-duong/lich-giang/">Lịch giảng</a></li>
<li><a href="/dao-tao-boi-duong/chuong-trinh-dao-tao/">Chương trình đào tạo</a></li></ul>
<h2 class="section-heading">Thông báo chiêu sinh, mở lớp</h2><ul class="notice-list">{notices}</ul>
<a class="more" href="/tin-tuc/?chuyen-muc=dao-tao-boi-duong">Xem tất cả thông báo »</a></div>"""
    return _page(
        request,
        "Đào tạo - Bồi dưỡng",
        main,
        active="/dao-tao-boi-duong/",
        body_class="template-sectionpage",
    )


_CLASSES = [
    ("TC K45 (tập trung)", "Hội trường A"),
    ("TC K46 (không tập trung, Cam Lâm)", "Trung tâm Chính trị Cam Lâm"),
    ("Bồi dưỡng đảng viên mới K5", "Hội trường B"),
]
_SUBJECTS = [
    ("Những vấn đề cơ bản về Đảng Cộng sản Việt Nam", "ThS. Trần Thị Mỹ Linh"),
    ("Kỹ năng lãnh đạo, quản lý", "TS. Nguyễn Văn Hùng"),
    ("Quản lý hành chính nhà nước", "ThS. Đỗ Thị Ngọc Ánh"),
    ("Công tác dân vận của hệ thống chính trị", "ThS. Phan Văn Lợi"),
    ("Tư tưởng Hồ Chí Minh", "ThS. Lê Hoàng Nam"),
]


def _week_start(value: str | None) -> date:
    """Monday of ``YYYY-Www``; anything else is this week."""
    if value and (m := re.fullmatch(r"(\d{4})-W(\d{2})", value)):
        try:
            return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            pass
    return TODAY_DATE - timedelta(days=TODAY_DATE.weekday())


def _week_key(monday: date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def _timetable(request: Request) -> str:
    monday = _week_start(request.params.get("tuan"))
    first = date(2026, 10, 19)
    rows = []
    if first <= monday <= date(2027, 1, 18):
        n = (monday - first).days // 7
        for d in range(5):
            day = monday + timedelta(days=d)
            for c, (klass, room) in enumerate(_CLASSES):
                if (d + c + n) % 3 == 2:
                    continue
                subject, lecturer = _SUBJECTS[(d + c * 2 + n) % len(_SUBJECTS)]
                part = "Sáng" if (d + c) % 2 == 0 else "Chiều"
                rows.append(
                    f"<tr><td>{_WEEKDAYS[day.weekday()]}<br>{day:%d/%m/%Y}</td><td>{part}</td><td>{esc(klass)}</td>"
                    f"<td>{esc(subject)}</td><td>{esc(lecturer)}</td><td>{esc(room)}</td></tr>"
                )
    table = (
        '<table class="table timetable"><thead><tr><th>Ngày</th><th>Buổi</th><th>Lớp</th><th>Nội dung</th><th>Giảng viên</th><th>Địa điểm</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
        if rows
        else '<p class="empty">Chưa có lịch giảng trong tuần này.</p>'
    )
    sunday = monday + timedelta(days=6)
    nav = (
        f'<div class="week-nav"><a href="?tuan={_week_key(monday - timedelta(days=7))}">‹ Tuần trước</a>'
        f' <a href="/dao-tao-boi-duong/lich-giang/">Tuần này</a>'
        f' <a href="?tuan={_week_key(monday + timedelta(days=7))}">Tuần sau ›</a></div>'
    )
    main = f"""{_crumbs(("/dao-tao-boi-duong/", "Đào tạo - Bồi dưỡng"), (None, "Lịch giảng"))}
<h1 class="page-title">Lịch giảng tuần {_week_key(monday)[-2:]} (từ {monday:%d/%m/%Y} đến {sunday:%d/%m/%Y})</h1>
{nav}{table}
<p class="note">Lịch giảng có thể thay đổi; học viên theo dõi thông báo của Phòng Quản lý đào tạo - Nghiên cứu khoa học.</p>"""
    return _page(
        request,
        "Lịch giảng",
        main,
        active="/dao-tao-boi-duong/",
        body_class="template-timetablepage",
    )


def _documents(request: Request) -> str:
    rows = "".join(
        f'<tr><td>{esc(e.number)}</td><td>{e.issued}</td><td><a href="/van-ban/{e.slug}/">{esc(e.summary)}</a></td>'
        f'<td><a href="{e.doc.url}">Tải về</a></td></tr>'
        for e in DOC_ENTRIES
    )
    main = f"""{_crumbs((None, "Văn bản"))}<h1 class="page-title">Văn bản</h1>
<table class="table doc-table"><thead><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody></table>"""
    return _page(
        request, "Văn bản", main, active="/van-ban/", body_class="template-documentindexpage"
    )


def _document_entry(request: Request, entry: Entry) -> str:
    main = f"""{_crumbs(("/van-ban/", "Văn bản"), (None, entry.number))}
<div class="doc-entry"><h1 class="page-title">{esc(entry.summary)}</h1>
<dl class="doc-entry__fields"><dt>Số hiệu</dt><dd>{esc(entry.number)}</dd><dt>Ngày ban hành</dt><dd>{entry.issued}</dd>
<dt>Cơ quan ban hành</dt><dd>{esc(SITE)}</dd><dt>Trích yếu</dt><dd>{esc(entry.summary)}</dd></dl>
<p class="doc-entry__file"><a href="{entry.doc.url}">Tải về: {esc(entry.doc.file)} ({entry.doc.size})</a></p></div>"""
    return _page(
        request, entry.number, main, active="/van-ban/", body_class="template-documententrypage"
    )


def _gallery_index(request: Request) -> str:
    items = "".join(
        f'<li class="album-card"><a href="/thu-vien-anh/{slug}/"><img src="{MEDIA}/{pics[0][0]}.fill-300x200.jpg" alt="{esc(title)}">'
        f'<span>{esc(title)}</span></a> <span class="album-card__date">{d}</span></li>'
        for slug, (title, d, pics) in ALBUMS.items()
    )
    main = f'{_crumbs((None, "Thư viện ảnh"))}<h1 class="page-title">Thư viện ảnh</h1><ul class="album-list">{items}</ul>'
    return _page(
        request,
        "Thư viện ảnh",
        main,
        active="/thu-vien-anh/",
        body_class="template-galleryindexpage",
    )


def _album(request: Request, slug: str) -> str:
    title, d, pics = ALBUMS[slug]
    figs = "".join(
        f'<figure class="gallery-item"><a href="/media/original_images/{name}.jpg" class="glightbox" data-gallery="album">'
        f'<img src="{MEDIA}/{name}.fill-400x300.jpg" alt="{esc(cap)}"></a><figcaption>{esc(cap)}</figcaption></figure>'
        for name, cap in pics
    )
    main = f"""{_crumbs(("/thu-vien-anh/", "Thư viện ảnh"), (None, title))}
<div class="gallery-page"><h1 class="page-title">{esc(title)}</h1><p class="gallery-page__date">Ngày {d} · {len(pics)} ảnh</p>
<div class="gallery-grid">{figs}</div></div>"""
    return _page(request, title, main, active="/thu-vien-anh/", body_class="template-gallerypage")


def _contact(request: Request) -> str:
    main = f"""{_crumbs((None, "Liên hệ"))}<h1 class="page-title">Liên hệ</h1>
<div class="contact-info"><p>{esc(SITE)}</p><p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {HOTLINE}</p><p>Email: {EMAIL}</p></div>
<form class="form-page" action="/lien-he/" method="post">{_csrf_input()}
<p><label for="id_ho_va_ten">Họ và tên</label><input type="text" name="ho_va_ten" id="id_ho_va_ten" required></p>
<p><label for="id_email">Email</label><input type="email" name="email" id="id_email" required></p>
<p><label for="id_noi_dung">Nội dung</label><textarea name="noi_dung" id="id_noi_dung" rows="6" required></textarea></p>
<button type="submit">Gửi liên hệ</button></form>"""
    return _page(request, "Liên hệ", main, active="/lien-he/", body_class="template-formpage")


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(request: Request) -> str:
    q = request.params.get("query", "").strip()
    hits = [s for s in newest() if q and _fold(q) in _fold(s.title + " " + " ".join(s.paragraphs))]
    results = "".join(
        f'<li class="search-result"><h4><a href="{tree_path(s)}">{esc(s.title)}</a></h4><p>{esc(_excerpt(s))}</p></li>'
        for s in hits
    )
    if q:
        body = (
            f'<p>Tìm thấy {len(hits)} kết quả cho “{esc(q)}”</p><ul class="search-results">{results}</ul>'
            if hits
            else f"<p>Không tìm thấy kết quả nào cho “{esc(q)}”.</p>"
        )
    else:
        body = "<p>Nhập từ khóa để tìm kiếm.</p>"
    main = f"""{_crumbs((None, "Tìm kiếm"))}<h1 class="page-title">Tìm kiếm</h1>
<form action="/tim-kiem/" method="get"><input type="text" name="query" value="{esc(q)}"><input type="submit" value="Tìm kiếm"></form>{body}"""
    return _page(
        request,
        "Tìm kiếm",
        main,
        extra='<meta name="robots" content="noindex">',
        body_class="template-searchresults",
    )


def _admin_login(request: Request) -> str:
    nxt = request.params.get("next", "/admin/")
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập - Wagtail</title><meta name="robots" content="noindex, nofollow">
<link rel="stylesheet" href="/static/wagtailadmin/css/core.css"></head>
<body class="login wagtail-admin"><main class="content-wrapper"><h1>Đăng nhập vào trang quản trị {esc(SITE)}</h1>
<form action="/admin/login/" method="post" autocomplete="off" novalidate>{_csrf_input()}<input type="hidden" name="next" value="{esc(nxt)}">
<label for="id_username">Tên đăng nhập</label><input type="text" name="username" id="id_username" autofocus>
<label for="id_password">Mật khẩu</label><input type="password" name="password" id="id_password">
<a href="/admin/password_reset/">Quên mật khẩu?</a><button type="submit">Đăng nhập</button></form></main></body></html>"""


_CSRF_403 = """<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"><meta name="robots" content="NONE,NOARCHIVE">
<title>403 Forbidden</title></head><body><div id="summary"><h1>Bị cấm <span>(403)</span></h1>
<p>Xác thực CSRF thất bại. Yêu cầu bị hủy bỏ.</p>
<p>Bạn nhận được thông báo này bởi vì trang web yêu cầu cookie CSRF khi gửi form. Cookie này bắt buộc vì lý do bảo mật.</p>
</div></body></html>"""


def _not_found(request: Request) -> Response:
    main = f"""{_crumbs((None, "Không tìm thấy trang"))}<div class="error-page"><h1 class="page-title">Không tìm thấy trang</h1>
<p>Trang bạn tìm không tồn tại hoặc đã được chuyển đi. Vui lòng quay lại <a href="/">trang chủ</a> hoặc dùng chức năng tìm kiếm.</p></div>"""
    return html(_page(request, "Không tìm thấy trang", main, body_class="template-404"), status=404)


def _sitemap(request: Request) -> Response:
    base = base_url(request)
    entries: list[tuple[str, str]] = [
        ("/", "2026-11-24"),
        ("/gioi-thieu/", "2026-07-02"),
        ("/gioi-thieu/co-cau-to-chuc/", "2026-07-02"),
        ("/tin-tuc/", "2026-11-24"),
    ]
    for s in newest():
        entries.append(
            (tree_path(s), f"{_local(s):%Y-%m-%d}" if "updated" not in s.opts else "2026-11-18")
        )
    entries += [
        ("/dao-tao-boi-duong/", "2026-10-01"),
        ("/dao-tao-boi-duong/lich-giang/", "2026-11-23"),
        ("/dao-tao-boi-duong/chuong-trinh-dao-tao/", "2026-08-14"),
        ("/van-ban/", "2026-11-18"),
        *((f"/van-ban/{e.slug}/", "-".join(reversed(e.issued.split("/")))) for e in DOC_ENTRIES),
        ("/thu-vien-anh/", "2026-11-18"),
        *(
            (f"/thu-vien-anh/{slug}/", "-".join(reversed(d.split("/"))))
            for slug, (_t, d, _p) in ALBUMS.items()
        ),
        ("/lien-he/", "2026-07-02"),
    ]
    urls = "".join(f"<url><loc>{base}{p}</loc><lastmod>{m}</lastmod></url>" for p, m in entries)
    body = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n'
    return Response(200, body, {"Content-Type": "application/xml"})


_ROBOTS = "User-agent: *\nDisallow: /admin/\nDisallow: /django-admin/\nDisallow: /tim-kiem/\n\nSitemap: {base}/sitemap.xml\n"

_DATED = re.compile(r"^/tin-tuc/(\d{4})/(\d{2})/([a-z0-9-]+)/$")
_MONTH = re.compile(r"^/tin-tuc/(\d{4})/(\d{2})/$")
_TREE = re.compile(r"^/tin-tuc/([a-z0-9-]+)/$")


class WagtailTCT:
    """Django's URLconf plus Wagtail's page serving, as one table."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/static/", "/media/")):
            return static_file(path)
        if path.startswith("/documents/"):
            if path in DOCS:
                return Response(
                    200,
                    PDF,
                    {
                        "Content-Type": "application/pdf",
                        "Content-Disposition": f'inline; filename="{DOCS[path].file}"',
                    },
                )
            return _not_found(request)
        if path == "/robots.txt":
            return Response(
                200, _ROBOTS.format(base=base_url(request)), {"Content-Type": "text/plain"}
            )
        if path == "/sitemap.xml":
            return _sitemap(request)
        if request.method == "POST":
            return html(_CSRF_403, status=403)
        if path in ("/admin/", "/admin"):
            return redirect("/admin/login/?next=/admin/")
        if path == "/django-admin/":
            return redirect("/django-admin/login/?next=/django-admin/")
        if path in ("/admin/login/", "/django-admin/login/"):
            return html(_admin_login(request), headers=self._cookie())
        if not path.endswith("/"):
            if self._page(request, path + "/") is not None:  # APPEND_SLASH
                return redirect(path + "/" + (f"?{request.query}" if request.query else ""), 301)
            return _not_found(request)
        page = self._page(request, path)
        if page is None:
            return _not_found(request)
        if isinstance(page, Response):
            return page
        return html(page, headers=self._cookie())

    @staticmethod
    def _cookie() -> dict[str, str]:
        return {
            "Set-Cookie": f"csrftoken={CSRF_COOKIE}; expires=Wed, 24 Nov 2027 09:00:00 GMT; Max-Age=31449600; Path=/; SameSite=Lax",
            "Vary": "Cookie",
        }

    def _page(self, request: Request, path: str) -> str | Response | None:
        if path == "/":
            return _home(request)
        if path == "/tin-tuc/":
            return _news_index(request)
        if path == "/tin-tuc/tai-them/":
            return _fragment(request)
        if m := _DATED.match(path):
            story = _BY_SLUG.get(m.group(3))
            if story is None or article_path(story) != path:
                return None
            return _article(story, request)
        if m := _MONTH.match(path):
            year, month = int(m.group(1)), int(m.group(2))
            return _month_archive(request, year, month) if 1 <= month <= 12 else None
        if m := _TREE.match(path):
            story = _BY_SLUG.get(m.group(1))
            return _article(story, request) if story else None
        if path in STATIC_PAGES:
            return _static(request, path)
        if path == "/dao-tao-boi-duong/":
            return _section(request)
        if path == "/dao-tao-boi-duong/lich-giang/":
            return _timetable(request)
        if path == "/van-ban/":
            return _documents(request)
        if m := re.fullmatch(r"/van-ban/([a-z0-9-]+)/", path):
            entry = next((e for e in DOC_ENTRIES if e.slug == m.group(1)), None)
            return _document_entry(request, entry) if entry else None
        if path == "/thu-vien-anh/":
            return _gallery_index(request)
        if m := re.fullmatch(r"/thu-vien-anh/([a-z0-9-]+)/", path):
            return _album(request, m.group(1)) if m.group(1) in ALBUMS else None
        if path == "/lien-he/":
            return _contact(request)
        if path == "/tim-kiem/":
            return _search(request)
        return None


def build_site() -> WagtailTCT:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return WagtailTCT()
