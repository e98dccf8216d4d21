"""Liferay Portal 6.2 CE: Trường THCS Nguyễn Văn Trỗi (huyện Cần Giuộc, tỉnh Long An), one site
of the district's school portal.

Platform
--------
Liferay Portal 6.2 CE, one portal hosting every school of the district as a site
(``/web/<site>``). The school's theme ("thcs-ntv-theme") wraps Liferay's classic markup:
``#banner`` header with the day, ``nav#navigation`` with ``ul.child-menu`` drop-downs,
``ul.breadcrumb`` breadcrumbs, two portlet columns (``#column-1`` main, ``#column-2`` side).
Every portlet is a ``div.portlet-boundary`` > ``section.portlet`` with an ``h1.portlet-title``.

News is one Asset Publisher (portlet ``101_INSTANCE_Qw7tLm2XcR8a``) on the page "Tin tức - Sự
kiện", display style **full content**, **simple** paginator (``← Trước`` / ``Sau →`` only), 4
per page. The home page has a second Asset Publisher (``101_INSTANCE_fK3pZs9VbN1e``) in the
**abstracts** style (5 newest) and the side column a third one (``101_INSTANCE_hT6yUa4JdE0w``,
"Tin xem nhiều", title list). Articles are journal articles rendered by the school's Velocity
template (``div.tt-baiviet``: ``tt-ngaydang`` date line, ``tt-tomtat`` lead, ``tt-noidung`` text,
``tt-tacgia`` byline, ``tt-nguon`` source line).

URL scheme
----------
- ``/web/thcs-nguyenvantroi`` (START_PATH) and ``/web/thcs-nguyenvantroi/trang-chu``: home.
- ``/web/thcs-nguyenvantroi/tin-tuc`` and
  ``/web/thcs-nguyenvantroi/tin-tuc?p_p_id=101_INSTANCE_Qw7tLm2XcR8a&…&_101_INSTANCE_Qw7tLm2XcR8a_cur=P``
  (P = 1..4): the full-content listing.
- ``/web/thcs-nguyenvantroi/tin-tuc/-/asset_publisher/Qw7tLm2XcR8a/content/<url-title>``: an article
  (gold path; the page's ``link rel=canonical``). Also served: with ``?redirect=…`` (the listing's
  "Xem trong ngữ cảnh »" link), with ``?p_p_state=pop_up&_101_INSTANCE_…_viewMode=print`` (print
  pop-up, opened by a script), under the language prefixes ``/en`` (hreflang link) and ``/vi``, and
  through the home page's portlet:
  ``/web/thcs-nguyenvantroi/trang-chu/-/asset_publisher/fK3pZs9VbN1e/content/<url-title>``.
- ``/web/thcs-nguyenvantroi/<page>``: gioi-thieu, co-cau-to-chuc, van-ban, thu-vien-anh, lien-he.
- ``/documents/<group>/<folder>/<title>/<uuid>?t=…`` and ``/image/journal/article?img_id=…``: images.
- ``/web/<other-school>``: the sibling sites of the same portal (offered in a ``<select>`` only).

How each gold article is reached
--------------------------------
Listing page 1 (menu "Tin tức - Sự kiện") holds articles 1–4, page 2 holds 5–8, page 3 holds 9–12,
page 4 holds 13, each only through the "Sau →" link of the page before. The home page links
articles 1–5 through its own portlet; the side "Tin xem nhiều" links 1, 3, 4, 6, 8 by their clean
URL; "Nội dung liên quan" under some articles links others. Articles 9–13 are reached only
through listing pages 3 and 4 (or related links found there).

Traps
-----
1. Full-content listing: each list page prints four whole articles (headline, date line, lead,
   every paragraph, photos, byline, ratings) one after the other: it is a listing, not an
   article; gold articles come only from their content URLs.
2. In the full-content style the headline (``h3.header-title > span``) is not a link; the only
   link per entry is "Xem trong ngữ cảnh »" carrying ``?redirect=<encoded listing URL>``, and the
   clean URL appears only as the content page's ``link rel=canonical``. Gold path: the clean URL;
   every redirect variant is an alt path.
3. The same post is linked twice through different portlet instances: the home page's abstracts
   link ``/trang-chu/-/asset_publisher/<homeId>/content/<url-title>``, which serves the same article
   under the breadcrumb "Trang chủ" (canonical: the tin-tuc URL). Gold category stays
   "Tin tức - Sự kiện"; the home-instance URL is an alt path.
4. Simple paginator: "← Trước" / "Sau →" only, no page numbers, portlet URLs with many
   ``p_p_*`` parameters; the disabled ends are ``<a href="javascript:;">`` inside ``li.disabled``,
   and the "Sau →" item carries the class ``last``. Articles 9–13 need two to three "Sau" hops.
5. The page's only ``h1`` is the portlet title "Tin tức - Sự kiện" (the section); the headline is
   an ``h3`` after a hidden "Quay lại" back link in the same ``div.taglib-header``. Gold title: the
   ``h3`` text alone.
6. Old-template articles print the raw Velocity value of ``$reserved-article-display-date.data``:
   an RFC 822 stamp in GMT ("Tue, 01 Dec 2026 23:45:00 +0000"). Gold: the same instant in
   Asia/Ho_Chi_Minh ("2026-12-02T06:45:00+07:00": the day moves).
7. Liferay's asset metadata prints the publish day as ``dd/MM/yy`` ("24/11/26", two-digit year);
   for the articles whose template prints no date line it is the only date: gold is the day alone
   ("2026-11-24").
8. One date line uses the Vietnamese 12-hour clock, "27/11/2026 2:00 CH" (CH = chiều, p.m.):
   gold "2026-11-27T14:00:00+07:00".
9. The side column has a Web Content Display portlet ("Thông báo") whose text sits in the same
   ``div.journal-content-article`` as the article's text: it is chrome, not body.
10. The asset metadata signs every article with the Liferay account that filed it ("Quản trị
    Trường", with a ``/image/user_male_portrait`` avatar): not an author, and the avatar is not an
    article photo. The author is the template's right-aligned ``tt-tacgia`` line.
11. The home abstracts print each article's Liferay description ("Mô tả") or a 200-character cut
    of its text ending "..."; the article page prints the description only when the template's
    ``tt-tomtat`` shows it. Summary: the ``tt-tomtat`` lead, else null (the home abstract is not a
    sapo); the abstract's thumbnail (``?imageThumbnail=1``) is not an article image.
12. Photos framed in a two-row layout table (photo row, caption row): the caption row is the
    photo's caption, not a table row of the text; captions elsewhere are a centred ``<em>`` line
    under the photo. A line "Ảnh: X" only credits X (photographer, caption None).
13. Inside ``div.asset-content``, right after the text: social bookmarks, star ratings
    ("Đánh giá trung bình"), "Nội dung liên quan" (related assets) and the discussion
    ("Bình luận"): none of it is body; the tags line ("Từ khóa") is in the metadata below.
14. The print pop-up URL appears only inside a ``javascript:`` printPage function, and the
    en-US hreflang alternate ``/en/web/…`` (the portal's second locale; ``/vi/web/…`` is served
    too) shows the same Vietnamese article: both alt paths.
15. The sibling school sites of the same portal (``/web/thcs-long-hau`` …) are offered in a
    "Liên kết website" ``<select>``; they are on the same host but hold no gold.
16. One article is a notice printed as an official document (letterhead table, "Số: …",
    "Cần Giuộc, ngày 30 tháng 11 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận", signer).

Gold decisions on ambiguous points
----------------------------------
- Category: the Liferay page the news portlet sits on, as the menu and breadcrumb print it,
  "Tin tức - Sự kiện", for all 13 (the home-instance view's breadcrumb "Trang chủ" is not it;
  tags are not categories).
- The template date line wins over the metadata day; they agree on the day except the GMT stamp
  (trap 6) whose local day is the metadata's.
- The official notice's date is its letterhead day (the metadata prints the same day); its
  signer, "Phạm Văn Thành", is the author; letterhead, kind/subject lines, "Nơi nhận" and the
  signature block are not body.
- Bylines: "Nguyễn Thị Thu Hà - Tổ Ngữ văn" -> "Nguyễn Thị Thu Hà"; "GV. Lâm Chí Thiện" ->
  "Lâm Chí Thiện"; "Tin, ảnh: X" -> X in both; the right-aligned "Ban Nữ công" signs alone and is
  the author as printed.
- "Nguồn: Phòng GD&ĐT Cần Giuộc" and "Theo Công an huyện Cần Giuộc" closing lines are sources.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import parse_qs, quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "liferay62_fullcontent_simplepager_thcs"
PLATFORM = "Liferay Portal 6.2 CE (Asset Publisher full content, simple paginator)"
START_PATH = "/web/thcs-nguyenvantroi"

SITE = "/web/thcs-nguyenvantroi"
NEWS = "Qw7tLm2XcR8a"
HOME_AP = "fK3pZs9VbN1e"
SIDE_AP = "hT6yUa4JdE0w"
CAT = "Tin tức - Sự kiện"
SCHOOL = "Trường THCS Nguyễn Văn Trỗi"
PER_PAGE = 4


def _doc(name: str, uuid: str, t: str) -> str:
    return f"/documents/10181/12507/{name}/{uuid}?t={t}"


def _jimg(img_id: int, t: str) -> str:
    return f"/image/journal/article?img_id={img_id}&t={t}"


_LETTERHEAD = Raw(
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%;"><tbody>'
    '<tr><td style="text-align:center;width:45%;">UBND HUYỆN CẦN GIUỘC<br />'
    "<strong>TRƯỜNG THCS NGUYỄN VĂN TRỖI</strong></td>"
    '<td style="text-align:center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
    '<tr><td style="text-align:center;">Số: 112/TB-THCSNVT</td>'
    '<td style="text-align:right;"><em>Cần Giuộc, ngày 30 tháng 11 năm 2026</em></td></tr>'
    "</tbody></table>"
    '<p style="text-align:center;"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027</strong></p>"
)
_NOTICE_END = Raw(
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%;"><tbody><tr>'
    '<td style="vertical-align:top;width:50%;"><strong><em>Nơi nhận:</em></strong><br />'
    "- Phòng GD&amp;ĐT (b/c);<br />- GVCN các lớp;<br />- Website trường;<br />- Lưu: VT.</td>"
    '<td style="text-align:center;vertical-align:top;"><strong>HIỆU TRƯỞNG</strong><br /><br />'
    "<em>(đã ký)</em><br /><br /><strong>Phạm Văn Thành</strong></td>"
    "</tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        1, "hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027-thanh-cong-tot-ep",
        "Hội thi Giáo viên dạy giỏi cấp trường năm học 2026 - 2027 thành công tốt đẹp", CAT,
        "2026-12-04T15:10:00+07:00",
        [
            P("Hội thi nhằm đánh giá năng lực vận dụng các phương pháp, kỹ thuật dạy học tích cực"
              " theo Chương trình giáo dục phổ thông 2018, đồng thời phát hiện, bồi dưỡng giáo"
              " viên tham gia hội thi cấp huyện."),
            Img(_doc("hoi-thi-gvdg-1.jpg", "0f3c2a1e-7d4b-4c2a-9e51-2b8d6f0a1c11", "1764834600000"),
                "Cô Trần Thị Mỹ Linh dạy tiết Ngữ văn 8 tại lớp 8A3",
                "Cô Trần Thị Mỹ Linh dạy tiết Ngữ văn 8 tại lớp 8A3", "tbl"),
            P("Mỗi giáo viên dự thi thực hiện hai tiết dạy, trong đó một tiết được bốc thăm trước"
              " ba ngày. Ban giám khảo gồm Ban Giám hiệu và các tổ trưởng chuyên môn."),
            P("Kết quả hội thi:", "h"),
            P("Xếp loại | Số giáo viên | Tỉ lệ", "tr"),
            P("Giỏi | 12 | 66,7%", "tr"),
            P("Khá | 6 | 33,3%", "tr"),
            Img(_doc("hoi-thi-gvdg-2.jpg", "5a9e7c3d-1f2b-4d6e-8a0c-3e4f5a6b7c8d", "1764834600000"),
                "Ban Giám hiệu trao giấy chứng nhận cho các giáo viên đạt danh hiệu Giỏi",
                "Ban Giám hiệu trao giấy chứng nhận cho các giáo viên đạt danh hiệu Giỏi", "em"),
            P("Nhà trường chọn 6 giáo viên có kết quả cao nhất tham gia Hội thi Giáo viên dạy giỏi"
              " cấp huyện dự kiến tổ chức vào tháng 01/2027."),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        summary="Từ ngày 16/11 đến ngày 02/12/2026, Trường THCS Nguyễn Văn Trỗi tổ chức Hội thi"
        " Giáo viên dạy giỏi cấp trường với sự tham gia của 18 giáo viên thuộc 5 tổ chuyên môn.",
        sapo_outside=True,
        opts={"date": ("tpl", "04/12/2026 15:10"), "day": "04/12/26",
              "byline": "<strong>Nguyễn Thị Thu Hà</strong> - Tổ Ngữ văn",
              "mota": "desc", "tags": ["hội giảng", "giáo viên dạy giỏi"], "related": [6]},
    ),
    Story(
        2, "lien-oi-huong-ung-thang-hanh-ong-vi-binh-ang-gioi",
        "Liên đội hưởng ứng Tháng hành động vì bình đẳng giới", CAT,
        "2026-12-02T06:45:00+07:00",
        [
            P("Sáng 02/12/2026, Liên đội Trường THCS Nguyễn Văn Trỗi tổ chức hoạt động hưởng ứng"
              " Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới năm 2026."),
            P("Các em đội viên lớp 7A1 trình bày tiểu phẩm “Lời nói không phải gió bay” về bạo lực"
              " bằng lời nói trong học đường, thu hút sự chú ý của hơn 900 học sinh toàn trường."),
            Img(_jimg(13107, "1764913500000"), "(Tiểu phẩm của đội viên lớp 7A1)",
                "Tiểu phẩm của đội viên lớp 7A1", "em"),
            P("Thông qua hoạt động, Liên đội kêu gọi mỗi đội viên tôn trọng sự khác biệt, không"
              " trêu chọc, miệt thị bạn bè và mạnh dạn báo với thầy cô khi bị bắt nạt."),
        ],
        authors=["Lê Hoàng Phúc"], photographers=["Lê Hoàng Phúc"],
        opts={"date": ("rfc", "Tue, 01 Dec 2026 23:45:00 +0000"), "day": "02/12/26",
              "byline": "Tin, ảnh: <strong>Lê Hoàng Phúc</strong>",
              "mota": "Hoạt động trong giờ chào cờ với tiểu phẩm sân khấu hóa của đội viên lớp 7A1.",
              "tags": ["liên đội", "bình đẳng giới"]},
    ),
    Story(
        3, "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027", CAT,
        "2026-11-30",
        [
            _LETTERHEAD,
            P("Căn cứ Kế hoạch số 45/KH-THCSNVT ngày 05/9/2026 của Trường THCS Nguyễn Văn Trỗi về"
              " thực hiện nhiệm vụ năm học 2026 - 2027;"),
            P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I như sau:"),
            P("1. Thời gian: từ ngày 21/12/2026 đến ngày 26/12/2026."),
            P("2. Các môn kiểm tra tập trung: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch"
              " sử và Địa lí."),
            P("3. Các môn còn lại kiểm tra theo thời khóa biểu tại lớp."),
            P("Giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh để phối hợp thực"
              " hiện./."),
            _NOTICE_END,
        ],
        authors=["Phạm Văn Thành"],
        opts={"date": ("none", ""), "day": "30/11/26", "tags": ["thông báo", "kiểm tra"]},
    ),
    Story(
        4, "ngoai-khoa-an-toan-giao-thong-cho-nu-cuoi-ngay-mai-cho-hoc-sinh-khoi-6",
        "Ngoại khóa “An toàn giao thông cho nụ cười ngày mai” cho học sinh khối 6", CAT,
        "2026-11-27T14:00:00+07:00",
        [
            P("Chiều 27/11/2026, Đoàn trường phối hợp với Công an xã Phước Lý tổ chức buổi ngoại"
              " khóa về an toàn giao thông cho 312 học sinh khối 6."),
            Img(_doc("ngoai-khoa-atgt-1.jpg", "9b1d3e5f-2a4c-4e6a-8c0e-1f3a5c7e9b2d", "1764229800000"),
                "Cán bộ Công an xã hướng dẫn học sinh cách đội mũ bảo hiểm đúng quy cách",
                "Cán bộ Công an xã hướng dẫn học sinh cách đội mũ bảo hiểm đúng quy cách", "tbl"),
            P("Các em được nghe phổ biến Luật Trật tự, an toàn giao thông đường bộ, những lỗi vi"
              " phạm thường gặp ở lứa tuổi học sinh như đi xe đạp hàng ba, không đội mũ bảo hiểm,"
              " chạy xe đạp điện khi chưa đủ tuổi."),
            P("Phần thi “Rung chuông vàng” với 20 câu hỏi tình huống giúp học sinh ghi nhớ kiến"
              " thức một cách nhẹ nhàng."),
            Img(_doc("ngoai-khoa-atgt-2.jpg", "c4e6a8b0-3d5f-4a7c-9e1b-2d4f6a8c0e3a", "1764229800000"),
                "Ảnh: Huỳnh Ngọc Trâm", None, "em"),
            P("Kết thúc buổi ngoại khóa, Đoàn trường trao 10 phần quà cho các em trả lời đúng nhiều"
              " câu hỏi nhất."),
        ],
        authors=["Võ Minh Tâm"], photographers=["Huỳnh Ngọc Trâm"],
        summary="Buổi ngoại khóa giúp học sinh khối 6 nắm vững quy tắc đi đường an toàn khi đến"
        " trường.",
        sapo_outside=True,
        opts={"date": ("tpl", "27/11/2026 2:00 CH"), "day": "27/11/26",
              "byline": "Tin: <strong>Võ Minh Tâm</strong> - Ảnh: <strong>Huỳnh Ngọc Trâm</strong>",
              "mota": "desc", "tags": ["an toàn giao thông"]},
    ),
    Story(
        5, "chi-oan-giao-vien-tham-tang-qua-gia-inh-chinh-sach-tai-xa-phuoc-lai",
        "Chi đoàn giáo viên thăm, tặng quà gia đình chính sách tại xã Phước Lại", CAT,
        "2026-11-24",
        [
            P("Nhân dịp kỷ niệm Ngày Nhà giáo Việt Nam, Chi đoàn giáo viên Trường THCS Nguyễn Văn"
              " Trỗi đến thăm và tặng quà 5 gia đình chính sách tại ấp Phước Thuận, xã Phước Lại."),
            P("Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 500.000 đồng tiền mặt."),
            P("Tổng giá trị quà tặng là 4.000.000 đồng, do đoàn viên đóng góp.", "br"),
            Img(_jimg(12988, "1763975400000"), "Đoàn viên thăm hỏi gia đình bà Nguyễn Thị Sáu",
                "Đoàn viên thăm hỏi gia đình bà Nguyễn Thị Sáu", "em"),
            P("Hoạt động thể hiện đạo lý “Uống nước nhớ nguồn” và tinh thần tương thân tương ái của"
              " tuổi trẻ nhà trường."),
        ],
        authors=["Trần Quốc Bảo"],
        opts={"date": ("none", ""), "day": "24/11/26",
              "byline": "<strong>Trần Quốc Bảo</strong>", "tags": ["chi đoàn"]},
    ),
    Story(
        6, "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)", CAT,
        "2026-11-20T09:00:00+07:00",
        [
            P("Buổi lễ có sự tham dự của đại diện Phòng Giáo dục và Đào tạo huyện Cần Giuộc, Đảng"
              " ủy, UBND xã Long Thượng, Ban đại diện cha mẹ học sinh cùng các thầy cô giáo hưu trí."),
            Img(_doc("le-20-11-1.jpg", "1e3a5c7e-9b2d-4f6a-8c0e-4a6c8e0b2d4f", "1763604000000"),
                "Văn nghệ chào mừng của học sinh lớp 9A2",
                "Văn nghệ chào mừng của học sinh lớp 9A2", "tbl"),
            P("Phát biểu tại buổi lễ, thầy Hiệu trưởng Phạm Văn Thành nhấn mạnh:"),
            P("“Mỗi thầy cô hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh"
              " noi theo.”", "q"),
            P("Nhân dịp này, nhà trường khen thưởng 14 giáo viên có thành tích xuất sắc trong phong"
              " trào thi đua “Hai tốt” học kỳ I."),
            Img(_doc("le-20-11-2.jpg", "2f4b6d8f-0a1c-4e3a-9c5e-5b7d9f1a3c5e", "1763604000000"),
                "Khen thưởng giáo viên đạt thành tích xuất sắc",
                "Khen thưởng giáo viên đạt thành tích xuất sắc", "em"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        summary="Sáng 20/11/2026, Trường THCS Nguyễn Văn Trỗi long trọng tổ chức Lễ kỷ niệm 44"
        " năm Ngày Nhà giáo Việt Nam.",
        sapo_outside=True,
        opts={"date": ("tpl", "20/11/2026 09:00"), "day": "20/11/26",
              "byline": "<strong>Nguyễn Thị Thu Hà</strong> - Tổ Ngữ văn",
              "mota": "desc", "tags": ["20/11"]},
    ),
    Story(
        7, "chuyen-e-cap-huyen-mon-khoa-hoc-tu-nhien-day-hoc-theo-chu-e-tich-hop",
        "Chuyên đề cấp huyện môn Khoa học tự nhiên: Dạy học theo chủ đề tích hợp", CAT,
        "2026-11-16T08:30:00+07:00",
        [
            P("Ngày 16/11/2026, Trường THCS Nguyễn Văn Trỗi đăng cai chuyên đề cấp huyện môn Khoa"
              " học tự nhiên với chủ đề “Dạy học theo chủ đề tích hợp ở lớp 7”."),
            P("Tiết dạy minh họa bài “Trao đổi nước và chất dinh dưỡng ở thực vật” do cô Phan Thị"
              " Ngọc Hân thực hiện tại lớp 7A4."),
            Img(_jimg(12871, "1763281800000"), "Tiết dạy minh họa tại lớp 7A4",
                "Tiết dạy minh họa tại lớp 7A4", "em"),
            P("Các đại biểu thảo luận về cách phân công giáo viên dạy các mạch nội dung và kiểm"
              " tra, đánh giá theo chủ đề."),
        ],
        source="Phòng GD&ĐT Cần Giuộc",
        opts={"date": ("rfc", "Mon, 16 Nov 2026 01:30:00 +0000"), "day": "16/11/26",
              "nguon": "Nguồn: Phòng GD&amp;ĐT Cần Giuộc", "tags": ["chuyên đề", "KHTN"],
              "related": [8]},
    ),
    Story(
        8, "hoc-sinh-at-giai-cao-tai-hoi-thi-tin-hoc-tre-cap-huyen-nam-2026",
        "Học sinh đạt giải cao tại Hội thi Tin học trẻ cấp huyện năm 2026", CAT,
        "2026-11-10T16:45:00+07:00",
        [
            P("Tại Hội thi Tin học trẻ huyện Cần Giuộc năm 2026, đội tuyển của trường đạt 1 giải"
              " Nhất, 1 giải Nhì và 2 giải Ba."),
            P("Danh sách học sinh đạt giải:", "h"),
            P("Em Nguyễn Hoàng Khang, lớp 9A1: giải Nhất bảng B;", "li"),
            P("Em Trần Ngọc Bảo Vy, lớp 8A2: giải Nhì bảng B;", "li"),
            P("Em Lê Minh Trí, lớp 7A3 và em Võ Thị Yến Nhi, lớp 6A1: giải Ba bảng A.", "li"),
            P("Em Nguyễn Hoàng Khang được chọn tham dự Hội thi cấp tỉnh vào tháng 3/2027."),
        ],
        authors=["Lâm Chí Thiện"],
        opts={"date": ("tpl", "10/11/2026 16:45"), "day": "10/11/26",
              "byline": "GV. <strong>Lâm Chí Thiện</strong> - Tổ Toán - Tin",
              "tags": ["tin học trẻ"]},
    ),
    Story(
        9, "ngay-hoi-oc-sach-moi-ngay-mot-trang-sach-tai-thu-vien-truong",
        "Ngày hội đọc sách “Mỗi ngày một trang sách” tại thư viện trường", CAT,
        "2026-11-04T10:20:00+07:00",
        [
            P("Ngày hội thu hút hơn 400 lượt học sinh tham gia các hoạt động giới thiệu sách, vẽ"
              " tranh theo sách và thi kể chuyện."),
            P("📚 Thư viện trường hiện có hơn 6.200 bản sách, trong đó 1.150 bản sách tham khảo"
              " mới được bổ sung trong năm học."),
            Img(_doc("ngay-hoi-doc-sach.jpg", "3a5c7e9b-1d2f-4a6c-8e0a-6c8e0a2c4e6a", "1762226400000"),
                "Học sinh khối 7 thi kể chuyện theo sách",
                "Học sinh khối 7 thi kể chuyện theo sách", "tbl"),
            P("Thư viện mở cửa phục vụ từ 7 giờ đến 16 giờ 30 các ngày trong tuần, trừ Chủ nhật."),
        ],
        authors=["Đặng Thị Kim Ngân"],
        opts={"date": ("tpl", "04/11/2026 10:20"), "day": "04/11/26",
              "byline": "<strong>Đặng Thị Kim Ngân</strong> - Thư viện", "tags": ["thư viện"]},
    ),
    Story(
        10, "hoi-thao-chao-mung-20-11-soi-noi-giai-bong-a-mini-nam-hoc-sinh",
        "Hội thao chào mừng 20/11: sôi nổi giải bóng đá mini nam học sinh", CAT,
        "2026-10-28T16:00:00+07:00",
        [
            P("Giải bóng đá mini nam học sinh năm 2026 quy tụ 16 đội bóng của các lớp khối 8 và"
              " khối 9, thi đấu theo thể thức loại trực tiếp."),
            P("Kết quả chung cuộc:", "h"),
            P("Giải | Lớp", "tr"),
            P("Nhất | 9A3", "tr"),
            P("Nhì | 8A1", "tr"),
            P("Ba | 9A1", "tr"),
            Img(_jimg(12755, "1761645600000"), "Ảnh: Lê Hoàng Phúc", None, "em"),
            P("Giải đấu góp phần rèn luyện thể chất và tinh thần đoàn kết cho học sinh."),
        ],
        authors=["Lê Hoàng Phúc"], photographers=["Lê Hoàng Phúc"],
        opts={"date": ("rfc", "Wed, 28 Oct 2026 09:00:00 +0000"), "day": "28/10/26",
              "byline": "Tin: <strong>Lê Hoàng Phúc</strong>", "tags": ["hội thao"],
              "related": [6]},
    ),
    Story(
        11, "ky-niem-96-nam-ngay-thanh-lap-hoi-lien-hiep-phu-nu-viet-nam-20-10-1930-20-10-2026",
        "Kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026)",
        CAT, "2026-10-20T11:00:00+07:00",
        [
            P("Công đoàn trường tổ chức buổi họp mặt 42 nữ cán bộ, giáo viên, nhân viên nhân"
              " ngày 20/10."),
            P("Chương trình có phần thi cắm hoa nghệ thuật giữa các tổ công đoàn và văn nghệ do"
              " chính các thầy giáo biểu diễn."),
            Img(_doc("hop-mat-20-10.jpg", "4b6d8f0a-2c3e-4a5c-9e7a-7d9f1b3d5f7a", "1760932800000"),
                "Phần thi cắm hoa của tổ Khoa học xã hội",
                "Phần thi cắm hoa của tổ Khoa học xã hội", "em"),
            P("Ban Chấp hành Công đoàn trao quà cho các chị em có hoàn cảnh khó khăn."),
        ],
        authors=["Ban Nữ công"],
        opts={"date": ("tpl", "20/10/2026 11:00"), "day": "20/10/26",
              "byline": "<strong>Ban Nữ công</strong>", "tags": ["công đoàn", "20/10"]},
    ),
    Story(
        12, "tap-huan-phong-chay-chua-chay-va-cuu-nan-cuu-ho-cho-can-bo-giao-vien",
        "Tập huấn phòng cháy, chữa cháy và cứu nạn, cứu hộ cho cán bộ, giáo viên", CAT,
        "2026-10-12T07:30:00+07:00",
        [
            P("Sáng 12/10/2026, cán bộ Công an huyện Cần Giuộc tập huấn nghiệp vụ phòng cháy,"
              " chữa cháy cho 58 cán bộ, giáo viên, nhân viên nhà trường."),
            P("Theo kế hoạch, buổi tập huấn gồm hai phần: lý thuyết về nguyên nhân gây cháy trong"
              " trường học và thực hành sử dụng bình chữa cháy xách tay."),
            P("Các thầy cô trực tiếp dập tắt đám cháy giả định bằng bình bột và bình khí CO2."),
        ],
        source="Công an huyện Cần Giuộc",
        opts={"date": ("tpl", "12/10/2026 07:30"), "day": "12/10/26",
              "nguon": "Theo Công an huyện Cần Giuộc", "tags": ["PCCC"], "related": [11]},
    ),
    Story(
        13, "hoc-sinh-khoi-9-tham-quan-trai-nghiem-tai-khu-di-tich-nga-tu-rach-kien",
        "Học sinh khối 9 tham quan, trải nghiệm tại Khu di tích Ngã tư Rạch Kiến", CAT,
        "2026-10-05",
        [
            P("Ngày 04/10/2026, gần 280 học sinh khối 9 tham quan Khu di tích lịch sử Ngã tư Rạch"
              " Kiến, huyện Cần Đước, trong chương trình giáo dục địa phương."),
            Img(_doc("rach-kien-1.jpg", "5c7e9b1d-3f4a-4c6e-8a0c-8e0a2c4e6a8c", "1759626000000"),
                "Học sinh nghe thuyết minh về trận đánh Rạch Kiến năm 1968",
                "Học sinh nghe thuyết minh về trận đánh Rạch Kiến năm 1968", "tbl"),
            P("Các em dâng hương tưởng niệm các anh hùng liệt sĩ và tìm hiểu truyền thống cách"
              " mạng của quê hương Long An."),
            Img(_doc("rach-kien-2.jpg", "6d8f0a2c-4e5a-4c7e-9a1c-9f1b3d5f7a9c", "1759626000000"),
                "Tập thể học sinh khối 9 chụp ảnh lưu niệm",
                "Tập thể học sinh khối 9 chụp ảnh lưu niệm", "em"),
            P("Sau chuyến đi, mỗi lớp hoàn thành một bài thu hoạch theo nhóm."),
        ],
        authors=["Huỳnh Ngọc Trâm"], photographers=["Huỳnh Ngọc Trâm"],
        opts={"date": ("none", ""), "day": "05/10/26",
              "byline": "Tin, ảnh: <strong>Huỳnh Ngọc Trâm</strong>",
              "tags": ["trải nghiệm"], "related": [10]},
    ),
]
BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
MOST_READ = [6, 1, 4, 8, 3]


def url_title(title: str) -> str:
    """Liferay 6.2's url-title: accents dropped, "đ" lost (not transliterated), dashes."""
    s = unicodedata.normalize("NFD", title.lower())
    s = "".join(c for c in s if unicodedata.category(c) != "Mn" and c != "đ")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


for _s in STORIES:
    assert _s.slug == url_title(_s.title), (_s.slug, url_title(_s.title))

# --- URLs ------------------------------------------------------------------------------------


def clean_path(s: Story) -> str:
    return f"{SITE}/tin-tuc/-/asset_publisher/{NEWS}/content/{s.slug}"


def home_path(s: Story) -> str:
    return f"{SITE}/trang-chu/-/asset_publisher/{HOME_AP}/content/{s.slug}"


def print_path(s: Story) -> str:
    return f"{clean_path(s)}?p_p_state=pop_up&_101_INSTANCE_{NEWS}_viewMode=print"


def list_url(page: int) -> str:
    if page == 1:
        return f"{SITE}/tin-tuc"
    return list_pager_url(page)


def list_pager_url(page: int) -> str:
    ns = f"_101_INSTANCE_{NEWS}_"
    return (
        f"{SITE}/tin-tuc?p_p_id=101_INSTANCE_{NEWS}&p_p_lifecycle=0&p_p_state=normal"
        f"&p_p_mode=view&p_p_col_id=column-1&p_p_col_count=2&{ns}cur={page}&{ns}delta={PER_PAGE}"
    )


def context_path(s: Story, page: int) -> str:
    return f"{clean_path(s)}?redirect={quote(list_url(page), safe='')}"


def page_of(s: Story) -> int:
    return STORIES.index(s) // PER_PAGE + 1


def n_pages() -> int:
    return (len(STORIES) + PER_PAGE - 1) // PER_PAGE


# --- chrome -----------------------------------------------------------------------------------

MENU = [
    ("trang-chu", "Trang chủ", []),
    ("gioi-thieu", "Giới thiệu", [("co-cau-to-chuc", "Cơ cấu tổ chức")]),
    ("tin-tuc", CAT, []),
    ("van-ban", "Văn bản", []),
    ("thu-vien-anh", "Thư viện ảnh", []),
    ("lien-he", "Liên hệ", []),
]
SIBLINGS = [
    ("thcs-long-hau", "Trường THCS Long Hậu"),
    ("thcs-phuoc-lai", "Trường THCS Phước Lại"),
    ("th-long-thuong", "Trường TH Long Thượng"),
]


def _nav(selected: str) -> str:
    items = []
    for i, (slug, label, children) in enumerate(MENU, start=1):
        sel = ' class="selected" aria-selected="true"' if slug == selected else ' class=""'
        pop = ' aria-haspopup="true"' if children else ""
        sub = ""
        if children:
            sub = '<ul class="child-menu" role="menu">' + "".join(
                f'<li class="" id="layout_{20 + j}" role="presentation"><a aria-labelledby="layout_{20 + j}"'
                f' href="{SITE}/{c}" role="menuitem">{esc(cl)}</a></li>'
                for j, (c, cl) in enumerate(children)
            ) + "</ul>"
        items.append(
            f'<li{sel} id="layout_{i}" role="presentation"><a aria-labelledby="layout_{i}"{pop}'
            f' href="{SITE}/{slug}" role="menuitem"><span> {esc(label)}</span></a>{sub}</li>'
        )
    return (
        '<nav class="sort-pages modify-pages" id="navigation" role="navigation">'
        '<h1 class="hide-accessible"><span>Điều hướng</span></h1>'
        f'<ul aria-label="Các trang web" role="menubar">{"".join(items)}</ul></nav>'
    )


def _breadcrumb(trail: list[tuple[str | None, str]]) -> str:
    out = []
    full = [(SITE, SCHOOL), *trail]
    for i, (href, label) in enumerate(full):
        cls = ["first"] if i == 0 else []
        if i == len(full) - 1:
            cls += ["active", "last"]
            out.append(f'<li class="{" ".join(cls)} breadcrumb-truncate">{esc(label)}</li>')
        else:
            c = f' class="{" ".join(cls)}"' if cls else ""
            out.append(f'<li{c}><a href="{href}">{esc(label)}</a><span class="divider">/</span></li>')
    return ('<nav id="breadcrumbs"><ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal">'
            + "".join(out) + "</ul></nav>")


def portlet(pid: str, title: str, inner: str, extra_cls: str = "") -> str:
    return (
        f'<div class="portlet-boundary portlet-boundary_{pid.split("_INSTANCE_")[0]}_ portlet-static'
        f' portlet-static-end {extra_cls}" id="p_p_id_{pid}_"><span id="p_{pid}"></span>'
        f'<section class="portlet" id="portlet_{pid}"><header class="portlet-topper">'
        f'<h1 class="portlet-title"><span class="portlet-title-text">{esc(title)}</span></h1>'
        '</header><div class="portlet-content"><div class="portlet-content-container" style="">'
        f'<div class="portlet-body">{inner}</div></div></div></section></div>'
    )


def _sidebar() -> str:
    most = "".join(
        f'<li class="title-list"><a href="{clean_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>'
        for i in MOST_READ
    )
    notice = (
        '<div class="journal-content-article">'
        "<p><strong>Lịch tiếp cha mẹ học sinh:</strong> Ban Giám hiệu tiếp cha mẹ học sinh vào"
        " sáng thứ Bảy hằng tuần, từ 7 giờ 30 đến 10 giờ 30, tại phòng Hiệu trưởng.</p>"
        "<p>Mọi ý kiến đóng góp xin gửi về hộp thư: c2nguyenvantroi.cangiuoc@longan.edu.vn</p>"
        "</div>"
    )
    poll = (
        '<form action="javascript:;" class="lfr-poll"><p class="poll-question">Bạn biết đến website'
        " của trường qua đâu?</p>"
        '<label><input name="_59_INSTANCE_Tz2m_choiceId" type="radio" value="1"> Giáo viên giới thiệu</label><br>'
        '<label><input name="_59_INSTANCE_Tz2m_choiceId" type="radio" value="2"> Zalo lớp</label><br>'
        '<label><input name="_59_INSTANCE_Tz2m_choiceId" type="radio" value="3"> Tìm trên Google</label><br>'
        '<button class="btn" type="button">Bình chọn</button></form>'
    )
    links = (
        '<select class="lien-ket" onchange="if(this.value){window.open(this.value);}">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="/web/pgd-cangiuoc">Phòng GD&amp;ĐT Cần Giuộc</option>'
        + "".join(f'<option value="/web/{s}">{esc(n)}</option>' for s, n in SIBLINGS)
        + '<option value="http://longan.edu.vn">Sở GD&amp;ĐT Long An</option></select>'
    )
    counter = (
        '<table class="thong-ke"><tr><td>Đang online:</td><td>17</td></tr>'
        "<tr><td>Hôm nay:</td><td>412</td></tr><tr><td>Tổng truy cập:</td><td>1.284.905</td></tr></table>"
    )
    return (
        portlet(f"101_INSTANCE_{SIDE_AP}", "Tin xem nhiều",
                f'<div class="asset-publisher-title-list"><ul class="title-list">{most}</ul></div>',
                "portlet-asset-publisher")
        + portlet("56_INSTANCE_Pk8rWq3nHs1d", "Thông báo", notice, "portlet-journal-content")
        + portlet("59_INSTANCE_Tz2mLx7cVb4q", "Thăm dò ý kiến", poll, "portlet-polls-display")
        + portlet("56_INSTANCE_Lk4jHg8fDs2a", "Liên kết website", links, "portlet-journal-content")
        + portlet("56_INSTANCE_Zx9cVb1nMq7w", "Thống kê truy cập", counter, "portlet-journal-content")
    )


def layout(
    request: Request, title: str, main: str, trail: list[tuple[str | None, str]], selected: str,
    head: str = "", lang: str = "vi-VN", description: str | None = None,
) -> Response:
    desc = f'<meta content="{esc(description)}" lang="vi-VN" name="description" />' if description else ""
    page = f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="{lang}">
<head>
<title>{esc(title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{desc}
<link href="/thcs-ntv-theme/images/favicon.ico" rel="Shortcut Icon" />
{head}
<link class="lfr-css-file" href="/thcs-ntv-theme/css/main.css?browserId=other&amp;themeId=thcsntvtheme_WAR_thcsntvtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=1763012345000" rel="stylesheet" type="text/css" />
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=thcsntvtheme_WAR_thcsntvtheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6210&amp;t=1763012345000" type="text/javascript"></script>
<script type="text/javascript">var themeDisplay = {{getLayoutURL: function() {{return '{base_url(request)}{SITE}';}}, getLanguageId: function() {{return 'vi_VN';}}, getScopeGroupId: function() {{return '10181';}}}};</script>
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Nhảy tới nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="tt-topbar"><span class="tt-homnay">Thứ Bảy, 05/12/2026</span>
<span class="sign-in"><a data-redirect="false" href="/c/portal/login?p_l_id=10455" id="sign-in" rel="nofollow">Đăng nhập</a></span></div>
<div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="{SITE}" title="Đi tới {SCHOOL}">
<img alt="{SCHOOL}" height="96" src="/image/layout_set_logo?img_id=10427&amp;t=1763012345000" width="96" /></a>
<span class="tt-donvi">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CẦN GIUỘC</span>
<span class="site-name" title="Đi tới {SCHOOL}">TRƯỜNG THCS NGUYỄN VĂN TRỖI</span></h1></div>
{_nav(selected)}
</header>
<div id="content">
{_breadcrumb(trail)}
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main}
</div></div>
<div class="portlet-column portlet-column-last span4" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{_sidebar()}
</div></div>
</div></div>
</div>
<footer id="footer" role="contentinfo">
<p class="tt-footer"><strong>TRƯỜNG THCS NGUYỄN VĂN TRỖI</strong><br />
Địa chỉ: ấp Thanh Ba, xã Long Thượng, huyện Cần Giuộc, tỉnh Long An<br />
Điện thoại: (0272) 3 874 215 - Email: c2nguyenvantroi.cangiuoc@longan.edu.vn<br />
© 2026 Bản quyền thuộc về Trường THCS Nguyễn Văn Trỗi. Phát triển trên nền Liferay Portal.</p>
</footer>
</div>
<script type="text/javascript">AUI().use('aui-base', function(A) {{ Liferay.Portlet.runtimePortletIds = ['56_INSTANCE_Pk8rWq3nHs1d']; }});</script>
</body>
</html>"""
    return html(page)


# --- the journal article and the asset publisher's markup --------------------------------------


def _img_tag(img: Img) -> str:
    return f'<img alt="" src="{esc(img.src)}" style="width: 560px; height: 373px;" />'


def _body_html(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "tbl":
                out.append(
                    '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 560px;">'
                    f"<tbody><tr><td>{_img_tag(b)}</td></tr>"
                    f'<tr><td style="text-align: center;"><span style="font-size:12px;"><em>{esc(b.printed or "")}'
                    "</em></span></td></tr></tbody></table>"
                )
            else:
                out.append(f'<p style="text-align: center;">{_img_tag(b)}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
        elif b.style in ("li", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in run) + "</ul>")
            else:
                rows = "".join(
                    "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in p.text.split(" | ")) + "</tr>"
                    for p in run
                )
                out.append(f'<table border="1" cellpadding="4" cellspacing="0" style="width:400px;">'
                           f"<tbody>{rows}</tbody></table>")
            continue
        elif b.style == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "q":
            out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
        else:
            text = esc(b.text)
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                i += 1
                text += "<br />\n" + esc(blocks[i].text)
            out.append(f'<p style="text-align: justify;">{text}</p>')
            if i % 3 == 2:
                out.append("<p>&nbsp;</p>")
        i += 1
    return "\n".join(out)


def _template(s: Story) -> str:
    kind, printed = s.opts["date"]
    parts = ['<div class="journal-content-article"><div class="tt-baiviet">']
    if kind == "tpl":
        parts.append(f'<div class="tt-ngaydang"><i class="icon-calendar"></i> Ngày đăng: {printed}</div>')
    elif kind == "rfc":
        parts.append(f'<div class="tt-ngaydang"><i class="icon-calendar"></i> {printed}</div>')
    if s.summary and s.sapo_outside:
        parts.append(f'<div class="tt-tomtat"><strong>{esc(s.summary)}</strong></div>')
    parts.append(f'<div class="tt-noidung">{_body_html(s)}</div>')
    if s.opts.get("byline"):
        parts.append(f'<div class="tt-tacgia" style="text-align:right">{s.opts["byline"]}</div>')
    if s.opts.get("nguon"):
        parts.append(f'<div class="tt-nguon" style="text-align:right"><em>{s.opts["nguon"]}</em></div>')
    parts.append("</div></div>")
    return "".join(parts)


def _print_icon(s: Story, n: int) -> str:
    fn = f"_101_INSTANCE_{NEWS}_printPage_{n}"
    return (
        '<div class="print-action"><span class="lfr-icon-item taglib-icon">'
        f'<a href="javascript:{fn}();" id="_101_INSTANCE_{NEWS}_rjus_{n}" title="In">'
        '<img alt="" class="icon" src="/thcs-ntv-theme/images/spacer.png" />'
        '<span class="taglib-text hide-accessible">In</span></a></span></div>'
        f"<script type=\"text/javascript\">function {fn}() {{ window.open('{print_path(s)}', '',"
        ' "directories=0,height=480,left=80,location=1,menubar=1,resizable=1,scrollbars=yes,status=0,'
        'toolbar=0,top=180,width=640"); }</script>'
    )


def _bookmarks(request: Request, s: Story) -> str:
    u = quote(base_url(request) + clean_path(s), safe="")
    return (
        '<div class="taglib-social-bookmarks"><ul class="lfr-component">'
        f'<li class="taglib-social-bookmark-facebook"><a class="social-bookmark-link" href="http://www.facebook.com/sharer.php?u={u}" target="_blank">Facebook</a></li>'
        f'<li class="taglib-social-bookmark-twitter"><a class="social-bookmark-link" href="https://twitter.com/intent/tweet?url={u}" target="_blank">Twitter</a></li>'
        "</ul></div>"
    )


def _ratings(s: Story) -> str:
    votes = 1 + s.id % 4
    return (
        '<div class="taglib-ratings stars"><div class="liferay-rating-score">'
        '<div class="rating-label">Đánh giá trung bình</div>'
        f'<div class="rating-content">{"★" * (3 + s.id % 3)}{"☆" * (2 - s.id % 3)}'
        f' <span class="rating-label">({votes} lượt bình chọn)</span></div></div></div>'
    )


def _related(s: Story) -> str:
    ids = s.opts.get("related") or []
    if not ids:
        return ""
    items = "".join(
        f'<li class="asset-links-list-item"><a class="asset-title" href="{clean_path(BY_ID[i])}">'
        f'<img alt="" src="/html/icons/journal.png" /> {esc(BY_ID[i].title)}</a></li>'
        for i in ids
    )
    return ('<div class="asset-links"><h2 class="asset-links-title">Nội dung liên quan</h2>'
            f'<ul class="asset-links-list">{items}</ul></div>')


def _metadata(s: Story) -> str:
    tags = "".join(f'<span class="tag">{esc(t)}</span> ' for t in s.opts.get("tags", []))
    return (
        '<div class="asset-metadata">'
        f'<span class="metadata-entry metadata-publish-date">{s.opts["day"]}</span>'
        '<span class="metadata-entry metadata-author"><img alt="Quản trị Trường" class="avatar"'
        ' src="/image/user_male_portrait?img_id=10503&amp;t=1700012345000" /> Quản trị Trường</span>'
        f'<span class="metadata-entry metadata-view-count">{s.views()} Lượt xem</span>'
        f'<span class="metadata-entry metadata-tags"><span class="taglib-asset-tags-summary">Từ khóa: {tags}</span></span>'
        "</div>"
    )


def _discussion() -> str:
    return (
        '<div class="taglib-discussion"><fieldset class="fieldset add-comment">'
        '<legend class="fieldset-legend"><span class="legend">Bình luận</span></legend>'
        '<div class="lfr-discussion-container"><div class="alert alert-info">Chưa có bình luận nào.'
        ' <a href="javascript:;">Hãy là người đầu tiên.</a></div>'
        '<div class="lfr-discussion-form-container"><textarea class="lfr-textarea" rows="4"'
        ' placeholder="Vui lòng đăng nhập để bình luận"></textarea></div></div></fieldset></div>'
    )


def _full_entry(request: Request, s: Story, n: int, *, back: str | None, page: int | None,
                discussion: bool) -> str:
    back_html = ""
    if back:
        back_html = (f'<span class="header-back-to"><a class="icon-circle-arrow-left previous-level"'
                     f' href="{esc(back)}" title="Quay lại"><span class="helper-hidden-accessible">'
                     "Quay lại</span></a></span>")
    more = ""
    if page is not None:
        more = (f'<div class="asset-more"><a href="{esc(context_path(s, page))}">Xem trong ngữ cảnh'
                " &raquo;</a></div>")
    return (
        '<div class="asset-full-content clearfix default-asset-publisher show-asset-title">'
        f'<div class="lfr-meta-actions asset-actions">{_print_icon(s, n)}</div>'
        f'<div class="taglib-header">{back_html}<h3 class="header-title"><span>{esc(s.title)}</span></h3></div>'
        f'<div class="asset-content" id="_101_INSTANCE_{NEWS}_{12400 + s.id * 7}">'
        f"{_template(s)}{more}{_bookmarks(request, s)}{_ratings(s)}{_related(s)}"
        f"{_discussion() if discussion else ''}</div>"
        f"{_metadata(s)}</div>"
    )


def article_page(request: Request, s: Story, via_home: bool, lang: str) -> Response:
    params = request.params
    if params.get(f"_101_INSTANCE_{NEWS}_viewMode") == "print" and params.get("p_p_state") == "pop_up":
        return html(
            f'<!DOCTYPE html><html lang="vi-VN"><head><title>{esc(s.title)}</title>'
            f'<link href="{base_url(request)}{clean_path(s)}" rel="canonical" /></head>'
            '<body class="portal-popup"><div class="portlet-body">'
            f'{_full_entry(request, s, 0, back=None, page=None, discussion=False)}</div>'
            '<script type="text/javascript">window.print();</script></body></html>'
        )
    base = base_url(request)
    head = (
        f'<link href="{base}{clean_path(s)}" rel="canonical" />\n'
        f'<link href="{base}{clean_path(s)}" hreflang="vi-VN" rel="alternate" />\n'
        f'<link href="{base}/en{clean_path(s)}" hreflang="en-US" rel="alternate" />\n'
        f'<meta property="og:title" content="{esc(s.title)}" />'
    )
    back = params.get("redirect") or (f"{SITE}/trang-chu" if via_home else f"{SITE}/tin-tuc")
    entry = _full_entry(request, s, 0, back=back, page=None, discussion=True)
    if via_home:
        pid, ptitle, trail, sel = f"101_INSTANCE_{HOME_AP}", "Tin mới", [(f"{SITE}/trang-chu", "Trang chủ")], "trang-chu"
    else:
        pid, ptitle, trail, sel = f"101_INSTANCE_{NEWS}", CAT, [(f"{SITE}/tin-tuc", CAT)], "tin-tuc"
    main = portlet(pid, ptitle, entry, "portlet-asset-publisher")
    desc = s.summary if s.opts.get("mota") == "desc" else s.opts.get("mota")
    return layout(request, f"{s.title} - {ptitle} - {SCHOOL}", main, [*trail, (None, s.title)],
                  sel, head=head, lang=lang, description=desc)


def _pager(page: int) -> str:
    last = n_pages()
    prev = (f'<li class="first"><a href="{esc(list_pager_url(page - 1))}">&larr; Trước</a></li>'
            if page > 1 else '<li class="disabled first"><a href="javascript:;">&larr; Trước</a></li>')
    nxt = (f'<li class="last"><a href="{esc(list_pager_url(page + 1))}">Sau &rarr;</a></li>'
           if page < last else '<li class="disabled last"><a href="javascript:;">Sau &rarr;</a></li>')
    return (f'<div class="taglib-page-iterator" id="_101_INSTANCE_{NEWS}_ocerSearchContainerPageIterator">'
            f'<div class="clearfix lfr-pagination"><ul class="pager lfr-pagination-buttons">{prev}{nxt}</ul>'
            "</div></div>")


def listing_page(request: Request, page: int) -> Response:
    items = STORIES[(page - 1) * PER_PAGE: page * PER_PAGE]
    entries = "".join(
        _full_entry(request, s, n, back=None, page=page, discussion=False)
        + '<div class="separator"><!-- --></div>'
        for n, s in enumerate(items)
    )
    main = portlet(f"101_INSTANCE_{NEWS}", CAT, entries + _pager(page), "portlet-asset-publisher")
    head = f'<link href="{base_url(request)}{SITE}/tin-tuc" rel="canonical" />'
    return layout(request, f"{CAT} - {SCHOOL}", main, [(None, CAT)], "tin-tuc", head=head)


def _abstract(s: Story) -> str:
    if s.opts.get("mota") == "desc":
        text_ = s.summary or ""
    elif s.opts.get("mota"):
        text_ = s.opts["mota"]
    else:
        flat = " ".join(p for p in s.paragraphs)
        text_ = flat[:197].rsplit(" ", 1)[0] + "..."
    thumb = ""
    if s.images:
        thumb = (f'<div class="asset-small-image"><img alt="" class="asset-small-image"'
                 f' src="{esc(s.images[0].src)}&amp;imageThumbnail=1" width="150" /></div>')
    return (
        '<div class="asset-abstract default-asset-publisher"><div class="lfr-meta-actions asset-actions"></div>'
        f'<h3 class="asset-title"><a href="{home_path(s)}"><img alt="" src="/html/icons/journal.png" />'
        f"{esc(s.title)}</a></h3>"
        f'<div class="asset-content"><div class="asset-summary">{thumb}{esc(text_)}</div>'
        f'<div class="asset-more"><a href="{home_path(s)}">Xem thêm<span class="hide-accessible"> về'
        f" {esc(s.title)}</span> &raquo;</a></div></div>"
        f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{s.opts["day"]}</span></div>'
        "</div>"
    )


def home_page(request: Request) -> Response:
    welcome = (
        '<div class="journal-content-article"><p style="text-align:center;"><strong>CHÀO MỪNG QUÝ'
        " THẦY CÔ, CHA MẸ HỌC SINH VÀ CÁC EM HỌC SINH ĐẾN VỚI WEBSITE TRƯỜNG THCS NGUYỄN VĂN TRỖI"
        "</strong></p><p>Năm học 2026 - 2027, nhà trường có 27 lớp với 1.012 học sinh, 58 cán bộ,"
        " giáo viên, nhân viên.</p></div>"
    )
    abstracts = "".join(_abstract(s) for s in STORIES[:5])
    more = f'<div class="asset-more-all"><a href="{SITE}/tin-tuc">Xem tất cả tin &raquo;</a></div>'
    main = (portlet("56_INSTANCE_Wc5eRt7yUi9o", "Chào mừng", welcome, "portlet-journal-content")
            + portlet(f"101_INSTANCE_{HOME_AP}", "Tin mới", abstracts + more, "portlet-asset-publisher"))
    return layout(request, f"Trang chủ - {SCHOOL}", main, [(None, "Trang chủ")], "trang-chu",
                  description="Website Trường THCS Nguyễn Văn Trỗi, huyện Cần Giuộc, tỉnh Long An")


# --- pages that are not articles ----------------------------------------------------------------


def _wcd_page(request: Request, slug: str, title: str, inner: str, trail=None) -> Response:
    main = portlet("56_INSTANCE_" + ("Gt" + slug.replace("-", ""))[:12], title,
                   f'<div class="journal-content-article">{inner}</div>', "portlet-journal-content")
    sel = "gioi-thieu" if slug == "co-cau-to-chuc" else slug
    return layout(request, f"{title} - {SCHOOL}", main, trail or [(None, title)], sel)


def gioi_thieu(request: Request) -> Response:
    inner = (
        "<h2>Lịch sử hình thành và phát triển</h2>"
        "<p>Trường THCS Nguyễn Văn Trỗi được thành lập năm 1995 trên cơ sở tách ra từ Trường PTCS"
        " Long Thượng, mang tên người anh hùng liệt sĩ Nguyễn Văn Trỗi.</p>"
        "<p>Trải qua hơn 30 năm xây dựng và phát triển, nhà trường đạt chuẩn quốc gia mức độ 1"
        " năm 2015 và được công nhận đạt kiểm định chất lượng giáo dục cấp độ 3 năm 2024.</p>"
        '<p style="text-align:center;"><img alt="" src="/documents/10181/12490/cong-truong.jpg/7e9b1d3f-5a6c-4e8a-9c2e-0a2c4e6a8c0e?t=1700000000000" /></p>'
        "<h2>Sứ mệnh</h2><p>Xây dựng môi trường học tập thân thiện, an toàn để mỗi học sinh đều có"
        " cơ hội phát triển.</p>"
    )
    return _wcd_page(request, "gioi-thieu", "Giới thiệu", inner)


def co_cau(request: Request) -> Response:
    rows = [("Phạm Văn Thành", "Hiệu trưởng"), ("Nguyễn Thị Bích Thủy", "Phó Hiệu trưởng"),
            ("Lê Văn Hùng", "Phó Hiệu trưởng"), ("Lê Hoàng Phúc", "Tổng phụ trách Đội")]
    table = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in rows)
    inner = f'<table border="1"><tbody><tr><th>Họ và tên</th><th>Chức vụ</th></tr>{table}</tbody></table>'
    return _wcd_page(request, "co-cau-to-chuc", "Cơ cấu tổ chức", inner,
                     [(f"{SITE}/gioi-thieu", "Giới thiệu"), (None, "Cơ cấu tổ chức")])


DOCS = [
    ("KH-45-nhiem-vu-nam-hoc-2026-2027.pdf", "8f0a2c4e-6a7c-4e9a-8b1d-1b3d5f7a9c1e",
     "Kế hoạch số 45/KH-THCSNVT thực hiện nhiệm vụ năm học 2026 - 2027", "05/09/2026"),
    ("QD-12-thanh-lap-ban-kiem-tra-noi-bo.pdf", "9a1c3e5a-7b8d-4f0a-9c2e-2c4e6a8c0e2a",
     "Quyết định số 12/QĐ-THCSNVT thành lập Ban kiểm tra nội bộ", "12/09/2026"),
]


def van_ban(request: Request) -> Response:
    rows = "".join(
        f'<tr><td><a href="/documents/10181/12600/{f}/{u}?version=1.0">{esc(t)}</a></td><td>{d}</td></tr>'
        for f, u, t, d in DOCS
    )
    inner = ('<div class="lfr-search-container"><table class="table table-bordered table-hover table-striped">'
             f"<thead><tr><th>Tiêu đề</th><th>Ngày ban hành</th></tr></thead><tbody>{rows}</tbody></table></div>")
    main = portlet("110_INSTANCE_Vb3nMa5sDf7g", "Văn bản", inner, "portlet-document-library-display")
    return layout(request, f"Văn bản - {SCHOOL}", main, [(None, "Văn bản")], "van-ban")


def thu_vien_anh(request: Request) -> Response:
    pics = "".join(
        f'<div class="image-icon"><img alt="Ảnh {i}" src="/documents/10181/12700/album-{i}.jpg/'
        f'{i}b2d4f6a-8c9e-4a1c-9e3a-3d5f7a9c1e3{i}?t=1700000000000&amp;imageThumbnail=1" /></div>'
        for i in range(1, 7)
    )
    inner = f'<div class="taglib-image-gallery"><h3>Lễ khai giảng năm học 2026 - 2027</h3>{pics}</div>'
    main = portlet("31", "Thư viện ảnh", inner, "portlet-image-gallery-display")
    return layout(request, f"Thư viện ảnh - {SCHOOL}", main, [(None, "Thư viện ảnh")], "thu-vien-anh")


def lien_he(request: Request) -> Response:
    inner = (
        "<p><strong>TRƯỜNG THCS NGUYỄN VĂN TRỖI</strong></p>"
        "<p>Địa chỉ: ấp Thanh Ba, xã Long Thượng, huyện Cần Giuộc, tỉnh Long An</p>"
        "<p>Điện thoại: (0272) 3 874 215</p><p>Email: c2nguyenvantroi.cangiuoc@longan.edu.vn</p>"
    )
    return _wcd_page(request, "lien-he", "Liên hệ", inner)


PAGES = {
    "gioi-thieu": gioi_thieu,
    "co-cau-to-chuc": co_cau,
    "van-ban": van_ban,
    "thu-vien-anh": thu_vien_anh,
    "lien-he": lien_he,
}


def sibling_page(slug: str, name: str) -> Response:
    return html(
        f'<!DOCTYPE html><html lang="vi-VN"><head><title>Trang chủ - {esc(name)}</title></head><body>'
        f'<header id="banner"><h1 class="site-title">{esc(name.upper())}</h1></header>'
        '<div id="content"><div class="portlet-body"><div class="journal-content-article">'
        "<p>Website đang được cập nhật nội dung. Mời quý khách quay lại sau.</p></div></div></div>"
        "</body></html>"
    )


def login_page(request: Request) -> Response:
    form = (
        '<form action="javascript:;" class="form sign-in-form" method="post">'
        '<label>Địa chỉ email<input name="_58_login" type="text" /></label>'
        '<label>Mật khẩu<input name="_58_password" type="password" /></label>'
        '<button class="btn btn-primary" type="button">Đăng nhập</button></form>'
    )
    main = portlet("58", "Đăng nhập", form, "portlet-login")
    return layout(request, f"Đăng nhập - {SCHOOL}", main, [(None, "Đăng nhập")], "")


# --- the site -------------------------------------------------------------------------------------


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method not in ("GET", "HEAD"):
            return None
        if path == "/":
            return redirect(SITE)
        if path.startswith(("/documents/", "/image/")):
            if path.lower().endswith(".pdf") or ".pdf/" in path:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path + ".jpg")
        if path.startswith(("/html/", "/thcs-ntv-theme/")):
            return static_file(path) or static_file(path + ".js")
        if path == "/c/portal/login":
            return login_page(request)
        lang = "vi-VN"
        for prefix, code in (("/vi/", "vi-VN"), ("/en/", "en-US")):
            if path.startswith(prefix + "web/"):
                path, lang = path[len(prefix) - 1:], code
        path = path.rstrip("/") or "/"
        for slug, name in [("pgd-cangiuoc", "Phòng GD&ĐT Cần Giuộc"), *SIBLINGS]:
            if path == f"/web/{slug}":
                return sibling_page(slug, name)
        if not path.startswith(SITE):
            return None
        rest = path[len(SITE):]
        if rest in ("", "/trang-chu"):
            return home_page(request)
        if rest == "/tin-tuc":
            return self._listing(request)
        for prefix, via_home in ((f"/tin-tuc/-/asset_publisher/{NEWS}/content/", False),
                                 (f"/trang-chu/-/asset_publisher/{HOME_AP}/content/", True)):
            if rest.startswith(prefix):
                story = BY_SLUG.get(rest[len(prefix):])
                return article_page(request, story, via_home, lang) if story else None
        page = PAGES.get(rest.lstrip("/"))
        return page(request) if page else None

    def _listing(self, request: Request) -> Response | None:
        params = parse_qs(request.query)
        page = 1
        if params.get("p_p_id", [""])[0] == f"101_INSTANCE_{NEWS}":
            raw = params.get(f"_101_INSTANCE_{NEWS}_cur", ["1"])[0]
            if not raw.isdigit():
                return None
            page = int(raw)
        if not 1 <= page <= n_pages():
            return None
        return listing_page(request, page)


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    alts = [context_path(s, page_of(s))]
    if STORIES.index(s) < 5:
        alts.append(home_path(s))
    alts += [print_path(s), "/en" + clean_path(s), "/vi" + clean_path(s)]
    return alts


GOLD = [gold_record(s, clean_path(s), CAT, alt_paths=_alt_paths(s)) for s in STORIES]

NON_ARTICLES = [f"{SITE}/{slug}" for slug in PAGES]
