"""Fixture portal: Sở GD&ĐT tỉnh Tuyên Quang as a site of the province's Liferay DXP 7.4 portal.

Imitates a provincial e-government portal on Liferay DXP 7.4 where each department is a *site*
under the ``/web/`` prefix (``/web/sgddt`` here, ``/web/soyte`` and ``/web/sonoivu`` beside it,
``/web/guest`` the province's own site behind ``/``), themed by a local vendor ("TQSoft"): a
FreeMarker theme (``/o/tqs-egov-theme``), Asset Publisher Application Display Templates for
lists, a "Tin bài" web content structure whose template prints the article, and a display page
template (Liferay 7.4's ``/w/`` friendly URLs) built of fragments. What it serves:

- the site's home ``/web/sgddt`` (the same page as ``/web/sgddt/trang-chu``): a "Tin nổi bật"
  ADT (lead item with photo and sapo, three more), boxes "Tin tức", "Thông báo", "Hoạt động
  chuyên môn"; every home link goes to the article's display page ``/web/sgddt/w/<urlTitle>``;
- three list pages ``/web/sgddt/tin-tuc`` (9 articles, 4 a page: three pages),
  ``/web/sgddt/thong-bao`` and ``/web/sgddt/hoat-dong-chuyen-mon``, each an Asset Publisher
  instance with the vendor's list ADT (thumbnail, title, "dd/MM/yyyy | hh:mm SA/CH", summary)
  and Liferay's old "regular" page iterator: "Trang 1 của 3", a page menu, an items-per-page
  menu (4 plus the portal's 5/10/20/30/50/75), "Hiển thị 1 - 4 của 9 kết quả." and
  "Đầu | Trước | Tiếp | Cuối", every link carrying p_p_id/p_p_lifecycle/p_p_state/p_p_mode and
  the namespaced ``_…_INSTANCE_<id>_delta`` / ``_cur``; tag links ``?p_r_p_tag=<tag>`` filter a
  list;
- the article as the Asset Publisher's full content at
  ``/web/sgddt/<page>/-/asset_publisher/<instance>/content/<urlTitle>``: Liferay's portlet chrome
  (``section.portlet``, ``h2.portlet-title-text`` "Chi tiết tin" — the portlet's title, not the
  headline —, the ``lfr-meta-actions`` options menu "Phóng to" / "In"), the vendor template
  inside ``div.journal-content-article``: ``h3.tqs-article__title`` (the only element holding the
  headline; the page's ``h1`` is the site name in the banner), a meta line, the sapo
  ``div.tqs-article__sapo``, the rich text (CKEditor 4: images with an italic line, a
  ``figure/figcaption``, a two-row image table, a "(…)" line, an "Ảnh: …" line, tables), the
  structure's "Tác giả" / "Nguồn" fields, "Tệp đính kèm"; then asset tags, social bookmarks,
  Liferay ratings ("Đánh giá", "Trung bình (0 Phiếu bầu)"), the discussion ("Thêm bình luận",
  "Chưa có bình luận nào.") and a second Asset Publisher "Tin liên quan" ("Tin mới hơn" and
  "Tin đã đưa", dated, linking the bare asset_publisher URLs);
- the display page ``/web/sgddt/w/<urlTitle>``: the same article laid out with fragments
  (``h1.component-heading``, mapped date, sapo, the same rich text, author/source, "Chuyên mục");
  its ``rel=canonical`` is itself, while every Asset Publisher view prints ``rel=canonical`` to
  the bare asset_publisher URL;
- non-articles: ``/web/sgddt/gioi-thieu``, ``/web/sgddt/co-cau-to-chuc``, ``/web/sgddt/lien-he``
  (web content + form), ``/web/sgddt/hoi-dap`` (a Q&A list), ``/web/sgddt/van-ban`` (the
  Documents and Media widget: folders ``/-/document_library/<inst>/view/<folderId>``, entries
  ``/-/document_library/<inst>/view_file/<fileEntryId>`` and files
  ``/documents/20121/<folderId>/<name>.pdf/<uuid>``), ``/web/sgddt/tim-kiem?q=…`` (search; the
  header's "Tìm nhiều" keywords link two searches), the login portlet maximized (where
  ``/c/portal/login?p_l_id=N`` redirects), print views;
- chrome: the province's banner "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TUYÊN QUANG" over the department's
  name, the header's date (TODAY), "Đăng nhập", search box, the navigation menu, Liferay's
  breadcrumb (the asset title is its last entry on an article), a sidebar "Tin mới nhất" (dated),
  "Văn bản mới", "Lịch công tác" (Liferay's "Bạn không có vai trò cần thiết…" notice for
  guests), "Thống kê truy cập", "Liên kết website" select, banners; a footer with address,
  hotline, "Cơ quan chủ quản: UBND tỉnh Tuyên Quang" and links to the other departments' sites.

Traps and hard cases (all described by the self-check):
- the list ADT links every article with ``?_…_INSTANCE_<id>_redirect=<the list's own URL,
  encoded>``: each list page (every page number, every items-per-page value, every tag filter)
  makes another URL for the same article; the page then prints a "Quay lại" link to the list;
- the same article at its display page ``/w/<urlTitle>`` (linked from the home and the sidebar),
  and again at ``/w/<urlTitle>?p_l_back_url=<search>`` from search results;
- the options menu's ``?p_p_state=maximized`` (same article, sidebar gone) and
  ``?p_p_state=pop_up&p_p_mode=print`` (bare print view, canonical to the article);
- the document library's sort links append ``&_…_orderByCol=…&_…_orderByType=asc|desc`` to the
  current URL instead of replacing them: the URLs grow without end, every one answers 200;
- other provincial sites under ``/web/`` (``/web/guest``, ``/web/soyte`` with a news article of
  its own, ``/web/sonoivu``) linked from the banner, footer and the sitemap at ``/sitemap.xml``
  (Liferay's, for the default site ``guest``): the crawl should stay in ``/web/sgddt``;
- every list page prints Liferay's ``rel=canonical`` with the query dropped: pages 2 and 3 of
  "Tin tức" (and every tag filter) claim ``/web/sgddt/tin-tuc`` as their canonical, so a crawler
  that trusts a list's canonical loses its pages 2 and 3 (the articles on them stay reachable by
  the "Tin liên quan" lists, the display pages' "Tin cùng chuyên mục" and the RSS);
- the list prints a 12-hour time beside every article ("16/11/2026 | 09:05 SA") even where the
  article page prints a day only: the page's own date wins (see the gold notes);
- a soft 404: an old asset link in an article answers 200 with the portlet's "Không tìm thấy tài
  nguyên được yêu cầu."; a renamed article's old ``/w/`` urlTitle answers 301 to the new one;
- text forms: one article's text was pasted decomposed (NFD), one migrated article keeps numeric
  and named character references mixed with raw UTF-8; all pages are UTF-8.

Gold (by hand), judgement calls:
- path = the bare asset_publisher URL (the canonical the Asset Publisher prints); alt_paths = the
  display page, the maximized view and every ``_redirect`` / ``p_l_back_url`` variant the portal
  links. Print views are non-articles (they point back with rel=canonical).
- title = ``h3.tqs-article__title`` (not "Chi tiết tin", not the banner's h1).
- published_at: "Ngày đăng: 24/11/2026 15:30" gives a time; "19/11/2026 | 04:10 CH" is 16:10;
  "09:00 | 07/11/2026" is time first; "Thứ Hai, 16/11/2026" and "Ngày đăng: 05/10/2026 00:00"
  give the day only; "Ngày đăng: 10/11/2026 | Cập nhật: 12/11/2026 10:25" gives 2026-11-10 (the
  update stamp is not the publication). These day-only pages keep the day although the list
  shows a time beside them ("Add a time only when the page shows one"). The notice 45318 prints no date on its page: the list's
  "23/11/2026 | 10:00 SA" gives 2026-11-23T10:00.
- authors: the "Tác giả" field (degree "ThS." stripped), "Bài: X - Ảnh: Y", "Tin, ảnh: Z" (both
  lists), a right-aligned "Hoàng Minh Tuấn - Phòng GDTrH" (unit after the dash dropped), a bare
  bold name at the end ("Hoàng Dung"), a signature with a school after the dash; "Tác giả: Văn
  phòng Sở" on a notice is the author (an office, nothing else signs it); "Người đăng: Quản trị
  viên" (Liferay's creator metadata) credits nobody. "Nguồn: Báo Tuyên Quang điện tử" is the
  source and the "Tác giả" beside it stays the author.
- summary = ``div.tqs-article__sapo`` (also the body's first paragraph); none where absent.
- captions: the italic line, the figcaption, the table's second row, a "(…)" line without its
  parentheses, an "Ảnh: …" line without the label; an image followed by a Zalo file name
  ("z60…jpg") or by nothing has no caption. Table rows are body paragraphs, cells joined " | ".
- category = the page the Asset Publisher is on (menu, breadcrumb, "Chuyên mục" on /w/).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qs, quote, quote_plus

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "liferay_dxp_adt_sgddt"
PLATFORM = "liferay-dxp-7.4"
START_PATH = "/web/sgddt"

SITE = "/web/sgddt"
SITE_NAME = "Sở Giáo dục và Đào tạo"
PORTAL_NAME = "Cổng thông tin điện tử tỉnh Tuyên Quang"
GROUP_ID = 20121
THEME = "/o/tqs-egov-theme"
AP = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet"
DL = "com_liferay_document_library_web_portlet_DLPortlet"
LOGIN = "com_liferay_login_web_portlet_LoginPortlet"
DL_INST = "Kx9pL2mN7qRs"
RELATED_INST = "TlQ5wErT6yUi"
DELTAS = (5, 10, 20, 30, 50, 75)
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def ns(inst: str) -> str:
    """The portlet namespace Liferay prefixes to an Asset Publisher instance's parameters."""
    return f"_{AP}_INSTANCE_{inst}_"


DL_NS = f"_{DL}_INSTANCE_{DL_INST}_"


@dataclass(frozen=True)
class Cat:
    key: str
    name: str
    inst: str
    delta: int
    plid: int


CATS: dict[str, Cat] = {
    "tin-tuc": Cat("tin-tuc", "Tin tức", "tTn7KqLm2XaB", 4, 41),
    "thong-bao": Cat("thong-bao", "Thông báo", "Th0nGbA0x9Qe", 5, 42),
    "hoat-dong-chuyen-mon": Cat(
        "hoat-dong-chuyen-mon", "Hoạt động chuyên môn", "HdCm4RvZp8Lu", 5, 43
    ),
}
HOME_PLID = 38


def _uuid(seed: str) -> str:
    h = hashlib.md5(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _stamp(seed: str) -> int:
    return 1760000000000 + int(hashlib.md5(seed.encode()).hexdigest()[:8], 16) % 8000000000


def doc_url(folder: int, name: str) -> str:
    """A Documents and Media file as Liferay 7.4 links it."""
    return f"/documents/{GROUP_ID}/{folder}/{name}/{_uuid(name)}"


def pic(folder: int, name: str) -> str:
    return f"{doc_url(folder, name)}?t={_stamp(name)}"


# Story.opts: when (datetime, also the list's date), dl (ngaydang | ampm | timefirst | weekday |
# midnight | twostamp | none), updated (datetime for twostamp), author_field (the structure's
# "Tác giả" as printed), source_field, poster (Liferay creator metadata shown), tags, file
# (folder, name, size), nfd, entities, thumb.
# P styles: "" (justified paragraph), "th"/"tr" (table rows, cells " | "), "a|href|phrase".
# Img styles: em (centred image, centred italic line), figure (figcaption), table (two-row
# table), paren (centred "(…)" line), label (centred "Ảnh: …" line), bare (image, optional
# raw line under it).
STORIES: list[Story] = [
    Story(
        id=45318,
        slug="thong-bao-lich-tiep-cong-dan-dinh-ky-thang-12-nam-2026",
        title="Thông báo lịch tiếp công dân định kỳ tháng 12 năm 2026",
        cat="thong-bao",
        published_at="2026-11-23T10:00:00+07:00",
        blocks=[
            P(
                "Thực hiện Luật Tiếp công dân và Quy chế tiếp công dân của Sở Giáo dục và Đào tạo,"
                " Giám đốc Sở tiếp công dân định kỳ tháng 12 năm 2026 vào sáng thứ Ba, ngày"
                " 15/12/2026, tại Phòng Tiếp công dân, tầng 1 trụ sở Sở."
            ),
            P(
                "Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh liên quan đến lĩnh"
                " vực giáo dục và đào tạo mang theo căn cước và các giấy tờ, tài liệu có liên quan."
                " Lịch tiếp cụ thể xem tại văn bản đính kèm."
            ),
        ],
        authors=["Văn phòng Sở"],
        opts={
            "when": datetime(2026, 11, 23, 10, 0),
            "dl": "none",
            "author_field": "Văn phòng Sở",
            "tags": ["tiếp công dân"],
            "file": (45031, "3012-TB-SGDDT-lich-tiep-cong-dan-T12-2026.pdf", 168448),
        },
    ),
    Story(
        id=45310,
        slug="hoi-nghi-giao-ban-cong-tac-giao-duc-thang-11-nam-2026",
        title="Hội nghị giao ban công tác giáo dục tháng 11 năm 2026",
        cat="tin-tuc",
        published_at="2026-11-24T15:30:00+07:00",
        summary=(
            "Chiều 24/11, Sở Giáo dục và Đào tạo tổ chức hội nghị giao ban trực tuyến với các"
            " phòng văn hóa - xã hội và các trường THPT, trung tâm GDNN-GDTX để đánh giá kết quả"
            " tháng 11 và triển khai nhiệm vụ tháng 12 năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Trong tháng 11, toàn ngành tổ chức thành công các hoạt động kỷ niệm 44 năm Ngày"
                " Nhà giáo Việt Nam; hoàn thành Hội thi giáo viên dạy giỏi cấp tỉnh cấp THCS với"
                " 186 giáo viên dự thi; 100% cơ sở giáo dục cập nhật dữ liệu học sinh, giáo viên"
                " lên cơ sở dữ liệu ngành đúng thời hạn."
            ),
            Img(
                pic(45020, "giao-ban-thang-11-2026-1.jpg"),
                "Đồng chí Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
                "Đồng chí Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
                "em",
            ),
            P(
                "Các đại biểu đã thảo luận về công tác chuẩn bị kiểm tra cuối học kỳ I, việc bố"
                " trí giáo viên dạy các môn học mới ở cấp THCS, công tác bán trú và phòng, chống"
                " rét cho học sinh vùng cao trong những tháng mùa đông."
            ),
            P(
                "Kết luận hội nghị, đồng chí Giám đốc Sở đề nghị các đơn vị tiếp tục thực hiện"
                " nghiêm kết luận tại Hội nghị tổng kết năm học 2025 - 2026, tập trung nâng cao"
                " chất lượng giáo dục đại trà, chuẩn bị chu đáo kỳ thi chọn học sinh giỏi cấp"
                " tỉnh lớp 12.",
                "a|/web/sgddt/w/tong-ket-nam-hoc-2025-2026|Hội nghị tổng kết năm học 2025 - 2026",
            ),
            Img(
                pic(45020, "giao-ban-thang-11-2026-2.jpg"),
                "Quang cảnh điểm cầu tại Sở Giáo dục và Đào tạo",
                "Quang cảnh điểm cầu tại Sở Giáo dục và Đào tạo",
                "em",
            ),
        ],
        authors=["Nguyễn Thanh Hà"],
        opts={
            "when": datetime(2026, 11, 24, 15, 30),
            "dl": "ngaydang",
            "author_field": "Nguyễn Thanh Hà",
            "tags": ["giao ban", "chỉ đạo điều hành"],
        },
    ),
    Story(
        id=45306,
        slug="huong-dan-kiem-tra-danh-gia-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-21T14:45:00+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo hướng dẫn các trường THPT, trường phổ thông có nhiều cấp"
                " học và các trung tâm GDNN-GDTX tổ chức kiểm tra, đánh giá cuối học kỳ I năm học"
                " 2026 - 2027 bảo đảm nghiêm túc, khách quan, đúng quy định."
            ),
            P(
                "Đề kiểm tra các môn học được xây dựng theo ma trận và bản đặc tả, có tỉ lệ câu"
                " hỏi vận dụng phù hợp; các trường tổ chức kiểm tra chung theo khối lớp đối với"
                " các môn Toán, Ngữ văn, Tiếng Anh. Lịch kiểm tra tập trung như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("21/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("22/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P(
                "Các trường hoàn thành việc chấm, nhập điểm lên phần mềm quản lý trường học trước"
                " ngày 10/01/2027 và báo cáo kết quả về Sở (qua phòng Giáo dục Trung học)."
            ),
        ],
        authors=["Đỗ Thị Hạnh"],
        opts={
            "when": datetime(2026, 11, 21, 14, 45),
            "dl": "ngaydang",
            "author_field": "ThS. Đỗ Thị Hạnh",
            "tags": ["kiểm tra học kỳ"],
        },
    ),
    Story(
        id=45302,
        slug="tuyen-duong-126-nha-giao-tieu-bieu-nam-2026",
        title="Tuyên dương 126 nhà giáo tiêu biểu năm 2026",
        cat="tin-tuc",
        published_at="2026-11-19T16:10:00+07:00",
        summary=(
            "Nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), UBND tỉnh tổ"
            " chức lễ tuyên dương 126 nhà giáo tiêu biểu có nhiều đóng góp cho sự nghiệp giáo"
            " dục của tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các nhà giáo được tuyên dương năm nay đến từ tất cả các cấp học, trong đó có 54"
                " thầy, cô đang công tác tại các xã đặc biệt khó khăn. Nhiều thầy, cô đã gắn bó"
                " hơn 20 năm với các điểm trường vùng cao, vận động học sinh ra lớp, duy trì sĩ"
                " số và nâng cao chất lượng dạy học."
            ),
            Img(
                pic(45020, "tuyen-duong-nha-giao-2026.jpg"),
                "(Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu)",
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "figure",
            ),
            P(
                "Phát biểu tại buổi lễ, lãnh đạo UBND tỉnh ghi nhận những cố gắng của đội ngũ nhà"
                " giáo, đồng thời đề nghị ngành giáo dục tiếp tục quan tâm bồi dưỡng đội ngũ, có"
                " chính sách hỗ trợ giáo viên công tác ở vùng khó khăn."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Bài: Ngọc Ánh - Ảnh: Quốc Việt</strong></p>'
            ),
        ],
        authors=["Ngọc Ánh"],
        photographers=["Quốc Việt"],
        opts={
            "when": datetime(2026, 11, 19, 16, 10),
            "dl": "ampm",
            "tags": ["nhà giáo"],
            "poster": "Quản trị viên",
        },
    ),
    Story(
        id=45297,
        slug="cac-truong-vung-cao-chu-dong-phong-chong-ret-cho-hoc-sinh",
        title="Các trường vùng cao chủ động phòng, chống rét cho học sinh",
        cat="tin-tuc",
        published_at="2026-11-16",
        blocks=[
            P(
                "Những ngày giữa tháng 11, nhiệt độ ở các xã vùng cao phía bắc của tỉnh có lúc"
                " xuống dưới 10 độ C. Các trường phổ thông dân tộc bán trú đã kiểm tra, sửa chữa"
                " phòng ở, bổ sung chăn, đệm, áo ấm cho học sinh ở bán trú."
            ),
            Img(pic(45020, "phong-chong-ret-vung-cao.jpg"), None, None, "bare"),
            P(
                "Tại Trường PTDTBT THCS Thượng Lâm, nhà trường bố trí bếp ăn nấu nước ấm cho học"
                " sinh rửa mặt, tắm giặt; điều chỉnh giờ vào học buổi sáng muộn hơn 15 phút trong"
                " những ngày rét đậm."
            ),
            P(
                "Sở Giáo dục và Đào tạo yêu cầu các đơn vị theo dõi chặt chẽ diễn biến thời tiết;"
                " khi nhiệt độ ngoài trời dưới 7 độ C, học sinh mầm non và tiểu học được nghỉ học,"
                " dưới 5 độ C học sinh trung học được nghỉ học."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 16, 9, 5),
            "dl": "weekday",
            "tags": ["phòng chống rét", "bán trú"],
            "nfd": True,
        },
    ),
    Story(
        id=45288,
        slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-cap-thcs-nam-hoc-2026-2027",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp THCS năm học 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-11-10",
        summary=(
            "Sáng 10/11, tại Trường THCS Phan Thiết, Sở Giáo dục và Đào tạo khai mạc Hội thi"
            " giáo viên dạy giỏi cấp tỉnh cấp THCS năm học 2026 - 2027 với 186 giáo viên tham dự."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững"
                " vàng, vận dụng hiệu quả các phương pháp dạy học tích cực theo Chương trình giáo"
                " dục phổ thông 2018; tạo cơ hội để giáo viên giao lưu, học hỏi kinh nghiệm."
            ),
            Img(
                pic(45020, "khai-mac-gvdg-thcs-2026.jpg"),
                "Các giáo viên dự thi tại lễ khai mạc",
                "Các giáo viên dự thi tại lễ khai mạc",
                "table",
            ),
            P(
                "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và thực"
                " hiện hai tiết dạy thực hành tại các trường trên địa bàn phường Minh Xuân và"
                " phường Phan Thiết. Hội thi diễn ra đến hết ngày 21/11/2026."
            ),
        ],
        authors=["Trần Mai Anh"],
        opts={
            "when": datetime(2026, 11, 10, 8, 0),
            "updated": datetime(2026, 11, 12, 10, 25),
            "dl": "twostamp",
            "author_field": "Trần Mai Anh",
            "tags": ["giáo viên dạy giỏi"],
        },
    ),
    Story(
        id=45284,
        slug="tap-huan-day-hoc-mon-lich-su-va-dia-li-cap-thcs",
        title="Tập huấn dạy học môn Lịch sử và Địa lí cấp THCS",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-07T09:00:00+07:00",
        summary=(
            "Từ ngày 05 đến 07/11, Sở Giáo dục và Đào tạo tổ chức tập huấn dạy học môn Lịch sử"
            " và Địa lí cấp THCS cho 240 giáo viên cốt cán."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại lớp tập huấn, các giảng viên đã hướng dẫn giáo viên xây dựng kế hoạch bài"
                " dạy theo chủ đề tích hợp, khai thác bản đồ số, tư liệu lịch sử địa phương và tổ"
                " chức các hoạt động trải nghiệm tại di tích trên địa bàn tỉnh."
            ),
            Img(
                pic(45021, "tap-huan-lich-su-dia-li.jpg"),
                "Giáo viên thực hành thiết kế hoạt động học tập theo nhóm",
                "Giáo viên thực hành thiết kế hoạt động học tập theo nhóm",
                "em",
            ),
            P(
                "Tài liệu của đợt tập huấn năm trước vẫn được đăng tại chuyên mục Hoạt động"
                " chuyên môn để giáo viên tham khảo.",
                "a|/web/sgddt/hoat-dong-chuyen-mon/-/asset_publisher/HdCm4RvZp8Lu/content/"
                "tap-huan-chuong-trinh-gdpt-2018-nam-2025|Hoạt động chuyên môn",
            ),
            P(
                "Sau tập huấn, giáo viên cốt cán có trách nhiệm tập huấn lại cho giáo viên dạy môn"
                " Lịch sử và Địa lí tại đơn vị trước ngày 30/11/2026."
            ),
            Raw(
                '<p style="text-align: right;"><strong><em>Hoàng Minh Tuấn - Phòng GDTrH'
                "</em></strong></p>"
            ),
        ],
        authors=["Hoàng Minh Tuấn"],
        opts={
            "when": datetime(2026, 11, 7, 9, 0),
            "dl": "timefirst",
            "tags": ["tập huấn", "chương trình GDPT 2018"],
        },
    ),
    Story(
        id=45276,
        slug="trao-350-suat-hoc-bong-cho-hoc-sinh-co-hoan-canh-kho-khan",
        title="Trao 350 suất học bổng cho học sinh có hoàn cảnh khó khăn",
        cat="tin-tuc",
        published_at="2026-10-28T09:20:00+07:00",
        blocks=[
            P(
                "Ngày 27/10, Hội Khuyến học tỉnh phối hợp với Sở Giáo dục và Đào tạo và các nhà"
                " tài trợ trao 350 suất học bổng, mỗi suất trị giá 2 triệu đồng, cho học sinh có"
                " hoàn cảnh khó khăn vươn lên học tốt."
            ),
            Img(
                pic(45020, "trao-hoc-bong-2026.jpg"),
                "Đại diện nhà tài trợ trao học bổng cho học sinh",
                "Đại diện nhà tài trợ trao học bổng cho học sinh",
                "em",
            ),
            P(
                "Các em nhận học bổng năm nay là học sinh mồ côi, học sinh thuộc hộ nghèo và học"
                " sinh đạt giải trong kỳ thi chọn học sinh giỏi các cấp. Ngoài học bổng, các em"
                " còn được tặng sách giáo khoa, đồ dùng học tập và áo ấm."
            ),
        ],
        authors=["Thu Trang"],
        source="Báo Tuyên Quang điện tử",
        opts={
            "when": datetime(2026, 10, 28, 9, 20),
            "dl": "ngaydang",
            "author_field": "Thu Trang",
            "source_field": "Báo Tuyên Quang điện tử",
            "tags": ["học bổng", "khuyến học"],
        },
    ),
    Story(
        id=45265,
        slug="thong-bao-tuyen-dung-vien-chuc-cac-don-vi-su-nghiep-truc-thuoc-so-nam-2026",
        title="Thông báo tuyển dụng viên chức các đơn vị sự nghiệp trực thuộc Sở năm 2026",
        cat="thong-bao",
        published_at="2026-10-20T08:00:00+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo tuyển dụng viên chức làm việc tại các trường"
                " THPT, trường phổ thông dân tộc nội trú và trung tâm GDNN-GDTX trực thuộc Sở năm"
                " 2026 theo hình thức xét tuyển. Chỉ tiêu cụ thể như sau:"
            ),
            P("Vị trí việc làm | Số chỉ tiêu | Trình độ chuẩn", "th"),
            P("Giáo viên THPT môn Tin học | 12 | Đại học sư phạm Tin học", "tr"),
            P("Giáo viên THPT môn Tiếng Anh | 9 | Đại học sư phạm Tiếng Anh", "tr"),
            P("Giáo viên THPT môn Giáo dục kinh tế và pháp luật | 6 | Đại học sư phạm", "tr"),
            P(
                "Hồ sơ nộp trực tiếp tại Văn phòng Sở từ ngày 21/10/2026 đến hết ngày 19/11/2026"
                " (trong giờ hành chính). Chi tiết điều kiện, tiêu chuẩn xem tại văn bản đính kèm."
            ),
        ],
        opts={
            "when": datetime(2026, 10, 20, 8, 0),
            "dl": "ngaydang",
            "poster": "Quản trị viên",
            "tags": ["tuyển dụng"],
            "file": (45031, "2871-TB-SGDDT-tuyen-dung-vien-chuc-2026.pdf", 402177),
        },
    ),
    Story(
        id=45261,
        slug="ngay-hoi-stem-hoc-sinh-tieu-hoc-tinh-tuyen-quang-lan-thu-nhat",
        title="Ngày hội STEM học sinh tiểu học tỉnh Tuyên Quang lần thứ nhất",
        cat="tin-tuc",
        published_at="2026-10-17T14:00:00+07:00",
        summary=(
            "Ngày hội STEM học sinh tiểu học lần thứ nhất thu hút 64 đội thi đến từ các trường"
            " tiểu học trong tỉnh với hơn 300 sản phẩm sáng tạo."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các đội thi trưng bày sản phẩm theo ba chủ đề: bảo vệ môi trường, nông nghiệp"
                " thông minh và đồ dùng học tập tự làm. Nhiều sản phẩm được làm từ vật liệu tái"
                " chế như hệ thống tưới cây tự động, mô hình nhà chống lũ, máy lọc nước mini."
            ),
            Img(
                pic(45020, "ngay-hoi-stem-1.jpg"),
                "Học sinh giới thiệu mô hình hệ thống tưới cây tự động",
                "Học sinh giới thiệu mô hình hệ thống tưới cây tự động",
                "figure",
            ),
            P(
                "Ban tổ chức trao 6 giải Nhất, 10 giải Nhì, 16 giải Ba và 20 giải Khuyến khích"
                " cho các đội có sản phẩm xuất sắc."
            ),
            Img(
                pic(45020, "ngay-hoi-stem-2.jpg"),
                "Ảnh: Các đội đạt giải Nhất nhận cờ lưu niệm của Ban tổ chức",
                "Các đội đạt giải Nhất nhận cờ lưu niệm của Ban tổ chức",
                "label",
            ),
            Img(
                pic(45020, "z6012345678901_3f9a0c1d2e7b8a4c5d6e7f8091a2b3c4.jpg"),
                "z6012345678901_3f9a0c1d2e7b8a4c5d6e7f8091a2b3c4.jpg",
                None,
                "bare",
            ),
            P(
                "Ngày hội là dịp để học sinh được trải nghiệm, vận dụng kiến thức liên môn vào"
                " giải quyết các vấn đề thực tiễn, góp phần hình thành năng lực khoa học cho các"
                " em ngay từ cấp tiểu học."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Phạm Thu Hương - Trường Tiểu học Phan'
                " Thiết</strong></p>"
            ),
        ],
        authors=["Phạm Thu Hương"],
        opts={
            "when": datetime(2026, 10, 17, 14, 0),
            "dl": "ampm",
            "tags": ["stem"],
        },
    ),
    Story(
        id=45250,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-tai-truong-tieu-hoc-kim-phu",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học tại Trường Tiểu học Kim Phú",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-12",
        blocks=[
            P(
                "Ngày 09/10, Trường Tiểu học Kim Phú tổ chức sinh hoạt chuyên môn theo nghiên cứu"
                " bài học môn Tiếng Việt lớp 3 với sự tham dự của giáo viên các trường tiểu học"
                " trong cụm chuyên môn số 2."
            ),
            Img(
                pic(45021, "sinh-hoat-chuyen-mon-kim-phu.jpg"),
                "(Giáo viên dự giờ quan sát hoạt động học của học sinh)",
                "Giáo viên dự giờ quan sát hoạt động học của học sinh",
                "paren",
            ),
            P(
                "Thay vì nhận xét, đánh giá tiết dạy của giáo viên, các thầy cô tập trung phân"
                " tích việc học của từng nhóm học sinh, tìm nguyên nhân khiến học sinh gặp khó"
                " khăn và đề xuất cách điều chỉnh hoạt động cho phù hợp."
            ),
            P(
                "Hình thức sinh hoạt này giúp giáo viên mạnh dạn đổi mới phương pháp, tăng cường"
                " chia sẻ kinh nghiệm và nâng cao năng lực chuyên môn của đội ngũ."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Phạm Văn Đức</strong></p>'),
        ],
        authors=["Phạm Văn Đức"],
        photographers=["Phạm Văn Đức"],
        opts={
            "when": datetime(2026, 10, 12, 7, 45),
            "dl": "weekday",
            "tags": ["sinh hoạt chuyên môn"],
            "entities": 2,
        },
    ),
    Story(
        id=45243,
        slug="khanh-thanh-diem-truong-mam-non-thon-khuoi-xoan",
        title="Khánh thành điểm trường Mầm non thôn Khuổi Xoan",
        cat="tin-tuc",
        published_at="2026-10-05",
        blocks=[
            P(
                "Ngày 04/10, điểm trường thôn Khuổi Xoan thuộc Trường Mầm non Thượng Lâm được khánh"
                " thành và đưa vào sử dụng sau 5 tháng thi công, với tổng kinh phí 2,8 tỷ đồng từ"
                " nguồn xã hội hóa."
            ),
            Img(
                pic(45020, "khanh-thanh-khuoi-xoan.jpg"),
                "(Các đại biểu cắt băng khánh thành điểm trường)",
                "Các đại biểu cắt băng khánh thành điểm trường",
                "paren",
            ),
            P(
                "Điểm trường gồm 2 phòng học, 1 phòng ăn, bếp một chiều và khu vui chơi ngoài"
                " trời, bảo đảm điều kiện nuôi dưỡng, chăm sóc cho 56 trẻ em người dân tộc thiểu"
                " số trong thôn."
            ),
            Raw('<p style="text-align: right;"><strong>Hoàng Dung</strong></p>'),
        ],
        authors=["Hoàng Dung"],
        opts={
            "when": datetime(2026, 10, 5, 0, 0),
            "dl": "midnight",
            "tags": ["mầm non", "cơ sở vật chất"],
        },
    ),
    Story(
        id=45219,
        slug="truong-ptdtnt-thpt-tinh-khai-giang-nam-hoc-2026-2027",
        title="Trường PTDTNT THPT tỉnh khai giảng năm học 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-09-05T10:15:00+07:00",
        blocks=[
            P(
                "Sáng 05/9, Trường Phổ thông Dân tộc nội trú THPT tỉnh long trọng tổ chức lễ khai"
                " giảng năm học mới, chào đón 210 học sinh lớp 10 thuộc 9 dân tộc thiểu số trong"
                " tỉnh."
            ),
            P(
                "Năm học 2025 - 2026, nhà trường có 38 học sinh đạt giải học sinh giỏi cấp tỉnh, 2"
                " học sinh đạt giải học sinh giỏi quốc gia; tỷ lệ tốt nghiệp THPT đạt 100%."
            ),
            Img(
                pic(45020, "khai-giang-ptdtnt-2026.jpg"),
                "Học sinh lớp 10 trong lễ khai giảng",
                "Học sinh lớp 10 trong lễ khai giảng",
                "figure",
            ),
            P(
                "Thay mặt lãnh đạo tỉnh, đồng chí Phó Chủ tịch UBND tỉnh đánh trống khai giảng,"
                " đề nghị nhà trường tiếp tục đổi mới phương pháp dạy học, quan tâm giáo dục bản"
                " sắc văn hóa dân tộc cho học sinh."
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Minh Hiếu</em></p>'),
        ],
        photographers=["Minh Hiếu"],
        opts={
            "when": datetime(2026, 9, 5, 10, 15),
            "dl": "ngaydang",
            "tags": ["khai giảng", "dân tộc nội trú"],
        },
    ),
    Story(
        id=45187,
        slug="hoi-nghi-tong-ket-nam-hoc-2025-2026",
        title="Hội nghị tổng kết năm học 2025 - 2026, triển khai nhiệm vụ năm học 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-08-21T08:30:00+07:00",
        summary=(
            "Ngày 20/8, Sở Giáo dục và Đào tạo tổ chức Hội nghị tổng kết năm học 2025 - 2026,"
            " triển khai nhiệm vụ năm học 2026 - 2027, năm học đầu tiên sau khi hợp nhất tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2025 - 2026, toàn tỉnh có 1.126 cơ sở giáo dục với hơn 480 nghìn học"
                " sinh. Một số kết quả nổi bật của năm học được báo cáo tại hội nghị:"
            ),
            P("Chỉ tiêu | Năm học 2024 - 2025 | Năm học 2025 - 2026", "th"),
            P("Tỷ lệ trường đạt chuẩn quốc gia | 68,4% | 72,1%", "tr"),
            P("Tỷ lệ tốt nghiệp THPT | 98,2% | 98,9%", "tr"),
            P("Học sinh giỏi quốc gia | 31 giải | 42 giải", "tr"),
            Img(
                pic(45020, "tong-ket-nam-hoc-2025-2026.jpg"),
                "Đồng chí Chủ tịch UBND tỉnh phát biểu chỉ đạo hội nghị",
                "Đồng chí Chủ tịch UBND tỉnh phát biểu chỉ đạo hội nghị",
                "em",
            ),
            P(
                "Năm học 2026 - 2027, ngành tập trung sắp xếp mạng lưới trường lớp, bảo đảm đủ"
                " giáo viên, đẩy mạnh chuyển đổi số và nâng cao chất lượng dạy học ngoại ngữ."
            ),
        ],
        authors=["Nguyễn Thanh Hà"],
        opts={
            "when": datetime(2026, 8, 21, 8, 30),
            "dl": "ngaydang",
            "author_field": "Nguyễn Thanh Hà",
            "tags": ["tổng kết năm học", "chỉ đạo điều hành"],
        },
    ),
]

STORIES.sort(key=lambda s: s.opts["when"], reverse=True)
BY_SLUG = {s.slug: s for s in STORIES}
OLD_SLUGS = {"tong-ket-nam-hoc-2025-2026": "hoi-nghi-tong-ket-nam-hoc-2025-2026"}
MISSING_ASSET = (
    "/web/sgddt/hoat-dong-chuyen-mon/-/asset_publisher/HdCm4RvZp8Lu/content/"
    "tap-huan-chuong-trinh-gdpt-2018-nam-2025"
)


def in_cat(key: str) -> list[Story]:
    return [s for s in STORIES if s.cat == key]


def cat_of(s: Story) -> Cat:
    return CATS[s.cat]


def asset_path(s: Story) -> str:
    c = cat_of(s)
    return f"{SITE}/{c.key}/-/asset_publisher/{c.inst}/content/{s.slug}"


def display_path(s: Story) -> str:
    return f"{SITE}/w/{s.slug}"


def with_redirect(s: Story, back: str) -> str:
    return f"{asset_path(s)}?{ns(cat_of(s).inst)}redirect={quote(back, safe='')}"


def list_url(c: Cat, cur: int, delta: int) -> str:
    n = ns(c.inst)
    return (
        f"{SITE}/{c.key}?p_p_id={AP}_INSTANCE_{c.inst}&p_p_lifecycle=0&p_p_state=normal"
        f"&p_p_mode=view&{n}delta={delta}&p_r_p_resetCur=false&{n}cur={cur}"
    )


def tag_url(c: Cat, tag: str) -> str:
    return f"{SITE}/{c.key}?p_r_p_tag={quote_plus(tag)}"


def _pages(total: int, per: int) -> int:
    return max(1, -(-total // per))


def delta_values(c: Cat) -> list[int]:
    return sorted({c.delta, *DELTAS})


def listing_views(c: Cat) -> list[tuple[str, list[Story]]]:
    """Every list URL the portal links for a category, with the stories it shows."""
    items = in_cat(c.key)
    out = [(f"{SITE}/{c.key}", items[: c.delta])]
    if len(items) > c.delta:
        for d in delta_values(c):
            for cur in range(1, _pages(len(items), d) + 1):
                out.append((list_url(c, cur, d), items[(cur - 1) * d : cur * d]))
    for tag in sorted({t for s in items for t in s.opts["tags"]}):
        out.append((tag_url(c, tag), [s for s in items if tag in s.opts["tags"]][: c.delta]))
    return out


#: the header's "Tìm nhiều" keywords: each links a search page
HOT_SEARCHES = ("học bổng", "tuyển dụng", "học kỳ I")


def search_url(q: str) -> str:
    return f"{SITE}/tim-kiem?q={quote_plus(q)}"


def search_hits(q: str) -> list[Story]:
    key = unicodedata.normalize("NFC", q).strip().lower()
    if not key:
        return []
    return [s for s in STORIES if key in s.title.lower() or key in (s.summary or "").lower()]


def back_variant(s: Story, back: str) -> str:
    return f"{display_path(s)}?p_l_back_url={quote(back, safe='')}"


def alt_paths(s: Story) -> list[str]:
    out = [display_path(s), f"{asset_path(s)}?p_p_state=maximized"]
    for target, shown in listing_views(cat_of(s)):
        if s in shown:
            out.append(with_redirect(s, target))
    for q in HOT_SEARCHES:
        if s in search_hits(q):
            out.append(back_variant(s, search_url(q)))
    return out


GOLD: list[dict] = [
    gold_record(s, asset_path(s), cat_of(s).name, alt_paths=alt_paths(s)) for s in STORIES
]


# --- documents (Documents and Media) ---------------------------------------------------------


@dataclass(frozen=True)
class Doc:
    entry: int
    folder: int
    name: str
    number: str
    title: str
    issued: str
    size: int


FOLDERS: dict[int, str] = {45031: "Công văn - Thông báo", 45032: "Kế hoạch", 45033: "Quyết định"}
DOCS: list[Doc] = [
    Doc(45321, 45031, "3012-TB-SGDDT-lich-tiep-cong-dan-T12-2026.pdf", "3012/TB-SGDĐT",
        "Thông báo lịch tiếp công dân định kỳ tháng 12 năm 2026", "23/11/2026", 168448),
    Doc(45290, 45031, "2954-SGDDT-GDTrH-kiem-tra-HKI.pdf", "2954/SGDĐT-GDTrH",
        "V/v hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027", "20/11/2026", 231424),
    Doc(45268, 45031, "2871-TB-SGDDT-tuyen-dung-vien-chuc-2026.pdf", "2871/TB-SGDĐT",
        "Thông báo tuyển dụng viên chức năm 2026", "20/10/2026", 402177),
    Doc(45241, 45032, "412-KH-SGDDT-hoi-thi-gvdg-thcs.pdf", "412/KH-SGDĐT",
        "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh cấp THCS năm học 2026 - 2027",
        "02/10/2026", 318976),
    Doc(45230, 45032, "398-KH-SGDDT-ngay-hoi-stem.pdf", "398/KH-SGDĐT",
        "Kế hoạch tổ chức Ngày hội STEM học sinh tiểu học lần thứ nhất", "18/09/2026", 154112),
    Doc(45199, 45033, "1186-QD-SGDDT-giao-chi-tieu.pdf", "1186/QĐ-SGDĐT",
        "Quyết định giao chỉ tiêu tuyển sinh năm học 2026 - 2027", "28/08/2026", 276480),
]  # fmt: skip
DOC_BY_ENTRY = {d.entry: d for d in DOCS}
DOC_FILES = {doc_url(d.folder, d.name) for d in DOCS} | {
    doc_url(s.opts["file"][0], s.opts["file"][1]) for s in STORIES if s.opts.get("file")
}


def dl_view(folder: int) -> str:
    return f"{SITE}/van-ban/-/document_library/{DL_INST}/view/{folder}"


def dl_file(d: Doc) -> str:
    return f"{SITE}/van-ban/-/document_library/{DL_INST}/view_file/{d.entry}"


#: web content pages: friendly URL -> (plid, portlet title, paragraphs)
PAGES: dict[str, tuple[int, str, list[str]]] = {
    "gioi-thieu": (39, "Giới thiệu chung", [
        "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang là cơ quan chuyên môn thuộc Ủy ban nhân dân"
        " tỉnh, có chức năng tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo"
        " trên địa bàn tỉnh.",
        "Sau khi hợp nhất tỉnh từ ngày 01/7/2025, ngành quản lý 1.126 cơ sở giáo dục mầm non,"
        " phổ thông, giáo dục thường xuyên với hơn 480 nghìn học sinh và 31 nghìn cán bộ, giáo"
        " viên, nhân viên.",
    ]),
    "co-cau-to-chuc": (40, "Cơ cấu tổ chức", [
        "Lãnh đạo Sở gồm Giám đốc và 04 Phó Giám đốc.",
        "Các phòng chuyên môn, nghiệp vụ: Văn phòng; Thanh tra; phòng Tổ chức cán bộ; phòng Kế"
        " hoạch - Tài chính; phòng Giáo dục Mầm non - Tiểu học; phòng Giáo dục Trung học; phòng"
        " Giáo dục thường xuyên và Quản lý chất lượng.",
    ]),
}  # fmt: skip
EXTRA_PLIDS = {"lien-he": 44, "hoi-dap": 45, "van-ban": 46, "tim-kiem": 47, "trang-chu": HOME_PLID}

QA: list[tuple[str, str, str, str]] = [
    ("Nguyễn Văn Nam", "18/11/2026",
     "Con tôi học lớp 9, năm nay tỉnh có tổ chức thi tuyển sinh vào lớp 10 môn thứ ba không?",
     "Kỳ thi tuyển sinh vào lớp 10 THPT năm học 2027 - 2028 thi ba môn Toán, Ngữ văn, Tiếng"
     " Anh. Kế hoạch chi tiết sẽ được Sở ban hành trước ngày 31/3/2027."),
    ("Lý Thị Mai", "09/11/2026",
     "Giáo viên hợp đồng có được dự Hội thi giáo viên dạy giỏi cấp tỉnh không?",
     "Giáo viên hợp đồng có thời gian giảng dạy từ 3 năm trở lên được đơn vị đề cử đều được"
     " đăng ký dự thi theo Kế hoạch số 412/KH-SGDĐT."),
    ("Trần Đức Long", "27/10/2026",
     "Thủ tục cấp bản sao bằng tốt nghiệp THPT thực hiện ở đâu?",
     "Công dân nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua Cổng dịch vụ"
     " công quốc gia; thời hạn giải quyết trong ngày."),
]  # fmt: skip

LOGIN_QUERY = (
    f"p_p_id={LOGIN}&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view&saveLastPath=false"
    f"&_{LOGIN}_mvcRenderCommandName=%2Flogin%2Flogin"
)

NON_ARTICLES: list[str] = [
    SITE,
    f"{SITE}/trang-chu",
    *(f"{SITE}/{c}" for c in CATS),
    *(list_url(CATS["tin-tuc"], n, 4) for n in (1, 2, 3)),
    *(f"{SITE}/{p}" for p in PAGES),
    f"{SITE}/lien-he",
    f"{SITE}/hoi-dap",
    f"{SITE}/van-ban",
    *(dl_view(f) for f in FOLDERS),
    *(dl_file(d) for d in DOCS),
    f"{SITE}/tim-kiem",
    *(search_url(q) for q in HOT_SEARCHES),
    f"{SITE}/trang-chu?{LOGIN_QUERY}",
    *(f"{asset_path(s)}?p_p_state=pop_up&p_p_mode=print" for s in STORIES),
    MISSING_ASSET,
]


# --- rendering ------------------------------------------------------------------------------


def _t(value: str, s: Story | None = None) -> str:
    if s is None:
        return text(value)
    return text(value, nfd=bool(s.opts.get("nfd")), entities=s.opts.get("entities", 0))


def _ampm(w: datetime) -> str:
    h = w.hour % 12 or 12
    return f"{w:%d/%m/%Y} | {h:02d}:{w:%M} {'SA' if w.hour < 12 else 'CH'}"


def date_line(s: Story) -> str:
    """The meta line's date as the vendor template prints it (empty when it prints none)."""
    w: datetime = s.opts["when"]
    kind = s.opts["dl"]
    if kind == "ngaydang":
        return f"Ngày đăng: {w:%d/%m/%Y %H:%M}"
    if kind == "midnight":
        return f"Ngày đăng: {w:%d/%m/%Y} 00:00"
    if kind == "ampm":
        return _ampm(w)
    if kind == "timefirst":
        return f"{w:%H:%M} | {w:%d/%m/%Y}"
    if kind == "weekday":
        return f"{WEEKDAYS[w.weekday()]}, {w:%d/%m/%Y}"
    if kind == "twostamp":
        u: datetime = s.opts["updated"]
        return f"Ngày đăng: {w:%d/%m/%Y} | Cập nhật: {u:%d/%m/%Y %H:%M}"
    return ""


def _img(img: Img) -> str:
    return (
        f'<img alt="" data-fileentryid="{int(hashlib.md5(img.src.encode()).hexdigest()[:4], 16) + 40000}"'
        f' src="{esc(img.src)}" style="width: 640px; height: 427px;" />'
    )


def content_html(s: Story) -> str:
    """The rich-text field "Nội dung" as CKEditor saved it."""
    out: list[str] = []
    rows: list[P] = []

    def flush() -> None:
        if not rows:
            return
        trs = []
        for r in rows:
            cells = r.text.split(" | ")
            if r.style == "th":
                tds = "".join(
                    f'<td style="text-align: center;"><strong>{_t(c, s)}</strong></td>'
                    for c in cells
                )
            else:
                tds = "".join(f"<td>{_t(c, s)}</td>" for c in cells)
            trs.append(f"<tr>{tds}</tr>")
        out.append(
            '<table border="1" cellpadding="1" cellspacing="1" style="width: 100%;"><tbody>'
            + "".join(trs)
            + "</tbody></table>"
        )
        rows.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style in ("tr", "th"):
            rows.append(b)
            continue
        flush()
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, P):
            if b.style.startswith("a|"):
                _, href, phrase = b.style.split("|", 2)
                before, after = b.text.split(phrase, 1)
                out.append(
                    f'<p style="text-align: justify;">{_t(before, s)}<a href="{href}">'
                    f"{_t(phrase, s)}</a>{_t(after, s)}</p>"
                )
            else:
                out.append(f'<p style="text-align: justify;">{_t(b.text, s)}</p>')
        elif isinstance(b, Img):
            line = _t(b.printed or "", s)
            if b.style == "em":
                out.append(f'<p style="text-align: center;">{_img(b)}</p>')
                out.append(f'<p style="text-align: center;"><em>{line}</em></p>')
            elif b.style == "figure":
                out.append(
                    f'<figure class="image" style="text-align: center;">{_img(b)}'
                    f"<figcaption>{line}</figcaption></figure>"
                )
            elif b.style == "table":
                out.append(
                    '<table align="center" border="0" cellpadding="1" cellspacing="1"'
                    ' style="width: 640px;"><tbody>'
                    f"<tr><td>{_img(b)}</td></tr>"
                    f'<tr><td style="text-align: center;"><em>{line}</em></td></tr>'
                    "</tbody></table>"
                )
            elif b.style in ("paren", "label"):
                out.append(f'<p style="text-align: center;">{_img(b)}</p>')
                out.append(f'<p style="text-align: center;">{line}</p>')
            else:
                out.append(f'<p style="text-align: center;">{_img(b)}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;">{line}</p>')
    flush()
    return "\n".join(out)


def _attachment(s: Story) -> str:
    if not s.opts.get("file"):
        return ""
    folder, name, size = s.opts["file"]
    return (
        '<div class="tqs-article__files"><span class="tqs-label">Tệp đính kèm:</span><ul>'
        f'<li><a href="{doc_url(folder, name)}?download=true" target="_blank">'
        f'<i class="icon-paper-clip"></i> {name}</a> <span class="text-muted">({size // 1024} KB)</span></li>'
        "</ul></div>"
    )


def article_block(s: Story, heading: str = "h3") -> str:
    """The vendor's web content template output for the "Tin bài" structure."""
    meta = []
    line = date_line(s)
    if line:
        meta.append(f'<span class="tqs-article__date"><i class="icon-time"></i> {line}</span>')
    meta.append(
        f'<span class="tqs-article__views"><i class="icon-eye-open"></i> Lượt xem: {s.views()}</span>'
    )
    sapo = (
        f'<div class="tqs-article__sapo"><strong>{_t(s.summary, s)}</strong></div>'
        if s.summary and s.sapo_outside
        else ""
    )
    credits = ""
    if s.opts.get("author_field"):
        credits += (
            '<div class="tqs-article__author" style="text-align: right;">'
            f'<span class="tqs-label">Tác giả:</span> <strong>{esc(s.opts["author_field"])}</strong></div>'
        )
    if s.opts.get("source_field"):
        credits += (
            '<div class="tqs-article__source" style="text-align: right;">'
            f'<span class="tqs-label">Nguồn:</span> <em>{esc(s.opts["source_field"])}</em></div>'
        )
    return (
        f'<div class="tqs-article" data-article-id="{s.id}">\n'
        f'<{heading} class="tqs-article__title">{_t(s.title)}</{heading}>\n'
        f'<div class="tqs-article__meta">{" ".join(meta)}</div>\n'
        f"{sapo}\n"
        f'<div class="tqs-article__content">\n{content_html(s)}\n</div>\n'
        f"{credits}{_attachment(s)}\n</div>"
    )


# --- page chrome ------------------------------------------------------------------------------


def _portlet(pid: str, title: str, body: str, *, options: str = "", extra_cls: str = "") -> str:
    """A portlet with Liferay 7.4's decorated portlet chrome."""
    short = pid.split("_INSTANCE_")[0] if "_INSTANCE_" in pid else pid
    menu = (
        '<div class="autofit-col autofit-col-end"><div class="autofit-section">'
        '<div class="lfr-meta-actions portlet-options"><div class="dropdown lfr-icon-menu">'
        '<button aria-expanded="false" aria-haspopup="true" class="btn btn-monospaced btn-sm'
        ' btn-unstyled dropdown-toggle" title="Tùy chọn" type="button">'
        f'<svg class="lexicon-icon lexicon-icon-ellipsis-v"><use href="{THEME}/images/clay/icons.svg#ellipsis-v"></use></svg>'
        f'</button><ul class="dropdown-menu dropdown-menu-right" role="menu">{options}</ul></div></div>'
        "</div></div>"
        if options
        else ""
    )
    return (
        f'<div class="portlet-boundary portlet-boundary_{short}_ portlet-static portlet-static-end'
        f' portlet-decorate {extra_cls}" id="p_p_id_{pid}_">\n<span id="p_{pid}"></span>\n'
        f'<section class="portlet" id="portlet_{pid}">\n<div class="portlet-content">\n'
        '<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand">'
        f'<h2 class="portlet-title-text">{title}</h2></div>{menu}</div>\n'
        f'<div class=" portlet-content-container"><div class="portlet-body">\n{body}\n</div></div>\n'
        "</div>\n</section>\n</div>\n"
    )


def _bare_portlet(pid: str, body: str, extra_cls: str = "") -> str:
    """A portlet with the "barebone" decorator (no title bar)."""
    short = pid.split("_INSTANCE_")[0] if "_INSTANCE_" in pid else pid
    return (
        f'<div class="portlet-boundary portlet-boundary_{short}_ portlet-static portlet-static-end'
        f' portlet-barebone {extra_cls}" id="p_p_id_{pid}_">\n<span id="p_{pid}"></span>\n'
        f'<section class="portlet" id="portlet_{pid}"><div class="portlet-content">'
        f'<div class=" portlet-content-container"><div class="portlet-body">{body}</div></div>'
        "</div></section>\n</div>\n"
    )


NAV = [
    ("Trang chủ", f"{SITE}/trang-chu", HOME_PLID),
    ("Giới thiệu", f"{SITE}/gioi-thieu", 39),
    ("Tin tức", f"{SITE}/tin-tuc", 41),
    ("Thông báo", f"{SITE}/thong-bao", 42),
    ("Hoạt động chuyên môn", f"{SITE}/hoat-dong-chuyen-mon", 43),
    ("Văn bản", f"{SITE}/van-ban", 46),
    ("Hỏi đáp", f"{SITE}/hoi-dap", 45),
    ("Liên hệ", f"{SITE}/lien-he", 44),
]


def _nav(active_plid: int) -> str:
    items = []
    for label, href, plid in NAV:
        sub = ""
        if plid == 39:
            sub = (
                '<ul aria-expanded="false" class="child-menu dropdown-menu" role="menu">'
                f'<li class="lfr-nav-item" id="layout_39_c" role="presentation"><a class="dropdown-item" href="{SITE}/gioi-thieu" role="menuitem">Chức năng, nhiệm vụ</a></li>'
                f'<li class="lfr-nav-item" id="layout_40" role="presentation"><a class="dropdown-item" href="{SITE}/co-cau-to-chuc" role="menuitem">Cơ cấu tổ chức</a></li></ul>'
            )
        sel = " selected active" if plid == active_plid else ""
        items.append(
            f'<li class="lfr-nav-item nav-item{sel}{" dropdown" if sub else ""}" id="layout_{plid}" role="presentation">'
            f'<a class="nav-link text-truncate" href="{href}" role="menuitem"><span class="text-truncate">{label}</span></a>{sub}</li>'
        )
    body = (
        '<div aria-label="Trang web" class="collapse navbar-collapse" id="navigationCollapse">'
        f'<ul aria-label="Trang web" class="navbar-blank navbar-nav navbar-site" role="menubar">{"".join(items)}</ul></div>'
    )
    return _bare_portlet(
        "com_liferay_site_navigation_menu_web_portlet_SiteNavigationMenuPortlet_INSTANCE_main_navigation_menu",
        f'<nav class="navbar navbar-expand-md navbar-dark tqs-mainnav" id="navigation" role="navigation">{body}</nav>',
    )


def _breadcrumb(trail: list[tuple[str, str | None]]) -> str:
    items = [
        f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{SITE}" title="{SITE_NAME}">'
        f'<span class="breadcrumb-text-truncate">{SITE_NAME}</span></a></li>'
    ]
    for label, href in trail:
        if href:
            items.append(
                f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{href}" title="{esc(label)}">'
                f'<span class="breadcrumb-text-truncate">{esc(label)}</span></a></li>'
            )
        else:
            items.append(
                '<li class="breadcrumb-item"><span class="active breadcrumb-text-truncate">'
                f"{esc(label)}</span></li>"
            )
    return _bare_portlet(
        "com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet",
        f'<nav aria-label="Điều hướng phân cấp" id="breadcrumbs"><ol class="breadcrumb">{"".join(items)}</ol></nav>',
    )


def _header(plid: int) -> str:
    hot = " ".join(f'<a href="{esc(search_url(q))}">{q}</a>' for q in HOT_SEARCHES)
    return (
        '<div class="tqs-topbar"><div class="container">'
        f'<span class="tqs-today">{TODAY}</span>'
        '<span class="tqs-hotline">Đường dây nóng: 0207.3822.567</span>'
        f'<a class="sign-in text-default" data-redirect="false" href="/c/portal/login?p_l_id={plid}" rel="nofollow">'
        f'<svg class="lexicon-icon lexicon-icon-user"><use href="{THEME}/images/clay/icons.svg#user"></use></svg> Đăng nhập</a>'
        "</div></div>\n"
        '<header id="banner" role="banner"><div class="container tqs-banner">'
        f'<a class="logo custom-logo" href="/web/guest" title="Đi tới {PORTAL_NAME}">'
        f'<img alt="Quốc huy" height="90" src="/image/layout_set_logo?img_id=20415&amp;t=1731400000000" width="90" /></a>'
        '<div class="tqs-banner__text"><div class="tqs-banner__portal">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TUYÊN QUANG</div>'
        f'<h1 class="site-title"><a href="{SITE}" title="{SITE_NAME}"><span class="site-name">'
        f"SỞ GIÁO DỤC VÀ ĐÀO TẠO</span></a></h1></div>"
        '<div class="tqs-search"><form action="/web/sgddt/tim-kiem" method="get" name="tqsSearch">'
        '<input aria-label="Tìm kiếm" class="form-control" name="q" placeholder="Nhập từ khóa..." type="text" value="" />'
        '<button class="btn btn-light" type="submit">Tìm kiếm</button></form>'
        f'<div class="tqs-hot-keywords">Tìm nhiều: {hot}</div>'
        f'<a class="tqs-search__advanced" href="{SITE}/tim-kiem">Tìm kiếm nâng cao</a></div>'
        "</div></header>\n"
        f'<div class="tqs-navbar"><div class="container">{_nav(plid)}</div></div>\n'
    )


def _latest_box() -> str:
    items = "".join(
        f'<li class="tqs-latest__item"><a href="{display_path(s)}">{_t(s.title)}</a>'
        f' <span class="tqs-latest__date">({s.opts["when"]:%d/%m/%Y})</span></li>'
        for s in STORIES[:5]
    )
    return _portlet(f"{AP}_INSTANCE_LaTeSt5NeWsX", "Tin mới nhất",
                    f'<div class="tqs-latest"><ul class="list-unstyled">{items}</ul></div>',
                    extra_cls="portlet-asset-publisher")  # fmt: skip


def _docs_box() -> str:
    items = "".join(
        f'<li><a href="{dl_file(d)}">{d.number}</a><p class="tqs-docs__abstract">{esc(d.title)}</p>'
        f'<span class="tqs-docs__date">Ngày ban hành: {d.issued}</span></li>'
        for d in DOCS[:4]
    )
    return _portlet(
        f"{AP}_INSTANCE_VaNbAnMoI001",
        "Văn bản mới",
        f'<ul class="tqs-docs list-unstyled">{items}</ul>'
        f'<div class="tqs-more"><a href="{SITE}/van-ban">Xem tất cả</a></div>',
        extra_cls="portlet-asset-publisher",
    )


def _sidebar() -> str:
    denied = _portlet(
        "vn_tqsoft_lichcongtac_web_portlet_LichCongTacPortlet",
        "Lịch công tác",
        '<div class="alert alert-danger">Bạn không có vai trò cần thiết để truy cập portlet này.</div>',
    )
    counter = _portlet(
        "vn_tqsoft_thongke_web_portlet_ThongKeTruyCapPortlet",
        "Thống kê truy cập",
        '<ul class="tqs-counter list-unstyled">'
        "<li>Đang trực tuyến: <strong>27</strong></li><li>Hôm nay: <strong>1.204</strong></li>"
        "<li>Hôm qua: <strong>1.517</strong></li><li>Tháng này: <strong>35.812</strong></li>"
        "<li>Tổng lượt truy cập: <strong>2.947.306</strong></li></ul>",
    )
    links = _portlet(
        "vn_tqsoft_lienket_web_portlet_LienKetWebsitePortlet",
        "Liên kết website",
        '<select class="form-control" onchange="if(this.value){window.open(this.value,\'_blank\')}">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="/web/guest">Cổng thông tin điện tử tỉnh</option>'
        '<option value="/web/soyte">Sở Y tế</option><option value="/web/sonoivu">Sở Nội vụ</option>'
        '<option value="https://baotuyenquang.com.vn">Báo Tuyên Quang</option></select>',
    )
    banners = _bare_portlet(
        "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_bAnNeRpHaI01",
        '<div class="journal-content-article tqs-banners">'
        f'<a href="https://dichvucong.gov.vn" target="_blank"><img alt="Dịch vụ công trực tuyến" src="{pic(45010, "banner-dich-vu-cong.png")}" /></a>'
        f'<a href="https://csdl.moet.gov.vn" target="_blank"><img alt="CSDL ngành" src="{pic(45010, "banner-csdl-nganh.png")}" /></a>'
        "</div>",
    )
    return (
        '<div class="col-md-4 portlet-column portlet-column-last" id="column-2">'
        '<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">'
        + _latest_box() + _docs_box() + denied + banners + counter + links
        + "</div></div>"
    )  # fmt: skip


def _footer() -> str:
    return (
        '<footer id="footer" role="contentinfo"><div class="container tqs-footer">'
        '<div class="tqs-footer__info">'
        f"<p><strong>{SITE_NAME.upper()} TỈNH TUYÊN QUANG</strong></p>"
        "<p>Cơ quan chủ quản: UBND tỉnh Tuyên Quang</p>"
        "<p>Địa chỉ: Số 12, đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang</p>"
        "<p>Điện thoại: 0207.3822.345 - Đường dây nóng: 0207.3822.567 - Email: sgddt@tuyenquang.gov.vn</p>"
        "<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>"
        "<p>Ghi rõ nguồn &quot;Sở GD&amp;ĐT Tuyên Quang&quot; khi phát hành lại thông tin từ trang này.</p></div>"
        '<div class="tqs-footer__sites"><p>Các sở, ban, ngành:</p><ul>'
        '<li><a href="/web/guest">Cổng TTĐT tỉnh</a></li><li><a href="/web/soyte">Sở Y tế</a></li>'
        '<li><a href="/web/sonoivu">Sở Nội vụ</a></li></ul></div>'
        '<p class="powered-by">Powered By <a href="http://www.liferay.com" rel="external">Liferay</a></p>'
        "</div></footer>"
    )


def _page(
    title: str,
    main: str,
    *,
    plid: int,
    canonical: str | None = None,
    description: str = "",
    crumbs: list[tuple[str, str | None]] | None = None,
    sidebar: bool = True,
    request: Request | None = None,
    body_cls: str = "",
) -> str:
    base = base_url(request) if request else ""
    head = ""
    if canonical:
        head += (
            f'<link data-senna-track="temporary" href="{base}{esc(canonical)}" rel="canonical" />\n'
        )
        head += f'<meta property="og:url" content="{base}{esc(canonical)}">\n'
    if description:
        head += f'<meta content="{esc(description)}" lang="vi-VN" name="description" />\n'
    head += f'<meta property="og:title" content="{esc(title)}">\n'
    crumb = _breadcrumb(crumbs) if crumbs is not None else ""
    cols = (
        '<div class="col-md-8 portlet-column portlet-column-first" id="column-1">'
        '<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">'
        f"{main}</div></div>{_sidebar()}"
        if sidebar
        else f'<div class="col-md-12 portlet-column portlet-column-only" id="column-1">{main}</div>'
    )
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)} - {SITE_NAME} - {PORTAL_NAME}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{head}<meta property="og:locale" content="vi_VN">
<meta property="og:site_name" content="{SITE_NAME}">
<meta property="og:type" content="website">
<link href="{THEME}/images/favicon.ico" rel="apple-touch-icon" />
<link href="{THEME}/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" data-senna-track="temporary" href="{THEME}/css/clay.css?browserId=chrome&amp;themeId=tqsegovtheme_WAR_tqsegovtheme&amp;languageId=vi_VN&amp;t=1731398400000" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<link class="lfr-css-file" data-senna-track="temporary" href="{THEME}/css/main.css?browserId=chrome&amp;themeId=tqsegovtheme_WAR_tqsegovtheme&amp;languageId=vi_VN&amp;t=1731398400000" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {{}};
var themeDisplay = Liferay.ThemeDisplay = {{
getLayoutId: function() {{ return "{plid - 30}"; }}, getPlid: function() {{ return "{plid}"; }},
getScopeGroupId: function() {{ return "{GROUP_ID}"; }}, getSiteGroupId: function() {{ return "{GROUP_ID}"; }},
getCompanyId: function() {{ return "20097"; }}, getLanguageId: function() {{ return "vi_VN"; }},
getPathMain: function() {{ return "/c"; }}, getPathThemeImages: function() {{ return "{THEME}/images"; }},
isSignedIn: function() {{ return false; }}, isImpersonated: function() {{ return false; }}
}};
// ]]>
</script>
<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=vi_VN&amp;t=1731398400000&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js&amp;/o/frontend-js-aui-web/aui/aui/aui-min.js" type="text/javascript"></script>
</head>
<body class="chrome controls-visible yui3-skin-sam guest-site signed-out public-page site {body_cls}">
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill" id="wrapper">
{_header(plid)}
<section class="flex-fill" id="content">
<div class="container">{crumb}</div>
<div class="container"><div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row">{cols}</div>
</div></div>
</section>
{_footer()}
</div></div>
<script type="text/javascript">AUI().use("liferay-menu", function(A) {{ Liferay.Menu(); }});</script>
</body>
</html>"""


# --- lists ------------------------------------------------------------------------------------


def _pager(c: Cat, total: int, cur: int, delta: int) -> str:
    pages = _pages(total, delta)
    if total <= delta:
        return ""

    def link(n: int) -> str:
        return esc(list_url(c, n, delta))

    page_menu = "".join(
        f'<li><a class="dropdown-item{" active" if n == cur else ""}" href="{link(n)}">{n}</a></li>'
        for n in range(1, pages + 1)
    )
    delta_menu = "".join(
        f'<li><a class="dropdown-item{" active" if d == delta else ""}" href="{esc(list_url(c, 1, d))}">{d}</a></li>'
        for d in delta_values(c)
    )
    first = (cur - 1) * delta + 1
    last = min(cur * delta, total)

    def btn(label: str, n: int, cls: str, enabled: bool) -> str:
        if enabled:
            return f'<li class="{cls}"><a href="{link(n)}">{label}</a></li>'
        return f'<li class="{cls} disabled"><span>{label}</span></li>'

    return (
        '<div class="taglib-page-iterator clearfix"><div class="clearfix lfr-pagination">'
        '<div class="lfr-pagination-config">'
        '<div class="lfr-pagination-page-selector"><div class="dropdown">'
        f'<a class="dropdown-toggle direction-down btn btn-default" href="javascript:void(0);">Trang {cur} của {pages}</a>'
        f'<ul class="dropdown-menu lfr-menu-list">{page_menu}</ul></div></div>'
        '<div class="lfr-pagination-delta-selector"><div class="dropdown">'
        f'<a class="dropdown-toggle direction-down btn btn-default" href="javascript:void(0);">{delta} Mục mỗi trang</a>'
        f'<ul class="dropdown-menu lfr-menu-list">{delta_menu}</ul></div></div></div>'
        f'<small class="search-results">Hiển thị {first} - {last} của {total} kết quả.</small>'
        '<ul class="lfr-pagination-buttons pager">'
        + btn("Đầu", 1, "first", cur > 1)
        + btn("&larr; Trước", cur - 1, "previous", cur > 1)
        + btn("Tiếp &rarr;", cur + 1, "next", cur < pages)
        + btn("Cuối", pages, "last", cur < pages)
        + "</ul></div></div>"
    )


def _list_item(s: Story, back: str) -> str:
    excerpt = s.summary or s.paragraphs[0]
    if len(excerpt) > 180:
        excerpt = excerpt[:180].rsplit(" ", 1)[0] + "..."
    thumb = pic(45011, f"thumb-{s.slug}.jpg") + "&amp;imageThumbnail=1"
    href = esc(with_redirect(s, back))
    return (
        '<div class="tqs-newslist__item clearfix">'
        f'<div class="tqs-newslist__thumb"><a href="{href}"><img alt="{esc(s.title)}" src="{thumb}" /></a></div>'
        f'<div class="tqs-newslist__body"><h4 class="tqs-newslist__title"><a href="{href}">{_t(s.title)}</a></h4>'
        f'<div class="tqs-newslist__date">{_ampm(s.opts["when"])}</div>'
        f'<div class="tqs-newslist__summary">{text(excerpt)}</div></div></div>'
    )


def _listing(c: Cat, request: Request) -> str:
    params = parse_qs(request.query, keep_blank_values=True)
    n = ns(c.inst)
    own = params.get("p_p_id", [""])[0] == f"{AP}_INSTANCE_{c.inst}"
    tag = params.get("p_r_p_tag", [""])[0]
    items = in_cat(c.key)
    if tag:
        items = [s for s in items if tag in s.opts["tags"]]
    delta, cur = c.delta, 1
    if own:
        try:
            delta = int(params.get(f"{n}delta", [c.delta])[0])
            cur = int(params.get(f"{n}cur", ["1"])[0])
        except ValueError:
            delta, cur = c.delta, 1
        if delta not in delta_values(c):
            delta = c.delta
    cur = min(max(cur, 1), _pages(len(items), delta))
    shown = items[(cur - 1) * delta : cur * delta]
    back = request.target
    body = "".join(_list_item(s, back) for s in shown) or (
        '<div class="alert alert-info">Không có kết quả nào.</div>'
    )
    head = ""
    if tag:
        head = (
            f'<div class="tqs-tagfilter">Các tin gắn thẻ: <span class="badge badge-info">{esc(tag)}</span>'
            f' <a href="{SITE}/{c.key}">Bỏ lọc</a></div>'
        )
    rss = (
        f'<div class="tqs-rss"><a href="{esc(rss_url(c))}" target="_blank">'
        '<svg class="lexicon-icon lexicon-icon-rss"></svg> Đăng ký nhận RSS</a></div>'
    )
    portlet = _portlet(
        f"{AP}_INSTANCE_{c.inst}",
        c.name,
        f'{head}<div class="tqs-newslist">{body}</div>{_pager(c, len(items), cur, delta)}{rss}',
        extra_cls="portlet-asset-publisher",
    )
    return _page(c.name, portlet, plid=c.plid, canonical=f"{SITE}/{c.key}", crumbs=[(c.name, None)],
                 request=request)  # fmt: skip


def rss_url(c: Cat) -> str:
    return (
        f"{SITE}/{c.key}?p_p_id={AP}_INSTANCE_{c.inst}&p_p_lifecycle=2&p_p_state=normal"
        "&p_p_mode=view&p_p_resource_id=getRSS&p_p_cacheability=cacheLevelPage"
    )


def _rss(c: Cat, request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{asset_path(s)}</link>"
        f"<description>{esc(s.summary or s.paragraphs[0])}</description>"
        f"<pubDate>{s.opts['when']:%a, %d %b %Y %H:%M:%S} +0700</pubDate>"
        f"<guid>{base}{asset_path(s)}</guid><dc:creator>Quản trị viên</dc:creator>"
        f"<dc:date>{s.opts['when']:%Y-%m-%dT%H:%M:%S}+07:00</dc:date></item>"
        for s in in_cat(c.key)
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/"'
        f' version="2.0"><channel><title>{esc(c.name)}</title><link>{base}{SITE}/{c.key}</link>'
        f"<description>{esc(c.name)}</description>{items}"
        f"<dc:date>2026-11-25T07:00:00Z</dc:date><dc:language>vi-VN</dc:language></channel></rss>"
    )
    return Response(200, body, {"Content-Type": "text/xml;charset=UTF-8"})


# --- article views ------------------------------------------------------------------------------


def _options(s: Story) -> str:
    base = asset_path(s)
    return (
        f'<li role="presentation"><a class="dropdown-item" href="{esc(base)}?p_p_state=maximized" role="menuitem">'
        "Phóng to</a></li>"
        f'<li role="presentation"><a class="dropdown-item" href="{esc(base)}?p_p_state=pop_up&amp;p_p_mode=print"'
        ' role="menuitem" target="_blank">In</a></li>'
    )


def _tags(s: Story) -> str:
    c = cat_of(s)
    badges = "".join(
        f'<a class="badge badge-default badge-sm" href="{esc(tag_url(c, t))}">{esc(t)}</a> '
        for t in s.opts["tags"]
    )
    return f'<div class="taglib-asset-tags-summary"><span class="tqs-label">Từ khóa:</span> {badges}</div>'


def _social(s: Story, request: Request) -> str:
    url = quote(base_url(request) + asset_path(s), safe="")
    return (
        '<div class="taglib-social-bookmarks"><ul class="list-inline">'
        f'<li class="list-inline-item"><a class="lfr-portal-tooltip" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" title="Facebook">Facebook</a></li>'
        f'<li class="list-inline-item"><a class="lfr-portal-tooltip" href="https://twitter.com/intent/tweet?text={quote(s.title)}&amp;url={url}" target="_blank" title="Twitter">Twitter</a></li>'
        f'<li class="list-inline-item"><a class="lfr-portal-tooltip" href="https://www.linkedin.com/shareArticle?title={quote(s.title)}&amp;url={url}" target="_blank" title="LinkedIn">LinkedIn</a></li>'
        "</ul></div>"
    )


def _ratings(s: Story) -> str:
    stars = "".join(
        f'<button class="btn btn-unstyled rating-element" title="Đánh giá {n} sao" type="button">'
        '<svg class="lexicon-icon lexicon-icon-star-o"></svg></button>'
        for n in range(1, 6)
    )
    return (
        f'<div class="taglib-ratings stars" id="ratings_{s.id}"><div class="liferay-rating-vote">'
        f'<span class="rating-label">Đánh giá</span> <div class="ratings-stars">{stars}</div>'
        '<span class="rating-label">Trung bình (0 Phiếu bầu)</span></div></div>'
    )


def _discussion(s: Story, plid: int) -> str:
    return (
        f'<div class="taglib-discussion" id="_{AP}_discussionContainer_{s.id}">'
        '<h4 class="tqs-discussion__title">Thêm bình luận</h4>'
        '<div class="lfr-discussion-form-container"><p class="text-secondary">'
        f'<a href="/c/portal/login?p_l_id={plid}" rel="nofollow">Đăng nhập</a> để bình luận.</p></div>'
        '<div class="lfr-discussion-details"><p class="text-secondary">Chưa có bình luận nào.'
        " Hãy là người đầu tiên bình luận.</p></div></div>"
    )


def _related(s: Story) -> str:
    """The second Asset Publisher: "Tin mới hơn" (up to 3) and "Tin đã đưa" (up to 5 older)."""
    same = in_cat(s.cat)
    i = same.index(s)
    newer, older = same[max(0, i - 3) : i], same[i + 1 : i + 6]

    def ul(items: list[Story], title: str) -> str:
        if not items:
            return ""
        lis = "".join(
            f'<li><a href="{asset_path(o)}">{_t(o.title)}</a>'
            f' <span class="tqs-related__date">({o.opts["when"]:%d/%m/%Y})</span></li>'
            for o in items
        )
        return f'<h4 class="tqs-related__title">{title}</h4><ul class="tqs-related list-unstyled">{lis}</ul>'

    body = ul(newer, "Tin mới hơn") + ul(older, "Tin đã đưa")
    if not body:
        return ""
    return _portlet(f"{AP}_INSTANCE_{RELATED_INST}", "Tin liên quan", body,
                    extra_cls="portlet-asset-publisher")  # fmt: skip


def _full_content(s: Story, request: Request, back: str | None) -> str:
    c = cat_of(s)
    back_link = ""
    if back:
        back_link = (
            '<div class="d-flex mb-4 align-items-center"><a class="icon-monospaced lfr-portal-tooltip"'
            f' href="{esc(back)}" title="Quay lại"><svg class="lexicon-icon lexicon-icon-angle-left">'
            f'<use href="{THEME}/images/clay/icons.svg#angle-left"></use></svg> Quay lại</a></div>'
        )
    poster = ""
    if s.opts.get("poster"):
        poster = (
            '<div class="asset-metadata"><span class="metadata-entry metadata-author">'
            f"Người đăng: {esc(s.opts['poster'])}</span></div>"
        )
    return (
        f'<div class="asset-full-content clearfix mb-5 default-asset-publisher no-title" data-asset-entry-id="{s.id + 7}">'
        f"{back_link}"
        '<div class="asset-content mb-3">'
        f'<div class="journal-content-article" data-analytics-asset-id="{s.id}"'
        f' data-analytics-asset-title="{esc(s.title)}" data-analytics-asset-type="web-content">\n'
        f"{article_block(s)}\n</div></div>{poster}"
        f"{_tags(s)}{_social(s, request)}{_ratings(s)}{_discussion(s, c.plid)}</div>"
    )


def _asset_page(s: Story, request: Request, *, maximized: bool = False) -> str:
    c = cat_of(s)
    params = parse_qs(request.query)
    back = params.get(f"{ns(c.inst)}redirect", [None])[0]
    portlet = _portlet(f"{AP}_INSTANCE_{c.inst}", "Chi tiết tin", _full_content(s, request, back),
                       options=_options(s), extra_cls="portlet-asset-publisher")  # fmt: skip
    main = portlet if maximized else portlet + _related(s)
    return _page(s.title, main, plid=c.plid, canonical=asset_path(s), description=s.summary or "",
                 crumbs=[(c.name, f"{SITE}/{c.key}"), (s.title, None)], sidebar=not maximized,
                 request=request)  # fmt: skip


def _print_page(s: Story, request: Request) -> str:
    base = base_url(request)
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(s.title)} - {SITE_NAME} - {PORTAL_NAME}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="noindex, nofollow" name="robots" />
<link data-senna-track="temporary" href="{base}{asset_path(s)}" rel="canonical" />
<link class="lfr-css-file" href="{THEME}/css/main.css?browserId=chrome&amp;t=1731398400000" rel="stylesheet" type="text/css" />
</head>
<body class="portal-popup">
<div class="columns-1" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-12 portlet-column" id="column-1">
<div class="portlet-boundary portlet-boundary_{AP}_ portlet-asset-publisher" id="p_p_id_{AP}_INSTANCE_{cat_of(s).inst}_">
<section class="portlet"><div class="portlet-content"><div class="portlet-body">
<div class="print-action"><a href="javascript:print();">In trang</a></div>
<div class="asset-full-content clearfix"><div class="asset-content"><div class="journal-content-article">
{article_block(s)}
</div></div></div>
</div></div></section></div>
</div></div></div>
<script type="text/javascript">print();</script>
</body>
</html>"""


def _neighbours(s: Story) -> list[Story]:
    same = in_cat(s.cat)
    i = same.index(s)
    return same[max(0, i - 2) : i] + same[i + 1 : i + 5]


def _display_page(s: Story, request: Request) -> str:
    """Liferay 7.4's display page template, made of fragments mapped to the structure."""
    c = cat_of(s)
    params = parse_qs(request.query)
    back = params.get("p_l_back_url", [None])[0]
    frag = 0

    def fragment(name: str, inner: str) -> str:
        nonlocal frag
        frag += 1
        return (
            f'<div class="lfr-layout-structure-item-{name} lfr-layout-structure-item-{_uuid(f"{s.id}-{frag}")[:12]}">'
            f'<div class="fragment_{4100 + frag}">{inner}</div></div>\n'
        )

    parts = []
    if back:
        parts.append(
            fragment("back", f'<a class="btn btn-link" href="{esc(back)}">&larr; Quay lại</a>')
        )
    parts.append(fragment("heading", (
        '<div class="component-heading" data-lfr-editable-id="element-text" data-lfr-editable-type="text">'
        f'<h1 class="component-heading mb-0 text-break">{_t(s.title)}</h1></div>')))  # fmt: skip
    line = date_line(s)
    meta = f'<span class="tqs-dp-date">{line}</span> ' if line else ""
    parts.append(fragment("paragraph", (
        f'<p class="component-paragraph tqs-dp-meta">{meta}<span class="tqs-dp-views">Lượt xem: {s.views()}</span></p>')))  # fmt: skip
    if s.summary and s.sapo_outside:
        parts.append(fragment("paragraph", (
            '<div class="component-paragraph tqs-dp-sapo" data-lfr-editable-id="element-text"'
            f' data-lfr-editable-type="rich-text"><strong>{_t(s.summary, s)}</strong></div>')))  # fmt: skip
    parts.append(fragment("html", (
        '<div class="component-html" data-lfr-editable-id="element-html" data-lfr-editable-type="html">'
        f"{content_html(s)}</div>")))  # fmt: skip
    credits = ""
    if s.opts.get("author_field"):
        credits += (
            f'<p class="text-right"><strong>Tác giả: {esc(s.opts["author_field"])}</strong></p>'
        )
    if s.opts.get("source_field"):
        credits += f'<p class="text-right"><em>Nguồn: {esc(s.opts["source_field"])}</em></p>'
    if credits:
        parts.append(
            fragment(
                "paragraph", f'<div class="component-paragraph tqs-dp-credits">{credits}</div>'
            )
        )
    if s.opts.get("file"):
        parts.append(fragment("html", _attachment(s)))
    parts.append(fragment("paragraph", (
        f'<p class="tqs-dp-category">Chuyên mục: <a href="{SITE}/{c.key}">{c.name}</a></p>')))  # fmt: skip
    related = "".join(
        f'<li><a href="{display_path(o)}">{_t(o.title)}</a></li>' for o in _neighbours(s)
    )
    main = (
        '<div class="layout-content portlet-layout">'
        '<div class="lfr-layout-structure-item-container container-fluid container-fluid-max-xl">'
        '<div class="lfr-layout-structure-item-row row"><div class="col col-lg-8">'
        + "".join(parts)
        + '</div><div class="col col-lg-4"><div class="tqs-dp-related"><h4>Tin cùng chuyên mục</h4>'
        f'<ul class="list-unstyled">{related}</ul></div></div></div></div></div>'
    )
    return _page(s.title, main, plid=c.plid, canonical=display_path(s), description=s.summary or "",
                 crumbs=[(s.title, None)], sidebar=False, request=request,
                 body_cls="has-display-page")  # fmt: skip


def _soft_404(request: Request, c: Cat) -> str:
    body = (
        '<div class="alert alert-danger">Không tìm thấy tài nguyên được yêu cầu.</div>'
        f'<p><a href="{SITE}/{c.key}">Quay lại</a></p>'
    )
    portlet = _portlet(
        f"{AP}_INSTANCE_{c.inst}", "Chi tiết tin", body, extra_cls="portlet-asset-publisher"
    )
    return _page(c.name, portlet, plid=c.plid, canonical=f"{SITE}/{c.key}",
                 crumbs=[(c.name, None)], request=request)  # fmt: skip


# --- other pages ---------------------------------------------------------------------------------


def _home(request: Request) -> str:
    lead, *rest = [s for s in STORIES if s.cat == "tin-tuc"][:4]
    featured = (
        '<div class="tqs-featured row"><div class="col-md-7 tqs-featured__lead">'
        f'<a href="{display_path(lead)}"><img alt="{esc(lead.title)}" src="{pic(45011, f"thumb-{lead.slug}.jpg")}" /></a>'
        f'<h3><a href="{display_path(lead)}">{_t(lead.title)}</a></h3>'
        f'<p class="tqs-featured__summary">{text(lead.summary or lead.paragraphs[0])}</p></div>'
        '<div class="col-md-5"><ul class="tqs-featured__list list-unstyled">'
        + "".join(
            f'<li><a href="{display_path(s)}"><img alt="" src="{pic(45011, f"thumb-{s.slug}.jpg")}" />'
            f"{_t(s.title)}</a></li>"
            for s in rest
        )
        + "</ul></div></div>"
    )
    parts = [
        _portlet(
            f"{AP}_INSTANCE_HoMeNoIbAt01",
            "Tin nổi bật",
            featured,
            extra_cls="portlet-asset-publisher",
        )
    ]
    for key, inst in (
        ("tin-tuc", "HoMeTiNtUc02"),
        ("thong-bao", "HoMeThBaO03"),
        ("hoat-dong-chuyen-mon", "HoMeHdCm0004"),
    ):
        c = CATS[key]
        items = "".join(
            f'<li><a href="{display_path(s)}">{_t(s.title)}</a>'
            f' <span class="tqs-box__date">{s.opts["when"]:%d/%m/%Y}</span></li>'
            for s in in_cat(key)[:5]
        )
        parts.append(_portlet(f"{AP}_INSTANCE_{inst}", c.name,
                              f'<ul class="tqs-box list-unstyled">{items}</ul>'
                              f'<div class="tqs-more"><a href="{SITE}/{key}">Xem thêm</a></div>',
                              extra_cls="portlet-asset-publisher"))  # fmt: skip
    return _page("Trang chủ", "".join(parts), plid=HOME_PLID, canonical=SITE, request=request)


def _web_content(key: str, request: Request) -> str:
    plid, title, paras = PAGES[key]
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    portlet = _portlet(
        "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_gT"
        + key[:6].replace("-", "x"),
        title,
        f'<div class="journal-content-article" data-analytics-asset-type="web-content">{body}</div>',
    )
    return _page(
        title,
        portlet,
        plid=plid,
        canonical=f"{SITE}/{key}",
        crumbs=[(title, None)],
        request=request,
    )


def _contact(request: Request) -> str:
    info = (
        '<div class="journal-content-article"><p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG</strong></p>'
        "<p>Địa chỉ: Số 12, đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang</p>"
        "<p>Điện thoại: 0207.3822.345 - Email: sgddt@tuyenquang.gov.vn</p></div>"
    )
    form = (
        '<form action="/web/sgddt/lien-he?p_p_id=com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet&amp;p_p_lifecycle=1"'
        ' method="post" class="lfr-ddm-form"><div class="form-group"><label>Họ và tên</label><input class="form-control" name="hoTen" type="text" /></div>'
        '<div class="form-group"><label>Email</label><input class="form-control" name="email" type="email" /></div>'
        '<div class="form-group"><label>Nội dung</label><textarea class="form-control" name="noiDung"></textarea></div>'
        '<button class="btn btn-primary" type="submit">Gửi</button></form>'
    )
    main = _portlet(
        "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_lIeNhE000001",
        "Thông tin liên hệ",
        info,
    )
    main += _portlet(
        "com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet", "Gửi ý kiến", form
    )
    return _page(
        "Liên hệ",
        main,
        plid=44,
        canonical=f"{SITE}/lien-he",
        crumbs=[("Liên hệ", None)],
        request=request,
    )


def _qa(request: Request) -> str:
    items = "".join(
        f'<div class="tqs-qa__item"><div class="tqs-qa__question"><strong>Câu hỏi:</strong> {esc(q)}</div>'
        f'<div class="tqs-qa__asker">Người hỏi: {esc(who)} - Ngày gửi: {day}</div>'
        f'<div class="tqs-qa__answer"><strong>Trả lời:</strong> {esc(a)}</div></div>'
        for who, day, q, a in QA
    )
    form = (
        '<form action="/web/sgddt/hoi-dap?p_p_id=vn_tqsoft_hoidap_web_portlet_HoiDapPortlet&amp;p_p_lifecycle=1"'
        ' method="post"><h4>Gửi câu hỏi</h4><input class="form-control" name="hoTen" placeholder="Họ và tên" />'
        '<textarea class="form-control" name="cauHoi" placeholder="Nội dung câu hỏi"></textarea>'
        '<button class="btn btn-primary" type="submit">Gửi câu hỏi</button></form>'
    )
    main = _portlet(
        "vn_tqsoft_hoidap_web_portlet_HoiDapPortlet",
        "Hỏi đáp",
        f'<div class="tqs-qa">{items}</div>{form}',
    )
    return _page(
        "Hỏi đáp",
        main,
        plid=45,
        canonical=f"{SITE}/hoi-dap",
        crumbs=[("Hỏi đáp", None)],
        request=request,
    )


def _search(request: Request) -> str:
    q = request.params.get("q", "")
    hits = search_hits(q)
    back = request.target
    rows = "".join(
        f'<li class="list-group-item"><div class="list-group-title"><a href="{esc(back_variant(s, back))}">{_t(s.title)}</a></div>'
        f'<p class="list-group-subtext">{text((s.summary or s.paragraphs[0])[:160])}...</p>'
        f'<p class="list-group-subtext">Nội dung web · {s.opts["when"]:%d/%m/%Y}</p></li>'
        for s in hits
    )
    if q and not hits:
        result = f'<div class="alert alert-info">Không tìm thấy kết quả nào cho "{esc(q)}".</div>'
    elif q:
        result = f'<p class="search-total-label">{len(hits)} kết quả cho "{esc(q)}"</p><ul class="list-group">{rows}</ul>'
    else:
        result = '<p class="text-secondary">Nhập từ khóa để tìm kiếm.</p>'
    box = (
        '<form action="/web/sgddt/tim-kiem" method="get"><div class="input-group">'
        f'<input class="form-control search-input" name="q" type="text" value="{esc(q)}" />'
        '<button class="btn btn-primary" type="submit">Tìm kiếm</button></div></form>'
    )
    main = _portlet("com_liferay_portal_search_web_search_results_portlet_SearchResultsPortlet_INSTANCE_sRcHrEsUlT01",
                    "Kết quả tìm kiếm", box + result)  # fmt: skip
    return _page("Tìm kiếm", main, plid=47, crumbs=[("Tìm kiếm", None)], request=request)


def _login(request: Request, page_key: str) -> str:
    plid = CATS[page_key].plid if page_key in CATS else EXTRA_PLIDS.get(page_key, HOME_PLID)
    fl = f"_{LOGIN}_"
    forgot = (
        f"{SITE}/{page_key}?p_p_id={LOGIN}&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view"
        f"&{fl}mvcRenderCommandName=%2Flogin%2Fforgot_password"
    )
    view = request.params.get(f"{fl}mvcRenderCommandName", "/login/login")
    if view == "/login/forgot_password":
        body = (
            '<form method="post"><p>Nhập địa chỉ email của bạn để đặt lại mật khẩu.</p>'
            '<input class="form-control" name="emailAddress" type="email" /><button class="btn btn-primary" type="submit">Gửi</button></form>'
        )
    else:
        body = (
            f'<form action="{SITE}/{page_key}?p_p_id={LOGIN}&amp;p_p_lifecycle=1&amp;p_p_state=maximized" method="post">'
            f'<div class="form-group"><label>Địa chỉ email</label><input class="form-control" name="{fl}login" type="text" /></div>'
            f'<div class="form-group"><label>Mật khẩu</label><input class="form-control" name="{fl}password" type="password" /></div>'
            '<button class="btn btn-primary" type="submit">Đăng nhập</button></form>'
            f'<div class="navigation"><a href="{esc(forgot)}">Quên mật khẩu</a></div>'
        )
    main = _portlet(LOGIN, "Đăng nhập", body)
    return _page("Đăng nhập", main, plid=plid, sidebar=False, request=request)


def _dl_table(folder: int, request: Request) -> str:
    params = parse_qs(request.query)
    col = (params.get(f"{DL_NS}orderByCol") or ["modifiedDate"])[-1]
    order = (params.get(f"{DL_NS}orderByType") or ["desc"])[-1]
    docs = [d for d in DOCS if d.folder == folder]
    keys = {
        "title": lambda d: d.title,
        "modifiedDate": lambda d: d.issued[6:] + d.issued[3:5] + d.issued[:2],
        "size": lambda d: d.size,
    }
    docs.sort(key=keys.get(col, keys["modifiedDate"]), reverse=order == "desc")
    here = request.target
    sep = "&" if "?" in here else "?"

    def th(key: str, label: str) -> str:
        nxt = "asc" if (col == key and order == "desc") else "desc"
        href = f"{here}{sep}{DL_NS}orderByCol={key}&{DL_NS}orderByType={nxt}"
        return f'<th class="table-cell-expand"><a href="{esc(href)}">{label}</a></th>'

    rows = "".join(
        f'<tr><td class="table-cell-expand"><a href="{dl_file(d)}">{d.number} - {esc(d.title)}</a></td>'
        f"<td>{d.issued}</td><td>{d.size // 1024} KB</td>"
        f'<td><a href="{doc_url(d.folder, d.name)}?download=true">Tải về</a></td></tr>'
        for d in docs
    )
    return (
        '<table class="table table-autofit table-list table-hover"><thead><tr>'
        + th("title", "Tiêu đề") + th("modifiedDate", "Ngày sửa đổi") + th("size", "Kích thước")
        + f"<th></th></tr></thead><tbody>{rows}</tbody></table>"
    )  # fmt: skip


def _dl_page(request: Request, folder: int | None) -> str:
    if folder is None:
        cards = "".join(
            f'<li class="list-group-item"><svg class="lexicon-icon lexicon-icon-folder"></svg> '
            f'<a href="{dl_view(fid)}">{name}</a> <span class="text-secondary">'
            f"({sum(d.folder == fid for d in DOCS)} tài liệu)</span></li>"
            for fid, name in FOLDERS.items()
        )
        body = f'<ul class="list-group">{cards}</ul>'
        crumbs: list[tuple[str, str | None]] = [("Văn bản", None)]
    else:
        body = (
            f'<nav class="tqs-dl-crumb"><a href="{SITE}/van-ban">Trang chủ</a> / {FOLDERS[folder]}</nav>'
            + _dl_table(folder, request)
        )
        crumbs = [("Văn bản", f"{SITE}/van-ban"), (FOLDERS[folder], None)]
    main = _portlet(
        f"{DL}_INSTANCE_{DL_INST}", "Văn bản", body, extra_cls="portlet-document-library"
    )
    return _page(
        "Văn bản", main, plid=46, canonical=f"{SITE}/van-ban", crumbs=crumbs, request=request
    )


def _dl_entry(d: Doc, request: Request) -> str:
    body = (
        f'<h3 class="tqs-doc__title">{esc(d.title)}</h3>'
        '<dl class="tqs-doc__meta">'
        f"<dt>Số/Ký hiệu</dt><dd>{d.number}</dd><dt>Ngày ban hành</dt><dd>{d.issued}</dd>"
        f"<dt>Thư mục</dt><dd>{FOLDERS[d.folder]}</dd><dt>Kích thước</dt><dd>{d.size // 1024} KB</dd>"
        "<dt>Phiên bản</dt><dd>1.0</dd></dl>"
        f'<a class="btn btn-primary" href="{doc_url(d.folder, d.name)}?download=true">Tải về</a> '
        f'<a class="btn btn-secondary" href="{dl_view(d.folder)}">Quay lại</a>'
    )
    main = _portlet(
        f"{DL}_INSTANCE_{DL_INST}", "Văn bản", body, extra_cls="portlet-document-library"
    )
    return _page(d.title, main, plid=46, canonical=dl_file(d),
                 crumbs=[("Văn bản", f"{SITE}/van-ban"), (FOLDERS[d.folder], dl_view(d.folder)), (d.title, None)],
                 request=request)  # fmt: skip


# --- the other sites of the provincial portal ----------------------------------------------------

SOYTE_ARTICLE = "/web/soyte/tin-tuc/-/asset_publisher/SyTe7nEwS001/content/trien-khai-chien-dich-tiem-chung-soi-rubella-nam-2026"


def _neighbour(path: str) -> str | None:
    pages = {
        "/web/guest": ("Cổng thông tin điện tử tỉnh Tuyên Quang", [
            '<ul><li><a href="/web/sgddt">Sở Giáo dục và Đào tạo</a></li><li><a href="/web/soyte">Sở Y tế</a></li>'
            '<li><a href="/web/sonoivu">Sở Nội vụ</a></li></ul>',
            "<p>Cổng thông tin điện tử tỉnh Tuyên Quang - cơ quan chủ quản: UBND tỉnh Tuyên Quang.</p>"]),
        "/web/soyte": ("Sở Y tế", [
            f'<h3><a href="{SOYTE_ARTICLE}">Triển khai chiến dịch tiêm chủng sởi - rubella năm 2026</a></h3>'
            "<p>17/11/2026 | 08:30 SA</p>"]),
        SOYTE_ARTICLE: ("Triển khai chiến dịch tiêm chủng sởi - rubella năm 2026", [
            '<h3 class="title">Triển khai chiến dịch tiêm chủng sởi - rubella năm 2026</h3>'
            "<p>Ngày đăng: 17/11/2026 08:30</p>"
            "<p>Sở Y tế phối hợp với Sở Giáo dục và Đào tạo triển khai chiến dịch tiêm bổ sung vắc xin"
            " sởi - rubella cho trẻ từ 1 đến 5 tuổi và học sinh tiểu học tại các trường học.</p>"
            "<p>Chiến dịch diễn ra từ ngày 01/12 đến ngày 20/12/2026 tại các trạm y tế và điểm tiêm"
            " ở trường học.</p>"]),
        "/web/guest/gioi-thieu": ("Giới thiệu", [
            "<p>Tỉnh Tuyên Quang mới được thành lập trên cơ sở hợp nhất tỉnh Hà Giang và tỉnh"
            " Tuyên Quang từ ngày 01/7/2025.</p>"]),
        "/web/sonoivu": ("Sở Nội vụ", [
            '<p><a href="/web/sonoivu/gioi-thieu">Giới thiệu</a></p>']),
        "/web/sonoivu/gioi-thieu": ("Giới thiệu", [
            "<p>Sở Nội vụ tỉnh Tuyên Quang là cơ quan chuyên môn thuộc UBND tỉnh.</p>"]),
    }  # fmt: skip
    if path not in pages:
        return None
    title, parts = pages[path]
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN"><head><title>{title} - {PORTAL_NAME}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" /></head>
<body class="chrome guest-site signed-out public-page site"><header id="banner"><div class="tqs-banner__portal">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TUYÊN QUANG</div>
<h1 class="site-title">{title}</h1><p>{TODAY}</p></header>
<section id="content"><div class="portlet-layout row"><div class="col-md-12">{"".join(parts)}</div></div></section>
<footer><a href="/web/guest">Trang chủ</a> | <a href="/web/sgddt">Sở GD&amp;ĐT</a> | <a href="/web/soyte">Sở Y tế</a></footer>
</body></html>"""


def _sitemap(request: Request) -> Response:
    base = base_url(request)
    urls = "".join(
        f"<url><loc>{base}{p}</loc><lastmod>2026-11-20</lastmod></url>"
        for p in ("/web/guest", "/web/guest/gioi-thieu")
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    )
    return Response(200, body, {"Content-Type": "text/xml;charset=UTF-8"})


# --- the site -----------------------------------------------------------------------------------

_ASSET = re.compile(r"/web/sgddt/([a-z-]+)/-/asset_publisher/([A-Za-z0-9]+)/content/([a-z0-9-]+)")
_DISPLAY = re.compile(r"/web/sgddt/w/([a-z0-9-]+)")
_DL = re.compile(rf"/web/sgddt/van-ban/-/document_library/{DL_INST}/(view|view_file)/(\d+)")
_PAGE = re.compile(r"/web/sgddt(?:/([a-z-]+))?/?")


class LiferayDxpSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path.startswith("/documents/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"}) if path in DOC_FILES else (
                static_file(path) if path.endswith((".jpg", ".png")) else None)  # fmt: skip
        if path.startswith(("/o/", "/image/", "/combo")):
            return static_file(path) or Response(
                200, b"", {"Content-Type": "application/javascript"}
            )
        if path == "/":
            return redirect("/web/guest")
        if path == "/robots.txt":
            host = base_url(request)
            return Response(200, f"User-Agent: *\nDisallow:\nSitemap: {host}/sitemap.xml\n",
                            {"Content-Type": "text/plain"})  # fmt: skip
        if path == "/sitemap.xml":
            return _sitemap(request)
        if path == "/c/portal/login":
            plid = params.get("p_l_id", str(HOME_PLID))
            key = next((k for k, c in CATS.items() if str(c.plid) == plid), None)
            key = key or next((k for k, p in EXTRA_PLIDS.items() if str(p) == plid), "trang-chu")
            return redirect(f"{SITE}/{key}?{LOGIN_QUERY}")
        if (page := _neighbour(path)) is not None:
            return html(page)
        if m := _ASSET.fullmatch(path):
            key, inst, slug = m.groups()
            if key not in CATS or CATS[key].inst != inst:
                return None
            s = BY_SLUG.get(slug)
            if s is None or s.cat != key:
                return html(_soft_404(request, CATS[key]))
            if params.get("p_p_mode") == "print" or params.get("p_p_state") == "pop_up":
                return html(_print_page(s, request))
            return html(_asset_page(s, request, maximized=params.get("p_p_state") == "maximized"))
        if m := _DISPLAY.fullmatch(path):
            slug = m.group(1)
            if slug in OLD_SLUGS:
                return redirect(f"{SITE}/w/{OLD_SLUGS[slug]}", 301)
            s = BY_SLUG.get(slug)
            return html(_display_page(s, request)) if s else None
        if m := _DL.fullmatch(path):
            kind, num = m.group(1), int(m.group(2))
            if kind == "view":
                return html(_dl_page(request, num)) if num in FOLDERS else None
            d = DOC_BY_ENTRY.get(num)
            return html(_dl_entry(d, request)) if d else None
        if m := _PAGE.fullmatch(path):
            key = m.group(1) or "trang-chu"
            if params.get("p_p_id") == LOGIN:
                if key in CATS or key in EXTRA_PLIDS or key in PAGES:
                    return html(_login(request, key))
                return None
            if key in CATS:
                c = CATS[key]
                if params.get("p_p_lifecycle") == "2" and params.get("p_p_resource_id") == "getRSS":
                    return _rss(c, request)
                return html(_listing(c, request))
            if key == "trang-chu":
                return html(_home(request))
            if key in PAGES:
                return html(_web_content(key, request))
            if key == "lien-he":
                return html(_contact(request))
            if key == "hoi-dap":
                return html(_qa(request))
            if key == "tim-kiem":
                return html(_search(request))
            if key == "van-ban":
                return html(_dl_page(request, None))
        if path == "/favicon.ico":
            return static_file(path)
        return None


def build_site() -> LiferayDxpSite:
    return LiferayDxpSite()
