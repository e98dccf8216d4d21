"""Trường Chính trị tỉnh Kon Tum: Liferay DXP 7.0, a provincial vendor theme ("tct-kontum-theme").

Platform
    Liferay DXP 7.0 (lexicon markup, ``/o/`` OSGi resources, ``/combo`` scripts). News is an
    Asset Publisher (vendor ADT "Danh sách tin") filtered by asset categories through the public
    render parameter ``p_r_p_categoryId``, with the "Categories Navigation" portlet beside it; an
    article opens on its display page (``/-/<url-title>``) in a Web Content Display portlet whose
    FreeMarker template renders the web-content structure (two structures: "Tin tức" and
    "Thông báo", each with its own template).

URL scheme
    ``/``                                   302 to ``/web/truongchinhtri`` (the site's first page)
    ``/web/truongchinhtri`` and ``/web/truongchinhtri/trang-chu``   home (same page)
    ``/web/truongchinhtri/tin-tuc``         all news, ``?p_p_id=…&_<AP>_cur=<P>`` pages it
    ``/web/truongchinhtri/tin-tuc/-/categories/<categoryId>``  one category's news, paged by
                                            ``?p_r_p_categoryId=<C>&_<AP>_cur=<P>``
    ``/web/truongchinhtri/-/<url-title>``   an article on its display page
        ``?p_p_id=<WCD>&p_p_state=pop_up&…&_<WCD>_viewMode=print``  its print view
    ``/web/truongchinhtri/trang-chu/-/asset_publisher/HnV3tP0sQw1L/content/<url-title>?…_redirect=…``
                                            the same article maximised in the home's featured AP
    ``/web/truongchinhtri/chi-tiet-tin``    the display-page layout itself (no article chosen)
    ``/web/truongchinhtri/<page>``          intro, structure, contact, albums, video, documents
    ``/documents/20143/<folder>/<file>/<uuid>?t=<ms>``  Documents and Media files (images, PDFs)

Page templates
    home: featured AP (3 newest, maximised-content links), "Tin tức - Sự kiện" AP (5 newest,
    display-page links), "Thông báo" AP (2), sidebar (most read, links, counter, poll).
    tin-tuc: AP list (5 per page, Liferay's lexicon paginator whose page links sit in a
    "Trang 1 của 3" drop-down) beside the Categories Navigation portlet (two vocabularies:
    "Chủ đề" and "Đơn vị"). Display page: WCD portlet titled "Chi tiết tin", then related assets,
    categories and tags summaries, ratings; a Page Comments portlet; an AP "Các tin khác" (5 newest
    others).

How each gold article is reached
    Articles 1-5 from the home page; 6 also from "Các tin khác" and "Nội dung liên quan" of the
    article pages; 7-13 only from page 2 or 3 of ``tin-tuc`` or from a category list (article 13
    only from page 2 of "Hoạt động của Trường" or page 3 of the news list); articles 1-3 also by
    their maximised AP URL on the home page (alt_paths).

Traps
    1. Canonical: Liferay 7.0 prints on every display page ``<link rel="canonical">`` to the
       display-page layout ``/web/truongchinhtri/chi-tiet-tin`` (the same for all 13 articles).
       Gold canonical_path: the article's own ``/-/<url-title>``; the layout is no article.
    2. Headline in no heading: the only ``h2`` of the article's portlet is its portlet title
       "Chi tiết tin"; the FreeMarker template prints the headline in ``<div class="tct-tde">``
       (the AP maximised view prints it twice: the portlet's "«" back header, then the template's).
       Gold title: the template's headline.
    3. "Thông báo" template prints the raw ``reserved-article-display-date`` data in UTC, RFC 822
       ("Mon, 23 Nov 2026 17:30:00 +0000"). Gold: converted to +07:00, the day included
       ("2026-11-24T00:30:00+07:00").
    4. "Tin tức" template prints the display date with a 12-hour clock and Vietnamese day-period
       markers ("04/12/2026 03:45 CH"; "30/11/2026 12:15 CH" is noon) beside "Cập nhật: …".
       Gold: the 24-hour publication time ("2026-12-04T15:45:00+07:00", "…T12:15:00+07:00").
    5. The text of a "Tin tức" article is a repeatable structure section ("tct-doan"), each with
       its own image field, caption field and rich-text field, printed as sibling blocks; the
       sapo is a field of its own (``tct-sapo``) above them. Gold body: the sapo then every
       section's text in order; the largest block alone is not the text.
    6. The image field's ``alt`` is the Documents and Media file title ("DSC_0412.JPG"), and an
       empty caption field still prints ``<p class="tct-ghichu"></p>``. Gold caption: the caption
       field's text, None where it is empty (the alt is a file name, no caption).
    7. Images are Documents and Media URLs whose path ends in the file's UUID, not an extension,
       with a cache-busting ``?t=<ms>``; the list thumbnails are the same files with
       ``&imageThumbnail=1``. Gold image path: the full article URL with its ``?t=``; thumbnails
       are not the article's images.
    8. Paginator: the page numbers are only in the "Trang 1 của 3" drop-down; "Đầu tiên" links
       ``_cur=1`` (page 1 again under another URL); disabled buttons are ``javascript:;``.
    9. Each list item links its post three times (thumbnail, title, "Xem tiếp" with a hidden
       ``<span class="hide-accessible"> về <title></span>``). One article each; the hidden text is
       no title.
    10. Category: the breadcrumb of a display page prints only the layout ("Chi tiết tin"); the
        category is in the categories summary, which prints two vocabularies ("Chủ đề: …",
        "Đơn vị: …"). Gold category: the "Chủ đề" one, a child category as printed
        ("Công tác Đảng, đoàn thể", child of "Hoạt động của Trường").
    11. Inside the Web Content Display, after the text: "Nội dung liên quan" asset links, the
        categories and tags summaries, "Đánh giá trung bình (0 phiếu)"; below it the comments
        portlet and "Các tin khác" with summaries. None of it is body.
    12. Bylines: the "Tác giả" field right-aligned at the end with degree and unit
        ("ThS. Y Blông - Phó Trưởng Khoa Lý luận cơ sở" -> "Y Blông"), "BBT" (nobody), a unit
        alone ("Phòng Tổ chức - Hành chính", as printed); the metadata's
        "Người đăng: tct.quantri" (a Liferay screen name) is nobody; "Tin, ảnh: Hoàng Anh" typed
        into the text -> author and photographer.
    13. Print view is a ``p_p_state=pop_up`` URL printed only inside an ``onclick`` script;
        the maximised AP view carries a ``_redirect`` back to the home. Both in alt_paths.
    14. "Thông báo" articles end with an attachment field ("Tệp đính kèm: …pdf") and a right-
        aligned issuing unit; the attachment line is no text, the unit is the author.

Gold decisions on ambiguous points
    - The sapo field (bold) is the summary and the body's first paragraph; an article whose sapo
      field is empty has summary None unless its text opens with a bold lead paragraph.
    - A table in the text (exam schedule, results) gives one paragraph per row, cells " | ".
    - The "Nguồn tin: Báo Kon Tum" field is the source "Báo Kon Tum".
    - A "Thông báo" has no bold sapo: summary None.
    - The maximised AP view and the print view are the same article (alt_paths); the display
      page is the path and the canonical.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "liferay70_wcd_categories_tct"
PLATFORM = "Liferay DXP 7.0 (Asset Publisher + Categories Navigation, Web Content Display, FreeMarker)"
START_PATH = "/"

SITE = "/web/truongchinhtri"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
AP_LIST = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_k7QzE2aBcD9x"
AP_HOME = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_HnV3tP0sQw1L"
WCD = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_Wc9dTq2LmX0a"
DELTA = 5

#: a section break inside a "Tin tức" story (the repeatable structure field "DoanVan")
SEC = Raw("<!-- DoanVan -->")

# --- categories -------------------------------------------------------------------------------


@dataclass
class Cat:
    id: int
    name: str
    vocab: str
    parent: int | None = None
    children: list[int] = field(default_factory=list)


CATS: dict[int, Cat] = {
    c.id: c
    for c in [
        Cat(41201, "Hoạt động của Trường", "Chủ đề", children=[41207]),
        Cat(41207, "Công tác Đảng, đoàn thể", "Chủ đề", parent=41201),
        Cat(41202, "Đào tạo - Bồi dưỡng", "Chủ đề"),
        Cat(41203, "Nghiên cứu - Trao đổi", "Chủ đề"),
        Cat(41204, "Thông báo", "Chủ đề"),
        Cat(41301, "Khoa Lý luận cơ sở", "Đơn vị"),
        Cat(41302, "Khoa Xây dựng Đảng", "Đơn vị"),
        Cat(41303, "Khoa Nhà nước và pháp luật", "Đơn vị"),
    ]
}


def _doc(folder: int, name: str, uuid: str, t: int) -> str:
    return f"/documents/20143/{folder}/{name}/{uuid}?t={t}"


def _u(n: int) -> str:
    """A deterministic Liferay-looking UUID."""
    h = f"{(n * 2654435761) % (1 << 32):08x}{(n * 40503) % (1 << 16):04x}"
    return f"{h[:8]}-{h[8:12]}-4{h[9:12]}-a{h[1:4]}-{h[:8]}{h[4:8]}"


# --- the stories ------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        1,
        "truong-chinh-tri-tinh-to-chuc-hoi-nghi-tong-ket-cong-tac-nam-2026",
        "Trường Chính trị tỉnh tổ chức Hội nghị tổng kết công tác năm 2026",
        "Hoạt động của Trường",
        "2026-12-04T15:45:00+07:00",
        [
            Img(
                _doc(41502, "DSC_0412.JPG", _u(1), 1764845100000),
                "Đồng chí Nguyễn Văn Hòa, Phó Bí thư Thường trực Tỉnh ủy phát biểu chỉ đạo hội nghị",
                "Đồng chí Nguyễn Văn Hòa, Phó Bí thư Thường trực Tỉnh ủy phát biểu chỉ đạo hội nghị",
                style="field",
            ),
            P(
                "Năm 2026, Trường Chính trị tỉnh đã mở 38 lớp đào tạo, bồi dưỡng với 2.946 học viên, "
                "vượt 8,6% kế hoạch được giao; trong đó có 06 lớp Trung cấp lý luận chính trị - hành "
                "chính, 14 lớp bồi dưỡng kiến thức quốc phòng và an ninh, 18 lớp bồi dưỡng nghiệp vụ."
            ),
            P(
                "Công tác nghiên cứu khoa học được chú trọng với 01 đề tài cấp tỉnh, 05 đề tài cấp "
                "trường được nghiệm thu xếp loại khá trở lên; 100% giảng viên đi nghiên cứu thực tế "
                "tại cơ sở theo quy định."
            ),
            SEC,
            Img(
                _doc(41502, "DSC_0439.JPG", _u(2), 1764845160000),
                "(Quang cảnh hội nghị)",
                "Quang cảnh hội nghị",
                style="field",
            ),
            P(
                "Phát biểu chỉ đạo hội nghị, đồng chí Nguyễn Văn Hòa ghi nhận những kết quả nhà trường "
                "đạt được, đồng thời đề nghị tập thể cán bộ, giảng viên tiếp tục đổi mới nội dung, "
                "phương pháp giảng dạy, gắn lý luận với thực tiễn của tỉnh."
            ),
            P(
                "Dịp này, Giám đốc Trường Chính trị tỉnh đã tặng giấy khen cho 04 tập thể và 21 cá "
                "nhân có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2026."
            ),
        ],
        authors=["Thu Hiền"],
        summary=(
            "Chiều 04/12, Trường Chính trị tỉnh Kon Tum tổ chức Hội nghị tổng kết công tác năm 2026, "
            "triển khai phương hướng, nhiệm vụ năm 2027. Đồng chí Nguyễn Văn Hòa, Phó Bí thư Thường "
            "trực Tỉnh ủy dự và chỉ đạo hội nghị."
        ),
        sapo_outside=True,
        opts={
            "tpl": "tin",
            "printed_date": "04/12/2026 03:45 CH",
            "modified": "05/12/2026 08:10 SA",
            "tacgia": "Thu Hiền - Phòng Tổ chức - Hành chính",
            "cats": [41201],
            "tags": ["tổng kết", "năm 2026"],
        },
    ),
    Story(
        2,
        "thong-bao-lich-thi-tot-nghiep-lop-trung-cap-ly-luan-chinh-tri-k41",
        "Thông báo lịch thi tốt nghiệp lớp Trung cấp lý luận chính trị K41 (hệ không tập trung)",
        "Thông báo",
        "2026-12-03T09:00:00+07:00",
        [
            P(
                "Căn cứ kế hoạch đào tạo năm 2026, Trường Chính trị tỉnh thông báo lịch thi tốt nghiệp "
                "lớp Trung cấp lý luận chính trị K41 hệ không tập trung mở tại huyện Ngọc Hồi như sau:"
            ),
            P("Ngày thi | Buổi | Môn thi | Hình thức", style="row"),
            P("14/12/2026 | Sáng | Những vấn đề cơ bản của chủ nghĩa Mác - Lênin | Viết", style="row"),
            P("15/12/2026 | Sáng | Những vấn đề cơ bản về Đảng Cộng sản và lịch sử Đảng | Viết", style="row"),
            P("16/12/2026 | Chiều | Vận dụng tổng hợp | Vấn đáp", style="row"),
            P(
                "Học viên có mặt tại phòng thi trước 30 phút, mang theo thẻ học viên và giấy tờ tùy "
                "thân có ảnh; học viên chưa hoàn thành nghĩa vụ học phí không được dự thi."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Phòng Đào tạo - Quản lý khoa học</strong></p>'
            ),
        ],
        authors=["Phòng Đào tạo - Quản lý khoa học"],
        opts={
            "tpl": "tb",
            "raw_date": "Thu, 03 Dec 2026 02:00:00 +0000",
            "cats": [41204],
            "file": ("TB-lich-thi-TC-K41.pdf", _doc(45001, "TB-lich-thi-TC-K41.pdf", _u(3), 1764727200000)),
            "related": [6],
        },
    ),
    Story(
        3,
        "be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4-nam-2026",
        "Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 năm 2026",
        "Đào tạo - Bồi dưỡng",
        "2026-12-02T10:20:00+07:00",
        [
            P(
                "Lớp học có 96 học viên là trưởng, phó các phòng, ban, đơn vị cấp huyện và tương đương; "
                "bí thư, phó bí thư đảng ủy, chủ tịch, phó chủ tịch Ủy ban nhân dân các xã, phường, "
                "thị trấn trên địa bàn tỉnh."
            ),
            Img(
                _doc(41503, "IMG_20261202_091533.jpg", _u(4), 1764645600000),
                "Ảnh: Minh Đức",
                None,
                style="inline",
            ),
            P(
                "Trong thời gian 08 ngày, các học viên được nghiên cứu 12 chuyên đề về quan điểm, "
                "đường lối của Đảng, chính sách, pháp luật của Nhà nước về quốc phòng, an ninh; tham "
                "gia thực hành bắn súng AK và diễn tập khu vực phòng thủ cấp xã."
            ),
            P(
                "Kết quả, 100% học viên hoàn thành chương trình, trong đó 41 học viên đạt loại giỏi, "
                "55 học viên đạt loại khá; 05 học viên được tặng giấy khen vì có thành tích xuất sắc."
            ),
            Img(
                _doc(41503, "IMG_20261202_102011.jpg", _u(5), 1764645660000),
                "Lãnh đạo nhà trường trao giấy chứng nhận cho các học viên",
                "Lãnh đạo nhà trường trao giấy chứng nhận cho các học viên",
                style="figure",
            ),
        ],
        authors=["Minh Đức"],
        photographers=["Minh Đức"],
        summary=(
            "Sáng 02/12, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế giảng "
            "lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
        ),
        sapo_outside=True,
        opts={
            "tpl": "tin",
            "printed_date": "02/12/2026 10:20 SA",
            "modified": "02/12/2026 02:41 CH",
            "tacgia": "Minh Đức",
            "cats": [41202],
            "related": [7],
        },
    ),
    Story(
        4,
        "chi-bo-khoa-xay-dung-dang-to-chuc-sinh-hoat-chuyen-de-quy-iv",
        "Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV",
        "Công tác Đảng, đoàn thể",
        "2026-11-30T12:15:00+07:00",
        [
            P(
                "Thực hiện kế hoạch của Đảng ủy Trường Chính trị tỉnh, ngày 30/11, Chi bộ Khoa Xây "
                "dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với chủ đề “Nâng cao vai trò nêu gương "
                "của đảng viên là giảng viên lý luận chính trị”.",
                style="div",
            ),
            P(
                "Tại buổi sinh hoạt, các đảng viên đã thảo luận, làm rõ những biểu hiện thiếu gương mẫu "
                "trong lời nói, việc làm; đề xuất giải pháp gắn việc nêu gương với giảng dạy và nghiên "
                "cứu khoa học.",
                style="div",
            ),
            P("Chi bộ thống nhất ba nội dung trọng tâm trong thời gian tới:", style="br"),
            P("- Mỗi đảng viên đăng ký ít nhất một việc làm nêu gương cụ thể;", style="br"),
            P("- Đưa nội dung nêu gương vào đánh giá, xếp loại đảng viên cuối năm.", style="br"),
            P(
                "Kết thúc buổi sinh hoạt, đồng chí Bí thư Chi bộ đề nghị các đảng viên nghiêm túc thực "
                "hiện các nội dung đã đăng ký, báo cáo kết quả tại kỳ sinh hoạt chi bộ tháng 3/2027.",
                style="div",
            ),
        ],
        authors=["Trần Thị Mai Hương"],
        opts={
            "tpl": "tin",
            "printed_date": "30/11/2026 12:15 CH",
            "modified": "01/12/2026 07:55 SA",
            "tacgia": "ThS. Trần Thị Mai Hương - Giảng viên Khoa Xây dựng Đảng",
            "cats": [41207, 41302],
        },
    ),
    Story(
        5,
        "van-dung-phuong-phap-day-hoc-tich-cuc-trong-giang-day-ly-luan-chinh-tri",
        "Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị ở Trường Chính trị "
        "tỉnh Kon Tum",
        "Nghiên cứu - Trao đổi",
        "2026-11-27T09:00:00+07:00",
        [
            P("1. Sự cần thiết đổi mới phương pháp giảng dạy", style="h"),
            P(
                "Nghị quyết số 32-NQ/TW của Bộ Chính trị xác định đổi mới phương pháp giảng dạy là "
                "khâu then chốt để nâng cao chất lượng đào tạo, bồi dưỡng lý luận chính trị.[1] Học "
                "viên của nhà trường phần lớn là cán bộ đang công tác, có kinh nghiệm thực tiễn phong "
                "phú nhưng ít thời gian tự học."
            ),
            P("2. Một số phương pháp đã vận dụng", style="h"),
            P("Thảo luận nhóm theo tình huống thực tiễn của địa phương;", style="li"),
            P("Nêu vấn đề và đối thoại giữa giảng viên với học viên;", style="li"),
            P("Sử dụng bản đồ tư duy để hệ thống hóa kiến thức cuối mỗi chuyên đề.", style="li"),
            P(
                "Qua khảo sát 312 học viên các lớp Trung cấp lý luận chính trị - hành chính năm 2026, "
                "87,5% đánh giá các phương pháp trên giúp nắm bài tốt hơn so với thuyết trình đơn "
                "thuần.[2]"
            ),
            P("Tài liệu tham khảo", style="h"),
            P("[1] Nghị quyết số 32-NQ/TW ngày 26/5/2014 của Bộ Chính trị."),
            P("[2] Trường Chính trị tỉnh Kon Tum, Báo cáo khảo sát chất lượng đào tạo năm 2026."),
        ],
        authors=["Y Blông"],
        summary=(
            "Đổi mới phương pháp dạy học theo hướng phát huy tính tích cực của người học là yêu cầu "
            "cấp thiết nhằm nâng cao chất lượng đào tạo, bồi dưỡng cán bộ ở Trường Chính trị tỉnh."
        ),
        sapo_outside=True,
        opts={
            "tpl": "tin",
            "printed_date": "27/11/2026 09:00 SA",
            "modified": "28/11/2026 10:02 SA",
            "tacgia": "ThS. Y Blông - Phó Trưởng Khoa Lý luận cơ sở",
            "cats": [41203, 41301],
            "tags": ["phương pháp giảng dạy"],
        },
    ),
    Story(
        6,
        "thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-42",
        "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ tập trung khóa 42",
        "Thông báo",
        "2026-11-24T00:30:00+07:00",
        [
            P(
                "Trường Chính trị tỉnh Kon Tum thông báo tuyển sinh lớp Trung cấp lý luận chính trị - "
                "hành chính hệ tập trung khóa 42, năm học 2026 - 2027."
            ),
            P("Đối tượng tuyển sinh", style="h"),
            P(
                "Cán bộ, công chức, viên chức trong quy hoạch các chức danh lãnh đạo, quản lý cấp "
                "phòng và tương đương;",
                style="li",
            ),
            P("Cán bộ chủ chốt cấp xã chưa có trình độ trung cấp lý luận chính trị.", style="li"),
            P("Hồ sơ đăng ký", style="h"),
            P(
                "Hồ sơ gồm: quyết định cử đi học, bản sao bằng tốt nghiệp, phiếu đảng viên, sơ yếu lý "
                "lịch có xác nhận của cơ quan. Hồ sơ nộp tại Phòng Đào tạo - Quản lý khoa học trước "
                "ngày 20/12/2026."
            ),
            P(
                "Mọi chi tiết xin liên hệ Phòng Đào tạo - Quản lý khoa học, điện thoại 0260.3862.417."
            ),
        ],
        opts={
            "tpl": "tb",
            "raw_date": "Mon, 23 Nov 2026 17:30:00 +0000",
            "cats": [41204],
            "file": ("TB-tuyen-sinh-K42.pdf", _doc(45001, "TB-tuyen-sinh-K42.pdf", _u(6), 1764003600000)),
            "related": [2],
        },
    ),
    Story(
        7,
        "khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-tai-huyen-dak-ha",
        "Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung tại huyện Đăk Hà",
        "Đào tạo - Bồi dưỡng",
        "2026-11-20T08:05:00+07:00",
        [
            Img(
                _doc(41503, "KG-DakHa-01.jpg", _u(7), 1763600700000),
                "Các đại biểu thực hiện nghi thức chào cờ tại lễ khai giảng",
                "Các đại biểu thực hiện nghi thức chào cờ tại lễ khai giảng",
                style="field",
            ),
            P(
                "Lớp học có 72 học viên là cán bộ, công chức cấp huyện, cấp xã và đảng viên các chi "
                "bộ thôn, làng của huyện Đăk Hà, học tập trong 18 tháng theo hình thức không tập trung."
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Giám đốc Trường Chính trị tỉnh đề nghị học viên "
                "chấp hành nghiêm quy chế, nội quy lớp học, chủ động nghiên cứu tài liệu và liên hệ "
                "thực tiễn công tác tại địa phương."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hoàng Anh</strong></p>'),
        ],
        authors=["Hoàng Anh"],
        photographers=["Hoàng Anh"],
        summary=(
            "Sáng 20/11, tại Trung tâm Chính trị huyện Đăk Hà, Trường Chính trị tỉnh khai giảng lớp "
            "Trung cấp lý luận chính trị - hành chính hệ không tập trung năm 2026."
        ),
        sapo_outside=True,
        opts={
            "tpl": "tin",
            "printed_date": "20/11/2026 08:05 SA",
            "modified": "20/11/2026 08:05 SA",
            "tacgia": "",
            "cats": [41202],
        },
    ),
    Story(
        8,
        "doan-thanh-nien-truong-chinh-tri-tinh-ra-quan-tinh-nguyen-mua-dong-2026",
        "Đoàn Thanh niên Trường Chính trị tỉnh ra quân tình nguyện mùa đông 2026",
        "Công tác Đảng, đoàn thể",
        "2026-11-14T16:30:00+07:00",
        [
            P(
                "Chiều 14/11, Chi đoàn Trường Chính trị tỉnh tổ chức lễ ra quân Chương trình tình "
                "nguyện mùa đông năm 2026 tại làng Kon Rơ Bàng 1, xã Vinh Quang, thành phố Kon Tum.",
                style="bold",
            ),
            P(
                "Đoàn viên đã trao 60 suất quà gồm áo ấm, gạo, sữa và sách vở cho học sinh, hộ nghèo "
                "trong làng; sửa chữa, sơn lại nhà rông và dọn vệ sinh tuyến đường vào làng."
            ),
            Img(
                _doc(41504, "TNMD-2026-03.jpg", _u(8), 1763112600000),
                "Đoàn viên trao quà cho học sinh làng Kon Rơ Bàng 1",
                "Đoàn viên trao quà cho học sinh làng Kon Rơ Bàng 1",
                style="table",
            ),
            P(
                "Tổng giá trị các phần quà và công trình trên 35 triệu đồng, do đoàn viên đóng góp và "
                "vận động các nhà hảo tâm trong tỉnh."
            ),
        ],
        authors=["A Tâm"],
        summary=(
            "Chiều 14/11, Chi đoàn Trường Chính trị tỉnh tổ chức lễ ra quân Chương trình tình "
            "nguyện mùa đông năm 2026 tại làng Kon Rơ Bàng 1, xã Vinh Quang, thành phố Kon Tum."
        ),
        opts={
            "tpl": "tin",
            "printed_date": "14/11/2026 04:30 CH",
            "modified": "15/11/2026 09:12 SA",
            "tacgia": "A Tâm",
            "cats": [41207],
        },
    ),
    Story(
        9,
        "hoi-thao-khoa-hoc-nang-cao-chat-luong-nghien-cuu-thuc-te-cua-hoc-vien",
        "Hội thảo khoa học “Nâng cao chất lượng nghiên cứu thực tế của học viên”",
        "Nghiên cứu - Trao đổi",
        "2026-11-06T14:00:00+07:00",
        [
            Img(_doc(41505, "DSC_1187.JPG", _u(9), 1762412400000), None, None, style="field"),
            P(
                "Hội thảo nhận được 17 tham luận của giảng viên các khoa, phòng và một số trung tâm "
                "chính trị cấp huyện, tập trung phân tích thực trạng tổ chức cho học viên đi nghiên "
                "cứu thực tế trong những năm qua."
            ),
            SEC,
            P(
                "Các ý kiến cho rằng cần lựa chọn địa bàn gắn với nội dung chương trình, giao đề cương "
                "thu hoạch trước chuyến đi và tăng trọng số điểm của bài thu hoạch trong đánh giá "
                "kết quả học tập."
            ),
            P(
                "Kết luận hội thảo, đồng chí Giám đốc Trường giao Phòng Đào tạo - Quản lý khoa học tiếp "
                "thu các ý kiến, tham mưu sửa đổi quy định về nghiên cứu thực tế trong quý I/2027."
            ),
        ],
        summary=(
            "Chiều 06/11, Trường Chính trị tỉnh tổ chức Hội thảo khoa học cấp trường “Nâng cao chất "
            "lượng nghiên cứu thực tế của học viên các lớp Trung cấp lý luận chính trị - hành chính”."
        ),
        sapo_outside=True,
        opts={
            "tpl": "tin",
            "printed_date": "06/11/2026 02:00 CH",
            "modified": "07/11/2026 08:30 SA",
            "tacgia": "BBT",
            "cats": [41203, 41301],
        },
    ),
    Story(
        10,
        "doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-iii-lam-viec-voi-truong-chinh-tri-tinh",
        "Đoàn công tác Học viện Chính trị khu vực III làm việc với Trường Chính trị tỉnh",
        "Hoạt động của Trường",
        "2026-10-29T10:00:00+07:00",
        [
            P(
                "Tại buổi làm việc, lãnh đạo Trường Chính trị tỉnh báo cáo kết quả thực hiện nhiệm vụ "
                "10 tháng năm 2026, việc thực hiện Quy định số 09-QĐ/TW về trường chính trị chuẩn và "
                "đề xuất Học viện hỗ trợ bồi dưỡng chuyên môn cho giảng viên trẻ."
            ),
            Img(
                _doc(41506, "HVCT-KVIII-lamviec.jpg", _u(10), 1761706800000),
                "PGS.TS Đặng Văn Lâm, Phó Giám đốc Học viện Chính trị khu vực III phát biểu tại buổi làm việc",
                "PGS.TS Đặng Văn Lâm, Phó Giám đốc Học viện Chính trị khu vực III phát biểu tại buổi làm việc",
                style="inline",
            ),
            P(
                "Phó Giám đốc Học viện đánh giá cao sự chủ động của nhà trường, đồng thời cam kết phối "
                "hợp tổ chức các lớp bồi dưỡng phương pháp giảng dạy và cử giảng viên tham gia giảng "
                "dạy một số chuyên đề chuyên sâu."
            ),
        ],
        authors=["Thanh Huyền"],
        source="Báo Kon Tum",
        summary=(
            "Ngày 29/10, Đoàn công tác Học viện Chính trị khu vực III do PGS.TS Đặng Văn Lâm, Phó "
            "Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh."
        ),
        sapo_outside=True,
        opts={
            "tpl": "tin",
            "printed_date": "29/10/2026 10:00 SA",
            "modified": "29/10/2026 04:12 CH",
            "tacgia": "Thanh Huyền",
            "nguon": "Báo Kon Tum",
            "cats": [41201],
        },
    ),
    Story(
        11,
        "boi-duong-nghiep-vu-cong-tac-dan-van",
        "Bồi dưỡng nghiệp vụ công tác dân vận cho cán bộ cơ sở năm 2026",
        "Đào tạo - Bồi dưỡng",
        "2026-10-22T07:30:00+07:00",
        [
            P(
                "Trong 05 ngày, 85 học viên là cán bộ làm công tác dân vận ở các xã, phường, thị trấn "
                "được truyền đạt các chuyên đề về quan điểm của Đảng về công tác dân vận, kỹ năng vận "
                "động quần chúng và công tác dân vận trong vùng đồng bào dân tộc thiểu số."
            ),
            P(
                "Giảng viên Khoa Nhà nước và pháp luật đã dành nhiều thời gian cho các tình huống thực "
                "tế ở địa phương như vận động hiến đất làm đường, giải quyết khiếu nại về đất đai."
            ),
            SEC,
            Img(
                _doc(41507, "BD-danvan-2026.jpg", _u(11), 1761093000000),
                "Học viên thảo luận nhóm tình huống vận động quần chúng",
                "Học viên thảo luận nhóm tình huống vận động quần chúng",
                style="field",
            ),
            P(
                "Cuối khóa, học viên viết bài thu hoạch và được cấp giấy chứng nhận hoàn thành chương "
                "trình bồi dưỡng."
            ),
        ],
        authors=["Phạm Quốc Bảo"],
        summary=(
            "Từ ngày 22 đến 26/10, Trường Chính trị tỉnh phối hợp với Ban Dân vận Tỉnh ủy mở lớp bồi "
            "dưỡng nghiệp vụ công tác dân vận cho cán bộ cơ sở năm 2026."
        ),
        sapo_outside=True,
        opts={
            "tpl": "tin",
            "printed_date": "22/10/2026 07:30 SA",
            "modified": "23/10/2026 03:20 CH",
            "tacgia": "Phạm Quốc Bảo - Khoa Nhà nước và pháp luật",
            "cats": [41202, 41303],
        },
    ),
    Story(
        12,
        "hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        "Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        "Hoạt động của Trường",
        "2026-10-15T15:00:00+07:00",
        [
            P(
                "Hội thi có 12 giảng viên của 04 khoa tham gia, mỗi giảng viên trình bày một bài giảng "
                "45 phút trên lớp học thực tế và trả lời câu hỏi của Ban Giám khảo."
            ),
            P("Kết quả, Ban Tổ chức trao giải cho các giảng viên:"),
            P("Giải | Giảng viên | Khoa", style="row"),
            P("Nhất | Nguyễn Thị Thanh Tâm | Lý luận cơ sở", style="row"),
            P("Nhì | Y Blông | Lý luận cơ sở", style="row"),
            P("Ba | Lê Văn Thịnh | Nhà nước và pháp luật", style="row"),
            P(
                "Hai giảng viên đạt giải nhất, nhì sẽ đại diện nhà trường tham dự Hội thi giảng viên "
                "lý luận chính trị giỏi toàn quốc năm 2027."
            ),
        ],
        authors=["Lê Thị Thu Trang"],
        summary=(
            "Từ ngày 13 đến 15/10, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp "
            "trường năm 2026 nhằm nâng cao chất lượng đội ngũ giảng viên."
        ),
        sapo_outside=True,
        opts={
            "tpl": "tin",
            "printed_date": "15/10/2026 03:00 CH",
            "modified": "16/10/2026 09:45 SA",
            "tacgia": "Lê Thị Thu Trang",
            "cats": [41201],
            "tags": ["hội thi", "giảng viên"],
        },
    ),
    Story(
        13,
        "truong-chinh-tri-tinh-huong-ung-ngay-chuyen-doi-so-quoc-gia",
        "Trường Chính trị tỉnh hưởng ứng Ngày Chuyển đổi số quốc gia 10/10",
        "Hoạt động của Trường",
        "2026-10-09T11:20:00+07:00",
        [
            P(
                "Nhà trường đã treo băng rôn, khẩu hiệu tuyên truyền, tổ chức cho 100% cán bộ, giảng "
                "viên cài đặt và sử dụng ứng dụng VNeID, Kon Tum Smart trong giải quyết công việc."
            ),
            Img(
                _doc(41508, "CDS-10-10.jpg", _u(13), 1759983600000),
                "Cán bộ nhà trường hướng dẫn học viên cài đặt ứng dụng Kon Tum Smart",
                "Cán bộ nhà trường hướng dẫn học viên cài đặt ứng dụng Kon Tum Smart",
                style="figure",
            ),
            P(
                "Đồng thời, nhà trường đưa vào sử dụng hệ thống quản lý đào tạo trực tuyến, cho phép "
                "học viên tra cứu lịch học, điểm thi và tài liệu học tập trên điện thoại."
            ),
        ],
        authors=["Phòng Tổ chức - Hành chính"],
        summary=(
            "Hưởng ứng Ngày Chuyển đổi số quốc gia 10/10, Trường Chính trị tỉnh triển khai nhiều "
            "hoạt động thiết thực nhằm đẩy mạnh ứng dụng công nghệ số trong quản lý, giảng dạy."
        ),
        sapo_outside=True,
        opts={
            "tpl": "tin",
            "printed_date": "09/10/2026 11:20 SA",
            "modified": "09/10/2026 11:20 SA",
            "tacgia": "Phòng Tổ chức - Hành chính",
            "cats": [41201],
        },
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}
#: newest first, as every Asset Publisher here sorts (display date descending)
ORDERED = sorted(STORIES, key=lambda s: s.id)
FEATURED = ORDERED[:3]

# --- URLs -------------------------------------------------------------------------------------


def article_path(story: Story) -> str:
    return f"{SITE}/-/{story.slug}"


def print_path(story: Story) -> str:
    return (
        f"{article_path(story)}?p_p_id={WCD}&p_p_lifecycle=0&p_p_state=pop_up&p_p_mode=view"
        f"&_{WCD}_viewMode=print"
    )


def featured_path(story: Story) -> str:
    return (
        f"{SITE}/trang-chu/-/asset_publisher/HnV3tP0sQw1L/content/{story.slug}"
        f"?_{AP_HOME}_redirect={quote(SITE + '/trang-chu', safe='')}"
    )


def list_path(page: int, cat: int | None = None, first_link: bool = False) -> str:
    """A list page as the paginator links it (page 1 from the menu/nav has no query)."""
    if cat is None:
        if page == 1 and not first_link:
            return f"{SITE}/tin-tuc"
        return (
            f"{SITE}/tin-tuc?p_p_id={AP_LIST}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
            f"&_{AP_LIST}_cur={page}"
        )
    if page == 1 and not first_link:
        return f"{SITE}/tin-tuc/-/categories/{cat}"
    return f"{SITE}/tin-tuc/-/categories/{cat}?p_r_p_categoryId={cat}&_{AP_LIST}_cur={page}"


def cat_members(cat: int) -> list[Story]:
    ids = {cat, *CATS[cat].children}
    return [s for s in ORDERED if ids & set(s.opts["cats"])]


def thumb(story: Story) -> str:
    img = next(iter(story.images), None)
    src = img.src if img else "/o/tct-kontum-theme/images/no-image.png?t=1"
    return src + "&imageThumbnail=1"


# --- markup pieces ----------------------------------------------------------------------------


def _a(href: str, label: str, **attrs: str) -> str:
    extra = "".join(f' {k.rstrip("_")}="{esc(v)}"' for k, v in attrs.items())
    return f'<a href="{esc(href)}"{extra}>{label}</a>'


def _para(p: P) -> str:
    t = esc(p.text)
    if p.style == "h":
        return f"<p><strong>{t}</strong></p>"
    if p.style == "bold":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if p.style == "div":
        return (
            f'<div style="text-align: justify;"><span style="font-family:times new roman,times,serif;">'
            f'<span style="font-size:14px;">{t}</span></span></div>'
        )
    return f'<p style="text-align: justify;">{t}</p>'


def _img(img: Img) -> str:
    alt = img.src.split("/")[4]
    if img.style == "field":
        line = esc(img.printed) if img.printed else ""
        return (
            f'<div class="tct-anh"><img alt="{esc(alt)}" data-fileentryid="{sum(map(ord, img.src)) + 30000}" '
            f'src="{esc(img.src)}" /><p class="tct-ghichu">{line}</p></div>'
        )
    if img.style == "inline":
        out = f'<p style="text-align: center;"><img alt="" src="{esc(img.src)}" style="width: 600px; height: 400px;" /></p>'
        if img.printed:
            out += f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
        return out
    if img.style == "figure":
        return (
            f'<figure class="image"><img alt="" height="400" src="{esc(img.src)}" width="600" />'
            f"<figcaption>{esc(img.printed or '')}</figcaption></figure>"
        )
    # "table": CKEditor table holding the photo and its line
    return (
        '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 600px;"><tbody>'
        f'<tr><td><img alt="" src="{esc(img.src)}" style="width: 600px; height: 400px;" /></td></tr>'
        f'<tr><td style="text-align: center;"><em>{esc(img.printed or "")}</em></td></tr>'
        "</tbody></table>"
    )


def rich(blocks: list) -> str:
    """CKEditor output for a run of blocks."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "row", "br"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in run) + "</ul>")
            elif b.style == "br":
                out.append(
                    '<p style="text-align: justify;">' + "<br />\n".join(esc(p.text) for p in run) + "</p>"
                )
            else:
                rows = []
                for n, p in enumerate(run):
                    tag = "th" if n == 0 else "td"
                    cells = "".join(f"<{tag}>{esc(c.strip())}</{tag}>" for c in p.text.split("|"))
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;"><tbody>'
                    + "".join(rows)
                    + "</tbody></table>"
                )
            continue
        if isinstance(b, P):
            out.append(_para(b))
        elif isinstance(b, Img):
            out.append(_img(b))
        elif b is not SEC:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def _sections(story: Story) -> list[list]:
    secs: list[list] = [[]]
    for b in story.blocks:
        if b is SEC:
            secs.append([])
        else:
            secs[-1].append(b)
    return secs


def journal_tin(story: Story) -> str:
    """FreeMarker template "TCT - Tin tức" (structure TinTuc)."""
    o = story.opts
    sapo = f"<p><strong>{esc(story.summary)}</strong></p>" if story.sapo_outside and story.summary else ""
    parts = [
        '<div class="tct-bv">',
        f'<div class="tct-tde">{esc(story.title)}</div>',
        '<div class="tct-ngay"><span class="icon-calendar"></span> Ngày đăng: '
        f'{o["printed_date"]} <span class="tct-sep">|</span> Cập nhật: {o["modified"]} '
        f'<span class="tct-sep">|</span> Lượt xem: {story.views()}</div>',
        f'<div class="tct-sapo">{sapo}</div>',
        '<div class="tct-nd">',
    ]
    for n, sec in enumerate(_sections(story)):
        field_img = ""
        if sec and isinstance(sec[0], Img) and sec[0].style == "field":
            field_img = _img(sec[0])
            sec = sec[1:]
        parts.append(
            f'<div class="tct-doan" id="doan_{n}">{field_img}<div class="tct-doan-nd">{rich(sec)}</div></div>'
        )
    parts.append("</div>")
    if o.get("tacgia"):
        parts.append(
            f'<div class="tct-tgia" style="text-align: right;"><strong>{esc(o["tacgia"])}</strong></div>'
        )
    if o.get("nguon"):
        parts.append(f'<div class="tct-nguon" style="text-align: right;"><em>Nguồn tin: {esc(o["nguon"])}</em></div>')
    parts.append("</div>")
    return "\n".join(parts)


def journal_tb(story: Story) -> str:
    """FreeMarker template "TCT - Thông báo": prints the reserved display date's raw data."""
    o = story.opts
    name, href = o["file"]
    return "\n".join(
        [
            '<div class="tb-wrap">',
            f'<p class="tieude_tb">{esc(story.title)}</p>',
            f'<p class="tb-time"><i class="icon-time"></i> Đăng lúc: {o["raw_date"]}</p>',
            f'<div class="tb-nd">{rich(story.blocks)}</div>',
            f'<div class="tb-file"><img alt="" src="/o/tct-kontum-theme/images/pdf.png" /> Tệp đính kèm: '
            f'{_a(href, esc(name), target="_blank")}</div>',
            "</div>",
        ]
    )


def journal(story: Story) -> str:
    inner = journal_tin(story) if story.opts["tpl"] == "tin" else journal_tb(story)
    return (
        f'<div class="journal-content-article" data-analytics-asset-id="{40100 + story.id}" '
        f'data-analytics-asset-title="{esc(story.title)}" data-analytics-asset-type="web-content">'
        f"{inner}</div>"
    )


def categories_summary(story: Story) -> str:
    groups: dict[str, list[Cat]] = {}
    for cid in story.opts["cats"]:
        groups.setdefault(CATS[cid].vocab, []).append(CATS[cid])
    out = []
    for vocab, cats in groups.items():
        links = " ".join(
            _a(f"{SITE}/tin-tuc/-/categories/{c.id}", esc(c.name), class_="asset-category") for c in cats
        )
        out.append(
            f'<span class="taglib-asset-categories-summary"><span class="asset-vocabulary">{vocab}:</span> {links}</span>'
        )
    tags = story.opts.get("tags") or []
    if tags:
        tag_html = " ".join(f'<span class="badge badge-default badge-sm">{esc(t)}</span>' for t in tags)
        out.append(f'<div class="taglib-asset-tags-summary">Từ khóa: {tag_html}</div>')
    return '<div class="asset-categories">' + "".join(out) + "</div>"


# --- chrome -----------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", f"{SITE}/trang-chu", []),
    ("Giới thiệu", f"{SITE}/gioi-thieu", [("Cơ cấu tổ chức", f"{SITE}/co-cau-to-chuc")]),
    (
        "Tin tức",
        f"{SITE}/tin-tuc",
        [(CATS[c].name, f"{SITE}/tin-tuc/-/categories/{c}") for c in (41201, 41207, 41204)],
    ),
    ("Đào tạo - Bồi dưỡng", f"{SITE}/tin-tuc/-/categories/41202", []),
    ("Nghiên cứu - Trao đổi", f"{SITE}/tin-tuc/-/categories/41203", []),
    ("Văn bản", f"{SITE}/van-ban", []),
    ("Thư viện", f"{SITE}/thu-vien-anh", [("Thư viện ảnh", f"{SITE}/thu-vien-anh"), ("Video", f"{SITE}/video")]),
    ("Liên hệ", f"{SITE}/lien-he", []),
]


TOGGLE = ' <span class="lfr-nav-child-toggle"><i class="icon-caret-down"></i></span>'


def _menu() -> str:
    items = []
    for n, (label, href, subs) in enumerate(MENU):
        if subs:
            sub = "".join(f'<li role="presentation">{_a(h, esc(lab), role="menuitem")}</li>' for lab, h in subs)
            items.append(
                f'<li class="lfr-nav-item dropdown" id="layout_{n + 11}">'
                + _a(href, esc(label) + TOGGLE, class_="dropdown-toggle")
                + f'<ul class="dropdown-menu child-menu" role="menu">{sub}</ul></li>'
            )
        else:
            items.append(f'<li class="lfr-nav-item" id="layout_{n + 11}">{_a(href, esc(label))}</li>')
    return (
        '<nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation">'
        '<ul aria-label="Trang web" class="nav navbar-nav" role="menubar">' + "".join(items) + "</ul></nav>"
    )


def _portlet(pid: str, title: str, body: str, extra_class: str = "") -> str:
    return (
        f'<div class="portlet-boundary portlet-boundary_{pid.split("_INSTANCE_")[0]}_ portlet-static '
        f'portlet-static-end portlet-barebone {extra_class}" id="p_p_id_{pid}_">'
        f'<span id="p_{pid}"></span><section class="portlet" id="portlet_{pid}">'
        f'<div class="portlet-content"><div class="autofit-float autofit-row portlet-header">'
        f'<div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">{esc(title)}</h2></div></div>'
        f'<div class=" portlet-content-container"><div class="portlet-body">{body}</div></div></div>'
        "</section></div>"
    )


def categories_nav() -> str:
    def node(c: Cat) -> str:
        kids = "".join(node(CATS[k]) for k in c.children)
        kids_html = f'<ul class="tree-container">{kids}</ul>' if kids else ""
        return (
            f'<li class="tree-node"><div class="tree-label"><span class="tree-node-content">'
            f'{_a(f"{SITE}/tin-tuc/-/categories/{c.id}", esc(c.name))}</span></div>{kids_html}</li>'
        )

    vocabs: dict[str, list[Cat]] = {}
    for c in CATS.values():
        if c.parent is None:
            vocabs.setdefault(c.vocab, []).append(c)
    body = ""
    for vocab, cats in vocabs.items():
        body += (
            f'<div class="lfr-asset-vocabulary-container"><h3 class="asset-vocabulary-title">{vocab}</h3>'
            f'<ul class="categories tree-view">{"".join(node(c) for c in cats)}</ul></div>'
        )
    return _portlet(
        "com_liferay_asset_categories_navigation_web_portlet_AssetCategoriesNavigationPortlet_INSTANCE_pQ2xVb8nTz4R",
        "Danh mục tin",
        f'<div class="taglib-asset-categories-navigation">{body}</div>',
        "tct-box",
    )


def sidebar() -> str:
    most = "".join(
        f'<li><span class="stt">{n}</span>{_a(article_path(s), esc(s.title))}</li>'
        for n, s in enumerate([BY_ID[1], BY_ID[3], BY_ID[2], BY_ID[5]], 1)
    )
    links = "".join(
        f'<option value="{u}">{esc(t)}</option>'
        for t, u in [
            ("Cổng TTĐT tỉnh Kon Tum", "https://www.kontum.gov.vn"),
            ("Báo Kon Tum điện tử", "https://baokontum.com.vn"),
            ("Học viện Chính trị quốc gia Hồ Chí Minh", "https://hcma.vn"),
            ("Tạp chí Cộng sản", "https://www.tapchicongsan.org.vn"),
        ]
    )
    poll = (
        '<form action="javascript:;" class="tct-poll"><p>Bạn đánh giá thế nào về chất lượng giảng dạy '
        "của nhà trường?</p>"
        '<label><input name="_poll_choice" type="radio" value="a" /> Rất tốt</label><br />'
        '<label><input name="_poll_choice" type="radio" value="b" /> Tốt</label><br />'
        '<label><input name="_poll_choice" type="radio" value="c" /> Bình thường</label><br />'
        '<button class="btn btn-primary" type="button">Biểu quyết</button></form>'
    )
    counter = (
        '<ul class="tct-thongke"><li>Đang online: <b>17</b></li><li>Hôm nay: <b>412</b></li>'
        "<li>Tổng truy cập: <b>1.284.905</b></li></ul>"
    )
    return (
        _portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_mostRd01", "Tin xem nhiều",
                 f'<ol class="tct-xemnhieu">{most}</ol>', "tct-box")
        + _portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_lienKt02", "Liên kết website",
                   f'<select class="form-control" onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>{links}</select>',
                   "tct-box")
        + _portlet("com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_poll0001", "Thăm dò ý kiến", poll, "tct-box")
        + _portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_tkTruy03", "Thống kê truy cập",
                   counter, "tct-box")
    )


def page(request: Request, title: str, crumbs: list[tuple[str, str | None]], main: str, side: str = "",
         canonical: str | None = None, description: str | None = None) -> Response:
    base = base_url(request)
    crumb_html = "".join(
        '<li class="breadcrumb-item">'
        + (_a(h, esc(t), class_="breadcrumb-link") if h else f'<span class="breadcrumb-text-truncate">{esc(t)}</span>')
        + "</li>"
        for t, h in crumbs
    )
    canon = f'<link href="{base}{esc(canonical)}" rel="canonical" />' if canonical else ""
    desc = f'<meta content="{esc(description)}" lang="vi-VN" name="description" />' if description else ""
    doc = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)} - Trường Chính trị tỉnh Kon Tum</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{desc}
{canon}
<link href="/o/tct-kontum-theme/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" href="/o/tct-kontum-theme/css/main.css?browserId=other&amp;themeId=tctkontum_WAR_tctkontumtheme&amp;languageId=vi_VN&amp;b=7010&amp;t=1763421000000" rel="stylesheet" type="text/css" />
<script src="/combo?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=7010&amp;t=1763421000000&amp;/o/frontend-js-web/everything.jsp" type="text/javascript"></script>
<script type="text/javascript">// <![CDATA[
var themeDisplay = Liferay.ThemeDisplay = {{getLayoutRelativeURL: function() {{ return '{esc(request.path)}'; }},
getScopeGroupId: function() {{ return '20143'; }}, getLanguageId: function() {{ return 'vi_VN'; }}}};
// ]]></script>
</head>
<body class="controls-visible chrome yui3-skin-sam signed-out public-page site">
<a href="#main-content" id="skip-to-content">Nhảy đến nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
 <div class="tct-topbar"><span class="tct-homnay">{HEADER_DATE}</span>
  <span class="tct-lang"><a href="javascript:;">Tiếng Việt</a></span>
  <form action="{SITE}/tim-kiem" class="tct-search" method="get"><input name="q" placeholder="Tìm kiếm..." type="text" /><button type="submit">Tìm</button></form></div>
 <div class="tct-logo"><a class="logo custom-logo" href="{SITE}" title="Đi đến Trường Chính trị tỉnh Kon Tum">
  <img alt="Trường Chính trị tỉnh Kon Tum" src="/image/layout_set_logo?img_id=41022&amp;t=1763421000000" /></a>
  <div class="tct-ten"><span>TỈNH ỦY KON TUM</span><strong>TRƯỜNG CHÍNH TRỊ TỈNH KON TUM</strong></div></div>
 {_menu()}
</header>
<section id="content">
<nav aria-label="Breadcrumb" class="tct-breadcrumb"><ol class="breadcrumb">{crumb_html}</ol></nav>
<div class="columns-2-tct" id="main-content" role="main">
<div class="row"><div class="col-md-8 portlet-column portlet-column-first" id="column-1">{main}</div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">{side}{sidebar()}</div></div>
</div>
</section>
<footer id="footer" role="contentinfo">
 <div class="tct-footer"><p><strong>TRƯỜNG CHÍNH TRỊ TỈNH KON TUM</strong></p>
 <p>Địa chỉ: 359 Trần Hưng Đạo, phường Quyết Thắng, thành phố Kon Tum, tỉnh Kon Tum</p>
 <p>Điện thoại: 0260.3862.417 - Fax: 0260.3862.418 - Email: truongchinhtri@kontum.gov.vn</p>
 <p>Chịu trách nhiệm chính: Giám đốc Trường Chính trị tỉnh Kon Tum</p>
 <p>© 2019 - 2026 Bản quyền thuộc Trường Chính trị tỉnh Kon Tum. Phát triển bởi Trung tâm CNTT tỉnh.</p></div>
 <p class="powered-by">Powered By <a href="http://www.liferay.com" rel="external">Liferay</a></p>
</footer>
</div>
<script type="text/javascript">// <![CDATA[
Liferay.Portlet.register('{WCD}');
// ]]></script>
</body>
</html>"""
    return html(doc)


# --- lists ------------------------------------------------------------------------------------


def ap_items(stories: list[Story], href=article_path) -> str:
    items = []
    for s in stories:
        url = href(s)
        desc = s.summary or s.paragraphs[0]
        if len(desc) > 160:
            desc = desc[:157].rsplit(" ", 1)[0] + "..."
        day = s.published_at[8:10] + "/" + s.published_at[5:7] + "/" + s.published_at[:4]
        items.append(
            '<li class="clearfix item-tin">'
            + _a(url, f'<img alt="" class="img-thumbnail" src="{esc(thumb(s))}" />', class_="anh-dd")
            + f'{_a(url, esc(s.title), class_="tde-tin")}'
            f' <span class="ngay-tin">({day})</span>'
            f'<div class="mota">{esc(desc)}</div>'
            + _a(url, f'Xem tiếp<span class="hide-accessible"> về {esc(s.title)}</span> »', class_="xemtiep")
            + "</li>"
        )
    return '<ul class="ds-tin-ap">' + "".join(items) + "</ul>"


def paginator(cur: int, total: int, cat: int | None) -> str:
    pages = max(1, -(-total // DELTA))
    if pages == 1:
        return ""
    first = (cur - 1) * DELTA + 1
    last = min(cur * DELTA, total)
    opts = "".join(
        f'<li>{_a(list_path(p, cat, first_link=True), str(p), class_="dropdown-item")}</li>' for p in range(1, pages + 1)
    )

    def btn(label: str, target: int, enabled: bool, cls: str = "") -> str:
        if not enabled:
            return f'<li class="disabled {cls}"><a href="javascript:;">{label}</a></li>'
        return f'<li class="{cls}">{_a(list_path(target, cat, first_link=True), label)}</li>'

    return (
        '<div class="taglib-page-iterator"><div class="clearfix lfr-pagination">'
        '<div class="lfr-pagination-config"><div class="lfr-pagination-page-selector">'
        '<div class="btn-group lfr-icon-menu current-page-menu"><a class="dropdown-toggle direction-down '
        f'max-display-items-15 btn btn-default" href="javascript:;" title="Trang {cur} của {pages}">'
        f'<span class="lfr-icon-menu-text">Trang {cur} của {pages}</span> <i class="icon-caret-down"></i></a>'
        f'<ul class="dropdown-menu lfr-menu-list direction-down" role="menu">{opts}</ul></div></div>'
        '<div class="lfr-pagination-delta-selector"><div class="btn-group lfr-icon-menu">'
        f'<a class="dropdown-toggle btn btn-default" href="javascript:;">{DELTA} mục trên một trang</a></div></div></div>'
        f'<small class="search-results">Hiển thị từ {first} đến {last} trong tổng số {total} kết quả.</small>'
        '<ul class="lfr-pagination-buttons pager">'
        + btn("Đầu tiên", 1, cur > 1, "first")
        + btn("&larr; Trước", cur - 1, cur > 1)
        + btn("Kế tiếp &rarr;", cur + 1, cur < pages)
        + btn("Cuối cùng", pages, cur < pages, "last")
        + "</ul></div></div>"
    )


def list_page(request: Request, cat: int | None) -> Response | None:
    stories = ORDERED if cat is None else cat_members(cat)
    try:
        cur = int(request.params.get(f"_{AP_LIST}_cur", "1"))
    except ValueError:
        cur = 1
    pages = max(1, -(-len(stories) // DELTA))
    if cur < 1 or cur > pages:
        cur = 1  # Liferay's search container falls back to the first page
    chunk = stories[(cur - 1) * DELTA: cur * DELTA]
    head = ""
    if cat is not None:
        head = (
            '<div class="taglib-categorization-filter entry-title"><span class="asset-entry">'
            + esc(CATS[cat].name) + " "
            + _a(f"{SITE}/tin-tuc", '<span class="icon-remove"></span><span class="hide-accessible">Xóa</span>', title="Xóa")
            + "</span></div>"
        )
    body = head + ap_items(chunk) + paginator(cur, len(stories), cat)
    main = _portlet(AP_LIST, "Tin tức - Sự kiện", body, "tct-ap")
    title = CATS[cat].name if cat else "Tin tức"
    return page(request, title, [("Trang chủ", SITE), ("Tin tức", None)], main, categories_nav())


def home(request: Request) -> Response:
    feat = "".join(
        '<div class="item-noibat">'
        + _a(featured_path(s), f'<img alt="{esc(s.title)}" src="{esc(s.images[0].src if s.images else thumb(s))}" />')
        + f'<h3 class="tde-noibat">{_a(featured_path(s), esc(s.title))}</h3></div>'
        for s in FEATURED
    )
    tb = [s for s in ORDERED if 41204 in s.opts["cats"]][:2]
    tb_html = "".join(f'<li>{_a(article_path(s), esc(s.title))} <span class="ngay-tin">(mới)</span></li>' for s in tb)
    main = (
        _portlet(AP_HOME, "Tin nổi bật", f'<div class="slide-noibat">{feat}</div>', "tct-noibat")
        + _portlet(
            "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_tTmoi5Rk2Jq7",
            "Tin tức - Sự kiện",
            ap_items(ORDERED[:5]) + f'<p class="xemtatca">{_a(f"{SITE}/tin-tuc", "Xem tất cả »")}</p>',
        )
        + _portlet(
            "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_thBao9Lw3Ks1",
            "Thông báo",
            f'<ul class="ds-thongbao">{tb_html}</ul>'
            f'<p class="xemtatca">{_a(f"{SITE}/tin-tuc/-/categories/41204", "Xem tất cả »")}</p>',
        )
    )
    return page(request, "Trang chủ", [("Trang chủ", None)], main, categories_nav())


# --- articles ---------------------------------------------------------------------------------


def article_tools(story: Story) -> str:
    return (
        '<div class="user-tool-asset-addon-entries">'
        '<div class="print-action user-tool-asset-addon-entry">'
        f'<a href="javascript:;" onclick="window.open(\'{esc(print_path(story))}\', \'\', '
        "'directories=0,height=480,left=80,location=1,menubar=1,resizable=1,scrollbars=yes,status=0,"
        "toolbar=0,top=180,width=640');\">"
        '<span class="icon-print"></span><span class="taglib-text hide-accessible">In</span></a></div>'
        '<div class="share-action"><a href="https://www.facebook.com/sharer/sharer.php?u='
        f'{quote("http://truongchinhtri.kontum.gov.vn" + article_path(story), safe="")}" target="_blank">'
        '<span class="icon-facebook"></span> Chia sẻ</a></div></div>'
    )


def related_links(story: Story) -> str:
    rel = story.opts.get("related") or []
    if not rel:
        return ""
    items = "".join(f"<li>{_a(article_path(BY_ID[r]), esc(BY_ID[r].title))}</li>" for r in rel)
    return f'<div class="asset-links"><h4 class="asset-links-title">Nội dung liên quan</h4><ul>{items}</ul></div>'


def wcd_body(story: Story) -> str:
    return (
        '<div class="text-right user-tool-asset-addon-entries">'
        + article_tools(story)
        + "</div>"
        + journal(story)
        + related_links(story)
        + categories_summary(story)
        + '<div class="taglib-ratings stars"><div class="liferay-rating-vote">'
        '<span class="rating-label">Đánh giá bài viết:</span> '
        + "".join(f'<a class="rating-element icon-star-empty" href="javascript:;" title="{n} sao"></a>' for n in range(1, 6))
        + '</div><div class="liferay-rating-score">Đánh giá trung bình (0 phiếu)</div></div>'
        + '<div class="tct-nguoidang">Người đăng: tct.quantri</div>'
    )


def comments_portlet() -> str:
    return _portlet(
        "com_liferay_comment_page_comments_web_portlet_PageCommentsPortlet",
        "Bình luận",
        '<div class="taglib-discussion"><div class="lfr-discussion-details"><span class="h5">0 Bình luận</span></div>'
        '<div class="alert alert-info">Hãy là người đầu tiên bình luận về bài viết này.</div>'
        '<form action="javascript:;" method="post"><textarea name="_comment_body" placeholder="Nhập bình luận..."></textarea>'
        '<button class="btn btn-primary" type="button">Gửi</button></form>'
        '<p class="text-muted">Vui lòng <a href="/c/portal/login?p_l_id=20177">đăng nhập</a> để bình luận.</p></div>',
    )


def others_portlet(story: Story) -> str:
    others = [s for s in ORDERED if s.id != story.id][:5]
    return _portlet(
        "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_cTinKh4Pq8Zm",
        "Các tin khác",
        ap_items(others),
        "tct-tinkhac",
    )


def article_page(request: Request, story: Story) -> Response:
    if request.params.get("p_p_state") == "pop_up":
        doc = (
            '<!DOCTYPE html><html class="ltr" dir="ltr" lang="vi-VN"><head>'
            f"<title>{esc(story.title)} - Trường Chính trị tỉnh Kon Tum</title>"
            '<link href="/o/tct-kontum-theme/css/main.css" rel="stylesheet" /></head>'
            '<body class="portal-popup"><div class="columns-1" id="main-content" role="main">'
            f'<div class="portlet-body">{journal(story)}</div></div>'
            '<script type="text/javascript">print();</script></body></html>'
        )
        return html(doc)
    main = _portlet(WCD, "Chi tiết tin", wcd_body(story), "tct-chitiet") + comments_portlet() + others_portlet(story)
    return page(
        request,
        story.title,
        [("Trang chủ", SITE), ("Chi tiết tin", None)],
        main,
        categories_nav(),
        canonical=f"{SITE}/chi-tiet-tin",
        description=story.summary or story.paragraphs[0][:150],
    )


def featured_page(request: Request, story: Story) -> Response:
    back = request.params.get(f"_{AP_HOME}_redirect") or f"{SITE}/trang-chu"
    body = (
        '<div class="asset-full-content clearfix show-asset-title">'
        '<h4 class="component-title header-title">'
        '<span class="header-back-to">'
        + _a(back, '<span class="icon-angle-left"></span><span class="hide-accessible">Quay lại</span>')
        + "</span>"
        + f'<span class="asset-title">{esc(story.title)}</span></h4>'
        f'<div class="asset-content">{journal(story)}</div>'
        + categories_summary(story)
        + "</div>"
    )
    main = _portlet(AP_HOME, "Tin nổi bật", body)
    return page(
        request,
        story.title,
        [("Trang chủ", SITE), (story.title, None)],
        main,
        categories_nav(),
        canonical=f"{SITE}/chi-tiet-tin",
        description=story.summary,
    )


# --- other pages ------------------------------------------------------------------------------

DOC_ENTRY = f"{SITE}/van-ban/-/document_library/Vb3kQ9tZ1mXa/view_file/45821"
DOC_PDF = _doc(45001, "QD-1245-QD-TCT.pdf", _u(45821), 1762146000000)

STATIC_PAGES: dict[str, tuple[str, str]] = {
    f"{SITE}/gioi-thieu": (
        "Giới thiệu",
        "<h3>Giới thiệu chung</h3><p>Trường Chính trị tỉnh Kon Tum là cơ quan trực thuộc Tỉnh ủy, Ủy ban nhân "
        "dân tỉnh, có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở; "
        "lý luận chính trị cho cán bộ, đảng viên trên địa bàn tỉnh.</p><p>Trường được thành lập năm 1991 "
        "trên cơ sở sáp nhập Trường Đảng tỉnh và Trường Hành chính tỉnh.</p>",
    ),
    f"{SITE}/co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        "<h3>Cơ cấu tổ chức</h3><table border=\"1\"><tr><th>Đơn vị</th><th>Trưởng đơn vị</th></tr>"
        "<tr><td>Ban Giám đốc</td><td>TS. Nguyễn Minh Trí</td></tr><tr><td>Phòng Tổ chức - Hành chính</td>"
        "<td>Đỗ Văn Khang</td></tr><tr><td>Phòng Đào tạo - Quản lý khoa học</td><td>ThS. Hà Thị Nga</td></tr>"
        "<tr><td>Khoa Lý luận cơ sở</td><td>ThS. Phan Văn Đạt</td></tr><tr><td>Khoa Xây dựng Đảng</td>"
        "<td>ThS. Võ Thị Lan</td></tr><tr><td>Khoa Nhà nước và pháp luật</td><td>ThS. Lò Văn Sơn</td></tr></table>",
    ),
    f"{SITE}/lien-he": (
        "Liên hệ",
        "<h3>Thông tin liên hệ</h3><p>Trường Chính trị tỉnh Kon Tum</p><p>Địa chỉ: 359 Trần Hưng Đạo, "
        "phường Quyết Thắng, thành phố Kon Tum</p><p>Điện thoại: 0260.3862.417</p>"
        "<p>Email: truongchinhtri@kontum.gov.vn</p>"
        '<form action="javascript:;" class="lien-he"><input name="hoten" placeholder="Họ và tên" />'
        '<textarea name="noidung"></textarea><button type="button">Gửi liên hệ</button></form>',
    ),
    f"{SITE}/thu-vien-anh": (
        "Thư viện ảnh",
        '<div class="tct-album"><h3>Album: Hội nghị tổng kết năm 2026</h3>'
        + "".join(
            f'<a data-fancybox="album" href="{esc(s)}"><img src="{esc(s)}&amp;imageThumbnail=1" /></a>'
            for s in (BY_ID[1].images[0].src, BY_ID[1].images[1].src)
        )
        + "<h3>Album: Tình nguyện mùa đông 2026</h3>"
        + f'<a data-fancybox="album2" href="{esc(BY_ID[8].images[0].src)}"><img src="{esc(BY_ID[8].images[0].src)}&amp;imageThumbnail=1" /></a></div>',
    ),
    f"{SITE}/video": (
        "Video",
        '<div class="tct-video"><h3>Phóng sự: Trường Chính trị tỉnh Kon Tum - 35 năm xây dựng và phát triển</h3>'
        '<iframe allowfullscreen="" frameborder="0" height="360" src="https://www.youtube.com/embed/kT9xQm2VbLs" width="640"></iframe>'
        "<p>Thời lượng: 18 phút. Nguồn: Đài PT-TH Kon Tum.</p></div>",
    ),
    f"{SITE}/van-ban": (
        "Văn bản",
        '<table class="table table-bordered"><thead><tr><th>Số hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th></tr></thead>'
        f'<tbody><tr><td>{_a(DOC_ENTRY, "1245/QĐ-TCT")}</td><td>Quyết định ban hành Quy chế đào tạo trung cấp '
        "lý luận chính trị - hành chính</td><td>03/11/2026</td></tr></tbody></table>",
    ),
    DOC_ENTRY: (
        "Quyết định 1245/QĐ-TCT",
        '<div class="document-library-view-file"><h3 class="header-title">QD-1245-QD-TCT.pdf</h3>'
        "<dl><dt>Số hiệu</dt><dd>1245/QĐ-TCT</dd><dt>Trích yếu</dt><dd>Quyết định ban hành Quy chế đào tạo "
        "trung cấp lý luận chính trị - hành chính</dd><dt>Ngày ban hành</dt><dd>03/11/2026</dd>"
        "<dt>Kích thước</dt><dd>312 KB</dd></dl>"
        "<p>"
        + _a(DOC_PDF, '<span class="icon-download"></span> Tải về (312 KB)', class_="btn btn-primary")
        + "</p></div>",
    ),
}


def static_page(request: Request, path: str) -> Response:
    title, body = STATIC_PAGES[path]
    main = _portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_tinh" + str(len(path)),
                    title, f'<div class="journal-content-article">{body}</div>')
    crumbs = [("Trang chủ", SITE), (title, None)]
    if path == DOC_ENTRY:
        crumbs = [("Trang chủ", SITE), ("Văn bản", f"{SITE}/van-ban"), (title, None)]
    return page(request, title, crumbs, main)


def display_layout(request: Request) -> Response:
    main = _portlet(
        WCD,
        "Chi tiết tin",
        '<div class="alert alert-info">Chọn một nội dung web để hiển thị trên trang này.</div>',
    )
    return page(request, "Chi tiết tin", [("Trang chủ", SITE), ("Chi tiết tin", None)], main)


def login_page(request: Request) -> Response:
    form = (
        '<form action="javascript:;" class="sign-in-form" method="post">'
        '<label>Địa chỉ email <input name="_com_liferay_login_web_portlet_LoginPortlet_login" type="text" /></label>'
        '<label>Mật khẩu <input name="_com_liferay_login_web_portlet_LoginPortlet_password" type="password" /></label>'
        '<button class="btn btn-primary" type="button">Đăng nhập</button></form>'
    )
    main = _portlet("com_liferay_login_web_portlet_LoginPortlet", "Đăng nhập", form)
    return page(request, "Đăng nhập", [("Trang chủ", SITE), ("Đăng nhập", None)], main)


# --- the site ---------------------------------------------------------------------------------

DOCUMENTS: dict[str, bytes] = {}
for _s in STORIES:
    for _im in _s.images:
        DOCUMENTS[_im.src.split("?")[0]] = b"jpg"
    if "file" in _s.opts:
        DOCUMENTS[_s.opts["file"][1].split("?")[0]] = b"pdf"
DOCUMENTS[DOC_PDF.split("?")[0]] = b"pdf"


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path.rstrip("/") or "/"
        if path == "/":
            return redirect(SITE)
        if path.startswith("/documents/"):
            kind = DOCUMENTS.get(path)
            if kind is None:
                return None
            if kind == b"pdf":
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file("x.jpg")
        if path.startswith(("/o/", "/combo", "/image/")):
            if path == "/combo":
                return static_file("x.js")
            if path == "/image/layout_set_logo":
                return static_file("x.png")
            return static_file(path)
        if path in (SITE, f"{SITE}/trang-chu"):
            return home(request)
        if path == f"{SITE}/tin-tuc":
            return list_page(request, None)
        prefix = f"{SITE}/tin-tuc/-/categories/"
        if path.startswith(prefix):
            tail = path[len(prefix):]
            if tail.isdigit() and int(tail) in CATS:
                return list_page(request, int(tail))
            return None
        if path.startswith(f"{SITE}/-/"):
            story = BY_SLUG.get(path[len(SITE) + 3:])
            return article_page(request, story) if story else None
        fprefix = f"{SITE}/trang-chu/-/asset_publisher/HnV3tP0sQw1L/content/"
        if path.startswith(fprefix):
            story = BY_SLUG.get(path[len(fprefix):])
            return featured_page(request, story) if story else None
        if path == f"{SITE}/chi-tiet-tin":
            return display_layout(request)
        if path == "/c/portal/login":
            return login_page(request)
        if path in STATIC_PAGES:
            return static_page(request, path)
        return None


def build_site() -> Site:
    return Site()


# --- gold -------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [print_path(story)]
    if story in FEATURED:
        alts.append(featured_path(story))
    return alts


GOLD = [
    gold_record(s, article_path(s), s.cat, canonical_path=article_path(s), alt_paths=_alt_paths(s))
    for s in ORDERED
]

NON_ARTICLES = [
    f"{SITE}/gioi-thieu",
    f"{SITE}/co-cau-to-chuc",
    f"{SITE}/lien-he",
    f"{SITE}/thu-vien-anh",
    f"{SITE}/video",
    DOC_ENTRY,
]

