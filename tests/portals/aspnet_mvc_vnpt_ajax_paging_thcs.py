"""Trường THCS Nguyễn Trãi (huyện Đức Trọng, tỉnh Lâm Đồng): an ASP.NET MVC 5 school portal.

Platform
--------
The telecom vendor's school-portal product of the late 2010s (ASP.NET MVC 5 on IIS, Razor views,
Bootstrap 3, jQuery 1.x, Font Awesome 4, ``System.Web.Optimization`` bundles ``/bundles/...?v=``,
anti-forgery tokens in every form). Each school is a "site" numbered in the vendor's farm
(``schoolId`` 2451 here); its uploads live under ``/Upload/2451/``. Footer: "Thiết kế và phát
triển bởi VNPT Lâm Đồng".

URL scheme
----------
- ``/``: home (slider "Tin nổi bật", "Tin mới nhất", one box per category, sidebars);
  any query string is ignored (``/?page=2`` is the home again).
- ``/danh-muc/<slug>-<catId>`` and ``?page=N``: a category listing, a ``div.box-news`` of
  teasers, 3 per page, under an AJAX pager (``ul.pagination`` with ``data-url``) whose ``<a>``
  carry ``href="?page=N"`` for browsers without script; the inline script intercepts the click
  and calls ``/News/LoadPage?catId=<catId>&page=N``.
- ``/News/LoadPage?catId=<catId>&page=N``: the partial view ``_BoxNews`` (an HTML fragment, no
  ``<html>``/``<head>``), the same teasers and a pager whose hrefs are LoadPage URLs.
- ``/tin-tuc/<slug>-<id>.html``: an article. The route reads the id; the slug it was first
  published under still answers (200, ``rel=canonical`` to the current slug).
- ``/News/Detail/<id>``: MVC's default route, the same article (the home slider links it).
- ``/Upload/2451/images/...jpg``, ``/Upload/2451/files/<file>.pdf``: uploads.
- Non-articles: ``/gioi-thieu/<slug>-<id>``, ``/lien-he``, ``/van-ban`` and
  ``/van-ban/<slug>-<id>``, ``/thu-vien-anh`` and ``/thu-vien-anh/<slug>-<id>``,
  ``/video/<slug>-<id>``, ``/tim-kiem?keyword=``, ``/Account/Login``.

Page templates
--------------
Every page: top bar (today "Thứ Bảy, 05/12/2026", hotline, "Đăng nhập"), banner, Bootstrap
navbar with drop-downs (menu items typed in capitals), ``ol.breadcrumb.bc-vnpt``, main column
``col-md-9`` and right column ``col-md-3`` (Thông báo marquee, Tin xem nhiều, video, liên kết
website select, poll form, "Thống kê truy cập": Đang online / Hôm nay / Tổng truy cập), footer.

Article (``div.news-detail#divNewsDetail``): ``h1.nd-title``; ``div.nd-info`` "Cập nhật lúc:
HH:mm dd/MM/yyyy" and "Lượt xem: N"; ``div.nd-tienich`` social bar (Facebook like, Zalo share,
font size A- A A+, In bài, Gửi email); optional ``p.nd-mota`` sapo; ``div.nd-noidung#newsContent``
the text; ``div.nd-nguoiviet`` "Người viết: …"; ``div.nd-dinhkem`` "Tệp đính kèm" with a Google
Docs viewer iframe; ``div.nd-binhluan`` printed reader comments + comment form; ``div.nd-tinkhac``
"Tin khác" (the category's three newest articles but the page's own).

How each gold article is reached
--------------------------------
Categories (catId): Tin tức - Sự kiện (12), Hoạt động chuyên môn (15), Đoàn - Đội (18),
Thông báo (21). Tin tức - Sự kiện lists its own six articles plus one filed under Hoạt động
chuyên môn (1897), newest first: page 1 = 1918, 1912, 1905; page 2 = 1897, 1893, 1884;
page 3 = 1879. Hoạt động chuyên môn: page 1 = 1915, 1897, 1888; page 2 = 1876. Đoàn - Đội:
1909, 1882. Thông báo: 1914. The home links 1918, 1914, 1915, 1912, 1909 (Tin mới nhất), the
categories' two newest, 1905/1897/1909 (Tin xem nhiều) and, through ``/News/Detail/<id>``,
1918/1905/1882 (slider). 1893, 1884 (Tin tức page 2), 1879 (Tin tức page 3, linked only from page
2's pager: the pager shows the current page ±1) and 1876 (Hoạt động chuyên môn page 2) are
reachable only through page 2+ of a listing.

Traps
-----
1. AJAX pager, windowed: the pager shows only the current page ±1 and "»" (no "Cuối"), so
   Tin tức page 3 is linked only from page 2; the real pages are the no-script ``?page=N`` links
   (relative hrefs). ``/News/LoadPage`` fragments (reachable only from ``data-url`` attributes
   and the inline script) are listings without chrome or title, never articles.
   Gold: 1879 is an article of "Tin tức - Sự kiện"; no LoadPage URL is in the gold.
2. Home boxes print the same partial's pager: ``href="?page=2"`` resolved against ``/`` gives
   ``/?page=2``, which is the home again (identical page). Gold: nothing; no article is there.
3. MVC default route duplicate: the home slider links ``/News/Detail/1918``, ``/1905``,
   ``/1882``, which serve the article (200, canonical to the friendly URL). Gold: the ``.html``
   path; ``/News/Detail/<id>`` in ``alt_paths``.
4. Stale slug: 1905 was retitled after publication; the "Tin khác" lists of its category still
   link its first slug (``le-ky-niem-ngay-nha-giao-viet-nam-20-11-2026-1905.html``), which
   answers 200 with the current title and canonical. Gold: the current slug; the old one in
   ``alt_paths``.
5. Truncated titles: ``<title>`` and ``og:title`` cut the headline at 60 characters with "..."
   (then " - THCS Nguyễn Trãi"), the breadcrumb's last crumb cuts it at 50. Gold ``title``: the
   ``h1.nd-title`` in full.
6. Dates: the only date line is "Cập nhật lúc: 08:30 01/12/2026" (time first, day/month/year;
   several days ≤ 12, so month-first parsing gives another date), and the page's
   ``article:published_time`` meta is a naive local time ("2026-12-01T08:30:00", no offset, not
   UTC). Gold: the printed local time with +07:00 ("2026-12-01T08:30:00+07:00"); "00:00" (1879)
   gives the day alone. Comment timestamps and the header's today are never the date.
7. Lead printed twice: 1905's sapo is printed in ``p.nd-mota`` and the editor pasted it again
   as the text's first paragraph. Gold: ``summary`` = the sapo, the body holds it once.
8. Lazy images: 1915 and 1888 print ``<img class="lazy" src="/Content/images/grey.gif"
   data-original="/Upload/…jpg">`` (jquery.lazyload, no ``<noscript>``). Gold: the
   ``data-original`` path; the grey placeholder is no image.
9. Captions as the vendor's editor prints them: a two-row table (photo row, italic caption row;
   1905), a centred italic line, a line in parentheses (1897, 1884: parentheses dropped), an
   "Ảnh: Trần Minh Tú" line inside a BR-mode text (1893: caption None, photographer), a photo
   with only a file-like ``alt`` (1884: caption None).
10. "Người viết:" field: a name with post ("Cô Hoàng Thị Ngọc Diệp - GV Tổ Sử - Địa" ->
    "Hoàng Thị Ngọc Diệp", "ThS. Lê Văn Hùng (TTCM Tổ KHTN)" -> "Lê Văn Hùng"), two names, "Tin:
    X - Ảnh: Y", "Tin, ảnh: X (TPT Đội)", a unit ("Ban chỉ huy Liên đội"), "BBT" and CMS
    accounts ("admin", "quantri", "admin_nguyentrai", "vanthu") -> nobody. When the field is an
    account and the text ends with a right-aligned bold unit ("Tổ Toán - Tin", 1897), that unit
    is the author; the notice's author is its signer.
11. Widgets inside ``div.news-detail`` that read like text: printed reader comments ("Ý kiến
    bạn đọc", names, times, sentences; 1912, 1909), the comment form, the attachment list and the
    Google Docs viewer iframe, and inside the text container itself an editor-inserted "Bài liên
    quan" box (1915). Gold: none of them in the body.
12. Cross-listing: 1897 is listed in Tin tức - Sự kiện (page 2) and Hoạt động chuyên môn
    (page 1); its breadcrumb says "Hoạt động chuyên môn". Gold category: the breadcrumb's.
    Menus print category names in capitals ("CHUYÊN MÔN"); gold uses the breadcrumb's spelling.
13. BR-mode editor: 1893's text is one ``<div>`` whose paragraphs are separated by ``<br />
    <br />``, photos and credit lines between them. Gold: one paragraph per text line.
14. Word paste: 1884 and the notice 1914 are ``p.MsoNormal`` with ``<o:p>`` and empty
    ``&nbsp;`` spacer paragraphs (no paragraph in the gold).
15. Official notice (1914, Thông báo): letterhead table, "THÔNG BÁO / Về việc …", a schedule
    table, "Nơi nhận" and the signer; its "Cập nhật lúc" is 01/12 while the letterhead says
    30/11. Gold: published_at "2026-11-30", author the signer "Trần Văn Quang", body = the
    notice's paragraphs and table rows (cells joined by " | "), no letterhead/closing.
16. Source: 1876 ends with a right-aligned "Nguồn: Phòng GD&ĐT Đức Trọng" -> source; its
    sentence "Theo kế hoạch, năm học …" is text.

Gold decisions on ambiguous points
----------------------------------
- "Cập nhật lúc" is the only date an article prints on this platform (it is the time the post
  was saved as published, never changed by later edits): it is the publication date, except
  for the notice, whose letterhead day wins.
- A bold first paragraph of the text is the sapo (1918, 1882); a ``p.nd-mota`` is a sapo
  printed outside the text (1905, 1915). Other articles have no summary.
- A heading inside the text (1897's ``h3``) and list items are body paragraphs; a table's
  header row is a row like the others.
- Category names are the breadcrumb's ("Tin tức - Sự kiện", "Hoạt động chuyên môn",
  "Đoàn - Đội", "Thông báo").
- Intro pages, contact, document entries, albums and the video page are not articles.
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html

from ._common import (
    PDF,
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

NAME = "aspnet_mvc_vnpt_ajax_paging_thcs"
PLATFORM = "ASP.NET MVC 5 school portal (VNPT vendor), Bootstrap 3, AJAX pager /News/LoadPage"
START_PATH = "/"

SCHOOL_ID = 2451
UP = f"/Upload/{SCHOOL_ID}"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 3
SITE_NAME = "THCS Nguyễn Trãi"

#: catId -> (slug, name as the breadcrumb prints it, menu label)
CATS: dict[int, tuple[str, str, str]] = {
    12: ("tin-tuc-su-kien", "Tin tức - Sự kiện", "TIN TỨC - SỰ KIỆN"),
    15: ("hoat-dong-chuyen-mon", "Hoạt động chuyên môn", "CHUYÊN MÔN"),
    18: ("doan-doi", "Đoàn - Đội", "ĐOÀN - ĐỘI"),
    21: ("thong-bao", "Thông báo", "THÔNG BÁO"),
}
CAT_BY_NAME = {name: cid for cid, (_slug, name, _menu) in CATS.items()}


def cat_path(cat_id: int) -> str:
    return f"/danh-muc/{CATS[cat_id][0]}-{cat_id}"


# --- the articles --------------------------------------------------------------------------

_IMG = f"{UP}/images/2026"

_NOTICE_HEAD = Raw(
    '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="100%" '
    'style="width:100.0%;border-collapse:collapse"><tbody><tr>'
    '<td width="42%" valign="top"><p class="MsoNormal" align="center" style="text-align:center">'
    '<span style="font-size:13.0pt">PHÒNG GD&amp;ĐT ĐỨC TRỌNG</span><br />'
    '<b><span style="font-size:13.0pt">TRƯỜNG THCS NGUYỄN TRÃI</span></b><o:p></o:p></p></td>'
    '<td width="58%" valign="top"><p class="MsoNormal" align="center" style="text-align:center">'
    '<b><span style="font-size:12.0pt">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</span></b><br />'
    '<b><u><span style="font-size:13.0pt">Độc lập - Tự do - Hạnh phúc</span></u></b><o:p></o:p></p></td>'
    '</tr><tr>'
    '<td valign="top"><p class="MsoNormal" align="center" style="text-align:center">'
    '<span style="font-size:13.0pt">Số: 87/TB-THCSNT</span><o:p></o:p></p></td>'
    '<td valign="top"><p class="MsoNormal" align="right" style="text-align:right">'
    '<i><span style="font-size:13.0pt">Hiệp Thạnh, ngày 30 tháng 11 năm 2026</span></i><o:p></o:p></p></td>'
    '</tr></tbody></table>\n'
    '<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:14.0pt">'
    'THÔNG BÁO</span></b><br /><b><span style="font-size:13.0pt">Về việc tổ chức kiểm tra cuối học kỳ I '
    'năm học 2026 - 2027</span></b><o:p></o:p></p>'
)

_NOTICE_FOOT = Raw(
    '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="100%"><tbody><tr>'
    '<td width="50%" valign="top"><p class="MsoNormal"><b><i><span style="font-size:11.0pt">Nơi nhận:'
    '</span></i></b><br /><span style="font-size:11.0pt">- Như trên;</span><br />'
    '<span style="font-size:11.0pt">- Phòng GD&amp;ĐT (b/c);</span><br />'
    '<span style="font-size:11.0pt">- Lưu: VT.</span><o:p></o:p></p></td>'
    '<td width="50%" valign="top"><p class="MsoNormal" align="center" style="text-align:center">'
    '<b><span style="font-size:13.0pt">HIỆU TRƯỞNG</span></b><br /><i>(Đã ký)</i><br /><br />'
    '<b><span style="font-size:13.0pt">Trần Văn Quang</span></b><o:p></o:p></p></td>'
    '</tr></tbody></table>'
)

STORIES: list[Story] = [
    Story(
        id=1918,
        slug="doan-cong-tac-phong-gd-dt-duc-trong-kiem-tra-cong-tac-chuyen-doi-so-tai-truong-thcs-nguyen-trai",
        title="Đoàn công tác Phòng GD&ĐT Đức Trọng kiểm tra công tác chuyển đổi số tại Trường THCS Nguyễn Trãi",
        cat="Tin tức - Sự kiện",
        published_at="2026-12-03T16:20:00+07:00",
        summary=(
            "Chiều ngày 02/12/2026, đoàn công tác của Phòng Giáo dục và Đào tạo huyện Đức Trọng do "
            "ông Nguyễn Hữu Tài, Phó Trưởng phòng làm trưởng đoàn đã đến kiểm tra công tác chuyển đổi "
            "số và ứng dụng công nghệ thông tin tại Trường THCS Nguyễn Trãi."
        ),
        blocks=[
            P(
                "Chiều ngày 02/12/2026, đoàn công tác của Phòng Giáo dục và Đào tạo huyện Đức Trọng do "
                "ông Nguyễn Hữu Tài, Phó Trưởng phòng làm trưởng đoàn đã đến kiểm tra công tác chuyển đổi "
                "số và ứng dụng công nghệ thông tin tại Trường THCS Nguyễn Trãi.",
                "lead",
            ),
            P(
                "Tiếp và làm việc với đoàn có thầy Trần Văn Quang, Hiệu trưởng nhà trường cùng các đồng "
                "chí trong Ban Giám hiệu, tổ trưởng chuyên môn và nhân viên phụ trách thiết bị, công nghệ "
                "thông tin."
            ),
            P(
                "Tại buổi làm việc, thầy Hiệu trưởng báo cáo kết quả triển khai Kế hoạch chuyển đổi số năm "
                "học 2026 - 2027. Đến nay, 100% cán bộ, giáo viên sử dụng sổ điểm điện tử, học bạ số trên "
                "phần mềm vnEdu; 34/36 phòng học đã được lắp đặt ti vi thông minh hoặc máy chiếu; hệ thống "
                "wifi phủ sóng toàn bộ khu phòng học và nhà đa năng."
            ),
            Img(
                f"{_IMG}/12/kiem-tra-cds-01.jpg",
                "Ông Nguyễn Hữu Tài, Phó Trưởng phòng GD&ĐT phát biểu tại buổi làm việc",
                "Ông Nguyễn Hữu Tài, Phó Trưởng phòng GD&ĐT phát biểu tại buổi làm việc",
            ),
            P(
                "Nhà trường cũng đã thực hiện thanh toán không dùng tiền mặt đối với các khoản thu theo "
                "quy định, triển khai sổ liên lạc điện tử giúp phụ huynh theo dõi kết quả học tập và nề "
                "nếp của học sinh hằng ngày."
            ),
            P(
                "Đoàn đã kiểm tra thực tế hồ sơ, dữ liệu trên các phần mềm quản lý, dự giờ một tiết Tin "
                "học lớp 9A1 và một tiết Toán lớp 7A3 có ứng dụng học liệu số."
            ),
            Img(
                f"{_IMG}/12/kiem-tra-cds-02.jpg",
                "Đoàn kiểm tra dự giờ tiết Tin học lớp 9A1",
                "Đoàn kiểm tra dự giờ tiết Tin học lớp 9A1",
            ),
            P(
                "Kết luận buổi kiểm tra, ông Nguyễn Hữu Tài ghi nhận những cố gắng của tập thể sư phạm nhà "
                "trường, đồng thời đề nghị trường tiếp tục rà soát, làm sạch dữ liệu ngành, bồi dưỡng kỹ "
                "năng số cho giáo viên và tăng cường khai thác kho học liệu dùng chung của Sở Giáo dục và "
                "Đào tạo."
            ),
        ],
        authors=["Phạm Thị Thu Hà", "Vũ Đức Minh"],
        opts={"printed": "16:20 03/12/2026", "byline": "Phạm Thị Thu Hà, Vũ Đức Minh", "featured": True},
    ),
    Story(
        id=1912,
        slug="hoi-nghi-cha-me-hoc-sinh-giua-hoc-ky-i-nha-truong-va-gia-dinh-cung-dong-hanh",
        title="Hội nghị cha mẹ học sinh giữa học kỳ I: nhà trường và gia đình cùng đồng hành",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-26T10:05:00+07:00",
        blocks=[
            P(
                "Sáng Chủ nhật ngày 23/11/2026, Trường THCS Nguyễn Trãi tổ chức Hội nghị cha mẹ học sinh "
                "giữa học kỳ I năm học 2026 - 2027 tại 36 lớp với sự tham dự của gần 1.400 phụ huynh."
            ),
            P(
                "Trước giờ họp lớp, Ban Giám hiệu đã thông tin nhanh qua hệ thống loa phát thanh về tình "
                "hình thực hiện nhiệm vụ năm học, kết quả kiểm tra giữa kỳ và những điểm mới trong đánh giá "
                "học sinh theo Thông tư 22/2021/TT-BGDĐT."
            ),
            P(
                "Tại các lớp, giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện của từng học sinh; "
                "trao đổi về việc sử dụng điện thoại di động, an toàn giao thông khi đi xe đạp điện và "
                "phòng chống bạo lực học đường."
            ),
            Img(
                f"{_IMG}/11/hop-phu-huynh-6a4.jpg",
                "Phụ huynh lớp 6A4 trao đổi với giáo viên chủ nhiệm",
                "Phụ huynh lớp 6A4 trao đổi với giáo viên chủ nhiệm",
            ),
            P(
                "Nhiều ý kiến của phụ huynh tập trung vào việc tổ chức bán trú, giờ ra về của học sinh khối "
                "6 và việc ôn tập cho học sinh lớp 9 chuẩn bị kỳ thi tuyển sinh vào lớp 10. Các ý kiến đều "
                "được giáo viên chủ nhiệm ghi nhận, tổng hợp gửi về Ban Giám hiệu để giải đáp."
            ),
            P(
                "Hội nghị cũng kiện toàn Ban đại diện cha mẹ học sinh các lớp, thống nhất kế hoạch phối hợp "
                "giữa nhà trường và gia đình trong học kỳ II."
            ),
        ],
        opts={
            "printed": "10:05 26/11/2026",
            "byline": "admin",
            "comments": [
                (
                    "Phụ huynh em Lê Gia Bảo - 8A2",
                    "26/11/2026 20:14",
                    "Cảm ơn nhà trường đã tổ chức buổi họp chu đáo. Mong trường sớm có lịch ôn thi cho "
                    "các cháu lớp 9.",
                ),
                (
                    "Nguyễn Văn Thắng",
                    "27/11/2026 06:52",
                    "Đề nghị nhà trường nhắc nhở các em đội mũ bảo hiểm khi đi xe đạp điện.",
                ),
            ],
        },
    ),
    Story(
        id=1905,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-va-trao-thuong-hoc-sinh-tieu-bieu",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và trao thưởng học sinh tiêu biểu",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-20T09:30:00+07:00",
        summary=(
            "Sáng ngày 20/11/2026, trong không khí phấn khởi của những ngày tháng Mười Một, Trường THCS "
            "Nguyễn Trãi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - "
            "20/11/2026)."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự buổi lễ có ông Phan Đình Lộc, Chủ tịch UBND xã Hiệp Thạnh; đại diện Phòng GD&ĐT "
                "Đức Trọng, Ban đại diện cha mẹ học sinh, các thế hệ thầy cô giáo đã nghỉ hưu cùng toàn "
                "thể cán bộ, giáo viên, nhân viên và học sinh nhà trường."
            ),
            P(
                "Ôn lại truyền thống ngày 20/11, thầy Trần Văn Quang, Hiệu trưởng nhà trường nhấn mạnh: "
                "trong năm học vừa qua, tập thể sư phạm đã nỗ lực đổi mới phương pháp dạy học, có 12 giáo "
                "viên đạt danh hiệu giáo viên dạy giỏi cấp huyện, 27 học sinh đạt giải trong kỳ thi học "
                "sinh giỏi cấp huyện và 6 học sinh đạt giải cấp tỉnh."
            ),
            Img(
                f"{_IMG}/11/le-20-11-hieu-truong.jpg",
                "Thầy Trần Văn Quang, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
                "Thầy Trần Văn Quang, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
                "tbl",
            ),
            P(
                "Thay mặt các thế hệ học sinh, em Ngô Bảo Trâm, lớp 9A1 bày tỏ lòng biết ơn sâu sắc tới các "
                "thầy cô và hứa sẽ thi đua học tập, rèn luyện để xứng đáng với công lao dạy dỗ."
            ),
            P(
                "Dịp này, nhà trường trao thưởng cho 45 học sinh tiêu biểu trong phong trào thi đua “Bông "
                "hoa điểm tốt dâng thầy cô” và khen thưởng 8 tập thể lớp có thành tích xuất sắc trong đợt "
                "thi đua chào mừng ngày 20/11."
            ),
            Img(
                f"{_IMG}/11/le-20-11-trao-thuong.jpg",
                "Trao thưởng cho học sinh tiêu biểu trong đợt thi đua",
                "Trao thưởng cho học sinh tiêu biểu trong đợt thi đua",
                "tbl",
            ),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do học sinh các lớp biểu diễn, để lại "
                "nhiều cảm xúc cho các thầy cô giáo và quý vị đại biểu."
            ),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        photographers=["Lê Quang Vinh"],
        opts={
            "printed": "09:30 20/11/2026",
            "byline": "Tin: Nguyễn Thị Hồng Nhung - Ảnh: Lê Quang Vinh",
            "featured": True,
            "sapo_repeat": True,
            "old_slug": "le-ky-niem-ngay-nha-giao-viet-nam-20-11-2026",
        },
    ),
    Story(
        id=1897,
        slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027-thanh-cong-tot-dep",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027 thành công tốt đẹp",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-12T14:40:00+07:00",
        blocks=[
            P(
                "Từ ngày 19/10 đến ngày 07/11/2026, Trường THCS Nguyễn Trãi tổ chức Hội thi giáo viên dạy "
                "giỏi cấp trường năm học 2026 - 2027 nhằm phát hiện, bồi dưỡng giáo viên tham gia hội thi "
                "cấp huyện."
            ),
            P(
                "Hội thi có 21 giáo viên thuộc 5 tổ chuyên môn đăng ký tham gia. Mỗi giáo viên thực hiện "
                "hai tiết dạy thực hành, trong đó có một tiết bốc thăm ngẫu nhiên, và trình bày biện pháp "
                "nâng cao chất lượng dạy học bộ môn."
            ),
            P("Nhiều tiết dạy sáng tạo, lấy học sinh làm trung tâm", "h3"),
            P(
                "Các tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các phương pháp, kỹ thuật dạy học "
                "tích cực như trạm, góc, khăn trải bàn, sơ đồ tư duy; nhiều giáo viên khai thác hiệu quả "
                "học liệu số và phần mềm mô phỏng."
            ),
            Img(
                f"{_IMG}/11/gvdg-toan-8a2.jpg",
                "(Cô Đinh Thị Lan dạy tiết Toán lớp 8A2 tại hội thi)",
                "Cô Đinh Thị Lan dạy tiết Toán lớp 8A2 tại hội thi",
            ),
            P(
                "Kết quả, Ban tổ chức công nhận 17 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường, "
                "trong đó có 6 giáo viên được chọn tham dự Hội thi cấp huyện dự kiến tổ chức vào tháng "
                "01/2027."
            ),
            Raw('<p style="text-align: right;"><strong>Tổ Toán - Tin</strong></p>'),
        ],
        authors=["Tổ Toán - Tin"],
        opts={"printed": "14:40 12/11/2026", "byline": "quantri", "also_in": [12]},
    ),
    Story(
        id=1893,
        slug="hoc-sinh-khoi-7-trai-nghiem-thuc-te-tai-khu-du-lich-thac-pongour",
        title="Học sinh khối 7 trải nghiệm thực tế tại khu du lịch thác Pongour",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-05T07:45:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch giáo dục trải nghiệm năm học 2026 - 2027, ngày 01/11/2026, Trường THCS "
                "Nguyễn Trãi tổ chức cho gần 350 học sinh khối 7 tham quan, trải nghiệm tại khu du lịch "
                "thác Pongour, xã Tân Hội."
            ),
            P(
                "Tại đây, các em được nghe giới thiệu về lịch sử, truyền thuyết gắn với ngọn thác được mệnh "
                "danh là “Nam thiên đệ nhất thác”, tìm hiểu đặc điểm địa hình, địa chất của vùng cao "
                "nguyên Di Linh - Lâm Viên."
            ),
            Img(f"{_IMG}/11/pongour-01.jpg", "Ảnh: Trần Minh Tú", None, "br"),
            P(
                "Buổi trải nghiệm được thiết kế thành các trạm học tập gắn với nội dung môn Lịch sử và Địa "
                "lí, Khoa học tự nhiên và Hoạt động trải nghiệm, hướng nghiệp. Mỗi nhóm học sinh hoàn "
                "thành phiếu học tập và thuyết trình sản phẩm ngay tại điểm tham quan."
            ),
            P(
                "Các em còn tham gia nhặt rác, làm sạch khu vực bờ suối, tuyên truyền du khách bảo vệ cảnh "
                "quan môi trường."
            ),
            Img(f"{_IMG}/11/pongour-02.jpg", "Ảnh: Trần Minh Tú", None, "br"),
            P(
                "Chuyến đi đã giúp học sinh thêm hiểu biết, yêu quý quê hương Đức Trọng và rèn luyện kỹ "
                "năng làm việc nhóm, kỹ năng tự phục vụ."
            ),
        ],
        authors=["Hoàng Thị Ngọc Diệp"],
        photographers=["Trần Minh Tú"],
        opts={
            "printed": "07:45 05/11/2026",
            "byline": "Cô Hoàng Thị Ngọc Diệp - GV Tổ Sử - Địa",
            "form": "br",
        },
    ),
    Story(
        id=1884,
        slug="dien-tap-phuong-an-chua-chay-va-cuu-nan-cuu-ho-nam-2026",
        title="Diễn tập phương án chữa cháy và cứu nạn, cứu hộ năm 2026",
        cat="Tin tức - Sự kiện",
        published_at="2026-10-27T15:10:00+07:00",
        blocks=[
            P(
                "Nhằm nâng cao kỹ năng xử lý tình huống khi có cháy, nổ xảy ra, chiều ngày 24/10/2026, "
                "Trường THCS Nguyễn Trãi phối hợp với Công an xã Hiệp Thạnh tổ chức diễn tập phương án "
                "chữa cháy và cứu nạn, cứu hộ tại chỗ."
            ),
            P(
                "Tình huống giả định: vào lúc 14 giờ 30, tại kho thiết bị tầng 1 dãy phòng học số 2 xảy ra "
                "chập điện gây cháy, khói lan sang các phòng học lân cận, có 2 học sinh bị ngạt khói chưa "
                "kịp thoát ra ngoài."
            ),
            P(
                "Ngay khi phát hiện, lực lượng phòng cháy chữa cháy cơ sở của nhà trường đã đánh kẻng báo "
                "động, cắt điện, hướng dẫn học sinh sơ tán theo lối thoát nạn, đồng thời sử dụng bình chữa "
                "cháy xách tay và lăng vòi để dập đám cháy ban đầu."
            ),
            Img(
                f"{_IMG}/10/dien-tap-pccc-01.jpg",
                "(Lực lượng chữa cháy cơ sở sử dụng bình bột dập đám cháy giả định)",
                "Lực lượng chữa cháy cơ sở sử dụng bình bột dập đám cháy giả định",
            ),
            P(
                "Lực lượng Công an xã đến hiện trường đã triển khai các biện pháp cứu người bị nạn, hướng "
                "dẫn sơ cứu ban đầu và phối hợp dập tắt hoàn toàn đám cháy sau 15 phút."
            ),
            P(
                "Sau buổi diễn tập, cán bộ Công an xã hướng dẫn cán bộ, giáo viên và học sinh cách sử dụng "
                "các loại bình chữa cháy, kỹ năng thoát nạn khi có khói và cách gọi số điện thoại 114."
            ),
            Img(f"{_IMG}/10/dien-tap-pccc-03.jpg", None, None, "alt"),
        ],
        opts={"printed": "15:10 27/10/2026", "byline": "BBT", "word": True},
    ),
    Story(
        id=1879,
        slug="khai-mac-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        title="Khai mạc Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        cat="Tin tức - Sự kiện",
        published_at="2026-10-09",
        blocks=[
            P(
                "Sáng ngày 08/10/2026, Trường THCS Nguyễn Trãi tổ chức Lễ khai mạc Hội khỏe Phù Đổng cấp "
                "trường năm học 2026 - 2027."
            ),
            P(
                "Hội khỏe năm nay có hơn 600 lượt vận động viên là học sinh của 36 lớp tham gia tranh tài ở "
                "6 môn: bóng đá nam, bóng chuyền, cầu lông, đá cầu, cờ vua và kéo co."
            ),
            P(
                "Phát biểu khai mạc, thầy Nguyễn Đức Thịnh, Phó Hiệu trưởng nhà trường, Trưởng ban tổ chức "
                "mong muốn các vận động viên thi đấu trung thực, đoàn kết, cao thượng; qua đó chọn ra "
                "những học sinh có năng khiếu để bồi dưỡng tham gia Hội khỏe Phù Đổng cấp huyện."
            ),
            Img(
                f"{_IMG}/10/hkpd-dong-dien.jpg",
                "Màn đồng diễn thể dục của học sinh khối 6",
                "Màn đồng diễn thể dục của học sinh khối 6",
            ),
            P(
                "Ngay sau lễ khai mạc, các trận đấu kéo co và bóng đá nam khối 8 đã diễn ra sôi nổi trong "
                "sự cổ vũ nhiệt tình của các cổ động viên."
            ),
            P("Hội khỏe sẽ kéo dài đến hết ngày 31/10/2026."),
        ],
        authors=["Võ Minh Khoa"],
        opts={"printed": "00:00 09/10/2026", "byline": "Thầy Võ Minh Khoa - GV Thể dục"},
    ),
    Story(
        id=1915,
        slug="chuyen-de-cap-huyen-mon-khoa-hoc-tu-nhien-day-hoc-theo-chu-de-tich-hop-o-lop-8",
        title="Chuyên đề cấp huyện môn Khoa học tự nhiên: dạy học theo chủ đề tích hợp ở lớp 8",
        cat="Hoạt động chuyên môn",
        published_at="2026-12-01T08:30:00+07:00",
        summary=(
            "Ngày 28/11/2026, Trường THCS Nguyễn Trãi đăng cai tổ chức chuyên đề cấp huyện môn Khoa học "
            "tự nhiên với chủ đề “Dạy học tích hợp chủ đề Năng lượng và cuộc sống ở lớp 8”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự chuyên đề có bà Lê Thị Thu Trang, chuyên viên Phòng GD&ĐT Đức Trọng, cùng hơn 40 "
                "giáo viên dạy Khoa học tự nhiên của các trường THCS trên địa bàn huyện."
            ),
            P(
                "Tiết dạy minh họa do cô Nguyễn Thị Thanh Hương thực hiện tại lớp 8A3. Học sinh được chia "
                "thành các nhóm, tự thiết kế mô hình máy phát điện mini từ nam châm, cuộn dây và đèn LED, "
                "qua đó vận dụng kiến thức của cả ba mạch nội dung vật lí, hóa học và sinh học."
            ),
            Raw(
                '<div class="box-tinlienquan" style="border:1px solid #ddd;padding:8px;margin:10px 0;'
                'background:#f7f7f7"><p><strong>Bài liên quan:</strong></p><ul>'
                '<li><a href="/tin-tuc/hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027-thanh-cong-'
                'tot-dep-1897.html">Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027 thành công '
                'tốt đẹp</a></li>'
                '<li><a href="https://pgdductrong.lamdong.edu.vn/tin-tuc/chuyen-de-khtn-2026.html" '
                'target="_blank">Phòng GD&amp;ĐT triển khai kế hoạch chuyên đề các bộ môn năm học 2026 - '
                "2027</a></li></ul></div>"
            ),
            Img(
                f"{_IMG}/12/chuyen-de-khtn-8a3.jpg",
                "Học sinh lớp 8A3 thử nghiệm mô hình máy phát điện mini",
                "Học sinh lớp 8A3 thử nghiệm mô hình máy phát điện mini",
                "lazy",
            ),
            P(
                "Sau tiết dạy, các giáo viên tham dự đã thảo luận sôi nổi về cách xây dựng chủ đề tích "
                "hợp, phân công giáo viên dạy các mạch nội dung và cách đánh giá năng lực học sinh qua "
                "sản phẩm."
            ),
            P(
                "Phát biểu kết luận, bà Lê Thị Thu Trang đánh giá cao sự chuẩn bị chu đáo của nhà trường, "
                "đề nghị các trường nhân rộng cách tổ chức dạy học theo dự án trong môn Khoa học tự nhiên."
            ),
        ],
        authors=["Lê Văn Hùng"],
        opts={"printed": "08:30 01/12/2026", "byline": "ThS. Lê Văn Hùng (TTCM Tổ KHTN)"},
    ),
    Story(
        id=1888,
        slug="to-ngu-van-sinh-hoat-chuyen-mon-theo-huong-nghien-cuu-bai-hoc",
        title="Tổ Ngữ văn sinh hoạt chuyên môn theo hướng nghiên cứu bài học",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-02T09:00:00+07:00",
        blocks=[
            P(
                "Chiều ngày 30/10/2026, Tổ Ngữ văn Trường THCS Nguyễn Trãi tổ chức buổi sinh hoạt chuyên môn "
                "theo hướng nghiên cứu bài học với tiết dạy minh họa bài “Đọc hiểu văn bản: Lặng lẽ Sa Pa” "
                "tại lớp 9A4."
            ),
            P("Buổi sinh hoạt được tiến hành theo các bước:"),
            P("Giáo viên dạy minh họa chia sẻ mục tiêu, ý tưởng thiết kế bài dạy;", "li"),
            P(
                "Giáo viên dự giờ quan sát việc học của từng nhóm học sinh, ghi chép những biểu hiện cụ thể;",
                "li",
            ),
            P(
                "Cả tổ thảo luận, phân tích nguyên nhân những khó khăn của học sinh và đề xuất điều chỉnh.",
                "li",
            ),
            Img(
                f"{_IMG}/11/ncbh-ngu-van-9a4.jpg",
                "Giáo viên Tổ Ngữ văn dự giờ, quan sát hoạt động học của học sinh",
                "Giáo viên Tổ Ngữ văn dự giờ, quan sát hoạt động học của học sinh",
                "lazy",
            ),
            P(
                "Các ý kiến thảo luận không tập trung đánh giá, xếp loại giờ dạy mà hướng vào việc học của "
                "học sinh: em nào chưa tham gia, vì sao nhóm 3 chưa hoàn thành phiếu học tập, câu hỏi nào "
                "còn khó hiểu."
            ),
            P(
                "Thông qua buổi sinh hoạt, các thành viên trong tổ thống nhất một số giải pháp nâng cao hiệu "
                "quả dạy đọc hiểu văn bản truyện hiện đại cho học sinh lớp 9."
            ),
        ],
        authors=["Trần Thị Mai Anh"],
        opts={"printed": "09:00 02/11/2026", "byline": "Trần Thị Mai Anh"},
    ),
    Story(
        id=1876,
        slug="hoi-nghi-trien-khai-nhiem-vu-giao-duc-trung-hoc-nam-hoc-2026-2027",
        title="Hội nghị triển khai nhiệm vụ giáo dục trung học năm học 2026 - 2027",
        cat="Hoạt động chuyên môn",
        published_at="2026-10-06T15:30:00+07:00",
        blocks=[
            P(
                "Ngày 03/10/2026, Phòng GD&ĐT Đức Trọng tổ chức Hội nghị triển khai nhiệm vụ giáo dục trung "
                "học năm học 2026 - 2027 cho cán bộ quản lý và tổ trưởng chuyên môn các trường THCS trên "
                "địa bàn huyện."
            ),
            P(
                "Theo kế hoạch, năm học 2026 - 2027 các trường tiếp tục thực hiện Chương trình giáo dục phổ "
                "thông 2018 ở tất cả các khối lớp, đẩy mạnh dạy học theo định hướng phát triển phẩm chất, "
                "năng lực học sinh."
            ),
            P("Hội nghị đã quán triệt một số nhiệm vụ trọng tâm:"),
            P(
                "Rà soát, điều chỉnh kế hoạch giáo dục nhà trường phù hợp với điều kiện thực tế địa phương;",
                "li",
            ),
            P(
                "Nâng cao chất lượng giáo dục mũi nhọn và công tác phụ đạo học sinh có kết quả học tập "
                "chưa đạt;",
                "li",
            ),
            P(
                "Tăng cường kiểm tra, đánh giá theo hướng phát triển năng lực, thực hiện ma trận và bản đặc "
                "tả đề kiểm tra.",
                "li",
            ),
            P(
                "Đại diện Trường THCS Nguyễn Trãi, thầy Nguyễn Đức Thịnh, Phó Hiệu trưởng đã chia sẻ kinh "
                "nghiệm xây dựng kế hoạch giáo dục môn Hoạt động trải nghiệm, hướng nghiệp theo chủ đề tháng."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Phòng GD&amp;ĐT Đức Trọng</em></p>'),
        ],
        source="Phòng GD&ĐT Đức Trọng",
        opts={
            "printed": "15:30 06/10/2026",
            "byline": "admin_nguyentrai",
            "files": [("KH-nhiem-vu-GDTrH-2026-2027.pdf", "KH nhiệm vụ GDTrH năm học 2026-2027", "318 KB")],
        },
    ),
    Story(
        id=1909,
        slug="lien-doi-ra-quan-ke-hoach-nho-ung-ho-hoc-sinh-vung-bao-lu",
        title="Liên đội ra quân “Kế hoạch nhỏ”, ủng hộ học sinh vùng bão lũ",
        cat="Đoàn - Đội",
        published_at="2026-11-22T19:45:00+07:00",
        blocks=[
            P(
                "Hưởng ứng lời kêu gọi của Hội đồng Đội huyện Đức Trọng, từ ngày 17 đến ngày 21/11/2026, "
                "Liên đội Trường THCS Nguyễn Trãi tổ chức đợt ra quân thu gom giấy vụn, vỏ chai nhựa thực "
                "hiện công trình “Kế hoạch nhỏ”."
            ),
            P(
                "Sau 5 ngày triển khai, các chi đội đã thu gom được hơn 2,3 tấn giấy vụn và 180 kg vỏ chai "
                "nhựa. Chi đội 8A1, 6A3 và 9A2 là những đơn vị dẫn đầu."
            ),
            Img(
                f"{_IMG}/11/ke-hoach-nho-8a1.jpg",
                "Đội viên chi đội 8A1 cân giấy vụn",
                "Đội viên chi đội 8A1 cân giấy vụn",
            ),
            P(
                "Toàn bộ số tiền thu được từ đợt ra quân là 12.650.000 đồng được Liên đội chuyển đến Hội "
                "đồng Đội tỉnh để ủng hộ học sinh các tỉnh miền Trung bị thiệt hại do bão lũ."
            ),
            P(
                "Đây là hoạt động thiết thực nhằm giáo dục tinh thần “tương thân tương ái”, ý thức tiết "
                "kiệm và bảo vệ môi trường cho đội viên."
            ),
        ],
        authors=["Đoàn Thanh Phong"],
        photographers=["Đoàn Thanh Phong"],
        opts={
            "printed": "19:45 22/11/2026",
            "byline": "Tin, ảnh: Đoàn Thanh Phong (TPT Đội)",
            "comments": [
                (
                    "Cựu học sinh khóa 2015 - 2019",
                    "23/11/2026 09:31",
                    "Hoạt động rất ý nghĩa, chúc các em luôn giữ được tinh thần sẻ chia như vậy!",
                ),
            ],
        },
    ),
    Story(
        id=1882,
        slug="dai-hoi-lien-doi-truong-thcs-nguyen-trai-nhiem-ky-2026-2027",
        title="Đại hội Liên đội Trường THCS Nguyễn Trãi nhiệm kỳ 2026 - 2027",
        cat="Đoàn - Đội",
        published_at="2026-10-14T10:20:00+07:00",
        summary=(
            "Ngày 11/10/2026, Liên đội Trường THCS Nguyễn Trãi long trọng tổ chức Đại hội Liên đội nhiệm "
            "kỳ 2026 - 2027 với sự tham dự của 72 đại biểu là chỉ huy các chi đội."
        ),
        blocks=[
            P(
                "Ngày 11/10/2026, Liên đội Trường THCS Nguyễn Trãi long trọng tổ chức Đại hội Liên đội nhiệm "
                "kỳ 2026 - 2027 với sự tham dự của 72 đại biểu là chỉ huy các chi đội.",
                "lead",
            ),
            P(
                "Đại hội đã nghe báo cáo tổng kết công tác Đội và phong trào thiếu nhi nhiệm kỳ 2025 - 2026. "
                "Trong nhiệm kỳ qua, Liên đội được Hội đồng Đội tỉnh Lâm Đồng tặng Bằng khen, có 215 đội "
                "viên đạt danh hiệu “Cháu ngoan Bác Hồ”."
            ),
            P(
                "Các đại biểu đã thảo luận, đóng góp ý kiến vào phương hướng nhiệm vụ nhiệm kỳ mới với chủ "
                "đề “Thiếu nhi Việt Nam - Thi đua làm theo 5 điều Bác Hồ dạy”."
            ),
            Img(
                f"{_IMG}/10/dai-hoi-lien-doi.jpg",
                "Ban chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
                "Ban chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
            ),
            P(
                "Đại hội đã bầu Ban chỉ huy Liên đội nhiệm kỳ mới gồm 11 đồng chí; em Phạm Ngọc Hân, lớp "
                "9A3 được bầu làm Liên đội trưởng."
            ),
        ],
        authors=["Ban chỉ huy Liên đội"],
        opts={"printed": "10:20 14/10/2026", "byline": "Ban chỉ huy Liên đội", "featured": True},
    ),
    Story(
        id=1914,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-11-30",
        blocks=[
            _NOTICE_HEAD,
            P(
                "Căn cứ Kế hoạch số 45/KH-THCSNT ngày 05/9/2026 của Trường THCS Nguyễn Trãi về kế hoạch "
                "giáo dục nhà trường năm học 2026 - 2027;"
            ),
            P(
                "Nhà trường thông báo lịch kiểm tra cuối học kỳ I tập trung đối với các môn Toán, Ngữ văn, "
                "Tiếng Anh như sau:"
            ),
            P("Ngày | Buổi | Khối | Môn kiểm tra | Thời gian làm bài", "tr"),
            P("15/12/2026 | Sáng | 8, 9 | Ngữ văn | 90 phút", "tr"),
            P("15/12/2026 | Chiều | 6, 7 | Ngữ văn | 90 phút", "tr"),
            P("16/12/2026 | Sáng | 8, 9 | Toán | 90 phút", "tr"),
            P("16/12/2026 | Chiều | 6, 7 | Toán | 90 phút", "tr"),
            P("17/12/2026 | Sáng | 6, 7, 8, 9 | Tiếng Anh | 60 phút", "tr"),
            P(
                "Các môn còn lại giáo viên bộ môn tổ chức kiểm tra trên lớp theo kế hoạch của tổ chuyên "
                "môn, hoàn thành trước ngày 20/12/2026."
            ),
            P(
                "Đề nghị giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh; học sinh có mặt tại "
                "trường trước giờ kiểm tra 15 phút, mang theo đầy đủ dụng cụ học tập theo quy định./."
            ),
            _NOTICE_FOOT,
        ],
        authors=["Trần Văn Quang"],
        opts={
            "printed": "14:05 01/12/2026",
            "byline": "vanthu",
            "word": True,
            "files": [("TB-87-lich-kiem-tra-cuoi-HKI.pdf", "TB 87/TB-THCSNT lịch kiểm tra cuối HKI", "164 KB")],
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _ts(story: Story) -> str:
    """Sort key from the printed "HH:mm dd/MM/yyyy"."""
    hm, dmy = story.opts["printed"].split()
    d, m, y = dmy.split("/")
    return f"{y}-{m}-{d} {hm}"


def _newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=_ts, reverse=True)


def art_path(story: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/{slug or story.slug}-{story.id}.html"


def listed_in(cat_id: int) -> list[Story]:
    name = CATS[cat_id][1]
    return _newest([s for s in STORIES if s.cat == name or cat_id in s.opts.get("also_in", ())])


def filed_in(cat_id: int) -> list[Story]:
    return _newest([s for s in STORIES if s.cat == CATS[cat_id][1]])


def _link_path(story: Story) -> str:
    """How the "Tin khác" lists link a story (the stale slug where there is one)."""
    return art_path(story, story.opts.get("old_slug"))


def _cut(value: str, n: int) -> str:
    return value if len(value) <= n else value[:n].rstrip() + "..."


def _day(story: Story) -> str:
    return story.opts["printed"].split()[1]


def _teaser_text(story: Story) -> str:
    first = story.summary or story.paragraphs[0]
    return _cut(first, 170)


def _thumb(story: Story) -> str:
    imgs = story.images
    src = imgs[0].src if imgs else f"{UP}/images/no-image.jpg"
    return f"{src}?w=260&amp;h=170&amp;mode=crop"


# --- chrome --------------------------------------------------------------------------------

_BUNDLE_V = "Yq1rY3vD8pT2uXbW0kAf7mN5cH9sLjE4oGiR6tZ1qVw1"


def _token(seed: str) -> str:
    return opaque("csrf-" + seed, 72)


def _menu() -> str:
    def cat_li(cid: int) -> str:
        return f'<li><a href="{cat_path(cid)}">{esc(CATS[cid][1])}</a></li>'

    return f"""
<nav class="navbar navbar-default mnu-ngang" role="navigation">
 <div class="container">
  <div class="navbar-header">
   <button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#mnuMain">
    <span class="sr-only">Menu</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span>
   </button>
  </div>
  <div class="collapse navbar-collapse" id="mnuMain">
   <ul class="nav navbar-nav">
    <li><a href="/" title="Trang chủ"><i class="fa fa-home fa-lg"></i></a></li>
    <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">GIỚI THIỆU <b class="caret"></b></a>
     <ul class="dropdown-menu">
      <li><a href="/gioi-thieu/tong-quan-nha-truong-2">Tổng quan nhà trường</a></li>
      <li><a href="/gioi-thieu/co-cau-to-chuc-4">Cơ cấu tổ chức</a></li>
     </ul></li>
    <li class="dropdown"><a href="{cat_path(12)}" class="dropdown-toggle" data-toggle="dropdown">{CATS[12][2]} <b class="caret"></b></a>
     <ul class="dropdown-menu">{cat_li(12)}{cat_li(18)}{cat_li(21)}</ul></li>
    <li><a href="{cat_path(15)}">{CATS[15][2]}</a></li>
    <li><a href="{cat_path(18)}">{CATS[18][2]}</a></li>
    <li><a href="/van-ban">VĂN BẢN</a></li>
    <li><a href="/thu-vien-anh">THƯ VIỆN ẢNH</a></li>
    <li><a href="/lien-he">LIÊN HỆ</a></li>
   </ul>
   <form class="navbar-form navbar-right frm-timkiem" action="/tim-kiem" method="get" role="search">
    <div class="input-group input-group-sm">
     <input type="text" class="form-control" name="keyword" placeholder="Nhập từ khóa..." />
     <span class="input-group-btn"><button class="btn btn-default" type="submit"><i class="fa fa-search"></i></button></span>
    </div>
   </form>
  </div>
 </div>
</nav>"""


def _sidebar() -> str:
    notice = BY_ID[1914]
    most_read = [BY_ID[1905], BY_ID[1897], BY_ID[1909]]
    mr = "\n".join(
        f'<li><a href="{art_path(s)}">{esc(s.title)}</a> <span class="luotxem">({s.views()} lượt xem)</span></li>'
        for s in most_read
    )
    return f"""
<div class="col-md-3 col-sm-4 col-phai">
 <div class="pnl-khoi pnl-thongbao">
  <div class="pnl-tieude"><i class="fa fa-bullhorn"></i> THÔNG BÁO</div>
  <div class="pnl-noidung"><marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" height="120">
   <p><i class="fa fa-caret-right"></i> <a href="{art_path(notice)}">{esc(notice.title)}</a> <img src="/Content/images/new.gif" alt="new" /></p>
  </marquee></div>
 </div>
 <div class="pnl-khoi pnl-xemnhieu">
  <div class="pnl-tieude"><i class="fa fa-star"></i> TIN XEM NHIỀU</div>
  <ul class="pnl-ds">{mr}</ul>
 </div>
 <div class="pnl-khoi pnl-video">
  <div class="pnl-tieude"><i class="fa fa-youtube-play"></i> VIDEO CLIP</div>
  <a href="/video/clip-chao-mung-ngay-nha-giao-viet-nam-20-11-11"><img src="{UP}/images/video/thumb-20-11.jpg" class="img-responsive" alt="Clip chào mừng ngày Nhà giáo Việt Nam 20/11" /></a>
 </div>
 <div class="pnl-khoi pnl-banner">
  <a href="https://vnedu.vn" target="_blank"><img src="{UP}/banner/vnedu.png" class="img-responsive" alt="vnEdu" /></a>
  <a href="https://lamdong.edu.vn" target="_blank"><img src="{UP}/banner/sgd-lamdong.png" class="img-responsive" alt="Sở GD&amp;ĐT Lâm Đồng" /></a>
 </div>
 <div class="pnl-khoi pnl-lienket">
  <div class="pnl-tieude">LIÊN KẾT WEBSITE</div>
  <select class="form-control input-sm" onchange="if(this.value!='')window.open(this.value)">
   <option value="">-- Chọn liên kết --</option>
   <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
   <option value="https://lamdong.edu.vn">Sở GD&amp;ĐT Lâm Đồng</option>
   <option value="https://pgdductrong.lamdong.edu.vn">Phòng GD&amp;ĐT Đức Trọng</option>
  </select>
 </div>
 <div class="pnl-khoi pnl-binhchon">
  <div class="pnl-tieude">THĂM DÒ Ý KIẾN</div>
  <form action="/Poll/Vote" method="post" id="frmPoll">
   <input name="__RequestVerificationToken" type="hidden" value="{_token('poll')}" />
   <p>Bạn thấy website nhà trường thế nào?</p>
   <div class="radio"><label><input type="radio" name="AnswerId" value="31" /> Rất hữu ích</label></div>
   <div class="radio"><label><input type="radio" name="AnswerId" value="32" /> Hữu ích</label></div>
   <div class="radio"><label><input type="radio" name="AnswerId" value="33" /> Cần cải thiện</label></div>
   <input type="hidden" name="PollId" value="7" />
   <button type="submit" class="btn btn-primary btn-xs">Bình chọn</button>
  </form>
 </div>
 <div class="pnl-khoi pnl-thongke">
  <div class="pnl-tieude"><i class="fa fa-bar-chart"></i> THỐNG KÊ TRUY CẬP</div>
  <ul class="list-unstyled">
   <li><i class="fa fa-user"></i> Đang online: <b>23</b></li>
   <li><i class="fa fa-calendar"></i> Hôm nay: <b>412</b></li>
   <li><i class="fa fa-line-chart"></i> Tổng truy cập: <b>1.284.517</b></li>
  </ul>
 </div>
</div>"""


def _page(
    request: Request,
    *,
    title: str,
    main: str,
    crumbs: list[tuple[str | None, str]] | None = None,
    head_extra: str = "",
    scripts: str = "",
    description: str = "Cổng thông tin điện tử Trường THCS Nguyễn Trãi, huyện Đức Trọng, tỉnh Lâm Đồng",
) -> str:
    bc = ""
    if crumbs is not None:
        items = ['<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>']
        for href, label in crumbs:
            items.append(
                f'<li><a href="{href}">{esc(label)}</a></li>' if href else f'<li class="active">{esc(label)}</li>'
            )
        bc = '<ol class="breadcrumb bc-vnpt">' + "".join(items) + "</ol>"
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)}</title>
<meta name="description" content="{esc(description)}" />
<meta name="keywords" content="THCS Nguyễn Trãi, Đức Trọng, Lâm Đồng, trường học" />
<meta name="generator" content="VNPT School Portal 3.2" />
<link rel="shortcut icon" href="{UP}/logo/favicon.ico" />
{head_extra}
<link href="/Content/css?v={_BUNDLE_V}" rel="stylesheet" />
<link href="/Content/themes/xanhduong/style.css" rel="stylesheet" />
<script src="/bundles/modernizr?v={_BUNDLE_V}"></script>
</head>
<body>
<div id="fb-root"></div>
<div class="top-bar"><div class="container">
 <span class="pull-left ngay-hien-tai"><i class="fa fa-calendar"></i> {HEADER_TODAY}</span>
 <span class="pull-right"><i class="fa fa-phone"></i> Hotline: 0263.3843.215 &nbsp;|&nbsp; <a href="/Account/Login"><i class="fa fa-sign-in"></i> Đăng nhập</a></span>
</div></div>
<div class="hd-banner"><div class="container">
 <a href="/" class="hd-logo"><img src="{UP}/logo/logo-nguyen-trai.png" alt="Logo Trường THCS Nguyễn Trãi" /></a>
 <div class="hd-ten"><span class="hd-cq">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐỨC TRỌNG</span>
  <span class="hd-truong">TRƯỜNG TRUNG HỌC CƠ SỞ NGUYỄN TRÃI</span></div>
</div></div>
{_menu()}
<div class="container noi-dung-chinh">
 {bc}
 <div class="row">
  <div class="col-md-9 col-sm-8 col-chinh">
{main}
  </div>
{_sidebar()}
 </div>
</div>
<footer class="ft-vnpt"><div class="container"><div class="row">
 <div class="col-md-8">
  <p class="ft-ten"><b>TRƯỜNG TRUNG HỌC CƠ SỞ NGUYỄN TRÃI</b></p>
  <p><i class="fa fa-map-marker"></i> Địa chỉ: Thôn Hiệp Hòa, xã Hiệp Thạnh, huyện Đức Trọng, tỉnh Lâm Đồng</p>
  <p><i class="fa fa-phone"></i> Điện thoại: 0263.3843.215 - <i class="fa fa-envelope"></i> Email: c2nguyentrai.ductrong@lamdong.edu.vn</p>
  <p>Chịu trách nhiệm nội dung: Thầy Trần Văn Quang - Hiệu trưởng</p>
 </div>
 <div class="col-md-4 text-right">
  <p>&copy; 2026 Trường THCS Nguyễn Trãi. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
  <p class="ft-vendor">Thiết kế và phát triển bởi <a href="https://vnpt.com.vn" target="_blank">VNPT Lâm Đồng</a></p>
 </div>
</div></div></footer>
<form id="__AjaxAntiForgeryForm" action="#" method="post"><input name="__RequestVerificationToken" type="hidden" value="{_token(request.path)}" /></form>
<script src="/bundles/jquery?v={_BUNDLE_V}"></script>
<script src="/bundles/bootstrap?v={_BUNDLE_V}"></script>
<script src="/Scripts/jquery.lazyload.min.js"></script>
<script>$(function () {{ $("img.lazy").lazyload({{ effect: "fadeIn" }}); }});</script>
{scripts}
</body>
</html>"""


# --- listings ------------------------------------------------------------------------------


def _pages(cat_id: int) -> int:
    return max(1, -(-len(listed_in(cat_id)) // PAGE_SIZE))


def _pager(cat_id: int, page: int, last: int, href) -> str:
    """PagedList-style pager: «, current ±1, »; each link carries data-page for the script."""
    if last <= 1:
        return ""
    lis = []
    if page > 1:
        lis.append(f'<li><a href="{href(page - 1)}" data-page="{page - 1}" title="Trang trước">&laquo;</a></li>')
    for n in range(max(1, page - 1), min(last, page + 1) + 1):
        if n == page:
            lis.append(f'<li class="active"><span>{n}</span></li>')
        else:
            lis.append(f'<li><a href="{href(n)}" data-page="{n}">{n}</a></li>')
    if page < last:
        lis.append(f'<li><a href="{href(page + 1)}" data-page="{page + 1}" title="Trang sau">&raquo;</a></li>')
    return (
        f'<div class="pg-wrap text-center"><ul class="pagination pagination-sm" id="pgNews_{cat_id}" '
        f'data-url="/News/LoadPage?catId={cat_id}" data-total="{last}">' + "".join(lis) + "</ul></div>"
    )


def _teasers(stories: list[Story]) -> str:
    out = []
    for s in stories:
        out.append(
            f"""<div class="bn-item row">
 <div class="col-xs-4 col-sm-3"><a href="{art_path(s)}" class="bn-anh"><img src="{_thumb(s)}" alt="{esc(s.title)}" class="img-responsive" /></a></div>
 <div class="col-xs-8 col-sm-9">
  <h3 class="bn-tieude"><a href="{art_path(s)}">{esc(s.title)}</a></h3>
  <span class="bn-ngay"><i class="fa fa-clock-o"></i> {_day(s)}</span>
  <div class="bn-tomtat">{esc(_teaser_text(s))}</div>
 </div>
</div>"""
        )
    return "\n".join(out)


def _box_news(cat_id: int, page: int, href) -> str:
    items = listed_in(cat_id)[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    inner = _teasers(items) if items else '<p class="text-muted">Không có tin nào trong mục này.</p>'
    return f'<div class="box-news" id="boxNews_{cat_id}">\n{inner}\n</div>\n' + _pager(
        cat_id, page, _pages(cat_id), href
    )


def _ajax_script(cat_id: int) -> str:
    return f"""<script>
function loadPageNews(catId, page) {{
  $("#boxNews_" + catId).parent().load("/News/LoadPage?catId=" + catId + "&page=" + page, function () {{
    $("img.lazy").lazyload(); $("html,body").animate({{ scrollTop: $("#boxNews_" + catId).offset().top - 60 }}, 300);
  }});
}}
$(document).on("click", "#pgNews_{cat_id} a", function (e) {{
  e.preventDefault(); loadPageNews({cat_id}, $(this).data("page"));
}});
</script>"""


def _category_page(request: Request, cat_id: int) -> Response:
    try:
        page = int(request.params.get("page", "1") or "1")
    except ValueError:
        page = 1
    page = max(1, page)
    _slug, name, _menu_label = CATS[cat_id]
    main = f"""<div class="khoi-danhmuc">
 <h2 class="dm-tieude"><span>{esc(name)}</span></h2>
 <div id="divBoxNews">
{_box_news(cat_id, page, lambda n: f"?page={n}")}
 </div>
</div>"""
    title = f"{name} - {SITE_NAME}" + (f" - Trang {page}" if page > 1 else "")
    head = f'<link rel="canonical" href="{base_url(request)}{cat_path(cat_id)}" />'
    return html(
        _page(request, title=title, main=main, crumbs=[(None, name)], head_extra=head, scripts=_ajax_script(cat_id))
    )


def _load_page(request: Request) -> Response:
    params = request.params
    try:
        cat_id = int(params.get("catId", ""))
        page = max(1, int(params.get("page", "1") or "1"))
    except ValueError:
        return Response(
            500,
            "<html><head><title>Runtime Error</title></head><body><h1>Server Error in '/' Application.</h1>"
            "<h2><i>The parameters dictionary contains a null entry for parameter 'catId' of non-nullable "
            "type 'System.Int32' for method 'System.Web.Mvc.ActionResult LoadPage(Int32, Int32)' in "
            "'VNPT.School.Web.Controllers.NewsController'.</i></h2></body></html>",
            {"Content-Type": "text/html; charset=utf-8"},
        )
    if cat_id not in CATS:
        return html("")
    frag = _box_news(cat_id, page, lambda n: f"/News/LoadPage?catId={cat_id}&amp;page={n}")
    return html(frag, headers={"Cache-Control": "private", "X-AspNetMvc-Version": "5.2"})


# --- home ----------------------------------------------------------------------------------


def _home(request: Request) -> Response:
    featured = [s for s in _newest(STORIES) if s.opts.get("featured")]
    slides = "\n".join(
        f"""<div class="item{' active' if i == 0 else ''}">
 <a href="/News/Detail/{s.id}"><img src="{s.images[0].src}" alt="{esc(s.title)}" /></a>
 <div class="carousel-caption"><h3><a href="/News/Detail/{s.id}">{esc(s.title)}</a></h3></div>
</div>"""
        for i, s in enumerate(featured)
    )
    latest = "\n".join(
        f'<li><a href="{art_path(s)}">{esc(s.title)}</a> <span class="ngay">({_day(s)[:5]})</span></li>'
        for s in _newest(STORIES)[:5]
    )
    boxes = []
    for cid in (12, 15, 18):
        items = listed_in(cid)[:2]
        pager = _pager(cid, 1, _pages(cid), lambda n: f"?page={n}")
        boxes.append(
            f"""<div class="khoi-trangchu">
 <h2 class="dm-tieude"><a href="{cat_path(cid)}">{esc(CATS[cid][2])}</a><a href="{cat_path(cid)}" class="xemtat pull-right">Xem tất cả <i class="fa fa-angle-double-right"></i></a></h2>
 <div class="box-news" id="boxNews_{cid}">
{_teasers(items)}
 </div>
 {pager}
</div>"""
        )
    main = f"""<div id="carTinNoiBat" class="carousel slide" data-ride="carousel">
 <div class="carousel-inner">
{slides}
 </div>
 <a class="left carousel-control" href="#carTinNoiBat" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>
 <a class="right carousel-control" href="#carTinNoiBat" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a>
</div>
<div class="khoi-tinmoi">
 <h2 class="dm-tieude"><span>TIN MỚI NHẤT</span></h2>
 <ul class="ds-tinmoi">
{latest}
 </ul>
</div>
{"".join(boxes)}"""
    scripts = "\n".join(_ajax_script(cid) for cid in (12, 15, 18))
    return html(
        _page(request, title="Trường THCS Nguyễn Trãi - Đức Trọng - Lâm Đồng", main=main, scripts=scripts)
    )


# --- article -------------------------------------------------------------------------------


def _img_html(img: Img, title: str) -> str:
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-anh" style="width:90%">'
            f'<tbody><tr><td><img alt="" src="{img.src}" style="width:100%" /></td></tr>'
            f'<tr><td style="text-align:center"><span style="font-size:12px"><em>{esc(img.printed or "")}'
            "</em></span></td></tr></tbody></table>"
        )
    if img.style == "lazy":
        tag = (
            f'<p style="text-align:center"><img class="lazy" src="/Content/images/grey.gif" '
            f'data-original="{img.src}" alt="{esc(title)}" width="640" height="427" /></p>'
        )
    elif img.style == "alt":
        name = img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        tag = f'<p style="text-align:center"><img alt="{name}" src="{img.src}" style="width:600px;height:400px" /></p>'
    else:
        tag = f'<p style="text-align:center"><img alt="" src="{img.src}" style="width:600px;height:400px" /></p>'
    if img.printed:
        tag += f'\n<p style="text-align:center"><em>{esc(img.printed)}</em></p>'
    return tag


def _content_html(story: Story) -> str:
    if story.opts.get("form") == "br":
        parts = []
        for b in story.blocks:
            if isinstance(b, P):
                parts.append(text(b.text))
            elif isinstance(b, Img):
                parts.append(
                    f'<img alt="" src="{b.src}" style="display:block;margin:0 auto;width:600px" />'
                    + (f'<br />\n<em>{esc(b.printed)}</em>' if b.printed else "")
                )
            else:
                parts.append(b.html)
        return '<div style="text-align: justify;">' + "<br />\n<br />\n".join(parts) + "</div>"

    word = story.opts.get("word")
    out: list[str] = []
    if story.opts.get("sapo_repeat") and story.summary:
        out.append(f'<p style="text-align:justify">{text(story.summary)}</p>')
    group: list[str] = []
    gkind = ""

    def flush() -> None:
        nonlocal group, gkind
        if gkind == "li":
            out.append("<ul>" + "".join(f"<li>{t}</li>" for t in group) + "</ul>")
        elif gkind == "tr":
            rows = []
            for i, row in enumerate(group):
                cells = row.split(" | ")
                tag = "b" if i == 0 else "span"
                rows.append(
                    "<tr>" + "".join(f'<td valign="top"><p class="MsoNormal" align="center" style="text-align:center">'
                                     f"<{tag}>{c}</{tag}></p></td>" for c in cells) + "</tr>"
                )
            out.append(
                '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                'style="border-collapse:collapse;border:none"><tbody>' + "".join(rows) + "</tbody></table>"
            )
        group, gkind = [], ""

    for b in story.blocks:
        kind = b.style if isinstance(b, P) and b.style in ("li", "tr") else ""
        if gkind and kind != gkind:
            flush()
        if kind:
            gkind = kind
            group.append(text(b.text))
            continue
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img_html(b, story.title))
        elif b.style == "lead":
            out.append(f'<p style="text-align:justify"><strong>{text(b.text)}</strong></p>')
        elif b.style == "h3":
            out.append(f'<h3 style="font-size:15px;font-weight:bold">{text(b.text)}</h3>')
        elif word:
            out.append(
                '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
                'line-height:130%"><span style="font-size:14.0pt;line-height:130%;font-family:&quot;Times '
                f'New Roman&quot;,serif">{text(b.text)}</span><o:p></o:p></p>'
            )
            out.append('<p class="MsoNormal" style="text-align:justify">&nbsp;<o:p></o:p></p>')
        else:
            out.append(f'<p style="text-align:justify">{text(b.text)}</p>')
    flush()
    return "\n".join(out)


def _comments_html(story: Story) -> str:
    items = story.opts.get("comments", [])
    printed = "\n".join(
        f"""<div class="bl-item">
 <div class="bl-ten"><i class="fa fa-user"></i> <b>{esc(name)}</b> <span class="bl-tg">{when}</span></div>
 <p class="bl-nd">{esc(body)}</p>
</div>"""
        for name, when, body in items
    )
    return f"""<div class="nd-binhluan" id="divComment">
 <h4 class="nd-bl-tieude"><i class="fa fa-comments"></i> Ý kiến bạn đọc ({len(items)})</h4>
{printed}
 <form action="/News/PostComment" method="post" id="frmComment" class="form-horizontal">
  <input name="__RequestVerificationToken" type="hidden" value="{_token('cmt' + str(story.id))}" />
  <input type="hidden" name="NewsId" value="{story.id}" />
  <div class="form-group"><label class="col-sm-3 control-label">Họ tên (*)</label><div class="col-sm-9"><input type="text" name="FullName" class="form-control" /></div></div>
  <div class="form-group"><label class="col-sm-3 control-label">Email (*)</label><div class="col-sm-9"><input type="email" name="Email" class="form-control" /></div></div>
  <div class="form-group"><label class="col-sm-3 control-label">Nội dung (*)</label><div class="col-sm-9"><textarea name="Content" rows="4" class="form-control"></textarea></div></div>
  <div class="form-group"><label class="col-sm-3 control-label">Mã xác nhận</label><div class="col-sm-9"><input type="text" name="Captcha" class="form-control input-sm" style="width:120px;display:inline-block" /> <img src="/Captcha/Image?w=110&amp;h=34" alt="captcha" /></div></div>
  <div class="form-group"><div class="col-sm-offset-3 col-sm-9"><button type="submit" class="btn btn-primary btn-sm">Gửi ý kiến</button> <span class="text-muted">Ý kiến của bạn sẽ được Ban biên tập duyệt trước khi đăng.</span></div></div>
 </form>
</div>"""


def _files_html(request: Request, story: Story) -> str:
    files = story.opts.get("files")
    if not files:
        return ""
    lis = "".join(
        f'<li><i class="fa fa-file-pdf-o"></i> <a href="{UP}/files/{fn}" target="_blank">{esc(label)}</a> '
        f'<span class="dk-kt">({size})</span></li>'
        for fn, label, size in files
    )
    first = f"{base_url(request)}{UP}/files/{files[0][0]}"
    return f"""<div class="nd-dinhkem"><span class="dk-nhan"><i class="fa fa-paperclip"></i> Tệp đính kèm:</span>
 <ul class="list-unstyled">{lis}</ul>
 <iframe src="https://docs.google.com/viewer?url={quote(first, safe='')}&amp;embedded=true" width="100%" height="520" style="border:1px solid #ccc"></iframe>
</div>"""


def _other_html(story: Story) -> str:
    cid = CAT_BY_NAME[story.cat]
    others = [s for s in filed_in(cid)[:3] if s.id != story.id]
    if not others:
        return ""
    lis = "\n".join(
        f'<li><i class="fa fa-angle-right"></i> <a href="{_link_path(s)}">{esc(s.title)}</a> '
        f'<span class="ngay">({_day(s)})</span></li>'
        for s in others
    )
    return f"""<div class="nd-tinkhac">
 <h3 class="tk-tieude">Tin khác</h3>
 <ul class="list-unstyled">
{lis}
 </ul>
</div>"""


def _article(request: Request, story: Story) -> Response:
    cid = CAT_BY_NAME[story.cat]
    canonical = base_url(request) + art_path(story)
    hm, dmy = story.opts["printed"].split()
    d, m, y = dmy.split("/")
    naive = f"{y}-{m}-{d}T{hm}:00"
    short = _cut(story.title, 60)
    first_text = story.summary or story.paragraphs[0]
    og_img = base_url(request) + (story.images[0].src if story.images else f"{UP}/logo/logo-nguyen-trai.png")
    head = f"""<link rel="canonical" href="{canonical}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(short)}" />
<meta property="og:description" content="{esc(_cut(first_text, 200))}" />
<meta property="og:url" content="{canonical}" />
<meta property="og:image" content="{og_img}" />
<meta property="article:published_time" content="{naive}" />"""
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<p class="nd-mota"><strong>{text(story.summary)}</strong></p>'
    enc = quote(canonical, safe="")
    main = f"""<div class="news-detail" id="divNewsDetail">
 <h1 class="nd-tieude">{esc(story.title)}</h1>
 <div class="nd-info">
  <span class="nd-tg"><i class="fa fa-clock-o"></i> Cập nhật lúc: {story.opts["printed"]}</span>
  <span class="nd-lx"><i class="fa fa-eye"></i> Lượt xem: {story.views()}</span>
 </div>
 <div class="nd-tienich clearfix">
  <div class="pull-left">
   <div class="fb-like" data-href="{canonical}" data-layout="button_count" data-action="like" data-share="true"></div>
   <div class="zalo-share-button" data-href="{canonical}" data-oaid="579745863508352884" data-layout="1" data-color="blue"></div>
  </div>
  <div class="pull-right cong-cu">
   <a href="javascript:void(0)" onclick="doiCoChu(-1)" title="Giảm cỡ chữ">A-</a>
   <a href="javascript:void(0)" onclick="doiCoChu(0)" title="Cỡ chữ mặc định">A</a>
   <a href="javascript:void(0)" onclick="doiCoChu(1)" title="Tăng cỡ chữ">A+</a>
   <a href="javascript:window.print()"><i class="fa fa-print"></i> In bài</a>
   <a href="mailto:?subject={quote(story.title)}&amp;body={enc}"><i class="fa fa-envelope-o"></i> Gửi email</a>
  </div>
 </div>
 {sapo}
 <div class="nd-noidung" id="newsContent">
{_content_html(story)}
 </div>
 <div class="nd-nguoiviet text-right"><span>Người viết:</span> <b>{esc(story.opts["byline"])}</b></div>
 {_files_html(request, story)}
 {_comments_html(story)}
 {_other_html(story)}
</div>"""
    scripts = """<script>
function doiCoChu(n) { var s = n === 0 ? 15 : parseInt($("#newsContent").css("font-size")) + n; $("#newsContent, #newsContent p, #newsContent span").css("font-size", s + "px"); }
</script>
<script src="https://sp.zalo.me/plugins/sdk.js"></script>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v3.2"></script>"""
    return html(
        _page(
            request,
            title=f"{short} - {SITE_NAME}",
            main=main,
            crumbs=[(cat_path(cid), story.cat), (None, _cut(story.title, 50))],
            head_extra=head,
            scripts=scripts,
            description=_cut(first_text, 160),
        )
    )


# --- non-articles --------------------------------------------------------------------------

INTRO_PAGES = {
    "/gioi-thieu/tong-quan-nha-truong-2": (
        "Tổng quan nhà trường",
        [
            "Trường THCS Nguyễn Trãi được thành lập năm 1986 trên cơ sở tách ra từ Trường Phổ thông cơ sở "
            "Hiệp Thạnh, đóng tại thôn Hiệp Hòa, xã Hiệp Thạnh, huyện Đức Trọng.",
            "Năm học 2026 - 2027, nhà trường có 36 lớp với 1.412 học sinh, 78 cán bộ, giáo viên, nhân "
            "viên; trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.",
            "Nhiều năm liền, nhà trường đạt danh hiệu Tập thể lao động xuất sắc, được UBND tỉnh Lâm Đồng "
            "tặng Cờ thi đua.",
        ],
    ),
    "/gioi-thieu/co-cau-to-chuc-4": (
        "Cơ cấu tổ chức",
        [
            "Hiệu trưởng: Thầy Trần Văn Quang.",
            "Phó Hiệu trưởng: Thầy Nguyễn Đức Thịnh, Cô Phạm Thị Thu Hà.",
            "Các tổ chuyên môn: Tổ Toán - Tin, Tổ Ngữ văn, Tổ Khoa học tự nhiên, Tổ Sử - Địa - GDCD, "
            "Tổ Ngoại ngữ, Tổ Năng khiếu; Tổ Văn phòng.",
            "Các tổ chức đoàn thể: Chi bộ, Công đoàn, Chi đoàn Thanh niên, Liên đội Thiếu niên Tiền phong "
            "Hồ Chí Minh.",
        ],
    ),
}

DOC_PATH = "/van-ban/ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027-57"
ALBUM_PATH = "/thu-vien-anh/hoi-khoe-phu-dong-cap-truong-2026-9"
VIDEO_PATH = "/video/clip-chao-mung-ngay-nha-giao-viet-nam-20-11-11"


def _intro(request: Request, path: str) -> Response:
    name, paras = INTRO_PAGES[path]
    body = "".join(f"<p>{text(p)}</p>" for p in paras)
    main = f'<div class="trang-tinh"><h1 class="tt-tieude">{esc(name)}</h1><div class="tt-noidung">{body}</div></div>'
    return html(_page(request, title=f"{name} - {SITE_NAME}", main=main, crumbs=[(None, "Giới thiệu"), (None, name)]))


def _contact(request: Request) -> Response:
    main = f"""<div class="lien-he">
 <h1 class="tt-tieude">Liên hệ</h1>
 <p><b>TRƯỜNG THCS NGUYỄN TRÃI</b></p>
 <p>Địa chỉ: Thôn Hiệp Hòa, xã Hiệp Thạnh, huyện Đức Trọng, tỉnh Lâm Đồng</p>
 <p>Điện thoại: 0263.3843.215 - Email: c2nguyentrai.ductrong@lamdong.edu.vn</p>
 <form action="/lien-he/gui" method="post" class="form-horizontal">
  <input name="__RequestVerificationToken" type="hidden" value="{_token('lienhe')}" />
  <div class="form-group"><label class="col-sm-3 control-label">Họ tên</label><div class="col-sm-9"><input name="HoTen" class="form-control" /></div></div>
  <div class="form-group"><label class="col-sm-3 control-label">Email</label><div class="col-sm-9"><input name="Email" class="form-control" /></div></div>
  <div class="form-group"><label class="col-sm-3 control-label">Nội dung</label><div class="col-sm-9"><textarea name="NoiDung" class="form-control" rows="5"></textarea></div></div>
  <div class="form-group"><div class="col-sm-offset-3 col-sm-9"><button type="submit" class="btn btn-primary">Gửi liên hệ</button></div></div>
 </form>
 <iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3905.7!2d108.36!3d11.73" width="100%" height="300" style="border:0"></iframe>
</div>"""
    return html(_page(request, title=f"Liên hệ - {SITE_NAME}", main=main, crumbs=[(None, "Liên hệ")]))


def _doc_list(request: Request) -> Response:
    main = f"""<div class="vb-ds"><h2 class="dm-tieude"><span>Văn bản</span></h2>
<table class="table table-bordered table-striped tbl-vanban">
<thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody>
<tr><td>45/KH-THCSNT</td><td>05/09/2026</td><td><a href="{DOC_PATH}">Kế hoạch giáo dục nhà trường năm học 2026 - 2027</a></td><td><a href="{UP}/files/KH-45-giao-duc-nha-truong-2026-2027.pdf"><i class="fa fa-download"></i></a></td></tr>
</tbody></table></div>"""
    return html(_page(request, title=f"Văn bản - {SITE_NAME}", main=main, crumbs=[(None, "Văn bản")]))


def _doc(request: Request) -> Response:
    main = f"""<div class="vb-chitiet"><h1 class="tt-tieude">Kế hoạch giáo dục nhà trường năm học 2026 - 2027</h1>
<table class="table table-bordered">
<tr><th style="width:30%">Số/Ký hiệu</th><td>45/KH-THCSNT</td></tr>
<tr><th>Ngày ban hành</th><td>05/09/2026</td></tr>
<tr><th>Loại văn bản</th><td>Kế hoạch</td></tr>
<tr><th>Cơ quan ban hành</th><td>Trường THCS Nguyễn Trãi</td></tr>
<tr><th>Người ký</th><td>Trần Văn Quang</td></tr>
<tr><th>Trích yếu</th><td>Kế hoạch giáo dục nhà trường năm học 2026 - 2027</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="{UP}/files/KH-45-giao-duc-nha-truong-2026-2027.pdf">KH-45-giao-duc-nha-truong-2026-2027.pdf</a></td></tr>
</table></div>"""
    return html(
        _page(request, title=f"Kế hoạch giáo dục nhà trường năm học 2026 - 2027 - {SITE_NAME}", main=main,
              crumbs=[("/van-ban", "Văn bản"), (None, "45/KH-THCSNT")])
    )


def _album_list(request: Request) -> Response:
    main = f"""<div class="album-ds"><h2 class="dm-tieude"><span>Thư viện ảnh</span></h2>
<div class="row"><div class="col-sm-4"><a href="{ALBUM_PATH}" class="thumbnail"><img src="{UP}/album/9/bia.jpg" alt="" /><span>Hội khỏe Phù Đổng cấp trường 2026</span></a></div></div></div>"""
    return html(_page(request, title=f"Thư viện ảnh - {SITE_NAME}", main=main, crumbs=[(None, "Thư viện ảnh")]))


def _album(request: Request) -> Response:
    pics = "".join(
        f'<div class="col-xs-6 col-sm-4"><a href="{UP}/album/9/anh-{i:02d}.jpg" class="thumbnail fancybox" rel="album9">'
        f'<img src="{UP}/album/9/thumb/anh-{i:02d}.jpg" alt="Hội khỏe Phù Đổng {i}" /></a></div>'
        for i in range(1, 7)
    )
    main = f'<div class="album-ct"><h1 class="tt-tieude">Hội khỏe Phù Đổng cấp trường 2026</h1><div class="row">{pics}</div></div>'
    return html(
        _page(request, title=f"Hội khỏe Phù Đổng cấp trường 2026 - {SITE_NAME}", main=main,
              crumbs=[("/thu-vien-anh", "Thư viện ảnh"), (None, "Hội khỏe Phù Đổng cấp trường 2026")])
    )


def _video(request: Request) -> Response:
    main = """<div class="video-ct"><h1 class="tt-tieude">Clip chào mừng ngày Nhà giáo Việt Nam 20/11</h1>
<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.youtube.com/embed/Xk3rTq9b2sM" allowfullscreen></iframe></div>
<p class="text-muted">Thời lượng: 04:36</p></div>"""
    return html(
        _page(request, title=f"Clip chào mừng ngày Nhà giáo Việt Nam 20/11 - {SITE_NAME}", main=main,
              crumbs=[(None, "Video"), (None, "Clip chào mừng ngày Nhà giáo Việt Nam 20/11")])
    )


def _search(request: Request) -> Response:
    kw = request.params.get("keyword", "").strip()
    hits = [s for s in _newest(STORIES) if kw and kw.lower() in s.title.lower()]
    inner = _teasers(hits) if hits else '<p class="text-muted">Không tìm thấy kết quả phù hợp.</p>'
    main = f'<div class="tim-kiem"><h2 class="dm-tieude"><span>Kết quả tìm kiếm: {esc(kw)}</span></h2>{inner}</div>'
    return html(_page(request, title=f"Tìm kiếm - {SITE_NAME}", main=main, crumbs=[(None, "Tìm kiếm")]))


def _login(request: Request) -> Response:
    main = f"""<div class="dang-nhap col-sm-8 col-sm-offset-2"><h2>Đăng nhập hệ thống</h2>
<form action="/Account/Login" method="post"><input name="__RequestVerificationToken" type="hidden" value="{_token('login')}" />
<div class="form-group"><label>Tên đăng nhập</label><input name="UserName" class="form-control" /></div>
<div class="form-group"><label>Mật khẩu</label><input name="Password" type="password" class="form-control" /></div>
<button type="submit" class="btn btn-primary">Đăng nhập</button></form></div>"""
    return html(_page(request, title=f"Đăng nhập - {SITE_NAME}", main=main, crumbs=[(None, "Đăng nhập")]))


# --- routing -------------------------------------------------------------------------------

_ART_RE = re.compile(r"^/tin-tuc/([a-z0-9-]+)-(\d+)\.html$")
_CAT_RE = re.compile(r"^/danh-muc/([a-z0-9-]+)-(\d+)$")
_DETAIL_RE = re.compile(r"^/News/Detail/(\d+)$", re.IGNORECASE)


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method == "POST":
            if path in ("/News/PostComment", "/Poll/Vote", "/lien-he/gui", "/Account/Login"):
                body = {"success": False, "message": "Phiên làm việc đã hết hạn, vui lòng tải lại trang."}
                return Response(200, json.dumps(body, ensure_ascii=False), {"Content-Type": "application/json; charset=utf-8"})
            return None
        if path == "/":
            return _home(request)
        if m := _ART_RE.match(path):
            story = BY_ID.get(int(m.group(2)))
            if story and m.group(1) in (story.slug, story.opts.get("old_slug")):
                return _article(request, story)
            return None
        if m := _DETAIL_RE.match(path):
            story = BY_ID.get(int(m.group(1)))
            return _article(request, story) if story else None
        if m := _CAT_RE.match(path):
            cid = int(m.group(2))
            if cid in CATS and CATS[cid][0] == m.group(1):
                return _category_page(request, cid)
            return None
        if path.lower() == "/news/loadpage":
            return _load_page(request)
        if path in INTRO_PAGES:
            return _intro(request, path)
        simple = {
            "/lien-he": _contact,
            "/van-ban": _doc_list,
            DOC_PATH: _doc,
            "/thu-vien-anh": _album_list,
            ALBUM_PATH: _album,
            VIDEO_PATH: _video,
            "/tim-kiem": _search,
            "/Account/Login": _login,
        }
        if path in simple:
            return simple[path](request)
        if path.startswith(f"{UP}/files/") and path.lower().endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith("/Captcha/Image"):
            return static_file("captcha.gif")
        if path.startswith(("/Content/", "/bundles/", "/Scripts/")):
            if path.startswith("/bundles/") or path.endswith(".js"):
                return static_file("x.js")
            if not path.endswith((".png", ".gif", ".jpg")):
                return static_file("x.css")
        if path.startswith(("/Upload/", "/Content/")):
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()


# --- gold ----------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    alts = []
    if story.opts.get("old_slug"):
        alts.append(art_path(story, story.opts["old_slug"]))
    if story.opts.get("featured"):
        alts.append(f"/News/Detail/{story.id}")
    return gold_record(story, art_path(story), story.cat, canonical_path=art_path(story), alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/tong-quan-nha-truong-2",
    "/gioi-thieu/co-cau-to-chuc-4",
    "/lien-he",
    DOC_PATH,
    ALBUM_PATH,
    VIDEO_PATH,
]
