"""Trường Chính trị tỉnh Lạng Sơn: a site of the province's Liferay Portal 6.2 CE (blind fixture).

Platform
--------
Liferay Portal 6.2 CE GA6 run by the province's information centre; each unit is a *site* under
``/web/<site>``, the political school's is ``/web/truongchinhtri``. A custom theme
(``truongchinhtri_WAR_truongchinhtritheme``) prints the header (today's date "Thứ Bảy,
05/12/2026", banner logo ``/image/layout_set_logo?img_id=…``), the navigation (``#navigation``
with ``child-menu`` drop-downs), the 6.2 breadcrumb (``ul.breadcrumb``) and the footer. The
content columns hold portlets in their 6.2 chrome (``div.portlet-boundary`` >
``section.portlet`` > ``header.portlet-topper`` / ``div.portlet-content``):

* Asset Publisher (``101_INSTANCE_<id>``), display style "abstracts": ``div.asset-abstract`` with
  ``h3.asset-title``, the small image (``/image/journal/article?img_id=…``), the summary cut at
  200 characters with "..." and ``div.asset-more`` "Xem tiếp <span class="hide-accessible">về
  …</span> »"; the 6.2 page iterator: "Trang 1 của 2" icon-menu with one link per page,
  "Hiển thị 1 - 4 của 6 kết quả." and ``ul.pager.lfr-pagination-buttons`` "← Đầu / Trước / Sau /
  Cuối →" (disabled ones as ``href="javascript:;"``). The iterator is only printed when there
  are more items than the delta (6.2 behaviour).
* Asset Publisher full content: ``div.asset-full-content`` with the ``taglib-header`` back link
  (the ``redirect`` parameter) and ``h3.header-title``, the web content rendered by its template
  inside ``div.journal-content-article``, ratings, the print action (a ``javascript:`` href whose
  pop-up URL is only in a ``<script>``), ``div.asset-metadata`` (publish day, "Sửa đổi lần cuối",
  "Bởi <CMS account>", views), social bookmarks and the discussion box.
* Web Content Display (``56_INSTANCE_…``) on the hidden page ``/chi-tiet``: the custom
  "Chi tiết tin" page takes ``?articleId=`` and renders the same template.
* The web content template (Velocity, written by the information centre) prints
  ``h2.tieude-tin``, a line ``div.thongtin-tin`` with "Ngày đăng: <$reserved-article-display-date
  .data>" (the raw RFC-822 string, in GMT), "Chuyên mục" and "Lượt xem", the description in
  ``div.tomtat-tin`` (bold), the text in ``div.noidung-tin``, the structure fields "Tác giả"
  (``div.tacgia-tin``) and "Nguồn" (``div.nguon-tin``), a tool line and "Tin khác" (the other
  articles among the category's three newest, as ``/chi-tiet?articleId=`` links with a date).
* Sidebar on every page: search (portlet 3, GET form), "Đọc nhiều nhất", "Lịch công tác tuần"
  (a permission notice), "Thăm dò ý kiến" (an unconfigured-portlet notice), "Liên kết website"
  (a select of external sites), "Thống kê truy cập".

URL scheme
----------
* ``/web/truongchinhtri/trang-chu`` (START_PATH): home; Asset Publisher ``hGx7Qm2KpLtR`` with the
  five newest articles of the site (no pager). ``/`` and ``/web/truongchinhtri`` redirect here.
* Category pages, each with its own Asset Publisher and delta:
  ``/web/truongchinhtri/tin-tuc`` "Tin tức - Sự kiện" (``Zk3fWq9RbT2a``, delta 4, 6 articles),
  ``/web/truongchinhtri/dao-tao-boi-duong`` "Đào tạo - Bồi dưỡng" (``Lm8pXc4NvQ1e``, delta 3,
  4 articles), ``/web/truongchinhtri/nghien-cuu-trao-doi`` "Nghiên cứu - Trao đổi"
  (``Rt5yHb2WsK7u``, delta 5, 3 articles, no pager). Page n of a listing:
  ``?p_p_id=101_INSTANCE_<id>&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1
  &p_p_col_count=1&_101_INSTANCE_<id>_delta=<d>&_101_INSTANCE_<id>_keywords=
  &_101_INSTANCE_<id>_advancedSearch=false&_101_INSTANCE_<id>_andOperator=true
  &p_r_p_564233524_resetCur=false&_101_INSTANCE_<id>_cur=<n>``.
* Article (gold ``path``): ``/web/truongchinhtri/<category page>/-/asset_publisher/<id>/content/
  <url-title>``; listings link it with ``?redirect=<the listing's current URL, encoded>``; the home
  page links ``/web/truongchinhtri/trang-chu/-/asset_publisher/hGx7Qm2KpLtR/content/<url-title>
  ?redirect=…``; "Tin khác", "Đọc nhiều nhất" and the editors' boxes link
  ``/web/truongchinhtri/chi-tiet?articleId=<id>``; print pop-up ``?p_p_state=pop_up
  &_101_INSTANCE_<id>_viewMode=print``.
* Non-articles: ``/lich-su-hinh-thanh``, ``/co-cau-to-chuc`` (menu "Giới thiệu"), ``/van-ban``
  (Documents and Media display, files under ``/documents/…``), ``/thu-vien-anh``, ``/video``,
  ``/lien-he``.
* Images: ``/documents/10181/<folder>/<file>.jpg/<uuid>?t=<ms>`` (no image extension at the end
  of the path), small images ``/image/journal/article?img_id=…&t=…``; theme files under
  ``/truongchinhtri-theme/``, ``/html/js/barebone.jsp``.

How each gold article is reached
--------------------------------
Home (5 newest): A1, A2, B1, C1, A3. "Tin tức - Sự kiện" page 1: A1-A4, page 2 (``_cur=2``)
only: A5, A6. "Đào tạo - Bồi dưỡng" page 1: B1-B3, page 2 only: B4. "Nghiên cứu - Trao đổi":
C1-C3. "Tin khác" only lists the category's three newest, "Đọc nhiều nhất" A2, A3, B1, C1: so A5,
A6 and B4 are reachable only through page 2 of their listing.

Traps
-----
1. rel=canonical drops the query string (6.2's ``PortalUtil.getCanonicalURL``): every
   ``/chi-tiet?articleId=N`` page declares ``<link rel="canonical" href=".../web/truongchinhtri/
   chi-tiet">``, so trusting it folds the 13 articles reached that way into one URL, and that URL
   answers 200 with a portlet notice and no article. Gold: each ``/chi-tiet?articleId=N`` is an
   alt_path of its own article; the gold path/canonical_path is the category's content URL.
2. The ``<title>`` of ``/chi-tiet`` is the hidden page's name ("Chi tiết tin - Trường Chính trị
   tỉnh Lạng Sơn"), the same for every article; the headline is only in ``h2.tieude-tin``.
   Gold title: the headline.
3. The date line prints the template variable raw: "Ngày đăng: Wed, 02 Dec 2026 23:50:00 +0000"
   (GMT, as Liferay's JVM runs in GMT). Gold: the instant in the site's zone with +07:00
   ("2026-12-03T06:50:00+07:00" for A2, whose GMT day is the day before); B3's "Wed, 11 Nov 2026
   17:00:00 +0000" is local midnight, a day without a time: "2026-11-12".
4. Duplicate URLs of one article: the ``redirect`` parameter differs per listing state (plain
   page, ``_cur=1`` reached by "Đầu" and the "Trang x của y" menu, ``_cur=2``), the home page's
   own Asset Publisher serves it under ``/trang-chu/-/asset_publisher/hGx7Qm2KpLtR/…`` (whose
   canonical is that layout's URL, not the category's), ``/chi-tiet?articleId=`` and the print
   pop-up. Gold: one record each, all these in alt_paths.
5. Images under extension-less Document Library URLs (``/documents/10181/461190/anh.jpg/<uuid>
   ?t=…``) and listings' small images (``/image/journal/article?img_id=…``, not article photos).
   Gold image path with its ``?t=`` query as printed; small images are in no article.
6. Captions printed in a layout table (image row, caption row in ``<em>``) inside the text;
   a real table of results (A3) is text. Gold: the layout table gives the caption only, not body;
   the results table gives "Giải | Giảng viên | Đơn vị" rows as body paragraphs.
7. Soft 404s at 200: A3's "Xem thêm" line links ``/chi-tiet?articleId=409977``, a deleted
   web content ("Nội dung web được chọn không còn tồn tại." in an alert); ``/chi-tiet`` without
   an id prints "Chọn nội dung web…". Gold: neither is an article nor a NON_ARTICLE.
8. The sapo is the template's bold ``div.tomtat-tin`` (the web content's description); listings
   and ``<meta name="description">`` print it cut at 200 characters with "...". Gold summary: the
   full description, also the body's first paragraph; C3 has no description: summary null (its
   listing abstract is the text's start, cut).
9. Two bylines: ``div.asset-metadata`` prints the CMS account that created the asset ("Bởi Quản
   trị TCT", Liferay's user full name); the structure field "Tác giả: ThS. Hoàng Thị Thu Hà -
   Khoa Lý luận cơ sở" is the author. Gold: ["Hoàng Thị Thu Hà"]; when the field is empty the
   byline is the right-aligned last line of the text (A1 "Tin, ảnh: …", A6 "Hà Phương (Công đoàn
   Trường)"); the account never.
10. Dates that are not the publication date: "Sửa đổi lần cuối dd/mm/yyyy" in the metadata, the
    header's today, the "(dd/mm/yyyy)" of each "Tin khác" item. Gold: the display date only.
11. Chrome inside the content containers: "Tin khác", the tool line ("In bài | Quay lại | Đầu
    trang") inside ``div.journal-content-article``; an editor's floating "TIN LIÊN QUAN" box
    inside A1's text; ratings "(0 Phiếu bầu)", "Chưa có bình luận nào…" and permission notices
    ("Bạn không có vai trò được yêu cầu để truy cập portlet này.") next to the article. Gold: none
    of it is body.
12. B2 was typed with Unikey's "Unicode tổ hợp": title, sapo and text are decomposed (NFD) on the
    page. Gold: NFC.
13. A5's text is ``<div>`` soup with ``<br />`` lines, each an editor-typed "- " item. Gold: each
    line a paragraph, the "- " kept.

Gold decisions on ambiguous points
----------------------------------
* category: the category page's name as its breadcrumb and menu print it (the template's
  "Chuyên mục" line prints the same); the home copy's breadcrumb ("Trang chủ") and
  ``/chi-tiet``'s ("Chi tiết tin") are not categories.
* path = canonical_path = the content URL on the category's page, without query.
* "Tác giả: Phòng Tổ chức - Hành chính" (a unit in the author field) -> the unit as printed;
  "Tác giả: Tin: X - Ảnh: Y" -> [X] / [Y]; "Tác giả: Lương Thị Mai (Phòng …)" -> the name.
* An image whose line under it is only "Ảnh: X": caption null, X a photographer.
* C1's footnote calls "[1]" (``<sup><a>[1]</a></sup>`` right after the sentence) stay in the
  sentence; "Tài liệu tham khảo" and its entries are body.
* The "Xem thêm: <link>" line in A3 is not body.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime
from urllib.parse import quote, urlencode
from zoneinfo import ZoneInfo

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

NAME = "liferay62_political_school_subsite_tct"
PLATFORM = "Liferay Portal 6.2 CE (site /web/truongchinhtri: Asset Publisher + Web Content Display)"
SITE = "/web/truongchinhtri"
START_PATH = f"{SITE}/trang-chu"

SITE_NAME = "Trường Chính trị tỉnh Lạng Sơn"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
TZ = ZoneInfo("Asia/Ho_Chi_Minh")
HOME_INST = "hGx7Qm2KpLtR"
THEME = "/truongchinhtri-theme"
CACHE_T = "1764052800000"

#: category page -> (name as the breadcrumb/menu prints it, Asset Publisher instance, delta)
CATS: dict[str, tuple[str, str, int]] = {
    "tin-tuc": ("Tin tức - Sự kiện", "Zk3fWq9RbT2a", 4),
    "dao-tao-boi-duong": ("Đào tạo - Bồi dưỡng", "Lm8pXc4NvQ1e", 3),
    "nghien-cuu-trao-doi": ("Nghiên cứu - Trao đổi", "Rt5yHb2WsK7u", 5),
}
DELETED_ARTICLE = 409977


def _doc(folder: int, name: str, uuid: str, t: str) -> str:
    return f"/documents/10181/{folder}/{name}/{uuid}?t={t}"


# --- the articles -----------------------------------------------------------------------------
# opts: aid (articleId), local (display date as the editor set it, site zone), modified (the
# "Sửa đổi lần cuối" day), tacgia / nguon (structure fields as printed), thumb (small image id),
# desc (False: the web content has no description), nfd (typed decomposed), wrap (span soup)

STORIES: list[Story] = [
    Story(
        id=1,
        slug="dang-bo-truong-chinh-tri-tinh-kiem-diem-danh-gia-xep-loai-chat-luong-nam-2026",
        title="Đảng bộ Trường Chính trị tỉnh kiểm điểm, đánh giá, xếp loại chất lượng năm 2026",
        cat="tin-tuc",
        published_at="2026-12-04T16:45:00+07:00",
        summary=(
            "Chiều 04/12/2026, Đảng bộ Trường Chính trị tỉnh Lạng Sơn tổ chức hội nghị kiểm điểm,"
            " đánh giá, xếp loại chất lượng đối với tập thể Ban Chấp hành Đảng bộ, Ban Thường vụ"
            " Đảng ủy và các đồng chí đảng ủy viên năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự và chỉ đạo hội nghị có đồng chí Vi Thị Hồng Nhung, Phó Trưởng Ban Tổ chức Tỉnh"
                " ủy; đại diện Ủy ban Kiểm tra Đảng ủy các cơ quan Đảng tỉnh. Đồng chí Hoàng Văn"
                " Khánh, Bí thư Đảng ủy, Hiệu trưởng Nhà trường chủ trì hội nghị."
            ),
            Img(
                _doc(461190, "kiem-diem-2026-1.jpg", "5c0d1e2f-7a41-4b2c-9e11-3f6a2d8b7c01",
                     "1764845100000"),
                "Đồng chí Hoàng Văn Khánh, Bí thư Đảng ủy, Hiệu trưởng Nhà trường phát biểu tại"
                " hội nghị",
                "Đồng chí Hoàng Văn Khánh, Bí thư Đảng ủy, Hiệu trưởng Nhà trường phát biểu tại"
                " hội nghị",
                style="tbl",
            ),
            P(
                "Năm 2026, Đảng ủy Nhà trường đã lãnh đạo hoàn thành toàn diện các nhiệm vụ chính"
                " trị được giao. Nhà trường mở 21 lớp đào tạo, bồi dưỡng với 1.846 học viên, vượt"
                " 12% so với kế hoạch; 100% giảng viên đi thực tế tại cơ sở theo quy định."
            ),
            P(
                "Công tác xây dựng Đảng được chú trọng, nội dung sinh hoạt chi bộ ngày càng thiết"
                " thực; trong năm, Đảng bộ kết nạp 03 đảng viên mới, không có đảng viên vi phạm"
                " phải xử lý kỷ luật."
            ),
            Raw(
                '<div style="float: right; width: 38%; margin: 4px 0 8px 12px; padding: 6px;'
                ' border: 1px solid #c9c9c9; background: #f4f7fb;"><p><strong>TIN LIÊN QUAN'
                "</strong></p><ul>"
                f'<li><a href="{SITE}/chi-tiet?articleId=460871">Hội thi giảng viên dạy giỏi cấp'
                " trường năm 2026 thành công tốt đẹp</a></li>"
                f'<li><a href="{SITE}/chi-tiet?articleId=461150">Khai giảng lớp Trung cấp lý luận'
                " chính trị hệ tập trung khóa K68</a></li></ul></div>"
            ),
            P(
                "Tại hội nghị, các đồng chí đảng ủy viên đã thẳng thắn nhận diện những hạn chế"
                " như: việc đổi mới phương pháp giảng dạy ở một số khoa còn chậm; công tác nghiên"
                " cứu khoa học chưa có nhiều đề tài gắn với thực tiễn của tỉnh."
            ),
            P(
                "Phát biểu chỉ đạo, đồng chí Vi Thị Hồng Nhung ghi nhận những kết quả Đảng bộ Nhà"
                " trường đạt được, đồng thời đề nghị Đảng ủy tập trung khắc phục những hạn chế đã"
                " chỉ ra, chuẩn bị tốt các điều kiện để Nhà trường đạt chuẩn mức 1 theo quy định"
                " của Ban Bí thư."
            ),
            P(
                "Kết quả bỏ phiếu đánh giá, tập thể Ban Chấp hành Đảng bộ được đề nghị xếp loại"
                " hoàn thành tốt nhiệm vụ."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin, ảnh: Lăng Thị Thu Trang</strong></p>'
            ),
        ],
        authors=["Lăng Thị Thu Trang"],
        photographers=["Lăng Thị Thu Trang"],
        opts={"aid": 461205, "local": "2026-12-04 16:45", "modified": "05/12/2026",
              "tacgia": None, "thumb": 461207},
    ),
    Story(
        id=2,
        slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i-lam-viec-tai-truong-chinh-tri-tinh-lang-son",
        title="Đoàn công tác Học viện Chính trị khu vực I làm việc tại Trường Chính trị tỉnh Lạng Sơn",
        cat="tin-tuc",
        published_at="2026-12-03T06:50:00+07:00",
        summary=(
            "Ngày 02/12/2026, Đoàn công tác của Học viện Chính trị khu vực I do PGS.TS Nguyễn Văn"
            " Thắng, Phó Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính"
            " trị tỉnh Lạng Sơn về công tác phối hợp đào tạo, bồi dưỡng cán bộ năm 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tiếp và làm việc với đoàn có đồng chí Hoàng Văn Khánh, Hiệu trưởng; các đồng chí"
                " Phó Hiệu trưởng và lãnh đạo các khoa, phòng của Nhà trường."
            ),
            Img(
                _doc(461160, "hvctkv1-lam-viec.jpg", "a7e2c3d4-1b5f-4e6a-8c9d-0f1e2a3b4c5d",
                     "1764720000000"),
                "Toàn cảnh buổi làm việc",
                "Toàn cảnh buổi làm việc",
                style="br",
            ),
            P(
                "Báo cáo tại buổi làm việc, đồng chí Phó Hiệu trưởng Chu Thị Bích Ngọc cho biết:"
                " giai đoạn 2021 - 2026, Nhà trường đã phối hợp với Học viện Chính trị khu vực I mở"
                " 04 lớp Cao cấp lý luận chính trị hệ không tập trung cho 312 học viên là cán bộ"
                " lãnh đạo, quản lý của tỉnh. Công tác quản lý học viên, bố trí giảng đường, ký túc"
                " xá được thực hiện nền nếp, đáp ứng yêu cầu."
            ),
            P(
                "Bên cạnh kết quả đạt được, Nhà trường cũng đề xuất Học viện tiếp tục hỗ trợ bồi"
                " dưỡng chuyên môn cho đội ngũ giảng viên trẻ, tạo điều kiện để giảng viên của"
                " Trường tham gia giảng dạy một số chuyên đề tại các lớp do Học viện mở tại tỉnh."
            ),
            Img(
                _doc(461160, "hvctkv1-tang-qua.jpg", "b8f3d4e5-2c6a-4f7b-9d0e-1a2b3c4d5e6f",
                     "1764720000000"),
                "Ảnh: Nông Văn Tú",
                None,
                style="credit",
            ),
            P(
                "Phát biểu kết luận, PGS.TS Nguyễn Văn Thắng đánh giá cao sự phối hợp chặt chẽ,"
                " trách nhiệm của Trường Chính trị tỉnh Lạng Sơn; đề nghị hai bên sớm thống nhất kế"
                " hoạch mở lớp Cao cấp lý luận chính trị khóa 2027 - 2028 và tăng cường trao đổi"
                " tài liệu, kinh nghiệm trong nghiên cứu khoa học."
            ),
        ],
        authors=["Phòng Tổ chức - Hành chính"],
        photographers=["Nông Văn Tú"],
        opts={"aid": 461187, "local": "2026-12-03 06:50", "modified": "03/12/2026",
              "tacgia": "Phòng Tổ chức - Hành chính", "thumb": 461189},
    ),
    Story(
        id=3,
        slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026-thanh-cong-tot-dep",
        title="Hội thi giảng viên dạy giỏi cấp trường năm 2026 thành công tốt đẹp",
        cat="tin-tuc",
        published_at="2026-11-27T09:10:00+07:00",
        summary=(
            "Sau 3 ngày tổ chức (từ 24 - 26/11/2026), Hội thi giảng viên dạy giỏi cấp trường năm"
            " 2026 đã khép lại với 12 giảng viên tham gia, trong đó 03 giảng viên đạt giải Nhất,"
            " Nhì, Ba."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi năm nay được tổ chức theo Kế hoạch số 87/KH-TCT của Hiệu trưởng Nhà"
                " trường, nhằm đánh giá năng lực sư phạm, khả năng vận dụng phương pháp dạy học"
                " tích cực của đội ngũ giảng viên; đồng thời lựa chọn giảng viên tiêu biểu tham dự"
                " Hội thi giảng viên dạy giỏi trường chính trị toàn quốc năm 2027."
            ),
            P(
                "Mỗi giảng viên thực hiện một bài giảng lý thuyết trong thời gian 45 phút trước Ban"
                " Giám khảo và học viên lớp Trung cấp lý luận chính trị K67A. Nhiều bài giảng đã"
                " liên hệ sinh động với thực tiễn của tỉnh như phát triển kinh tế cửa khẩu, xây dựng"
                " nông thôn mới ở vùng đồng bào dân tộc thiểu số, bảo đảm quốc phòng - an ninh khu"
                " vực biên giới."
            ),
            Img(
                _doc(460860, "hoi-thi-gvdg-2026.jpg", "c9a4e5f6-3d7b-4a8c-8e1f-2b3c4d5e6f70",
                     "1764208200000"),
                "Giảng viên Khoa Nhà nước và pháp luật trình bày bài giảng dự thi",
                "Giảng viên Khoa Nhà nước và pháp luật trình bày bài giảng dự thi",
                style="tbl",
            ),
            P("Kết quả, Ban Tổ chức trao giải cho các giảng viên như sau:"),
            P("Giải | Giảng viên | Đơn vị", style="row"),
            P("Nhất | Hoàng Thị Thu Hà | Khoa Lý luận cơ sở", style="row"),
            P("Nhì | Vy Văn Long | Khoa Nhà nước và pháp luật", style="row"),
            P("Ba | Lộc Thị Hải Yến | Khoa Xây dựng Đảng", style="row"),
            P(
                "Phát biểu bế mạc hội thi, đồng chí Hiệu trưởng Hoàng Văn Khánh đề nghị các giảng"
                " viên tiếp tục đầu tư chiều sâu cho bài giảng, tăng cường ứng dụng công nghệ thông"
                " tin, bám sát yêu cầu đổi mới nội dung, chương trình đào tạo của Học viện Chính trị"
                " quốc gia Hồ Chí Minh."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="'
                f'{SITE}/chi-tiet?articleId={DELETED_ARTICLE}">Kế hoạch tổ chức Hội thi giảng viên'
                " dạy giỏi cấp trường năm 2026</a></em></p>"
            ),
        ],
        authors=["Hoàng Minh Đức"],
        opts={"aid": 460871, "local": "2026-11-27 09:10", "modified": "28/11/2026",
              "tacgia": "Hoàng Minh Đức", "thumb": 460873, "wrap": True},
    ),
    Story(
        id=4,
        slug="gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
        title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="tin-tuc",
        published_at="2026-11-19T17:30:00+07:00",
        summary=(
            "Chiều 19/11/2026, Trường Chính trị tỉnh Lạng Sơn tổ chức gặp mặt kỷ niệm 44 năm Ngày"
            " Nhà giáo Việt Nam, tôn vinh các thế hệ nhà giáo đã và đang công tác tại Trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự buổi gặp mặt có đồng chí Lộc Văn Hưng, Phó Chủ tịch UBND tỉnh; đại diện lãnh"
                " đạo Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Giáo dục và Đào tạo; các thế hệ nhà giáo"
                " nguyên là lãnh đạo, giảng viên của Nhà trường qua các thời kỳ."
            ),
            Img(
                _doc(460500, "20-11-tang-hoa.jpg", "d0b5f607-4e8c-4b9d-9f20-3c4d5e6f7081",
                     "1763548200000"),
                "(Đồng chí Lộc Văn Hưng, Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng tập thể giảng"
                " viên Nhà trường)",
                "Đồng chí Lộc Văn Hưng, Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng tập thể giảng"
                " viên Nhà trường",
                style="pem",
            ),
            P(
                "Ôn lại truyền thống, đồng chí Hiệu trưởng Hoàng Văn Khánh nhấn mạnh: trải qua hơn"
                " 75 năm xây dựng và phát triển, các thế hệ cán bộ, giảng viên của Trường luôn đoàn"
                " kết, vượt khó, hoàn thành tốt nhiệm vụ đào tạo, bồi dưỡng đội ngũ cán bộ cho hệ"
                " thống chính trị của tỉnh."
            ),
            P(
                "Năm học 2025 - 2026, tập thể Nhà trường được Chủ tịch UBND tỉnh tặng Bằng khen; 05"
                " giảng viên được công nhận giảng viên dạy giỏi cấp tỉnh; 02 đề tài khoa học cấp cơ"
                " sở được nghiệm thu đạt loại xuất sắc."
            ),
            Img(
                _doc(460500, "20-11-luu-niem.jpg", "e1c60718-5f9d-4cae-a031-4d5e6f708192",
                     "1763548200000"),
                "(Các thế hệ nhà giáo chụp ảnh lưu niệm)",
                "Các thế hệ nhà giáo chụp ảnh lưu niệm",
                style="pem",
            ),
            P(
                "Thay mặt lãnh đạo tỉnh, đồng chí Lộc Văn Hưng chúc mừng những thành tích Nhà trường"
                " đạt được và đề nghị tập thể cán bộ, giảng viên tiếp tục đổi mới nội dung, phương"
                " pháp giảng dạy, nâng cao chất lượng đào tạo lý luận chính trị gắn với thực tiễn"
                " địa phương."
            ),
            P(
                "Dịp này, Nhà trường trao Kỷ niệm chương “Vì sự nghiệp giáo dục” cho 04 cá nhân có"
                " nhiều đóng góp cho sự nghiệp đào tạo, bồi dưỡng cán bộ của tỉnh."
            ),
        ],
        authors=["Hoàng Văn Nam"],
        photographers=["Nông Thị Huyền"],
        opts={"aid": 460512, "local": "2026-11-19 17:30", "modified": "20/11/2026",
              "tacgia": "Tin: Hoàng Văn Nam - Ảnh: Nông Thị Huyền", "thumb": 460514},
    ),
    Story(
        id=5,
        slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-nam-2026",
        title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
        cat="tin-tuc",
        published_at="2026-11-06T10:05:00+07:00",
        summary=(
            "Ngày 05/11/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề với chủ đề"
            " “Nâng cao chất lượng tự học, tự nghiên cứu của đảng viên là giảng viên”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đồng chí Nông Thị Thanh, Bí thư Chi bộ, Trưởng khoa trình bày báo cáo đề dẫn, nêu"
                " rõ yêu cầu tự học, tự nghiên cứu là nhiệm vụ thường xuyên của mỗi đảng viên, giảng"
                " viên trong bối cảnh chương trình đào tạo được sửa đổi, bổ sung.",
                style="div",
            ),
            P("Các đảng viên tập trung thảo luận một số nội dung:", style="div"),
            P("- Kinh nghiệm cập nhật các văn kiện, nghị quyết mới vào bài giảng;", style="br"),
            P("- Việc khai thác tài liệu số của Thư viện Nhà trường và Học viện;", style="br"),
            P(
                "- Trách nhiệm của đảng viên trong đi thực tế, viết bài nghiên cứu, trao đổi.",
                style="br",
            ),
            P(
                "Kết thúc buổi sinh hoạt, Chi bộ thống nhất mỗi đảng viên đăng ký ít nhất một bài"
                " viết nghiên cứu, trao đổi đăng trên Trang thông tin điện tử của Nhà trường trong"
                " năm 2027.",
                style="div",
            ),
        ],
        authors=["Chi bộ Khoa Xây dựng Đảng"],
        opts={"aid": 459874, "local": "2026-11-06 10:05", "modified": "06/11/2026",
              "tacgia": "Chi bộ Khoa Xây dựng Đảng", "thumb": None},
    ),
    Story(
        id=6,
        slug="cong-doan-truong-giao-luu-van-nghe-chao-mung-96-nam-ngay-thanh-lap-hoi-lhpn-viet-nam",
        title=(
            "Công đoàn Trường giao lưu văn nghệ chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ"
            " nữ Việt Nam"
        ),
        cat="tin-tuc",
        published_at="2026-10-21T16:20:00+07:00",
        summary=(
            "Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 -"
            " 20/10/2026), tối 19/10/2026, Công đoàn Trường Chính trị tỉnh Lạng Sơn tổ chức chương"
            " trình giao lưu văn nghệ với chủ đề “Phụ nữ Xứ Lạng - tự tin, trách nhiệm”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham gia chương trình có 9 tiết mục đến từ các tổ công đoàn khoa, phòng, với các"
                " thể loại đơn ca, song ca, múa và hát then - đàn tính. Nhiều tiết mục được dàn dựng"
                " công phu, mang đậm bản sắc văn hóa các dân tộc Tày, Nùng, Dao xứ Lạng."
            ),
            Img(
                _doc(459300, "giao-luu-van-nghe-20-10.jpg", "f2d71829-60ae-4dbf-b142-5e6f708192a3",
                     "1761038400000"),
                "Tiết mục hát then của Tổ công đoàn Khoa Lý luận cơ sở",
                "Tiết mục hát then của Tổ công đoàn Khoa Lý luận cơ sở",
                style="br",
            ),
            P(
                "Kết quả, Ban Tổ chức trao giải Nhất cho Tổ công đoàn Phòng Tổ chức - Hành chính,"
                " giải Nhì cho Tổ công đoàn Khoa Lý luận cơ sở và 02 giải Ba cho các tổ công đoàn"
                " Khoa Xây dựng Đảng, Khoa Nhà nước và pháp luật."
            ),
            P(
                "Chương trình là dịp để nữ cán bộ, viên chức, người lao động của Nhà trường giao"
                " lưu, gắn kết, tạo không khí phấn khởi thi đua hoàn thành nhiệm vụ năm học."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Hà Phương</strong> (Công đoàn Trường)</p>'
            ),
        ],
        authors=["Hà Phương"],
        opts={"aid": 459320, "local": "2026-10-21 16:20", "modified": "22/10/2026",
              "tacgia": None, "thumb": 459322, "wrap": True},
    ),
    Story(
        id=7,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-he-tap-trung-khoa-k68",
        title="Khai giảng lớp Trung cấp lý luận chính trị hệ tập trung khóa K68",
        cat="dao-tao-boi-duong",
        published_at="2026-12-02T10:20:00+07:00",
        summary=(
            "Sáng 02/12/2026, Trường Chính trị tỉnh Lạng Sơn tổ chức khai giảng lớp Trung cấp lý"
            " luận chính trị hệ tập trung khóa K68 cho 86 học viên là cán bộ, công chức các xã,"
            " phường và các sở, ban, ngành của tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo kế hoạch, lớp học được tổ chức trong thời gian 8 tháng với 6 phần học, gồm các"
                " môn lý luận chính trị, nghiệp vụ công tác Đảng, chính quyền, Mặt trận Tổ quốc và"
                " các đoàn thể chính trị - xã hội; học viên sẽ đi nghiên cứu thực tế và viết khóa"
                " luận tốt nghiệp theo quy định."
            ),
            Img(
                _doc(461140, "khai-giang-k68-1.jpg", "0a1b2c3d-4e5f-4061-8273-9a8b7c6d5e4f",
                     "1764652800000"),
                "Đồng chí Chu Thị Bích Ngọc, Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp"
                " học",
                "Đồng chí Chu Thị Bích Ngọc, Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp"
                " học",
                style="tbl",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Chu Thị Bích Ngọc, Phó Hiệu trưởng Nhà trường đề"
                " nghị học viên xác định rõ động cơ, thái độ học tập đúng đắn; chấp hành nghiêm quy"
                " chế đào tạo, nội quy của Nhà trường; phát huy tinh thần tự học, tích cực trao đổi,"
                " thảo luận và liên hệ với thực tiễn công tác tại cơ quan, địa phương."
            ),
            P(
                "Đây là khóa đầu tiên Nhà trường áp dụng phần mềm quản lý đào tạo trực tuyến, học"
                " viên có thể tra cứu lịch học, điểm số và tài liệu học tập trên điện thoại di"
                " động."
            ),
            Img(
                _doc(461140, "khai-giang-k68-2.jpg", "1b2c3d4e-5f60-4172-9384-ab9c8d7e6f50",
                     "1764652800000"),
                "Học viên lớp K68 chào cờ trong buổi lễ khai giảng",
                "Học viên lớp K68 chào cờ trong buổi lễ khai giảng",
                style="tbl",
            ),
            P(
                "Dịp này, Nhà trường đã công bố quyết định thành lập chi bộ lớp học và chỉ định ban"
                " cán sự lớp."
            ),
        ],
        authors=["Lương Thị Mai"],
        opts={"aid": 461150, "local": "2026-12-02 10:20", "modified": "02/12/2026",
              "tacgia": "Lương Thị Mai (Phòng Quản lý đào tạo - Nghiên cứu khoa học)",
              "thumb": 461152},
    ),
    Story(
        id=8,
        slug="be-giang-lop-boi-duong-can-bo-cong-chuc-cap-xa-sau-sap-xep-nam-2026",
        title="Bế giảng lớp bồi dưỡng cán bộ, công chức cấp xã sau sắp xếp năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-11-24T15:35:00+07:00",
        summary=(
            "Ngày 24/11/2026, Trường Chính trị tỉnh Lạng Sơn tổ chức bế giảng lớp bồi dưỡng kiến"
            " thức quản lý nhà nước cho 120 cán bộ, công chức cấp xã sau sắp xếp đơn vị hành"
            " chính."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Sau 10 ngày học tập, các học viên đã được trang bị những kiến thức cơ bản về tổ"
                " chức, hoạt động của chính quyền địa phương hai cấp; kỹ năng giải quyết thủ tục"
                " hành chính trên môi trường điện tử; công tác tiếp công dân, giải quyết khiếu nại,"
                " tố cáo ở cơ sở."
            ),
            P(
                "Lớp học được thiết kế theo hướng thực hành, giảng viên dành nhiều thời gian cho học"
                " viên trao đổi tình huống phát sinh tại địa phương sau khi sắp xếp, nhất là việc"
                " quản lý địa bàn rộng, giao thông đi lại khó khăn ở các xã vùng cao."
            ),
            Img(
                _doc(460740, "be-giang-cap-xa.jpg", "2c3d4e5f-6071-4283-a495-bcad9e8f7061",
                     "1763973300000"),
                "(Đồng chí Lý Thị Hoa, Trưởng phòng Quản lý đào tạo trao giấy chứng nhận cho học"
                " viên)",
                "Đồng chí Lý Thị Hoa, Trưởng phòng Quản lý đào tạo trao giấy chứng nhận cho học"
                " viên",
                style="pem",
            ),
            P(
                "Kết quả, 100% học viên đủ điều kiện được cấp giấy chứng nhận hoàn thành chương"
                " trình bồi dưỡng; trong đó 24 học viên đạt loại giỏi, 89 học viên đạt loại khá."
            ),
            P(
                "Phát biểu bế giảng, lãnh đạo Nhà trường mong muốn các học viên vận dụng sáng tạo"
                " kiến thức đã học vào thực tiễn công tác, góp phần xây dựng chính quyền cơ sở gần"
                " dân, sát dân, phục vụ nhân dân ngày càng tốt hơn."
            ),
        ],
        authors=["Đinh Văn Sơn"],
        opts={"aid": 460755, "local": "2026-11-24 15:35", "modified": "25/11/2026",
              "tacgia": "Đinh Văn Sơn", "thumb": 460757, "nfd": True},
    ),
    Story(
        id=9,
        slug="lop-trung-cap-ly-luan-chinh-tri-k66a-nghien-cuu-thuc-te-tai-tinh-cao-bang",
        title="Lớp Trung cấp lý luận chính trị K66A nghiên cứu thực tế tại tỉnh Cao Bằng",
        cat="dao-tao-boi-duong",
        published_at="2026-11-12",
        summary=(
            "Từ ngày 09 - 11/11/2026, Trường Chính trị tỉnh Lạng Sơn tổ chức cho 78 học viên lớp"
            " Trung cấp lý luận chính trị K66A đi nghiên cứu thực tế tại tỉnh Cao Bằng."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại Khu di tích quốc gia đặc biệt Pác Bó, đoàn đã dâng hương tưởng niệm Chủ tịch Hồ"
                " Chí Minh, tham quan hang Cốc Bó, suối Lê-nin, núi Các Mác và nghe giới thiệu về"
                " thời kỳ Bác Hồ trở về nước trực tiếp lãnh đạo cách mạng Việt Nam."
            ),
            Img(
                _doc(460280, "ntt-k66a-pac-bo.jpg", "3d4e5f60-7182-4394-b5a6-cdbeaf908172",
                     "1762880400000"),
                "Đoàn học viên dâng hương tại Khu di tích quốc gia đặc biệt Pác Bó",
                "Đoàn học viên dâng hương tại Khu di tích quốc gia đặc biệt Pác Bó",
                style="br",
            ),
            P(
                "Đoàn cũng đã làm việc với Ủy ban nhân dân xã Trường Hà để tìm hiểu mô hình phát"
                " triển du lịch cộng đồng gắn với bảo tồn văn hóa dân tộc Nùng, Tày và kinh nghiệm"
                " vận hành chính quyền địa phương hai cấp ở vùng biên giới."
            ),
            P(
                "Qua đợt nghiên cứu thực tế, học viên có thêm tư liệu phục vụ viết tiểu luận cuối"
                " khóa, đồng thời được bồi dưỡng thêm tình yêu quê hương, đất nước, lòng biết ơn đối"
                " với Chủ tịch Hồ Chí Minh."
            ),
        ],
        authors=["Minh Anh"],
        source="Báo Lạng Sơn",
        opts={"aid": 460290, "local": "2026-11-12 00:00", "modified": "13/11/2026",
              "tacgia": "Minh Anh", "nguon": "Báo Lạng Sơn", "thumb": 460292},
    ),
    Story(
        id=10,
        slug="khai-giang-lop-boi-duong-tieng-tay-cho-can-bo-cong-chuc-nam-2026",
        title="Khai giảng lớp bồi dưỡng tiếng Tày cho cán bộ, công chức năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-10-29T08:40:00+07:00",
        summary=(
            "Sáng 28/10/2026, Trường Chính trị tỉnh Lạng Sơn khai giảng lớp bồi dưỡng tiếng dân"
            " tộc Tày cho 45 học viên là cán bộ, công chức, viên chức đang công tác tại vùng đồng"
            " bào dân tộc thiểu số."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp học diễn ra trong 3 tháng, theo chương trình bồi dưỡng tiếng dân tộc thiểu số"
                " được UBND tỉnh phê duyệt, gồm các nội dung: ngữ âm, chữ viết, từ vựng, giao tiếp"
                " thông dụng trong công tác tuyên truyền, vận động quần chúng."
            ),
            P(
                "Giảng viên của lớp là các nhà giáo, nghệ nhân am hiểu ngôn ngữ, văn hóa Tày; ngoài"
                " giờ học trên lớp, học viên được thực hành giao tiếp tại thôn, bản và tìm hiểu các"
                " làn điệu then, sli, lượn."
            ),
            Img(
                _doc(459550, "lop-tieng-tay-2026.jpg", "4e5f6071-8293-44a5-86b7-decfb0a19283",
                     "1761702000000"),
                "Ảnh: Triệu Thị Ngân",
                None,
                style="credit",
            ),
            P(
                "Việc biết tiếng dân tộc giúp cán bộ gần gũi với nhân dân hơn, thuận lợi trong"
                " tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước đến đồng"
                " bào."
            ),
        ],
        authors=["Phòng Quản lý đào tạo - Nghiên cứu khoa học"],
        photographers=["Triệu Thị Ngân"],
        opts={"aid": 459561, "local": "2026-10-29 08:40", "modified": "29/10/2026",
              "tacgia": "Phòng Quản lý đào tạo - Nghiên cứu khoa học", "thumb": 459563},
    ),
    Story(
        id=11,
        slug="nang-cao-chat-luong-bai-giang-ly-luan-chinh-tri-gan-voi-thuc-tien-dia-phuong",
        title="Nâng cao chất lượng bài giảng lý luận chính trị gắn với thực tiễn địa phương",
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-30T08:30:00+07:00",
        summary=(
            "Gắn lý luận với thực tiễn là nguyên tắc cơ bản trong giảng dạy lý luận chính trị. Bài"
            " viết phân tích thực trạng và đề xuất một số giải pháp nâng cao chất lượng bài giảng"
            " gắn với thực tiễn tỉnh Lạng Sơn tại Trường Chính trị tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Yêu cầu gắn lý luận với thực tiễn trong bài giảng", style="h"),
            P(
                "Chủ tịch Hồ Chí Minh khẳng định: “Lý luận mà không liên hệ với thực tiễn là lý luận"
                " suông”.[1] Đối với trường chính trị cấp tỉnh, học viên chủ yếu là cán bộ lãnh đạo,"
                " quản lý ở cơ sở, vì vậy bài giảng chỉ thực sự thuyết phục khi giải đáp được những"
                " vấn đề đặt ra từ thực tiễn địa phương."
            ),
            P(
                "Quy định về chức năng, nhiệm vụ, tổ chức bộ máy của trường chính trị tỉnh yêu cầu"
                " giảng viên phải dành thời gian đi thực tế ở cơ sở ít nhất 01 tháng trong năm.[2]"
            ),
            P("2. Thực trạng", style="h"),
            P(
                "Những năm qua, đa số bài giảng của giảng viên Nhà trường đã lồng ghép số liệu, ví dụ"
                " về tình hình kinh tế - xã hội của tỉnh. Tuy nhiên, một số bài giảng còn nặng về"
                " truyền thụ lý thuyết, ví dụ minh họa chưa được cập nhật, nhất là sau khi tỉnh thực"
                " hiện mô hình chính quyền địa phương hai cấp."
            ),
            P("3. Một số giải pháp", style="h"),
            P(
                "Thứ nhất, xây dựng ngân hàng tư liệu thực tiễn của tỉnh theo từng chuyên đề, cập"
                " nhật định kỳ 6 tháng một lần.",
                style="li",
            ),
            P(
                "Thứ hai, gắn đi thực tế của giảng viên với đặt hàng nghiên cứu của các sở, ngành và"
                " địa phương.",
                style="li",
            ),
            P(
                "Thứ ba, mời cán bộ lãnh đạo, quản lý có kinh nghiệm tham gia báo cáo chuyên đề,"
                " trao đổi với học viên.",
                style="li",
            ),
            P("Tài liệu tham khảo", style="h"),
            P(
                "[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5,"
                " tr.312.",
                style="note",
            ),
            P(
                "[2] Ban Bí thư: Quy định về chức năng, nhiệm vụ, tổ chức bộ máy của trường chính"
                " trị tỉnh, thành phố trực thuộc Trung ương.",
                style="note",
            ),
        ],
        authors=["Hoàng Thị Thu Hà"],
        opts={"aid": 460982, "local": "2026-11-30 08:30", "modified": "01/12/2026",
              "tacgia": "ThS. Hoàng Thị Thu Hà - Khoa Lý luận cơ sở", "thumb": None},
    ),
    Story(
        id=12,
        slug="ung-dung-chuyen-doi-so-trong-quan-ly-dao-tao-tai-truong-chinh-tri-tinh-lang-son",
        title=(
            "Ứng dụng chuyển đổi số trong quản lý đào tạo tại Trường Chính trị tỉnh Lạng Sơn:"
            " thực trạng và giải pháp"
        ),
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-16T10:00:00+07:00",
        summary=(
            "Chuyển đổi số trong quản lý đào tạo là yêu cầu tất yếu đối với các trường chính trị."
            " Bài viết đánh giá kết quả bước đầu và đề xuất giải pháp đẩy mạnh chuyển đổi số tại"
            " Trường Chính trị tỉnh Lạng Sơn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát"
                " triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, Trường"
                " Chính trị tỉnh Lạng Sơn đã xây dựng kế hoạch chuyển đổi số giai đoạn 2025 - 2030,"
                " trong đó xác định quản lý đào tạo là lĩnh vực ưu tiên."
            ),
            P("Kết quả bước đầu", style="h3"),
            P(
                "Từ tháng 3/2026, Nhà trường đưa vào sử dụng phần mềm quản lý đào tạo, cho phép quản"
                " lý hồ sơ học viên, lịch giảng, điểm danh và kết quả học tập trên một nền tảng"
                " thống nhất. Đến nay, 100% lớp học tập trung đã được quản lý trên phần mềm; thời"
                " gian tổng hợp kết quả học tập cuối khóa giảm từ 10 ngày xuống còn 2 ngày."
            ),
            Img(
                _doc(460420, "ung-dung-qldt.jpg", "5f607182-93a4-45b6-97c8-efd0c1b2a394",
                     "1763262000000"),
                "Học viên tra cứu lịch học trên ứng dụng di động",
                "Học viên tra cứu lịch học trên ứng dụng di động",
                style="tbl",
            ),
            P(
                "Thư viện điện tử của Nhà trường đã số hóa hơn 3.200 đầu tài liệu, kết nối với hệ"
                " thống thư viện số của Học viện Chính trị quốc gia Hồ Chí Minh."
            ),
            P("Hạn chế và nguyên nhân", style="h3"),
            P(
                "Hạ tầng mạng tại ký túc xá và một số giảng đường chưa ổn định; kỹ năng số của một"
                " bộ phận cán bộ, giảng viên lớn tuổi còn hạn chế; dữ liệu giữa các phần mềm chưa"
                " được liên thông đầy đủ."
            ),
            P("Giải pháp trong thời gian tới", style="h3"),
            P("Một là, tiếp tục đầu tư hạ tầng công nghệ thông tin, bảo đảm an toàn, an ninh mạng."),
            P(
                "Hai là, tổ chức bồi dưỡng kỹ năng số cho cán bộ, giảng viên theo hình thức cầm tay"
                " chỉ việc."
            ),
            P(
                "Ba là, hoàn thiện quy chế khai thác, chia sẻ dữ liệu, từng bước kết nối với cơ sở"
                " dữ liệu cán bộ, công chức của tỉnh."
            ),
        ],
        authors=["Lý Văn Cường"],
        opts={"aid": 460433, "local": "2026-11-16 10:00", "modified": "17/11/2026",
              "tacgia": "ThS. Lý Văn Cường, Phó Trưởng phòng Quản lý đào tạo - Nghiên cứu khoa"
                        " học",
              "thumb": 460435, "wrap": True},
    ),
    Story(
        id=13,
        slug="hoi-thao-khoa-hoc-tu-tuong-ho-chi-minh-ve-can-bo-gia-tri-van-dung",
        title=(
            "Hội thảo khoa học “Tư tưởng Hồ Chí Minh về cán bộ - giá trị vận dụng trong đào tạo,"
            " bồi dưỡng cán bộ cơ sở hiện nay”"
        ),
        cat="nghien-cuu-trao-doi",
        published_at="2026-10-14T11:15:00+07:00",
        summary=None,
        blocks=[
            P(
                "Ngày 13/10/2026, Trường Chính trị tỉnh Lạng Sơn tổ chức hội thảo khoa học cấp"
                " trường với chủ đề “Tư tưởng Hồ Chí Minh về cán bộ - giá trị vận dụng trong đào"
                " tạo, bồi dưỡng cán bộ cơ sở hiện nay”. Hội thảo nhận được 27 bài tham luận của"
                " cán bộ, giảng viên Nhà trường và các sở, ngành trong tỉnh."
            ),
            P(
                "Các tham luận tập trung làm rõ những quan điểm cơ bản của Chủ tịch Hồ Chí Minh về"
                " tiêu chuẩn, đạo đức người cán bộ, về công tác huấn luyện cán bộ “cán bộ là cái"
                " gốc của mọi công việc”; đánh giá thực trạng đội ngũ cán bộ cấp xã của tỉnh sau"
                " sắp xếp và đề xuất giải pháp đổi mới chương trình bồi dưỡng."
            ),
            Img(
                _doc(459090, "hoi-thao-tthcm-can-bo.jpg", "60718293-a4b5-46c7-88d9-f0e1d2c3b4a5",
                     "1760415300000"),
                "(Quang cảnh hội thảo)",
                "Quang cảnh hội thảo",
                style="pem",
            ),
            P(
                "Nhiều ý kiến cho rằng cần thiết kế chương trình bồi dưỡng theo vị trí việc làm,"
                " tăng thời lượng thực hành kỹ năng, đồng thời coi trọng giáo dục đạo đức công vụ,"
                " tinh thần phục vụ nhân dân cho cán bộ cơ sở."
            ),
            P(
                "Kết luận hội thảo, TS. Hoàng Văn Khánh, Hiệu trưởng Nhà trường tiếp thu các ý kiến"
                " và giao Phòng Quản lý đào tạo - Nghiên cứu khoa học tổng hợp, biên tập các tham"
                " luận để xuất bản kỷ yếu hội thảo."
            ),
        ],
        authors=["Vy Thị Thanh Hương"],
        opts={"aid": 459102, "local": "2026-10-14 11:15", "modified": "15/10/2026",
              "tacgia": "Vy Thị Thanh Hương", "thumb": 459104, "desc": False},
    ),
]

BY_AID = {s.opts["aid"]: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}


def _local(s: Story) -> datetime:
    return datetime.strptime(s.opts["local"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def _by_date(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=_local, reverse=True)


def cat_stories(cat: str) -> list[Story]:
    return _by_date([s for s in STORIES if s.cat == cat])


HOME_STORIES = _by_date(STORIES)[:5]
MOST_READ = [BY_AID[a] for a in (460871, 461150, 460982, 461187)]

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def rfc822_gmt(s: Story) -> str:
    """``$reserved-article-display-date.data`` as Liferay 6.2 prints it: RFC-822 in GMT."""
    u = _local(s).astimezone(UTC)
    return (
        f"{_DAYS[u.weekday()]}, {u.day:02d} {_MONTHS[u.month - 1]} {u.year} "
        f"{u.hour:02d}:{u.minute:02d}:{u.second:02d} +0000"
    )


def _day(s: Story) -> str:
    return _local(s).strftime("%d/%m/%Y")


# --- URLs -------------------------------------------------------------------------------------


def content_path(layout: str, inst: str, slug: str) -> str:
    return f"{SITE}/{layout}/-/asset_publisher/{inst}/content/{slug}"


def canonical_path(s: Story) -> str:
    return content_path(s.cat, CATS[s.cat][1], s.slug)


def print_path(layout: str, inst: str, slug: str) -> str:
    return content_path(layout, inst, slug) + f"?p_p_state=pop_up&_101_INSTANCE_{inst}_viewMode=print"


def chi_tiet_path(s: Story) -> str:
    return f"{SITE}/chi-tiet?articleId={s.opts['aid']}"


def list_url(cat: str, cur: int, delta: int | None = None) -> str:
    """A 6.2 page-iterator URL of the category's Asset Publisher."""
    _, inst, default_delta = CATS[cat]
    ns = f"_101_INSTANCE_{inst}_"
    q = [
        ("p_p_id", f"101_INSTANCE_{inst}"),
        ("p_p_lifecycle", "0"),
        ("p_p_state", "normal"),
        ("p_p_mode", "view"),
        ("p_p_col_id", "column-1"),
        ("p_p_col_count", "1"),
        (ns + "delta", str(delta or default_delta)),
        (ns + "keywords", ""),
        (ns + "advancedSearch", "false"),
        (ns + "andOperator", "true"),
        ("p_r_p_564233524_resetCur", "false"),
        (ns + "cur", str(cur)),
    ]
    return f"{SITE}/{cat}?" + urlencode(q)


def with_redirect(path: str, current: str) -> str:
    return f"{path}?redirect={quote(current, safe='')}"


def _pages(cat: str) -> int:
    return math.ceil(len(cat_stories(cat)) / CATS[cat][2])


def alt_paths(s: Story) -> list[str]:
    """Every linked (or canonical-declared) URL that serves the story, besides its gold path."""
    _, inst, delta = CATS[s.cat]
    canon = canonical_path(s)
    page = cat_stories(s.cat).index(s) // delta + 1
    alts = []
    if page == 1:
        alts.append(with_redirect(canon, f"{SITE}/{s.cat}"))
    if _pages(s.cat) > 1:
        alts.append(with_redirect(canon, list_url(s.cat, page)))
    alts.append(print_path(s.cat, inst, s.slug))
    if s in HOME_STORIES:
        home = content_path("trang-chu", HOME_INST, s.slug)
        alts += [home, with_redirect(home, START_PATH), print_path("trang-chu", HOME_INST, s.slug)]
    alts.append(chi_tiet_path(s))
    return alts


# --- printing text ----------------------------------------------------------------------------


def _t(s: Story | None, value: str) -> str:
    """Escaped text as the story's editor typed it (decomposed for Unikey's "tổ hợp")."""
    return text(value, nfd=bool(s and s.opts.get("nfd")))


def _shorten(value: str, length: int = 200) -> str:
    """``StringUtil.shorten``: cut at the last space before ``length`` and add "..."."""
    if len(value) <= length:
        return value
    cut = value[:length]
    return cut[: cut.rfind(" ")] + "..."


def _abstract(s: Story) -> str:
    if s.summary and s.opts.get("desc", True):
        return _shorten(s.summary)
    return _shorten(" ".join(b.text for b in s.blocks if isinstance(b, P)))


_FOOTNOTE = re.compile(r"\[(\d+)\]")


def _footnote_calls(markup: str) -> str:
    return _FOOTNOTE.sub(
        lambda m: f'<sup><a href="#_ftn{m[1]}" name="_ftnref{m[1]}" title="">[{m[1]}]</a></sup>',
        markup,
    )


def _img_tag(img: Img, width: int = 600) -> str:
    return (
        f'<img alt="" src="{esc(img.src)}" style="width: {width}px; height: {width * 2 // 3}px;" />'
    )


def _image_html(img: Img, s: Story) -> str:
    line = _t(s, img.printed) if img.printed else ""
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 600px;">'
            f"<tbody><tr><td>{_img_tag(img)}</td></tr>"
            f'<tr><td style="text-align: center;"><em>{line}</em></td></tr></tbody></table>'
        )
    if img.style == "pem":
        return (
            f'<p style="text-align: center;">{_img_tag(img)}</p>\n'
            f'<p style="text-align: center;"><em>{line}</em></p>'
        )
    if img.style == "br":
        return (
            f'<p style="text-align: center;">{_img_tag(img)}<br />\n'
            f'<em><span style="font-size:12px;">{line}</span></em></p>'
        )
    if img.style == "credit":
        return (
            f'<p style="text-align: center;">{_img_tag(img, 560)}</p>\n'
            f'<p style="text-align: right;"><span style="font-size:12px;"><em>{line}</em></span></p>'
        )
    return f'<p style="text-align: center;">{_img_tag(img)}</p>'


def body_html(s: Story) -> str:
    """The web content's text field as CKEditor 4 (Liferay 6.2) stored it."""
    wrap = s.opts.get("wrap")
    out: list[str] = []
    blocks = list(s.blocks)
    i = 0

    def w(markup: str) -> str:
        if not wrap:
            return markup
        return (
            '<span style="font-size:14px;"><span style="font-family:times new roman,times,serif;">'
            f"{markup}</span></span>"
        )

    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_image_html(b, s))
        elif b.style == "row":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = blocks[i].text.split(" | ")
                tag = "th" if not rows else "td"
                rows.append(
                    "<tr>" + "".join(f"<{tag}>{_t(s, c)}</{tag}>" for c in cells) + "</tr>"
                )
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;"><tbody>'
                + "".join(rows)
                + "</tbody></table>"
            )
            continue
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{w(_t(s, blocks[i].text))}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style == "div":
            lines = [_t(s, b.text)]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                i += 1
                lines.append(_t(s, blocks[i].text))
            out.append("<div>" + "<br />\n".join(lines) + "</div>")
        elif b.style == "h":
            out.append(f'<p style="text-align: justify;"><strong>{w(_t(s, b.text))}</strong></p>')
        elif b.style == "h3":
            out.append(f"<h3>{_t(s, b.text)}</h3>")
        elif b.style == "note":
            note = _FOOTNOTE.sub(
                lambda m: f'<a href="#_ftnref{m[1]}" name="_ftn{m[1]}" title="">[{m[1]}]</a>',
                _t(s, b.text),
            )
            out.append(f'<p style="text-align: justify;"><span style="font-size:12px;">{note}</span></p>')
        else:
            out.append(
                f'<p style="text-align: justify;">&nbsp;{w(_footnote_calls(_t(s, b.text)))}</p>'
            )
        i += 1
    return "\n".join(out)


def template_html(s: Story) -> str:
    """The information centre's Velocity template for the "Tin bài" structure."""
    cat_name = CATS[s.cat][0]
    parts = [
        '<div class="tin-chi-tiet">',
        f'<h2 class="tieude-tin">{_t(s, s.title)}</h2>',
        '<div class="thongtin-tin"><span class="ngaydang"><i class="icon-time"></i> Ngày đăng: '
        f'{rfc822_gmt(s)}</span> | <span class="chuyenmuc">Chuyên mục: {esc(cat_name)}</span>'
        f' | <span class="luotxem">Lượt xem: {s.views()}</span></div>',
    ]
    if s.summary and s.opts.get("desc", True):
        parts.append(f'<div class="tomtat-tin"><strong>{_t(s, s.summary)}</strong></div>')
    parts.append(f'<div class="noidung-tin">\n{body_html(s)}\n</div>')
    if s.opts.get("tacgia"):
        parts.append(
            '<div class="tacgia-tin" style="text-align: right;"><strong>Tác giả: '
            f"{_t(s, s.opts['tacgia'])}</strong></div>"
        )
    if s.opts.get("nguon"):
        parts.append(
            '<div class="nguon-tin" style="text-align: right;"><em>Nguồn: '
            f"{_t(s, s.opts['nguon'])}</em></div>"
        )
    parts.append(
        '<div class="congcu-tin"><a href="javascript:window.print();">In bài</a> | '
        '<a href="javascript:history.back();">Quay lại</a> | <a href="#wrapper">Đầu trang</a></div>'
    )
    others = [o for o in cat_stories(s.cat)[:3] if o is not s]
    if others:
        items = "".join(
            f'<li><a href="{chi_tiet_path(o)}">{_t(o, o.title)}</a>'
            f' <span class="ngay-tinkhac">({_day(o)})</span></li>'
            for o in others
        )
        parts.append(
            f'<div class="tinkhac"><h4 class="tinkhac-tieude">Tin khác</h4><ul>{items}</ul></div>'
        )
    parts.append("</div>")
    return "\n".join(parts)


# --- the page shell ---------------------------------------------------------------------------

NAV = [
    ("trang-chu", "Trang chủ", []),
    ("lich-su-hinh-thanh", "Giới thiệu", [
        ("lich-su-hinh-thanh", "Lịch sử hình thành"),
        ("co-cau-to-chuc", "Cơ cấu tổ chức"),
    ]),
    ("tin-tuc", "Tin tức - Sự kiện", []),
    ("dao-tao-boi-duong", "Đào tạo - Bồi dưỡng", []),
    ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", []),
    ("van-ban", "Văn bản", []),
    ("thu-vien-anh", "Thư viện", [("thu-vien-anh", "Thư viện ảnh"), ("video", "Video")]),
    ("lien-he", "Liên hệ", []),
]
_LAYOUT_IDS = {
    "trang-chu": 1, "lich-su-hinh-thanh": 2, "co-cau-to-chuc": 8, "tin-tuc": 3,
    "dao-tao-boi-duong": 4, "nghien-cuu-trao-doi": 5, "van-ban": 6, "thu-vien-anh": 7,
    "video": 10, "lien-he": 9, "chi-tiet": 11,
}


def _nav(selected: str) -> str:
    items = []
    for layout, label, children in NAV:
        sel = layout == selected or any(c == selected for c, _ in children)
        lid = _LAYOUT_IDS[layout]
        sub = ""
        popup = ' aria-haspopup="true"' if children else ""
        if children:
            sub = '<ul class="child-menu" role="menu">' + "".join(
                f'<li class="{"selected" if c == selected else ""}" id="layout_{_LAYOUT_IDS[c]}"'
                f' role="presentation"><a href="{SITE}/{c}" role="menuitem">{esc(lbl)}</a></li>'
                for c, lbl in children
            ) + "</ul>"
        items.append(
            f'<li class="{"selected" if sel else ""}" id="layout_{lid}" role="presentation"'
            f"{popup}>"
            f'<a aria-labelledby="layout_{lid}" href="{SITE}/{layout}" role="menuitem">'
            f"<span>{esc(label)}</span></a>{sub}</li>"
        )
    return (
        '<nav class="sort-pages modify-pages" id="navigation" role="navigation">'
        '<h1 class="hide-accessible"><span>Điều hướng</span></h1>'
        '<ul aria-label="Trang web" role="menubar">' + "".join(items) + "</ul></nav>"
    )


def _breadcrumb(trail: list[tuple[str, str | None]]) -> str:
    items = [
        f'<li class="first"><a href="{SITE}" title="{esc(SITE_NAME)}">{esc(SITE_NAME)}</a>'
        '<span class="divider">/</span></li>'
    ]
    for n, (label, href) in enumerate(trail):
        last = n == len(trail) - 1
        if last:
            items.append(f'<li class="active last">{esc(label)}</li>')
        else:
            items.append(f'<li><a href="{href}">{esc(label)}</a><span class="divider">/</span></li>')
    return (
        '<nav id="breadcrumbs"><ul aria-label="Breadcrumb" class="breadcrumb'
        ' breadcrumb-horizontal">' + "".join(items) + "</ul></nav>"
    )


def portlet(pid: str, title: str, inner: str, *, borderless: bool = False, extra: str = "") -> str:
    """A portlet in Liferay 6.2's decoration: boundary, section, topper, content container."""
    base = pid.split("_INSTANCE_")[0]
    topper = (
        "" if borderless else
        f'<header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">'
        f"{esc(title)}</span></h1></header>"
    )
    return (
        f'<div class="portlet-boundary portlet-boundary_{base}_ portlet-static portlet-static-end'
        f' {"portlet-borderless " if borderless else ""}{extra}" id="p_p_id_{pid}_">'
        f'<span id="p_{pid}"></span>'
        f'<section class="portlet" id="portlet_{pid}">{topper}'
        f'<div class="portlet-content"><div class=" portlet-content-container" style="">'
        f'<div class="portlet-body">{inner}</div></div></div></section></div>'
    )


def _sidebar() -> str:
    search = portlet(
        "3", "Tìm kiếm",
        f'<form action="{SITE}/trang-chu" method="get" name="_3_fm">'
        '<input name="p_p_id" type="hidden" value="3" />'
        '<input name="p_p_lifecycle" type="hidden" value="0" />'
        '<input name="p_p_state" type="hidden" value="maximized" />'
        '<input name="p_p_mode" type="hidden" value="view" />'
        '<input name="_3_struts_action" type="hidden" value="/search/search" />'
        '<input class="search-input" name="_3_keywords" placeholder="Nhập từ khóa..."'
        ' size="20" title="Tìm kiếm" type="text" value="" />'
        '<button class="btn" type="submit">Tìm</button></form>',
        borderless=True,
    )
    most = "".join(
        f'<li><a href="{chi_tiet_path(s)}">{_t(s, s.title)}</a></li>' for s in MOST_READ
    )
    most_read = portlet(
        "56_INSTANCE_Dn4Vq8RtYp2c", "Đọc nhiều nhất",
        f'<div class="journal-content-article"><ul class="docnhieu">{most}</ul></div>',
    )
    calendar = portlet(
        "8_INSTANCE_Wc6Hs1JmXe9u", "Lịch công tác tuần",
        '<div class="alert alert-error">Bạn không có vai trò được yêu cầu để truy cập portlet'
        " này.</div>",
    )
    poll = portlet(
        "59_INSTANCE_Pq2Lk7FzNb4m", "Thăm dò ý kiến",
        '<div class="alert alert-info">Vui lòng cấu hình portlet này để hiển thị nó cho tất cả'
        " người dùng.</div>",
    )
    links = portlet(
        "56_INSTANCE_Ke8Jt3UwHa5s", "Liên kết website",
        '<div class="journal-content-article"><select onchange="if (this.value) window.open'
        '(this.value);" style="width: 100%;"><option value="">-- Chọn liên kết --</option>'
        '<option value="https://langson.gov.vn">Cổng TTĐT tỉnh Lạng Sơn</option>'
        '<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>'
        '<option value="https://baolangson.vn">Báo Lạng Sơn</option>'
        '<option value="https://tapchicongsan.org.vn">Tạp chí Cộng sản</option>'
        "</select></div>",
    )
    stats = portlet(
        "56_INSTANCE_Sx9Bf5GnRc1v", "Thống kê truy cập",
        '<div class="journal-content-article"><table class="thongke"><tbody>'
        "<tr><td>Đang online:</td><td>23</td></tr><tr><td>Hôm nay:</td><td>412</td></tr>"
        "<tr><td>Tổng truy cập:</td><td>1.284.557</td></tr></tbody></table></div>",
    )
    return search + most_read + calendar + poll + links + stats


def page(
    request: Request,
    *,
    title: str,
    layout: str,
    trail: list[tuple[str, str | None]],
    main: str,
    description: str | None = None,
    nfd_title: bool = False,
) -> Response:
    base = base_url(request)
    canonical = base + request.path  # 6.2 getCanonicalURL: the query string is dropped
    title_html = text(title, nfd=nfd_title)
    meta = (
        f'<meta content="{esc(description)}" lang="vi-VN" name="description" />\n'
        if description else ""
    )
    body = f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head>
<title>{title_html} - {esc(SITE_NAME)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{meta}<link href="{THEME}/images/favicon.ico" rel="Shortcut Icon" />
<link href="{canonical}" rel="canonical" />
<link class="lfr-css-file" href="{THEME}/css/aui.css?browserId=other&amp;themeId=truongchinhtri_WAR_truongchinhtritheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t={CACHE_T}" rel="stylesheet" type="text/css" />
<link class="lfr-css-file" href="{THEME}/css/main.css?browserId=other&amp;themeId=truongchinhtri_WAR_truongchinhtritheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t={CACHE_T}" rel="stylesheet" type="text/css" />
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=truongchinhtri_WAR_truongchinhtritheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6205&amp;t={CACHE_T}" type="text/javascript"></script>
<script type="text/javascript">var themeDisplay = Liferay.ThemeDisplay = {{getCompanyId: function() {{return "10154";}}, getScopeGroupId: function() {{return "20435";}}, getLanguageId: function() {{return "vi_VN";}}, getPathMain: function() {{return "/c";}}, getPortalURL: function() {{return "{base}";}}, getTimeZone: function() {{return "Asia/Ho_Chi_Minh";}}, isSignedIn: function() {{return false;}}}};</script>
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Nhảy tới nội dung</a>
<div class="container-fluid" id="wrapper">
<header class="container" id="banner" role="banner">
<div class="thanh-tren"><span class="ngay-hien-tai">{TODAY_LINE}</span>
<span class="lien-ket-tren"><a href="https://langson.gov.vn" target="_blank">Cổng TTĐT tỉnh Lạng Sơn</a> | <a href="mailto:truongchinhtri@langson.gov.vn">Thư điện tử</a></span></div>
<div class="site-title" id="heading"><h1><a class="logo custom-logo" href="{SITE}/trang-chu" title="Đi tới {esc(SITE_NAME)}"><img alt="{esc(SITE_NAME)}" height="120" src="/image/layout_set_logo?img_id=30512&amp;t={CACHE_T}" width="1170" /></a></h1></div>
{_nav(layout)}
</header>
<div class="container" id="content">
{_breadcrumb(trail)}
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main}
</div></div>
<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{_sidebar()}
</div></div>
</div>
</div>
</div>
<footer class="container" id="footer" role="contentinfo">
<div class="chan-trang">
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH LẠNG SƠN</strong></p>
<p>Địa chỉ: Số 6 đường Hoàng Văn Thụ, phường Lương Văn Tri, tỉnh Lạng Sơn</p>
<p>Điện thoại: (0205) 3 812 436 - Fax: (0205) 3 812 437 - Email: truongchinhtri@langson.gov.vn</p>
<p>Chịu trách nhiệm chính: TS. Hoàng Văn Khánh - Hiệu trưởng</p>
<p>Quản lý kỹ thuật: Trung tâm Thông tin tỉnh Lạng Sơn. Bản quyền © 2016 - 2026 thuộc Trường Chính trị tỉnh Lạng Sơn.</p>
<p><a href="https://www.facebook.com/truongchinhtrilangson" target="_blank">Facebook</a> | <a href="https://www.youtube.com/@truongchinhtrilangson" target="_blank">YouTube</a></p>
<p class="powered-by">Được hỗ trợ bởi <a href="http://www.liferay.com" rel="external">Liferay</a></p>
</div>
</footer>
</div>
<script type="text/javascript">AUI().use('aui-base', 'liferay-menu', 'liferay-navigation', function(A) {{ Liferay.Menu(); }});</script>
</body>
</html>"""
    return html(body)


# --- Asset Publisher --------------------------------------------------------------------------


def _abstract_html(s: Story, href: str) -> str:
    thumb = s.opts.get("thumb")
    small = (
        f'<div class="asset-small-image"><img alt="" class="asset-small-image"'
        f' src="/image/journal/article?img_id={thumb}&amp;t={CACHE_T}" width="150" /></div>'
        if thumb else ""
    )
    return (
        '<div class="asset-abstract ">'
        '<div class="lfr-meta-actions asset-actions"></div>'
        f'<h3 class="asset-title"><a href="{esc(href)}"><img alt="" src="/html/icons/default.png" />'
        f"{_t(s, s.title)}</a></h3>"
        f'<div class="asset-content"><div class="asset-summary">{small}{_t(s, _abstract(s))}</div>'
        f'<div class="asset-more"><a href="{esc(href)}">Xem tiếp <span class="hide-accessible">về'
        f" {_t(s, s.title)}</span> &raquo; </a></div></div>"
        '<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">'
        f'<i class="icon-calendar"></i> {_day(s)}</span></div>'
        "</div>"
    )


def _iterator(cat: str, cur: int, total: int, delta: int) -> str:
    pages = math.ceil(total / delta)
    _, inst, _ = CATS[cat]
    ns = f"_101_INSTANCE_{inst}_"

    def href(n: int) -> str:
        return esc(list_url(cat, n, delta))

    menu = "".join(
        f'<li class="" role="presentation"><a href="{href(n)}" class=" taglib-icon"'
        f' id="{ns}ctvk_menu_{n}" role="menuitem"><span class="taglib-text ">{n}</span></a></li>'
        for n in range(1, pages + 1)
    )
    label = f"Trang {cur} của {pages}"

    def button(cls: str, enabled: bool, n: int, label_html: str) -> str:
        a = f'<a href="{href(n)}">' if enabled else '<a href="javascript:;">'
        state = " ".join(c for c in ("" if enabled else "disabled", cls) if c)
        return f'<li class="{state}">{a}{label_html}</a></li>'

    first = (cur - 1) * delta + 1
    last = min(cur * delta, total)
    return (
        '<div class="taglib-page-iterator" id="' + ns + 'ocerSearchContainerPageIterator">'
        '<div class="clearfix lfr-pagination"><div class="lfr-pagination-config">'
        '<div class="lfr-pagination-page-selector"><div class="btn-group lfr-icon-menu'
        ' current-page-menu"><a class="dropdown-toggle direction-down max-display-items-15 btn'
        f' btn-default" href="javascript:;" id="{ns}ctvk_menu" title="{label}">'
        f'<span class="lfr-icon-menu-text">{label}</span> <i class="caret"></i></a>'
        f'<ul class="dropdown-menu lfr-menu-list direction-down" role="menu">{menu}</ul></div>'
        "</div></div>"
        f'<small class="search-results">Hiển thị {first} - {last} của {total} kết quả.</small>'
        '<ul class="pager lfr-pagination-buttons">'
        + button("first", cur != 1, 1, "&larr; Đầu")
        + button("", cur != 1, max(cur - 1, 1), "Trước")
        + button("", cur != pages, min(cur + 1, pages), "Sau")
        + button("last", cur != pages, pages, "Cuối &rarr;")
        + "</ul></div></div>"
    )


def _listing(request: Request, cat: str) -> Response:
    name, inst, default_delta = CATS[cat]
    params = request.params
    ns = f"_101_INSTANCE_{inst}_"
    own = params.get("p_p_id") == f"101_INSTANCE_{inst}"
    try:
        delta = int(params.get(ns + "delta", default_delta)) if own else default_delta
    except ValueError:
        delta = default_delta
    delta = delta if 1 <= delta <= 75 else default_delta
    items = cat_stories(cat)
    pages = math.ceil(len(items) / delta)
    try:
        cur = int(params.get(ns + "cur", 1)) if own else 1
    except ValueError:
        cur = 1
    cur = min(max(cur, 1), pages)
    shown = items[(cur - 1) * delta : cur * delta]
    current = request.target
    abstracts = "".join(
        _abstract_html(s, with_redirect(content_path(cat, inst, s.slug), current)) for s in shown
    )
    pager = _iterator(cat, cur, len(items), delta) if len(items) > delta else ""
    main = portlet(
        f"101_INSTANCE_{inst}", name,
        f'<div class="subscribe-action"></div>{abstracts}{pager}',
        extra="portlet-asset-publisher",
    )
    return page(request, title=name, layout=cat, trail=[(name, None)], main=main)


def _home(request: Request) -> Response:
    abstracts = "".join(
        _abstract_html(s, with_redirect(content_path("trang-chu", HOME_INST, s.slug),
                                        request.target))
        for s in HOME_STORIES
    )
    news = portlet(f"101_INSTANCE_{HOME_INST}", "Tin mới", abstracts, extra="portlet-asset-publisher")
    intro = portlet(
        "56_INSTANCE_Gi7Tc3QxMv8b", "Giới thiệu chung",
        '<div class="journal-content-article"><p>Trường Chính trị tỉnh Lạng Sơn là cơ sở đào tạo,'
        " bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở địa phương, chịu sự lãnh"
        " đạo trực tiếp, toàn diện của Tỉnh ủy Lạng Sơn.</p>"
        f'<p><a href="{SITE}/lich-su-hinh-thanh">Xem chi tiết &raquo;</a></p></div>',
    )
    docs = portlet(
        "110_INSTANCE_Vb5Rn2LpQw7x", "Văn bản mới",
        '<div class="alert alert-error">Bạn không có vai trò được yêu cầu để truy cập portlet'
        " này.</div>",
    )
    return page(request, title="Trang chủ", layout="trang-chu", trail=[("Trang chủ", None)],
                main=news + intro + docs)


def _search(request: Request, layout: str) -> Response:
    kw = request.params.get("_3_keywords", "")
    inner = (
        f'<form action="{SITE}/{layout}" method="get" name="_3_fm">'
        '<input name="p_p_id" type="hidden" value="3" />'
        f'<input name="_3_keywords" type="text" value="{esc(kw)}" />'
        '<button class="btn" type="submit">Tìm</button></form>'
        f'<div class="alert alert-info">Không tìm thấy kết quả nào phù hợp với'
        f" <strong>{esc(kw)}</strong>.</div>"
    )
    return page(request, title="Tìm kiếm", layout=layout, trail=[("Tìm kiếm", None)],
                main=portlet("3", "Tìm kiếm", inner))


def _full_content(request: Request, s: Story, layout: str, inst: str) -> Response:
    params = request.params
    back = params.get("redirect") or f"{SITE}/{layout}"
    ns = f"_101_INSTANCE_{inst}_"
    print_url = print_path(layout, inst, s.slug)
    inner = (
        '<div class="asset-full-content clearfix default-asset-publisher show-asset-title">'
        '<div class="lfr-meta-actions asset-actions"></div>'
        '<div class="taglib-header "><span class="header-back-to">'
        f'<a class="icon-circle-arrow-left previous-level" href="{esc(back)}" id="{ns}TabsBack"'
        ' title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span>'
        f'<h3 class="header-title"><span>{_t(s, s.title)}</span></h3></div>'
        f'<div class="asset-content" id="{ns}{s.opts["aid"] + 2}">'
        f'<div class="journal-content-article">{template_html(s)}</div>'
        '<div class="asset-ratings"><div class="taglib-ratings stars"><div class="liferay-rating-vote">'
        '<div class="rating-label">Đánh giá <span class="rating-label-average">(0 Phiếu bầu)</span>'
        "</div></div></div></div></div>"
        '<div class="print-action"><span class="lfr-icon-item">'
        f'<a class="taglib-icon" href="javascript:{ns}printPage_0();" id="{ns}print0">'
        '<i class="icon-print"></i><span class="taglib-text">In</span></a></span></div>'
        f"<script type=\"text/javascript\">function {ns}printPage_0() {{ window.open('{print_url}',"
        " '', 'directories=0,height=480,left=80,location=1,menubar=1,resizable=1,scrollbars=yes,"
        "status=0,toolbar=0,top=180,width=640'); }</script>"
        '<div class="asset-metadata">'
        f'<span class="metadata-entry metadata-publish-date">{_day(s)}</span>'
        f'<span class="metadata-entry metadata-modified-date">Sửa đổi lần cuối {s.opts["modified"]}'
        "</span>"
        '<span class="metadata-entry metadata-author">Bởi Quản trị TCT</span>'
        f'<span class="metadata-entry metadata-view-count">{s.views()} Lượt xem</span></div>'
        '<div class="taglib-social-bookmarks"><ul class="lfr-component">'
        '<li><a class="twitter-share-button" href="https://twitter.com/share" target="_blank">'
        "Tweet</a></li>"
        '<li><a href="https://www.facebook.com/sharer.php" target="_blank">Chia sẻ Facebook</a>'
        "</li></ul></div>"
        '<div class="asset-discussion"><div class="taglib-discussion">'
        '<div class="lfr-message-response"></div>'
        "<p>Chưa có bình luận nào. Hãy là người đầu tiên bình luận.</p>"
        "<p>Vui lòng đăng nhập để bình luận.</p></div></div>"
        "</div>"
    )
    if params.get("p_p_state") == "pop_up":
        body = (
            '<!DOCTYPE html><html class="aui ltr" dir="ltr" lang="vi-VN"><head>'
            f"<title>{_t(s, s.title)} - {esc(SITE_NAME)}</title>"
            f'<link href="{base_url(request)}{request.path}" rel="canonical" /></head>'
            f'<body class="portal-popup">{portlet(f"101_INSTANCE_{inst}", "", inner, borderless=True)}'
            '<script type="text/javascript">print();</script></body></html>'
        )
        return html(body)
    name = CATS[s.cat][0] if layout != "trang-chu" else "Trang chủ"
    main = portlet(f"101_INSTANCE_{inst}", name, inner, extra="portlet-asset-publisher")
    return page(
        request,
        title=s.title,
        nfd_title=bool(s.opts.get("nfd")),
        layout=layout,
        trail=[(name, f"{SITE}/{layout}"), (s.title, None)],
        main=main,
        description=_abstract(s) if s.summary else None,
    )


def _chi_tiet(request: Request) -> Response:
    raw = request.params.get("articleId", "")
    s = BY_AID.get(int(raw)) if raw.isdigit() else None
    if s is not None:
        inner = f'<div class="journal-content-article">{template_html(s)}</div>'
    elif raw:
        inner = '<div class="alert alert-error">Nội dung web được chọn không còn tồn tại.</div>'
    else:
        inner = (
            '<div class="alert alert-info">Chọn nội dung web hiện có hoặc thêm nội dung web để'
            " hiển thị trong portlet này.</div>"
        )
    main = portlet("56_INSTANCE_Ct1Xw4Zr8Ha6", "Chi tiết tin", inner, borderless=True)
    return page(request, title="Chi tiết tin", layout="chi-tiet", trail=[("Chi tiết tin", None)],
                main=main)


# --- the pages that are not articles ----------------------------------------------------------


def _wcd(pid: str, title: str, inner: str) -> str:
    return portlet(pid, title, f'<div class="journal-content-article">{inner}</div>')


def _pages_static() -> dict[str, tuple[str, str, str]]:
    """layout -> (page name, parent name or "", main markup)."""
    history = _wcd(
        "56_INSTANCE_Hs3Kq9Lm2Wt1", "Lịch sử hình thành",
        "<h2>Lịch sử hình thành và phát triển</h2>"
        "<p>Tiền thân của Trường Chính trị tỉnh Lạng Sơn là Trường Đảng tỉnh được thành lập năm"
        " 1949. Trải qua các thời kỳ, Trường đã nhiều lần đổi tên: Trường Đảng Lạng Sơn, Trường"
        " Đảng Cao Lạng, Trường Đảng Nguyễn Ái Quốc tỉnh Lạng Sơn và từ năm 1993 mang tên Trường"
        " Chính trị tỉnh Lạng Sơn.</p>"
        "<p>Hơn 75 năm xây dựng và trưởng thành, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn"
        " lượt cán bộ cho hệ thống chính trị của tỉnh; được Đảng, Nhà nước tặng thưởng Huân chương"
        " Lao động hạng Nhất, hạng Nhì, hạng Ba và Huân chương Độc lập hạng Ba.</p>",
    )
    org = _wcd(
        "56_INSTANCE_Oc5Rt8Yn3Bv2", "Cơ cấu tổ chức",
        '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;"><tbody>'
        "<tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>"
        "<tr><td>TS. Hoàng Văn Khánh</td><td>Hiệu trưởng</td><td>0205 3812 436</td></tr>"
        "<tr><td>ThS. Chu Thị Bích Ngọc</td><td>Phó Hiệu trưởng</td><td>0205 3812 438</td></tr>"
        "<tr><td>ThS. Triệu Văn Hùng</td><td>Phó Hiệu trưởng</td><td>0205 3812 439</td></tr>"
        "</tbody></table>"
        "<p>Các đơn vị: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo - Nghiên cứu khoa học;"
        " Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp luật; Khoa Dân vận.</p>",
    )
    docs_rows = [
        ("Quyết định số 245/QĐ-TCT ngày 20/11/2026 ban hành Quy chế chi tiêu nội bộ năm 2027",
         "QD-245-TCT.pdf", "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", 501233),
        ("Kế hoạch số 87/KH-TCT ngày 15/10/2026 tổ chức Hội thi giảng viên dạy giỏi cấp trường",
         "KH-87-TCT.pdf", "8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e", 501240),
        ("Thông báo số 112/TB-TCT về lịch học lớp Trung cấp lý luận chính trị K68",
         "TB-112-TCT.pdf", "9c0d1e2f-3a4b-4c5d-ae6f-7a8b9c0d1e2f", 501251),
    ]
    rows = "".join(
        f'<tr><td><a href="/documents/10181/{folder}/{fname}/{uuid}">{esc(label)}</a></td>'
        f"<td>{fname[-3:].upper()}</td></tr>"
        for label, fname, uuid, folder in docs_rows
    )
    docs = portlet(
        "110_INSTANCE_Dl6Wq2Ez9Ru4", "Văn bản",
        '<div class="lfr-search-container"><table class="table table-bordered table-hover'
        ' table-striped"><thead class="table-columns"><tr><th>Tiêu đề</th><th>Loại</th></tr>'
        f"</thead><tbody>{rows}</tbody></table></div>",
    )
    album = "".join(
        f'<a class="image-link" href="/documents/10181/461190/{n}.jpg/{u}?t={CACHE_T}">'
        f'<img alt="{esc(cap)}" src="/documents/10181/461190/{n}.jpg/{u}?t={CACHE_T}'
        f'&amp;imageThumbnail=1" /><span class="image-title">{esc(cap)}</span></a>'
        for n, u, cap in [
            ("khuon-vien-1", "0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6", "Khuôn viên Nhà trường"),
            ("giang-duong-a", "1e2f3a4b-5c6d-4e7f-9081-92a3b4c5d6e7", "Giảng đường A"),
            ("thu-vien", "2f3a4b5c-6d7e-4f80-a192-a3b4c5d6e7f8", "Thư viện Nhà trường"),
        ]
    )
    gallery = portlet(
        "31_INSTANCE_Ga8Pn4Vb1Xk7", "Thư viện ảnh",
        f'<div class="taglib-search-iterator image-gallery-display">{album}</div>',
    )
    video = _wcd(
        "56_INSTANCE_Vd2Mw6Qs9Ly3", "Video",
        "<p><strong>Phóng sự: Trường Chính trị tỉnh Lạng Sơn - 75 năm xây dựng và phát triển"
        "</strong></p>"
        '<p><iframe allowfullscreen="" frameborder="0" height="360"'
        ' src="https://www.youtube.com/embed/x7Qk2Lr9TbA" width="640"></iframe></p>',
    )
    contact = _wcd(
        "56_INSTANCE_Lh4Cx7Tn2Jp5", "Liên hệ",
        "<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH LẠNG SƠN</strong></p>"
        "<p>Địa chỉ: Số 6 đường Hoàng Văn Thụ, phường Lương Văn Tri, tỉnh Lạng Sơn</p>"
        "<p>Điện thoại: (0205) 3 812 436 - Fax: (0205) 3 812 437</p>"
        '<p>Email: <a href="mailto:truongchinhtri@langson.gov.vn">truongchinhtri@langson.gov.vn'
        "</a></p>",
    )
    return {
        "lich-su-hinh-thanh": ("Lịch sử hình thành", "Giới thiệu", history),
        "co-cau-to-chuc": ("Cơ cấu tổ chức", "Giới thiệu", org),
        "van-ban": ("Văn bản", "", docs),
        "thu-vien-anh": ("Thư viện ảnh", "Thư viện", gallery),
        "video": ("Video", "Thư viện", video),
        "lien-he": ("Liên hệ", "", contact),
    }


STATIC_PAGES = _pages_static()
NON_ARTICLES = [f"{SITE}/{layout}" for layout in STATIC_PAGES]

# --- routing ----------------------------------------------------------------------------------

_CONTENT = re.compile(
    r"^/web/truongchinhtri/([a-z0-9-]+)/-/asset_publisher/([A-Za-z0-9]{12})/content/([a-z0-9-]+)$"
)
_LAYOUT_INST = {"trang-chu": HOME_INST, **{c: v[1] for c, v in CATS.items()}}


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", SITE, SITE + "/"):
            return redirect(START_PATH, 302)
        if path.startswith("/documents/10181/"):
            if ".pdf/" in path:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if re.search(r"\.(jpg|jpeg|png)/[0-9a-f-]{36}$", path):
                return static_file("x.jpg")
            return None
        if path in ("/image/journal/article", "/image/layout_set_logo"):
            return static_file("x.jpg") if request.params.get("img_id", "").isdigit() else None
        if path.startswith("/html/js/") and path.endswith(".jsp"):
            return Response(200, b"/* barebone */", {"Content-Type": "application/javascript"})
        if path.startswith((THEME + "/", "/html/icons/")):
            return static_file(path)
        m = _CONTENT.match(path)
        if m:
            layout, inst, slug = m.groups()
            s = BY_SLUG.get(slug)
            if s is None or _LAYOUT_INST.get(layout) != inst:
                return None
            if layout != "trang-chu" and s.cat != layout:
                return None
            return _full_content(request, s, layout, inst)
        if path == f"{SITE}/chi-tiet":
            return _chi_tiet(request)
        if not path.startswith(SITE + "/"):
            return None
        layout = path[len(SITE) + 1 :]
        known = layout == "trang-chu" or layout in CATS or layout in STATIC_PAGES
        if not known:
            return None
        if request.params.get("p_p_id") == "3":
            return _search(request, layout)
        if layout == "trang-chu":
            return _home(request)
        if layout in CATS:
            return _listing(request, layout)
        name, parent, main = STATIC_PAGES[layout]
        trail = ([(parent, f"{SITE}/{layout}")] if parent else []) + [(name, None)]
        return page(request, title=name, layout=layout, trail=trail, main=main)


def build_site() -> Site:
    return Site()


GOLD = [
    gold_record(
        s,
        canonical_path(s),
        CATS[s.cat][0],
        canonical_path=canonical_path(s),
        alt_paths=alt_paths(s),
    )
    for s in STORIES
]

