"""NukeViet 4.2 portal of Sở Giáo dục và Đào tạo tỉnh Hà Giang: news module, grid listings.

Platform
    NukeViet 4.2 (rewrite on, ``rewrite_exturl`` ".html") with the default *news* module: the
    module's home in the "viewcat_main_right" layout (one block per category: the newest post
    with its hometext on the left, the next ones as a list on the right), the categories in the
    "viewcat_grid" layout (thumbnails in rows of three, NukeViet's ``ul.pagination``), and a
    department theme ("sgd_hagiang") wrapped around the default ``detail.tpl``. The *page*
    module serves the static pages, the *contact* module the contact form.

URL scheme
    ``/`` and ``/news/``                         module home (viewcat_main_right); same content
    ``/news/<cat-alias>/``                       category, grid, page 1
    ``/news/<cat-alias>/page-<N>``               category page N (N >= 2)
    ``/news/<cat-alias>/<title-alias>-<id>.html`` a post; a subcategory's posts carry only the
                                                 subcategory's alias
    ``/news/print/<cat-alias>/<title-alias>-<id>.html`` print view (opened by JS only)
    ``/news/groups/<alias>/``                    block group ("Tin nổi bật")
    ``/news/tag/<alias>``                        keyword listing
    ``/page/<alias>.html``                       page module (intro, organisation …)
    ``/contact/``                                contact module
    ``/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>`` the non-rewritten form, still served
    ``/seek/?q=…``                               search (a form; results page only)

Page templates
    Header: the Sở's name in an ``<h1>``, today's date "Thứ Bảy, 05/12/2026", a menu with
    drop-downs. Left column: breadcrumbs (``ul.breadcrumbs`` with schema.org items) and the module.
    Right column: "Tin xem nhiều", a hand-made HTML block "Thông báo mới", web links, a poll and
    the visitor counter. Footer: address, phone, email, copyright, NukeViet credit.
    Post: ``div.news_column.panel`` > ``h1.title`` > ``span.h5`` date > tool icons > lead
    ``figure.article`` with ``figcaption`` > ``div.hometext`` (the sapo) > ``div#news-bodyhtml``
    > "Tác giả bài viết" / "Nguồn tin" lines > copyright alert; then separate ``news_column``
    panels: keywords, rating, social buttons, "Tin mới hơn".

How each gold article is reached
    Home ``/`` (= ``/news/``) lists per category the three newest posts; "Tin nổi bật"
    (``/news/groups/tin-noi-bat/``) and the most-read block add a few. 2317 and 2306 (Tin tức - Sự
    kiện) are linked only from ``/news/tin-tuc-su-kien/page-2``, 2303 only from
    ``/news/chuyen-mon-nghiep-vu/page-2`` (the module shows "Tin mới hơn", never older posts).
    2343 is linked from the home block and, in its non-rewritten form, from the sidebar block.

Traps
    1. Two ``<h1>``: the theme prints the Sở's name as the header's ``h1.sgd-ten`` on every page;
       the headline is the second ``h1`` (``h1.title``). Gold title = the headline.
    2. The date is a bare ``<span class="h5">Thứ năm - 03/12/2026 14:30</span>`` (NukeViet's
       "l - d/m/Y H:i", weekday then dash), no label; 2341's sapo opens with a dateline of the day
       before ("(GDHG) - Ngày 03/12/2026, …"). Gold = the publication time of the span.
    3. The sapo is ``div.hometext`` outside ``div#news-bodyhtml`` and sits beside the lead
       ``figure.article`` whose ``figcaption`` is the image's "homeimgalt". Gold: summary =
       hometext = body's first paragraph; the lead photo is the first image, caption = the
       figcaption; 2328's lead photo has no figcaption (alt repeats the title): caption None.
    4. 2335's text is CKEditor's ``<div style="text-align: justify;">`` blocks of bare text cut
       by ``<br />`` with ``<div>&nbsp;</div>`` spacers, no ``<p>`` at all. Gold: each segment
       between ``<br />`` is a paragraph; spacers are nothing.
    5. Byline and source are the template's right-aligned ``p.h5.text-right`` lines under the
       text: "Tác giả bài viết: ThS. Đặng Thị Thu Hà" -> ["Đặng Thị Thu Hà"]; "Tác giả bài viết:
       Nguyễn Thị Lan Anh, Trần Minh Đức" -> both; "Tác giả bài viết: BBT" -> nobody; "Nguồn tin:
       Báo Hà Giang" -> source "Báo Hà Giang". Bylines typed into the text (right-aligned bold
       "Tin, ảnh: Vàng Mí Sính", "Phòng GDTrH") are not body either.
    6. Boilerplate after the text: inside the article panel NukeViet's copyright alert ("Chú ý:
       Việc đăng lại bài viết trên ở website hoặc các phương tiện truyền thông khác mà không ghi
       rõ nguồn … là vi phạm bản quyền"), then in the next panel (same classes) the rating "Tổng
       số điểm của bài viết là: 23 trong 5 đánh giá / Click để đánh giá bài viết". Not body.
    7. Multi-category post: 2328 (main category Tin tức - Sự kiện) is also filed under Chuyên môn
       - Nghiệp vụ and listed there as ``/news/chuyen-mon-nghiep-vu/…-2328.html``; NukeViet 4.2
       serves it 200 under that URL with the breadcrumb of that category and a canonical link to
       the main one. Gold: path = the main URL, category "Tin tức - Sự kiện", the other an alt.
    8. The sidebar's hand-made "Thông báo mới" block links 2343 as
       ``/index.php?language=vi&nv=news&op=thong-bao/…-2343`` (pasted by an editor): the same post
       served again, canonical to the rewritten URL. Gold: alt path.
    9. Grid listings link each post twice (thumbnail ``<a>`` and ``h3 a.show``) and carry the
       hometext in ``data-content`` tooltips; the "Tin mới hơn" panel under each post shares the
       post's ``news_column panel`` classes and prints other posts' dates "(28/11/2026)".
       Not part of the article.
    10. Page-module pages (``/page/gioi-thieu.html`` …) look like posts: ``h1``, a ``hometext``
        description, ``bodytext``, social buttons and an "add time" line. Gold: not articles.
    11. Subcategory: 2339 and 2312 live in "Hoạt động các đơn vị", a subcategory of "Tin tức - Sự
        kiện"; their URLs carry only the subcategory's alias while the breadcrumb prints parent >
        child. Gold category = the subcategory's name.
    12. Captions three ways: CKEditor image2 ``<figure class="image"><figcaption>``; a centered
        ``<em>`` paragraph after the image; a line in parentheses (taken off). A line "Ảnh: Hoàng
        Văn Nam" only credits: caption None, photographer.
    13. 2343 is an official notice (letterhead table, "Số: …", "THÔNG BÁO / Về việc …", "Nơi
        nhận", signer); its hometext is not shown on the page (showhometext off) and only fills
        the meta description. Gold: date = the letterhead's day 2026-12-04 (the page prints
        "Thứ bảy - 05/12/2026 07:45"), author = signer, summary None.
    14. 2322 was scheduled at midnight: "Thứ năm - 12/11/2026 00:00" -> the day alone.
    15. 2309 ends with an attachment line "Tệp đính kèm: KH-HSG12-2026.pdf" (a link to a PDF):
        not body.

Gold decisions on ambiguous points
    - The print view (``/news/print/…``) is an alt path of each post; no link points there
      except a ``javascript:`` onclick.
    - A lead image whose alt only repeats the title has caption None.
    - 2337's "Tài liệu tham khảo" heading and its entries are body (the text's own notes);
      its "[1]" call stays in the sentence.
    - The listing's thumbnails (``/assets/news/…``) are not article images; the post's lead photo
      is ``/uploads/news/…``.
    - "Nguồn tin: Phòng Tổ chức cán bộ" (a unit) is the source as printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "nukeviet42_grid_sgddt"
PLATFORM = "NukeViet 4.2 (news module, viewcat_grid / viewcat_main_right, department theme)"
START_PATH = "/"

SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Hà Giang"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 3


@dataclass(frozen=True)
class Cat:
    alias: str
    title: str
    parent: str | None = None


CATS = {
    c.alias: c
    for c in [
        Cat("tin-tuc-su-kien", "Tin tức - Sự kiện"),
        Cat("hoat-dong-cac-don-vi", "Hoạt động các đơn vị", parent="tin-tuc-su-kien"),
        Cat("thong-bao", "Thông báo"),
        Cat("chuyen-mon-nghiep-vu", "Chuyên môn - Nghiệp vụ"),
    ]
}

TAGS = {
    "giao-duc-dan-toc": "giáo dục dân tộc",
    "hoc-sinh-gioi": "học sinh giỏi",
    "chuyen-doi-so": "chuyển đổi số",
}

PAGES = {
    "gioi-thieu": (
        "Giới thiệu chung",
        "Sở Giáo dục và Đào tạo tỉnh Hà Giang là cơ quan chuyên môn thuộc UBND tỉnh.",
        [
            "Sở Giáo dục và Đào tạo tỉnh Hà Giang được thành lập năm 1991 khi tái lập tỉnh Hà Giang.",
            "Sở tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục mầm non, giáo dục phổ thông, "
            "giáo dục thường xuyên và giáo dục nghề nghiệp trên địa bàn tỉnh.",
        ],
    ),
    "chuc-nang-nhiem-vu": (
        "Chức năng, nhiệm vụ",
        "Chức năng, nhiệm vụ và quyền hạn của Sở Giáo dục và Đào tạo.",
        [
            "Trình UBND tỉnh dự thảo quyết định, chỉ thị, kế hoạch phát triển giáo dục và đào tạo.",
            "Hướng dẫn, kiểm tra việc thực hiện các văn bản quy phạm pháp luật về giáo dục.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        "Lãnh đạo Sở và các phòng chuyên môn, nghiệp vụ.",
        [
            "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc.",
            "Các phòng: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài chính; "
            "Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học; Phòng Quản lý chất lượng.",
        ],
    ),
    "duong-day-nong": (
        "Đường dây nóng",
        "Số điện thoại đường dây nóng tiếp nhận phản ánh về giáo dục.",
        [
            "Đường dây nóng của Sở: 0219.3866.512 (trong giờ hành chính).",
            "Hộp thư điện tử tiếp nhận phản ánh: duongdaynong@hagiang.edu.vn.",
        ],
    ),
}


def _img(month: str, name: str) -> str:
    return f"/uploads/news/{month}/{name}"


# --- the thirteen posts -----------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=2341,
        slug="ha-giang-tong-ket-cong-tac-giao-duc-dan-toc-nam-hoc-2025-2026",
        title="Hà Giang tổng kết công tác giáo dục dân tộc năm học 2025 - 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-12-04T08:15:00+07:00",
        summary=(
            "(GDHG) - Ngày 03/12/2026, Sở GD&ĐT tổ chức hội nghị tổng kết công tác giáo dục dân "
            "tộc năm học 2025 - 2026 và triển khai nhiệm vụ năm học 2026 - 2027."
        ),
        sapo_outside=True,
        authors=["Lò Thị Hương"],
        blocks=[
            Img(
                _img("2026_12", "hoi-nghi-gddt-dan-toc.jpg"),
                "Quang cảnh hội nghị tổng kết công tác giáo dục dân tộc",
                "Quang cảnh hội nghị tổng kết công tác giáo dục dân tộc",
                style="lead",
            ),
            P(
                "Dự hội nghị có đại diện lãnh đạo Ban Dân tộc tỉnh, lãnh đạo phòng GD&ĐT các huyện, "
                "thành phố và hiệu trưởng 27 trường phổ thông dân tộc nội trú, bán trú."
            ),
            P(
                "Năm học 2025 - 2026, toàn tỉnh duy trì 196 trường phổ thông dân tộc bán trú với "
                "hơn 68.000 học sinh ở bán trú; tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 99,8%."
            ),
            Img(
                _img("2026_12", "trao-bang-khen-gddt.jpg"),
                "Lãnh đạo Sở trao Bằng khen cho các tập thể có thành tích xuất sắc",
                "Lãnh đạo Sở trao Bằng khen cho các tập thể có thành tích xuất sắc",
                style="em",
            ),
            P(
                "Phát biểu chỉ đạo, đồng chí Giám đốc Sở đề nghị các đơn vị tiếp tục tăng cường "
                "tiếng Việt cho trẻ em vùng dân tộc thiểu số, chăm lo bữa ăn và chỗ ở của học sinh."
            ),
        ],
        opts={"tags": ["giao-duc-dan-toc"], "rating": (23, 5), "group": True, "author_line": "Lò Thị Hương"},
    ),
    Story(
        id=2335,
        slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-thpt-nam-hoc-2026-2027",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh THPT năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-11-27T14:00:00+07:00",
        summary=(
            "Sáng 27/11, tại Trường THPT Chuyên Hà Giang, Sở GD&ĐT khai mạc Hội thi giáo viên dạy "
            "giỏi cấp tỉnh cấp THPT với 142 giáo viên tham dự."
        ),
        sapo_outside=True,
        authors=["Đặng Thị Thu Hà"],
        photographers=["Hoàng Văn Nam"],
        blocks=[
            P("Hội thi diễn ra từ ngày 27/11 đến ngày 02/12/2026 với 13 môn học.", "br"),
            P(
                "Mỗi giáo viên dự thi trình bày một biện pháp nâng cao chất lượng giảng dạy và "
                "thực hiện hai tiết dạy tại các lớp của nhà trường.",
                "br",
            ),
            P("Ban tổ chức thành lập 13 tiểu ban giám khảo là cán bộ cốt cán các bộ môn.", "br"),
            Raw('<div>&nbsp;</div>'),
            Img(
                _img("2026_11", "khai-mac-gvdg-thpt.jpg"),
                "Các đại biểu bấm nút khai mạc hội thi",
                "Các đại biểu bấm nút khai mạc hội thi",
                style="fig",
            ),
            P(
                "Hội thi là dịp để giáo viên giao lưu, học hỏi kinh nghiệm, đổi mới phương pháp "
                "dạy học theo Chương trình giáo dục phổ thông 2018.",
                "br",
            ),
            P("Kết quả hội thi sẽ được công bố vào ngày 05/12/2026.", "br"),
            Img(_img("2026_11", "tiet-day-gvdg.jpg"), "Ảnh: Hoàng Văn Nam", None, style="fig"),
        ],
        opts={"author_line": "ThS. Đặng Thị Thu Hà", "group": True},
    ),
    Story(
        id=2328,
        slug="doan-cong-tac-bo-gd-dt-kiem-tra-cong-tac-chuan-bi-nam-hoc-tai-meo-vac",
        title="Đoàn công tác Bộ GD&ĐT kiểm tra công tác chuẩn bị năm học tại Mèo Vạc",
        cat="tin-tuc-su-kien",
        published_at="2026-11-18T09:30:00+07:00",
        summary=(
            "Đoàn công tác của Bộ GD&ĐT đã kiểm tra cơ sở vật chất, đội ngũ và việc tổ chức bán "
            "trú tại một số trường học trên địa bàn huyện Mèo Vạc."
        ),
        sapo_outside=True,
        source="Báo Hà Giang",
        blocks=[
            Img(_img("2026_11", "doan-bo-meo-vac.jpg"), None, None, style="lead"),
            P(
                "Đoàn đã đến thăm Trường PTDT bán trú THCS Xín Cái và Trường Tiểu học Sơn Vĩ, "
                "kiểm tra bếp ăn, phòng ở bán trú và hồ sơ chuyên môn."
            ),
            P(
                "Theo kế hoạch, trong năm 2027 huyện Mèo Vạc sẽ được đầu tư xây mới 48 phòng học và "
                "32 phòng ở cho học sinh bán trú."
            ),
            P(
                "Trưởng đoàn ghi nhận sự cố gắng của ngành giáo dục huyện trong điều kiện địa hình "
                "chia cắt, thời tiết khắc nghiệt."
            ),
        ],
        opts={"author_line": "BBT", "extra_cats": ["chuyen-mon-nghiep-vu"], "rating": (9, 2)},
    ),
    Story(
        id=2317,
        slug="hoi-nghi-giao-ban-cong-tac-giao-duc-trung-hoc-thang-11",
        title="Hội nghị giao ban công tác giáo dục trung học tháng 11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-05T15:20:00+07:00",
        summary=(
            "Phòng Giáo dục Trung học tổ chức giao ban trực tuyến với các trường THPT và phòng "
            "GD&ĐT về tiến độ thực hiện kế hoạch giáo dục học kỳ I."
        ),
        sapo_outside=True,
        authors=["Phòng GDTrH"],
        blocks=[
            P(
                "Các đơn vị báo cáo tình hình thực hiện chương trình, công tác kiểm tra giữa kỳ và "
                "việc bồi dưỡng học sinh giỏi."
            ),
            P(
                "Phòng đề nghị các trường hoàn thành kiểm tra đánh giá giữa học kỳ I trước ngày "
                "15/11/2026 và báo cáo kết quả về Sở."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng GDTrH</strong></p>'),
        ],
    ),
    Story(
        id=2306,
        slug="ha-giang-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        title="Hà Giang hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-21T07:50:00+07:00",
        summary="Tuần lễ diễn ra từ ngày 01/10 đến ngày 07/10/2026 với chủ đề chuyển đổi số.",
        sapo_outside=True,
        blocks=[
            P("Các hoạt động chính", "h"),
            P("Tổ chức khai mạc tại các huyện, thành phố;", "li"),
            P("Trưng bày sách, báo tại các thư viện trường học;", "li"),
            P("Tập huấn kỹ năng số cho người dân tại các trung tâm học tập cộng đồng.", "li"),
            P(
                "Qua tuần lễ, hơn 12.000 lượt người dân đã tham gia các lớp học kỹ năng số cơ bản."
            ),
        ],
    ),
    Story(
        id=2339,
        slug="truong-ptdtnt-thcs-dong-van-to-chuc-ngay-hoi-van-hoa-cac-dan-toc",
        title="Trường PTDTNT THCS Đồng Văn tổ chức ngày hội văn hóa các dân tộc",
        cat="hoat-dong-cac-don-vi",
        published_at="2026-12-02T16:45:00+07:00",
        summary=(
            "Ngày hội thu hút hơn 400 học sinh các dân tộc Mông, Dao, Lô Lô, Tày tham gia với "
            "nhiều hoạt động trải nghiệm."
        ),
        sapo_outside=True,
        authors=["Vàng Mí Sính"],
        photographers=["Vàng Mí Sính"],
        blocks=[
            P(
                "Học sinh tham gia thi nấu cỗ truyền thống, trình diễn trang phục dân tộc, thi "
                "thổi khèn và các trò chơi dân gian như ném pao, đánh quay."
            ),
            Img(
                _img("2026_12", "trinh-dien-trang-phuc.jpg"),
                "Học sinh trình diễn trang phục dân tộc Lô Lô",
                "Học sinh trình diễn trang phục dân tộc Lô Lô",
                style="em",
            ),
            P(
                "Thông qua ngày hội, nhà trường giáo dục học sinh ý thức giữ gìn bản sắc văn hóa "
                "của dân tộc mình."
            ),
            Img(
                _img("2026_12", "thi-nem-pao.jpg"),
                "(Phần thi ném pao của học sinh khối 8)",
                "Phần thi ném pao của học sinh khối 8",
                style="em",
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Vàng Mí Sính</strong></p>'),
        ],
        opts={"tags": ["giao-duc-dan-toc"]},
    ),
    Story(
        id=2312,
        slug="truong-thpt-chuyen-ha-giang-ra-quan-cau-lac-bo-stem",
        title="Trường THPT Chuyên Hà Giang ra mắt Câu lạc bộ STEM",
        cat="hoat-dong-cac-don-vi",
        published_at="2026-10-29T10:00:00+07:00",
        summary="Câu lạc bộ STEM gồm 64 học sinh, sinh hoạt hai buổi mỗi tháng.",
        sapo_outside=True,
        authors=["Nguyễn Thị Lan Anh", "Trần Minh Đức"],
        blocks=[
            P(
                "Câu lạc bộ có ba nhóm: lập trình robot, thiết kế mô hình và khoa học dữ liệu, do "
                "các thầy cô tổ Tin học và Vật lí phụ trách."
            ),
            Img(
                _img("2026_10", "clb-stem-chuyen.jpg"),
                "Học sinh giới thiệu sản phẩm robot phân loại rác",
                "Học sinh giới thiệu sản phẩm robot phân loại rác",
                style="fig",
            ),
            P("Nhà trường sẽ chọn các sản phẩm tiêu biểu tham gia Cuộc thi khoa học kỹ thuật cấp tỉnh."),
        ],
        opts={"author_line": "Nguyễn Thị Lan Anh, Trần Minh Đức"},
    ),
    Story(
        id=2343,
        slug="thong-bao-lich-nghi-tet-duong-lich-2027",
        title="Thông báo lịch nghỉ Tết Dương lịch năm 2027",
        cat="thong-bao",
        published_at="2026-12-04",
        authors=["Nguyễn Văn Thắng"],
        blocks=[
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">'
                "<tbody><tr>"
                '<td style="text-align:center">UBND TỈNH HÀ GIANG<br /><strong>SỞ GIÁO DỤC VÀ ĐÀO '
                "TẠO</strong></td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />'
                "Độc lập - Tự do - Hạnh phúc</strong></td></tr>"
                '<tr><td style="text-align:center">Số: 2456/TB-SGDĐT</td>'
                '<td style="text-align:center"><em>Hà Giang, ngày 04 tháng 12 năm 2026</em></td>'
                "</tr></tbody></table>"
            ),
            Raw('<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'),
            Raw(
                '<p style="text-align: center;"><strong>Về việc nghỉ Tết Dương lịch năm 2027'
                "</strong></p>"
            ),
            P(
                "Căn cứ Bộ luật Lao động năm 2019; thực hiện Thông báo của UBND tỉnh về việc nghỉ "
                "Tết Dương lịch năm 2027, Sở GD&ĐT thông báo như sau:"
            ),
            P(
                "1. Cán bộ, công chức, viên chức và người lao động được nghỉ Tết Dương lịch 01 ngày, "
                "thứ Sáu ngày 01/01/2027."
            ),
            P(
                "2. Học sinh các cấp học nghỉ theo lịch của cán bộ, giáo viên; các đơn vị bố trí "
                "trực và bảo đảm an toàn trường học trong thời gian nghỉ."
            ),
            Raw(
                '<table style="width:100%"><tbody><tr><td><strong><em>Nơi nhận:</em></strong><br />'
                "- Các phòng GD&amp;ĐT;<br />- Các đơn vị trực thuộc;<br />- Lưu: VT, VP.</td>"
                '<td style="text-align:center"><strong>KT. GIÁM ĐỐC<br />PHÓ GIÁM ĐỐC</strong>'
                "<br /><br /><br /><strong>Nguyễn Văn Thắng</strong></td></tr></tbody></table>"
            ),
        ],
        opts={
            "printed_time": "05/12/2026 07:45",
            "hide_hometext": (
                "Sở GD&ĐT thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với cán bộ, giáo viên và "
                "học sinh."
            ),
            "group": True,
        },
    ),
    Story(
        id=2330,
        slug="thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026",
        title="Thông báo tuyển dụng viên chức giáo dục năm 2026",
        cat="thong-bao",
        published_at="2026-11-20T08:00:00+07:00",
        summary=(
            "Sở GD&ĐT thông báo tuyển dụng 85 chỉ tiêu viên chức giảng dạy tại các trường THPT "
            "và trường PTDT nội trú trực thuộc."
        ),
        sapo_outside=True,
        source="Phòng Tổ chức cán bộ",
        blocks=[
            P("Chỉ tiêu tuyển dụng theo môn học như sau:"),
            P("Môn | Số chỉ tiêu | Ghi chú", "tr"),
            P("Toán | 18 | THPT", "tr"),
            P("Tiếng Anh | 22 | THPT, PTDTNT", "tr"),
            P("Tin học | 15 | THPT", "tr"),
            P(
                "Thời gian nhận hồ sơ từ ngày 23/11/2026 đến hết ngày 22/12/2026 tại Phòng Tổ chức "
                "cán bộ, Sở GD&ĐT."
            ),
        ],
    ),
    Story(
        id=2309,
        slug="ke-hoach-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        title="Kế hoạch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-10-26T09:10:00+07:00",
        summary="Kỳ thi được tổ chức vào ngày 16/12/2026 tại Hội đồng thi Trường THPT Chuyên Hà Giang.",
        sapo_outside=True,
        blocks=[
            P("Môn thi gồm: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh."),
            P("Các đơn vị gửi danh sách học sinh dự thi về Phòng Quản lý chất lượng trước ngày 25/11/2026."),
            Raw(
                '<p><strong>Tệp đính kèm:</strong> <a href="/uploads/news/2026_10/kh-hsg12-2026.pdf">'
                "KH-HSG12-2026.pdf</a></p>"
            ),
        ],
        opts={"tags": ["hoc-sinh-gioi"]},
    ),
    Story(
        id=2337,
        slug="huong-dan-thuc-hien-nhiem-vu-chuyen-doi-so-trong-giao-duc-nam-hoc-2026-2027",
        title="Hướng dẫn thực hiện nhiệm vụ chuyển đổi số trong giáo dục năm học 2026 - 2027",
        cat="chuyen-mon-nghiep-vu",
        published_at="2026-11-30T10:20:00+07:00",
        summary="Sở GD&ĐT hướng dẫn các đơn vị triển khai ba nhóm nhiệm vụ trọng tâm về chuyển đổi số.",
        sapo_outside=True,
        authors=["Phạm Quốc Toản"],
        blocks=[
            P("Nhiệm vụ trọng tâm", "h"),
            P("Cập nhật đầy đủ cơ sở dữ liệu ngành trước ngày 15/12/2026;", "li"),
            P("Triển khai học bạ số đối với lớp 1, lớp 6 và lớp 10;", "li"),
            P("Sử dụng sổ điểm điện tử thay thế sổ điểm giấy.[1]", "li"),
            P(
                "Các trường chủ động bố trí kinh phí bồi dưỡng kỹ năng số cho giáo viên theo hướng "
                "dẫn của Bộ GD&ĐT."
            ),
            P("Tài liệu tham khảo", "h"),
            P("[1] Thông tư 22/2021/TT-BGDĐT quy định về đánh giá học sinh THCS và THPT."),
        ],
        opts={"author_line": "Phạm Quốc Toản", "tags": ["chuyen-doi-so"]},
    ),
    Story(
        id=2322,
        slug="tap-huan-day-hoc-mon-ngu-van-theo-chuong-trinh-gdpt-2018",
        title="Tập huấn dạy học môn Ngữ văn theo Chương trình GDPT 2018",
        cat="chuyen-mon-nghiep-vu",
        published_at="2026-11-12",
        summary="Hơn 300 giáo viên Ngữ văn cấp THCS, THPT tham gia tập huấn trực tuyến trong hai ngày.",
        sapo_outside=True,
        authors=["Ma Thị Hồng Nhung"],
        blocks=[
            P(
                "Nội dung tập huấn tập trung vào kỹ thuật ra đề đọc hiểu với ngữ liệu ngoài sách "
                "giáo khoa và đánh giá năng lực viết của học sinh."
            ),
            P("Báo cáo viên là giảng viên Trường Đại học Sư phạm Thái Nguyên."),
        ],
        opts={"author_line": "Ma Thị Hồng Nhung", "printed_time": "12/11/2026 00:00"},
    ),
    Story(
        id=2303,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong-bac-quang",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường Bắc Quang",
        cat="chuyen-mon-nghiep-vu",
        published_at="2026-10-15T14:10:00+07:00",
        summary="Cụm trường THCS huyện Bắc Quang tổ chức sinh hoạt chuyên môn môn Khoa học tự nhiên.",
        sapo_outside=True,
        blocks=[
            P("Tiết dạy minh họa bài “Tốc độ chuyển động” do cô Hoàng Thị Duyên thực hiện."),
            Img(
                _img("2026_10", "sinh-hoat-cum-bac-quang.jpg"),
                "(Giáo viên các trường dự giờ, quan sát học sinh)",
                "Giáo viên các trường dự giờ, quan sát học sinh",
                style="em",
            ),
            P("Sau tiết dạy, giáo viên thảo luận về các khó khăn của học sinh khi học nội dung này."),
        ],
    ),
]

BY_ID = {s.id: s for s in STORIES}

#: weekday names as NukeViet's nv_date('l') prints them
_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _printed_time(story: Story) -> str:
    """The detail page's "l - d/m/Y H:i" line."""
    import datetime as _dt

    raw = story.opts.get("printed_time")
    if raw is None:
        d = _dt.datetime.fromisoformat(story.published_at)  # type: ignore[arg-type]
        raw = d.strftime("%d/%m/%Y %H:%M")
    day = _dt.datetime.strptime(raw, "%d/%m/%Y %H:%M")
    return f"{_WEEKDAYS[day.weekday()]} - {raw}"


def _short_date(story: Story) -> str:
    return _printed_time(story).split(" - ", 1)[1].split(" ")[0]


def _cats_of(story: Story) -> list[str]:
    return [story.cat, *story.opts.get("extra_cats", [])]


def article_path(story: Story, cat: str | None = None) -> str:
    return f"/news/{cat or story.cat}/{story.slug}-{story.id}.html"


def print_path(story: Story) -> str:
    return f"/news/print/{story.cat}/{story.slug}-{story.id}.html"


def legacy_path(story: Story) -> str:
    return f"/index.php?language=vi&nv=news&op={story.cat}/{story.slug}-{story.id}"


def _hometext(story: Story) -> str:
    return story.summary or story.opts.get("hide_hometext", "")


def _thumb(story: Story) -> str:
    imgs = story.images
    if imgs:
        return imgs[0].src.replace("/uploads/", "/assets/")
    return "/themes/sgd_hagiang/images/no_image.gif"


def _posts_in(cat: str) -> list[Story]:
    posts = [s for s in STORIES if cat in _cats_of(s)]
    return sorted(posts, key=lambda s: s.id, reverse=True)


# --- chrome -------------------------------------------------------------------------------------


def _menu() -> str:
    def sub(items: list[tuple[str, str]]) -> str:
        return "".join(f'<li><a href="{h}" title="{esc(t)}">{esc(t)}</a></li>' for h, t in items)

    intro = [(f"/page/{a}.html", v[0]) for a, v in PAGES.items() if a != "duong-day-nong"]
    news = [("/news/tin-tuc-su-kien/", "Tin tức - Sự kiện"), ("/news/hoat-dong-cac-don-vi/", "Hoạt động các đơn vị")]
    return (
        '<nav class="second-nav" id="menusite"><div class="bg"><ul class="nav navbar-nav">'
        '<li><a class="home" title="Trang chủ" href="/"><em class="fa fa-lg fa-home">&nbsp;</em>'
        '<span class="visible-xs-inline-block">Trang chủ</span></a></li>'
        f'<li class="dropdown"><a class="dropdown-toggle" href="/page/gioi-thieu.html">Giới thiệu '
        f'<strong class="caret"></strong></a><ul class="dropdown-menu">{sub(intro)}</ul></li>'
        f'<li class="dropdown"><a class="dropdown-toggle" href="/news/">Tin tức '
        f'<strong class="caret"></strong></a><ul class="dropdown-menu">{sub(news)}</ul></li>'
        '<li><a href="/news/thong-bao/" title="Thông báo">Thông báo</a></li>'
        '<li><a href="/news/chuyen-mon-nghiep-vu/" title="Chuyên môn - Nghiệp vụ">Chuyên môn - '
        "Nghiệp vụ</a></li>"
        '<li><a href="/page/duong-day-nong.html">Đường dây nóng</a></li>'
        '<li><a href="/contact/" title="Liên hệ">Liên hệ</a></li>'
        "</ul></div></nav>"
    )


def _sidebar() -> str:
    most = [BY_ID[i] for i in (2341, 2335, 2339)]
    most_html = "".join(
        f'<li class="clearfix"><a href="{article_path(s)}" title="{esc(s.title)}">'
        f'<img src="{_thumb(s)}" alt="{esc(s.title)}" width="60" class="img-thumbnail pull-left '
        f'mr-1"/></a><a class="show" href="{article_path(s)}" data-content="{esc(_hometext(s))}" '
        f'data-rel="block_tooltip">{esc(s.title)}</a></li>'
        for s in most
    )
    notice = BY_ID[2343]
    return (
        '<div class="col-md-8 col-sm-8 col-xs-24">'
        '<div class="panel panel-primary"><div class="panel-heading">Tin xem nhiều</div>'
        f'<div class="panel-body"><ul class="block_tophits list-none list-items">{most_html}</ul>'
        "</div></div>"
        '<div class="panel panel-primary"><div class="panel-heading">Thông báo mới</div>'
        '<div class="panel-body"><div class="nv-block-html">'
        '<p><img alt="new" src="/themes/sgd_hagiang/images/new.gif" /> '
        f'<a href="{esc(legacy_path(notice))}">{esc(notice.title)}</a></p>'
        "</div></div></div>"
        '<div class="panel panel-primary"><div class="panel-heading">Liên kết website</div>'
        '<div class="panel-body"><ul class="weblinks">'
        '<li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://hagiang.gov.vn" target="_blank" rel="noopener">Cổng TTĐT tỉnh Hà Giang</a></li>'
        '<li><a href="https://baohagiang.vn" target="_blank" rel="noopener">Báo Hà Giang</a></li>'
        "</ul></div></div>"
        '<div class="panel panel-primary"><div class="panel-heading">Thăm dò ý kiến</div>'
        '<div class="panel-body"><form action="/voting/" method="post" onsubmit="return false;">'
        "<p><strong>Bạn quan tâm nội dung nào trên cổng thông tin?</strong></p>"
        '<div class="radio"><label><input type="radio" name="option" value="1"/> Tin tức - Sự kiện</label></div>'
        '<div class="radio"><label><input type="radio" name="option" value="2"/> Văn bản chỉ đạo</label></div>'
        '<div class="radio"><label><input type="radio" name="option" value="3"/> Thủ tục hành chính</label></div>'
        '<input class="btn btn-success btn-sm" type="button" value="Bình chọn" onclick="nv_sendvoting(this.form, 1, 1)"/>'
        "</form></div></div>"
        '<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div>'
        '<div class="panel-body"><ul class="counter list-none display-table">'
        '<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>27</span></li>'
        '<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-sm"></em>Hôm nay</span><span>1.482</span></li>'
        '<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>9.215</span></li>'
        '<li><span><em class="fa fa-bar-chart fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>3.864.107</span></li>'
        "</ul></div></div>"
        "</div>"
    )


def _breadcrumbs(trail: list[tuple[str, str]]) -> str:
    items = '<li itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="/" itemprop="url" title="Trang chủ"><span itemprop="title">Trang chủ</span></a></li>'
    for href, label in trail:
        items += (
            '<li itemscope itemtype="http://data-vocabulary.org/Breadcrumb">'
            f'<a href="{href}" itemprop="url" title="{esc(label)}"><span class="txt" itemprop="title">'
            f"{esc(label)}</span></a></li>"
        )
    return f'<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none">{items}</ul></div></div>'


def _page(request: Request, title: str, content: str, trail: list[tuple[str, str]], head: str = "") -> Response:
    page = (
        '<!DOCTYPE html>\n<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">'
        f"<head><title>{esc(title)}</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="generator" content="NukeViet v4.2">'
        f"{head}"
        '<link rel="shortcut icon" href="/favicon.ico">'
        '<link rel="stylesheet" href="/themes/sgd_hagiang/css/style.css">'
        '<link rel="alternate" href="/news/rss/" title="Tin Tức" type="application/rss+xml">'
        '<script src="/assets/js/jquery/jquery.min.js"></script>'
        '<script src="/assets/js/language/vi.js"></script><script src="/assets/js/global.js"></script>'
        "</head><body>"
        '<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.</div></noscript>'
        '<div class="body-bg"><div class="wraper">'
        '<header><div class="container"><div id="header" class="row"><div class="logo col-xs-24 col-sm-24 col-md-8">'
        '<a title="Trang chủ" href="/"><img src="/uploads/logo-sgd-hagiang.png" width="90" height="90" alt="Logo"/></a>'
        f'<h1 class="sgd-ten">{esc(SITE_NAME)}</h1>'
        '<h2 class="sgd-slogan">Cổng thông tin điện tử ngành Giáo dục Hà Giang</h2>'
        "</div></div></div></header>"
        f'<div class="container"><div class="header-nav">{_menu()}'
        '<div class="headerSearch"><form action="/seek/" method="get"><input type="text" name="q" '
        'class="form-control" maxlength="60" placeholder="Tìm kiếm..."/>'
        '<button type="submit" class="btn btn-info"><em class="fa fa-search fa-lg"></em></button></form></div>'
        f'<div class="current-time"><span class="fa fa-clock-o"></span> {HEADER_DATE}</div></div></div>'
        '<section><div class="container" id="body">'
        f"{_breadcrumbs(trail)}"
        '<div class="row"><div class="col-md-16 col-sm-16 col-xs-24">'
        f"{content}"
        "</div>"
        f"{_sidebar()}"
        "</div></div></section>"
        '<footer id="footer"><div class="wraper"><div class="container"><div class="row">'
        '<div class="col-xs-24 col-sm-24 col-md-16"><div class="copyright">'
        f"<p><strong>{esc(SITE_NAME.upper())}</strong></p>"
        "<p>Địa chỉ: Số 2, đường Hai Bà Trưng, phường Minh Khai, thành phố Hà Giang, tỉnh Hà Giang</p>"
        "<p>Điện thoại: 0219.3866.512 - Fax: 0219.3866.513 - Email: sogddt@hagiang.edu.vn</p>"
        "<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>"
        "<p>© Bản quyền thuộc về Sở Giáo dục và Đào tạo tỉnh Hà Giang</p>"
        "</div></div>"
        '<div class="col-xs-24 col-sm-24 col-md-8"><div class="theme-change">'
        '<a href="https://nukeviet.vn" target="_blank" rel="noopener">Powered by NukeViet CMS</a>'
        '</div><a class="bttop" href="#" title="Lên đầu trang"><em class="fa fa-refresh fa-lg"></em></a>'
        "</div></div></div></div></footer>"
        '<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" '
        'href="javascript:void(0)">Bấm vào đây để duy trì trạng thái đăng nhập</a>.</div>'
        '<script src="/themes/sgd_hagiang/js/main.js"></script>'
        "</div></div></body></html>"
    )
    return html(page)


# --- the post ------------------------------------------------------------------------------------


def _render_blocks(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("br", "li", "tr"):
            group = [b]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == b.style:
                i += 1
                group.append(blocks[i])
            if b.style == "br":
                inner = "<br />\n".join(esc(p.text) for p in group)
                out.append(f'<div style="text-align: justify;">{inner}</div>')
            elif b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in group) + "</ul>")
            else:
                rows = []
                for n, p in enumerate(group):
                    cells = p.text.split(" | ")
                    tag = "strong" if n == 0 else "span"
                    rows.append(
                        "<tr>" + "".join(f'<td style="border:1px solid #999"><{tag}>{esc(c)}</{tag}></td>' for c in cells) + "</tr>"
                    )
                out.append('<table border="1" cellpadding="3" cellspacing="0" style="width:100%"><tbody>' + "".join(rows) + "</tbody></table>")
        elif isinstance(b, P):
            if b.style == "h":
                out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
            else:
                out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        elif isinstance(b, Img):
            if b.style == "lead":
                pass
            elif b.style == "fig":
                out.append(
                    '<figure class="image" style="display:inline-block"><img alt="" height="450" '
                    f'src="{b.src}" width="680" /><figcaption>{esc(b.printed or "")}</figcaption></figure>'
                )
            else:
                out.append(f'<p style="text-align: center;"><img alt="" src="{b.src}" style="width: 680px; height: 453px;" /></p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def _article(request: Request, story: Story, cat_alias: str, *, canonical: str | None = None) -> Response:
    cat = CATS[cat_alias]
    trail = []
    if cat.parent:
        parent = CATS[cat.parent]
        trail.append((f"/news/{parent.alias}/", parent.title))
    trail.append((f"/news/{cat.alias}/", cat.title))
    lead = next((b for b in story.blocks if isinstance(b, Img) and b.style == "lead"), None)
    lead_html = ""
    if lead is not None:
        note = f"<figcaption>{esc(lead.printed)}</figcaption>" if lead.printed else ""
        lead_html = (
            '<figure class="article left pointer" onclick="modalShowByObj(\'#imgpreview\');">'
            '<div id="imgpreview" style="width:460px;"><p class="text-center">'
            f'<img alt="{esc(lead.printed or story.title)}" src="{lead.src}" width="460" class="img-thumbnail"/>'
            f"</p>{note}</div></figure>"
        )
    hometext_html = ""
    if story.summary:
        hometext_html = f'<div class="hometext" itemprop="description">{esc(story.summary)}</div>'
    byline = ""
    if story.opts.get("author_line"):
        byline += f'<p class="h5 text-right"><strong>Tác giả bài viết: </strong>{esc(story.opts["author_line"])}</p>'
    if story.source:
        byline += f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{esc(story.source)}</p>'
    if byline:
        byline = f'<div class="margin-bottom-lg">{byline}</div>'
    tools = (
        '<ul class="list-inline text-right">'
        '<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" '
        f"onclick=\"nv_open_browse('/news/sendmail/{story.cat}/{story.slug}-{story.id}.html','',650,500,'');return false\">"
        '<em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
        '<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" '
        f"onclick=\"nv_open_browse('{print_path(story)}','',840,500,'');return false\">"
        '<em class="fa fa-print fa-lg">&nbsp;</em></a></li>'
        "</ul>"
    )
    panel = (
        '<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>'
        '<div class="panel-body">'
        f'<h1 class="title margin-bottom-lg" itemprop="headline">{esc(story.title)}</h1>'
        '<div class="row margin-bottom-lg"><div class="col-md-12">'
        f'<span class="h5">{_printed_time(story)}</span></div>'
        f'<div class="col-md-12">{tools}</div></div>'
        f'<div class="clearfix">{lead_html}{hometext_html}</div>'
        f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{_render_blocks(story.blocks)}</div>'
        f"{byline}"
        '<div class="alert alert-info margin-bottom-lg" role="alert">Chú ý: Việc đăng lại bài viết trên ở '
        "website hoặc các phương tiện truyền thông khác mà không ghi rõ nguồn "
        f"{esc(base_url(request))} là vi phạm bản quyền</div>"
        "</div></div>"
    )
    tags = story.opts.get("tags", [])
    if tags:
        links = ", ".join(f'<a title="{esc(TAGS[t])}" href="/news/tag/{t}"><em>{esc(TAGS[t])}</em></a>' for t in tags)
        panel += (
            '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">'
            f'<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{links}</div></div></div>'
        )
    score, votes = story.opts.get("rating", (0, 0))
    panel += (
        '<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action="">'
        f'<div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: {score} trong {votes} đánh giá</p>'
        '<div style="padding: 5px;"><input class="hover-star" type="radio" value="1" title="Bài viết rất kém" />'
        '<input class="hover-star" type="radio" value="5" title="Bài viết rất tốt" />'
        '<span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div></div>'
        "</form></div></div>"
        '<div class="news_column panel panel-default"><div class="panel-body" style="margin-bottom:0">'
        f'<div class="fb-like" data-href="{base_url(request)}{article_path(story)}" data-layout="button_count"></div>'
        '<a href="https://www.facebook.com/sharer/sharer.php?u=' + base_url(request) + article_path(story)
        + '" target="_blank" rel="noopener" class="btn btn-primary btn-xs">Chia sẻ</a></div></div>'
    )
    newer = [s for s in _posts_in(cat_alias) if s.id > story.id][-3:]
    if newer:
        items = "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{article_path(s, cat_alias)}" '
            f'data-content="{esc(_hometext(s))}" data-img="{_thumb(s)}" data-rel="tooltip" '
            f'title="{esc(s.title)}">{esc(s.title)}</a> <em>({_short_date(s)})</em></li>'
            for s in newer
        )
        panel += (
            '<div class="news_column panel panel-default"><div class="panel-body other-news">'
            '<p class="h3"><strong>Tin mới hơn</strong></p>'
            f'<div class="clearfix"><ul class="related list-items">{items}</ul></div></div></div>'
        )
    canon = canonical or article_path(story)
    desc = _hometext(story)
    head = (
        f'<meta name="description" content="{esc(desc)}">'
        f'<meta property="og:title" content="{esc(story.title)}">'
        '<meta property="og:type" content="article">'
        f'<meta property="og:description" content="{esc(desc)}">'
        f'<meta property="og:url" content="{base_url(request)}{canon}">'
        f'<link rel="canonical" href="{base_url(request)}{canon}">'
    )
    title = f"{story.title} - {cat.title} - {SITE_NAME}"
    return _page(request, title, panel, trail, head)


def _print_view(request: Request, story: Story) -> Response:
    body = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        f"<title>{esc(story.title)}</title>"
        f'<link rel="canonical" href="{base_url(request)}{article_path(story)}">'
        '<link rel="stylesheet" href="/themes/default/css/news.print.css"></head><body>'
        '<div id="print"><div id="hd_print"><h2 class="pull-left">' + esc(SITE_NAME) + "</h2>"
        f'<p class="pull-right"><a title="Trang chủ" href="/">{esc(base_url(request))}</a></p></div>'
        f'<div id="content"><h1>{esc(story.title)}</h1>'
        f'<ul class="list-inline"><li>{_printed_time(story)}</li></ul>'
        + (f'<div id="hometext">{esc(story.summary)}</div>' if story.summary else "")
        + f'<div class="bodytext">{_render_blocks(story.blocks)}</div>'
        + (f'<div id="author">Tác giả bài viết: {esc(story.opts["author_line"])}</div>' if story.opts.get("author_line") else "")
        + '</div><div id="footerprint"><p>Tự động in: <a href="javascript:;" onclick="window.print()">In bài viết</a></p></div>'
        "</div></body></html>"
    )
    return html(body)


# --- listings ------------------------------------------------------------------------------------


def _grid(posts: list[Story], link_cat: str | None = None) -> str:
    cells = []
    for s in posts:
        url = article_path(s, link_cat if link_cat and link_cat in _cats_of(s) else None)
        cells.append(
            '<div class="col-sm-12 col-md-8"><div class="thumbnail">'
            f'<a title="{esc(s.title)}" href="{url}"><img alt="{esc(s.title)}" src="{_thumb(s)}" '
            'width="220" class="img-thumbnail"/></a>'
            f'<div class="caption text-center"><h3><a class="show" href="{url}" data-content="{esc(_hometext(s))}" '
            f'data-img="{_thumb(s)}" data-placement="bottom" data-rel="tooltip" title="{esc(s.title)}">{esc(s.title)}</a></h3>'
            "</div></div></div>"
        )
    rows = ["".join(cells[i : i + 3]) for i in range(0, len(cells), 3)]
    return '<div class="viewcat_grid">' + "".join(f'<div class="row">{r}</div>' for r in rows) + "</div>"


def _pagination(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page-{n}"

    items = []
    if page > 1:
        items.append(f'<li><a href="{href(page - 1)}">&laquo;</a></li>')
    else:
        items.append('<li class="disabled"><span>&laquo;</span></li>')
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li class="active"><span>{n}</span></li>')
        else:
            items.append(f'<li><a href="{href(n)}">{n}</a></li>')
    if page < pages:
        items.append(f'<li><a rel="next" href="{href(page + 1)}">&raquo;</a></li>')
    else:
        items.append('<li class="disabled"><span>&raquo;</span></li>')
    return f'<div class="text-center"><ul class="pagination">{"".join(items)}</ul></div>'


def _category(request: Request, cat_alias: str, page: int) -> Response | None:
    cat = CATS[cat_alias]
    posts = _posts_in(cat_alias)
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    subs = [c for c in CATS.values() if c.parent == cat_alias]
    subs_html = ""
    if subs:
        subs_html = '<ul class="list-inline sub-list-icon">' + "".join(
            f'<li><a href="/news/{c.alias}/">{esc(c.title)}</a></li>' for c in subs
        ) + "</ul>"
    content = (
        f'<div class="page-header"><h2 class="h3">{esc(cat.title)}</h2>{subs_html}</div>'
        + _grid(chunk, cat_alias)
        + _pagination(f"/news/{cat_alias}/", page, pages)
    )
    trail = []
    if cat.parent:
        trail.append((f"/news/{cat.parent}/", CATS[cat.parent].title))
    trail.append((f"/news/{cat_alias}/", cat.title))
    title = cat.title + (f" - Trang {page}" if page > 1 else "") + f" - {SITE_NAME}"
    return _page(request, title, content, trail)


def _main_right(request: Request) -> Response:
    blocks = []
    for cat in CATS.values():
        posts = _posts_in(cat.alias)
        if cat.alias == "tin-tuc-su-kien":
            posts = [s for s in posts if s.cat == cat.alias]
        top, others = posts[0], posts[1:PER_PAGE]
        others_html = "".join(
            f'<li class="icon_list"><a class="show" href="{article_path(s, cat.alias)}" '
            f'data-content="{esc(_hometext(s))}" data-rel="tooltip" title="{esc(s.title)}">{esc(s.title)}</a></li>'
            for s in others
        )
        blocks.append(
            '<div class="news_column"><div class="panel panel-default clearfix">'
            f'<div class="panel-heading"><h4 class="pull-left"><a title="{esc(cat.title)}" href="/news/{cat.alias}/">'
            f"<span>{esc(cat.title)}</span></a></h4></div>"
            '<div class="panel-body"><div class="row"><div class="col-md-12">'
            f'<a href="{article_path(top, cat.alias)}" title="{esc(top.title)}"><img src="{_thumb(top)}" '
            f'alt="{esc(top.title)}" width="100" class="img-thumbnail pull-left imghome"/></a>'
            f'<h3><a href="{article_path(top, cat.alias)}" title="{esc(top.title)}">{esc(top.title)}</a></h3>'
            f"<p>{esc(_hometext(top))}</p></div>"
            f'<div class="col-md-12"><ul class="related">{others_html}</ul></div></div></div></div></div>'
        )
    groups = [s for s in STORIES if s.opts.get("group")]
    slider = "".join(
        f'<div class="item"><a href="{article_path(s)}"><img src="{_thumb(s)}" alt="{esc(s.title)}"/></a>'
        f'<div class="carousel-caption"><a href="{article_path(s)}">{esc(s.title)}</a></div></div>'
        for s in groups
    )
    content = (
        '<div class="panel panel-default"><div class="panel-heading"><a href="/news/groups/tin-noi-bat/">Tin nổi bật</a></div>'
        f'<div class="panel-body"><div id="nv-slider" class="carousel slide">{slider}</div></div></div>'
        + "".join(blocks)
    )
    return _page(request, SITE_NAME, content, [("/news/", "Tin Tức")])


def _listing(request: Request, heading: str, posts: list[Story], trail: list[tuple[str, str]]) -> Response:
    items = "".join(
        '<div class="panel panel-default"><div class="panel-body">'
        f'<a href="{article_path(s)}" title="{esc(s.title)}"><img alt="{esc(s.title)}" src="{_thumb(s)}" '
        'width="100" class="img-thumbnail pull-left imghome"/></a>'
        f'<h3><a href="{article_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></h3>'
        f'<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> '
        f"{_printed_time(s).split(' - ', 1)[1]}</li></ul></div>"
        f"<p>{esc(_hometext(s))}</p></div></div>"
        for s in posts
    )
    content = f'<div class="page-header"><h2 class="h3">{esc(heading)}</h2></div>{items}'
    return _page(request, f"{heading} - {SITE_NAME}", content, trail)


def _static_page(request: Request, alias: str) -> Response:
    title, desc, paras = PAGES[alias]
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    content = (
        '<div class="page panel panel-default" itemtype="http://schema.org/Article" itemscope>'
        '<div class="panel-body">'
        f'<h1 class="title margin-bottom-lg" itemprop="name">{esc(title)}</h1>'
        '<div class="margin-bottom-lg"><div class="pull-right"><span class="h5">Cập nhật: 12/09/2025 10:22</span></div></div>'
        f'<div class="hometext margin-bottom-lg">{esc(desc)}</div>'
        f'<div class="clear"></div><div id="page-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>'
        '<div class="fb-like" data-layout="button_count"></div></div></div>'
    )
    head = f'<meta name="description" content="{esc(desc)}"><link rel="canonical" href="{base_url(request)}/page/{alias}.html">'
    return _page(request, f"{title} - {SITE_NAME}", content, [(f"/page/{alias}.html", title)], head)


def _contact(request: Request) -> Response:
    content = (
        '<div class="page panel panel-default"><div class="panel-body">'
        '<h2 class="h3">Liên hệ</h2>'
        f"<p><strong>{esc(SITE_NAME)}</strong></p>"
        "<p>Địa chỉ: Số 2, đường Hai Bà Trưng, phường Minh Khai, thành phố Hà Giang</p>"
        "<p>Điện thoại: 0219.3866.512 - Email: sogddt@hagiang.edu.vn</p>"
        '<form method="post" action="/contact/" class="form-horizontal">'
        '<input type="text" name="ftitle" placeholder="Tiêu đề"/><input type="text" name="fname" placeholder="Họ và tên"/>'
        '<textarea name="fcon"></textarea><input type="submit" value="Gửi thư" class="btn btn-primary"/>'
        "</form></div></div>"
    )
    return _page(request, f"Liên hệ - {SITE_NAME}", content, [("/contact/", "Liên hệ")])


# --- routing -------------------------------------------------------------------------------------

_POST = re.compile(r"^/news/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_PRINT = re.compile(r"^/news/print/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_CAT = re.compile(r"^/news/([a-z0-9-]+)/(?:page-(\d+))?$")
_OP = re.compile(r"^([a-z0-9-]+)/([a-z0-9-]+)-(\d+)$")


def _find(cat: str, slug: str, sid: str) -> Story | None:
    story = BY_ID.get(int(sid))
    if story is None or story.slug != slug or cat not in _cats_of(story):
        return None
    return story


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method not in ("GET", "HEAD"):
            return None
        if path.endswith(".pdf") and path.startswith("/uploads/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/uploads/", "/assets/", "/themes/")) or path == "/favicon.ico":
            return static_file(path)
        if request.query and path not in ("/index.php", "/seek/"):
            return None
        if path in ("/", "/news/"):
            return _main_right(request)
        if path == "/index.php":
            params = {k: v[0] for k, v in parse_qs(request.query).items()}
            if params.get("nv") != "news" or params.get("language", "vi") != "vi":
                return None
            m = _OP.match(params.get("op", ""))
            story = _find(*m.groups()) if m else None
            if story is None:
                return None
            return _article(request, story, m.group(1) if m else story.cat)
        if path == "/seek/":
            q = request.params.get("q", "")
            hits = [s for s in STORIES if q and q.lower() in s.title.lower()]
            return _listing(request, f"Kết quả tìm kiếm: {q}", hits, [("/seek/", "Tìm kiếm")])
        if path == "/contact/":
            return _contact(request)
        m = re.match(r"^/page/([a-z0-9-]+)\.html$", path)
        if m:
            return _static_page(request, m.group(1)) if m.group(1) in PAGES else None
        m = _PRINT.match(path)
        if m:
            story = _find(*m.groups())
            return _print_view(request, story) if story and story.cat == m.group(1) else None
        if path == "/news/groups/tin-noi-bat/":
            posts = sorted((s for s in STORIES if s.opts.get("group")), key=lambda s: s.id, reverse=True)
            return _listing(request, "Tin nổi bật", posts, [("/news/groups/tin-noi-bat/", "Tin nổi bật")])
        m = re.match(r"^/news/tag/([a-z0-9-]+)$", path)
        if m:
            alias = m.group(1)
            if alias not in TAGS:
                return None
            posts = sorted((s for s in STORIES if alias in s.opts.get("tags", [])), key=lambda s: s.id, reverse=True)
            return _listing(request, f"Từ khóa: {TAGS[alias]}", posts, [(path, TAGS[alias])])
        m = _POST.match(path)
        if m:
            story = _find(*m.groups())
            if story is None:
                return None
            return _article(request, story, m.group(1))
        m = _CAT.match(path)
        if m and m.group(1) in CATS:
            page = int(m.group(2)) if m.group(2) else 1
            if m.group(2) == "1":
                return None
            return _category(request, m.group(1), page)
        return None


def build_site() -> Site:
    return Site()


def _gold(story: Story) -> dict:
    alts = [print_path(story)]
    alts += [article_path(story, c) for c in story.opts.get("extra_cats", [])]
    if story.id == 2343:
        alts.append(legacy_path(story))
    return gold_record(story, article_path(story), CATS[story.cat].title, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/page/gioi-thieu.html",
    "/page/chuc-nang-nhiem-vu.html",
    "/page/co-cau-to-chuc.html",
    "/page/duong-day-nong.html",
    "/contact/",
]
