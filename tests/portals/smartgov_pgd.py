"""Phòng GD&ĐT huyện Tân Sơn on the province's home-grown "SmartGov e-Portal" (ASP.NET MVC 5).

Platform
--------
The provincial IT centre (Trung tâm CNTT&TT tỉnh Phú Thọ) built one ASP.NET MVC 5 product and
gave a copy to every district office of the province: Razor views, jQuery 1.12, Bootstrap 3,
``jquery.unobtrusive-ajax`` for the "Xem thêm" buttons, child actions for the portlets. The
product replaced an older WebForms portal (2012-2016) whose routes were kept as MVC routes so
that old links keep working. Markup is the vendor's: Vietnamese-abbreviated class names
(``khung-ct``, ``tt-tin``, ``noi-dung-ct``, ``pl_DocNhieu_27``), numbered portlet ids, inline
styles from CKEditor 4 and Word pastes.

URL scheme
----------
- ``/``                                        home (slider, "Tin mới", notice box, AJAX tabs)
- ``/chuyen-muc/<slug>-<id>``                  category listing, page 1 only
- ``/Portlet/LoadMore?catId=<id>&page=<n>``    page n >= 2 of a listing: an HTML *fragment*
  (no ``<html>``, no chrome), fetched by an ``Ajax.ActionLink`` ("Xem thêm") whose ``href`` is
  the fragment's URL; each fragment ends with the button for the next page
- ``/Portlet/TabTin?catId=<id>``               home tab content (fragment, loaded on click)
- ``/tin-tuc/<slug>-<id>.html``                article (MVC route; the slug is not checked)
- ``/Pages/TinTuc/ChiTiet.aspx?ItemID=<id>[&CatID=<c>]``  legacy WebForms route, same view
- ``/TinTuc/InBai?id=<id>``                    print view (opened by ``window.open`` only)
- ``/gioi-thieu/<slug>``, ``/lien-he``, ``/van-ban``, ``/van-ban/chi-tiet/<id>``,
  ``/thu-vien-anh``, ``/thu-vien-anh/album/<slug>-<id>``, ``/video``, ``/video/chi-tiet/<slug>-<id>``,
  ``/tim-kiem?tukhoa=…``
- ``/Uploads/pgdtanson/…`` photos and files, ``/ImageHandler.ashx?src=…&w=…`` thumbnails,
  ``/Content/…``, ``/Scripts/…``, ``/bundles/…`` theme files

Page templates
--------------
- layout: top bar with today ("Thứ Bảy, 05/12/2026"), banner, horizontal menu with drop-downs,
  marquee notice portlet, right column (search, "Đọc nhiều nhất", "Văn bản mới", poll with an
  anti-forgery token, links select, banners, visitor counter), footer.
- article (``TinTuc/ChiTiet``): breadcrumb, ``h1.tieu-de-ct``, meta line ``div.tt-tin``, tool
  bar (font size, print, e-mail, Facebook/Zalo), optional sapo ``div.tom-tat``, content
  ``div#divNoiDung.noi-dung-ct``, optional attachment, vendor author field ``div.tacgia-ct``,
  optional ``div.nguon-ct``, tags-less bottom tools, reader comments, "Tin liên quan",
  "Tin mới đăng". News print the day as "Thứ Sáu, 04/12/2026 - 16:45"; the notice view
  (category Thông báo) prints ``@Model.NgayDang`` unformatted in the vi-VN culture:
  "24/11/2026 2:30:00 CH".
- listing: breadcrumb, first item large, then items; parent listing labels each item with its
  sub-category; the notice listing is a GridView-like table.

How each gold article is reached
--------------------------------
Home "Tin mới" links 2461 2455 2452 2449 2446 2440 (MVC route); the slider links 2461 2455 2449
by the legacy route; the notice box and the Thông báo listing link 2457 2450 2427. 2436 and 2433
are on page 1 of their sub-category (the first home tab also links 2436, 2452's "Tin liên quan"
links 2433). 2431 and 2424 are reachable only through ``/Portlet/LoadMore`` (Hoạt động ngành
page 2; Tin tức - Sự kiện pages 2-3): no full page, portlet, box or related list links them.

Traps
-----
1. Legacy duplicates: "Đọc nhiều nhất" prints ``/Pages/TinTuc/ChiTiet.aspx?ItemID=…&CatID=…``
   and the slider ``…?ItemID=…``; both answer 200 with the full article (canonical link to the
   MVC route). Gold: path = MVC route; every legacy form in ``alt_paths``.
2. The MVC route ignores the slug: "Tin liên quan" (in 2452) and a "Xem thêm" line (in 2431)
   print slugs from before the headline was edited; same article, 200, no redirect. Gold: the
   old-slug URLs are ``alt_paths``.
3. Pagination is an ``Ajax.ActionLink`` (``data-ajax="true"``) to ``/Portlet/LoadMore``, whose
   answer is a bare fragment with its own date format and the next button; 2431 and 2424 are
   only there. Gold: they are articles; the fragments are not.
4. Parent listing vs. filing: "Tin tức - Sự kiện" lists the articles of its four sub-categories.
   Gold: category = the breadcrumb's last crumb ("Hoạt động ngành", "Giáo dục Mầm non", …),
   never the parent the article was found under.
5. Dates: notices print vi-VN ``DateTime.ToString()`` — "2:30:00 CH" is 14:30, "12:00:00 SA" is
   midnight (day only); a news item printed "- 00:00" is a day only; ``article:published_time``
   is written with a literal "Z" after the *local* time (7 hours wrong), gold follows the page;
   edited items print "(Cập nhật: …)" after the date; the top bar prints today. The letterhead
   notice 2457 is dated by its letterhead (30/11) though posted 01/12.
6. Bylines: the meta line always has "Người đăng: <CMS account>" (nobody); the vendor author
   field and editor-typed right-aligned lines carry "Tin, ảnh: X (unit)", "Tin: X - Ảnh: Y",
   "ThS. X - Phó Trưởng phòng GD&ĐT", "X - Trường MN …", a unit alone ("Bộ phận Tiểu học"),
   and "Ảnh: X" under a photo. Gold: names only, see each record.
7. Captions: CKEditor tables (photo row + caption row), ``<figure>``, an italic line under the
   photo in parentheses (taken off), a credit-only line "Ảnh: Minh Tuấn" (caption None). None
   of them is body.
8. Text boundaries: a hidden ``display:none`` SEO summary above the content (not sapo, not
   body), reader comments with names and times, attachment line, "Xem thêm:" line inside the
   content, "Tin liên quan"/"Tin mới đăng" lists, the marquee notice and the tool bar.
9. Encodings: 2440's content is stored with CKEditor ``entities`` on (named and numeric
   references); 2424's content is decomposed Unicode (NFD, typed with a combining-mark
   keyboard); 2455's headline starts with an emoji. Gold: NFC text, emoji kept.
10. Word paste in 2449: bullet list paragraphs whose "·" sits in ``mso-list:Ignore`` (no text),
    and a paragraph the editor began with "- " (kept).
11. Relative image sources (TinyMCE-era ``../../Uploads/…`` in 2436), valid from every route
    of the article (all are two levels deep or less). Gold: resolved against the page.
12. Non-articles in article clothing: album, video and document entries have a title, a date
    and a paragraph or two; intro pages use the article layout without a date.

Gold decisions on ambiguous points
----------------------------------
- A photo line that only credits ("Ảnh: Minh Tuấn") gives caption None and puts the name in
  ``photographers``.
- "Tin, ảnh: Hà Thị Nhung (Trường TH Thu Cúc)" -> Hà Thị Nhung in authors and photographers.
- 2436 closes with "Thu Hà" and "Nguồn: baophutho.vn": author Thu Hà, source "baophutho.vn".
- 2446 closes with "Theo Sở GD&ĐT Phú Thọ": source "Sở GD&ĐT Phú Thọ", no author; 2440's body
  sentence "Theo kế hoạch, trong năm học này …" is text, not a source; 2446's "Theo đánh giá của
  Ban giám khảo, …" (a ``<br>``-split line in mid-text) is text too.
- 2446's four ``<br>``-separated lines in one ``<p>`` are four paragraphs.
- The Word bullets of 2449 ("·" in ``mso-list:Ignore``) are no text; the list items are
  paragraphs; the bold first paragraph of 2449 is its sapo (summary), 2461's ``div.tom-tat`` is
  its sapo; the hidden ``#hdTomTat`` of 2446 is no sapo (summary null).
- Letterhead notice 2457: letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận" and the signing
  block are not body; signer Đinh Thị Lan (post "KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG" dropped).
- Table header rows are paragraphs like the other rows; a bold sub-heading is a paragraph.
- 2450 (a notice without letterhead) takes the page's date; 2457 takes its letterhead's day.
- The print view is an alternative path though only ``onclick`` opens it.
- Canonical path = the MVC route with the current slug.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "smartgov_pgd"
PLATFORM = "SmartGov e-Portal (ASP.NET MVC 5, Trung tâm CNTT&TT tỉnh) — Phòng GD&ĐT huyện"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
SITE = "Phòng GD&ĐT huyện Tân Sơn"
UP = "/Uploads/pgdtanson"

# id: (slug, name, parent, page size)
CATS: dict[int, tuple[str, str, int | None, int]] = {
    2: ("tin-tuc-su-kien", "Tin tức - Sự kiện", None, 4),
    12: ("hoat-dong-nganh", "Hoạt động ngành", 2, 3),
    13: ("giao-duc-mam-non", "Giáo dục Mầm non", 2, 3),
    14: ("giao-duc-tieu-hoc", "Giáo dục Tiểu học", 2, 3),
    15: ("giao-duc-thcs", "Giáo dục THCS", 2, 3),
    3: ("thong-bao", "Thông báo", None, 10),
}


def cat_path(cid: int) -> str:
    return f"/chuyen-muc/{CATS[cid][0]}-{cid}"


# --- the articles ---------------------------------------------------------------------------

S2461 = Story(
    id=2461,
    slug="tong-ket-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs-nam-hoc-2026-2027",
    title="Tổng kết Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027",
    cat="12",
    published_at="2026-12-04T16:45:00+07:00",
    summary=(
        "Chiều ngày 04/12/2026, Phòng GD&ĐT huyện Tân Sơn tổ chức tổng kết, trao giấy chứng nhận "
        "Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027. Sau hơn hai tuần tranh "
        "tài, 27 giáo viên đã được công nhận danh hiệu giáo viên dạy giỏi cấp huyện."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội thi được tổ chức từ ngày 16/11 đến ngày 02/12/2026 với sự tham gia của 58 giáo viên "
            "đến từ 14 trường THCS và TH&THCS trên địa bàn huyện. Mỗi giáo viên dự thi trải qua hai "
            "phần: trình bày biện pháp nâng cao chất lượng giảng dạy và dạy thực hành 02 tiết trên "
            "lớp, trong đó có 01 tiết tự chọn và 01 tiết do Ban tổ chức bốc thăm."
        ),
        Img(
            f"{UP}/2026/12/04/gvdg-thcs-01.jpg",
            "Đồng chí Hà Văn Thắng, Trưởng phòng GD&ĐT phát biểu tại buổi tổng kết",
            "Đồng chí Hà Văn Thắng, Trưởng phòng GD&ĐT phát biểu tại buổi tổng kết",
            style="tbl",
        ),
        P(
            "Phát biểu tại buổi tổng kết, đồng chí Hà Văn Thắng, Trưởng phòng GD&ĐT huyện đánh giá: "
            "các tiết dạy đã bám sát yêu cầu của Chương trình giáo dục phổ thông 2018, nhiều giáo viên "
            "vận dụng linh hoạt các phương pháp, kỹ thuật dạy học tích cực, khai thác hiệu quả thiết "
            "bị dạy học và học liệu số. Bên cạnh đó, một số tiết dạy còn nặng về truyền thụ kiến "
            "thức, việc tổ chức cho học sinh tự đánh giá chưa thực sự hiệu quả."
        ),
        P(
            "Kết quả, Ban tổ chức công nhận 27 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện; "
            "trong đó 05 giáo viên được đề nghị tham gia Hội thi cấp tỉnh, cụ thể:"
        ),
        P("TT | Họ và tên | Đơn vị | Môn dự thi", "row"),
        P("1 | Hà Thị Thu Hằng | THCS Xuân Đài | Ngữ văn", "row"),
        P("2 | Đinh Văn Khoa | THCS Thu Cúc | Toán", "row"),
        P("3 | Nguyễn Thị Hương | TH&THCS Kim Thượng | Khoa học tự nhiên", "row"),
        P("4 | Hoàng Thị Mai | THCS Thạch Kiệt | Tiếng Anh", "row"),
        P("5 | Phùng Văn Tuấn | THCS Minh Đài | Lịch sử và Địa lí", "row"),
        Img(
            f"{UP}/2026/12/04/gvdg-thcs-02.jpg",
            "Ban tổ chức trao giấy chứng nhận cho các giáo viên đạt danh hiệu giáo viên dạy giỏi",
            "Ban tổ chức trao giấy chứng nhận cho các giáo viên đạt danh hiệu giáo viên dạy giỏi",
            style="tbl",
        ),
        P(
            "Hội thi là dịp để đội ngũ giáo viên giao lưu, học hỏi kinh nghiệm, đồng thời là cơ sở "
            "để Phòng GD&ĐT đánh giá, bồi dưỡng và xây dựng đội ngũ giáo viên cốt cán của huyện "
            "trong những năm học tiếp theo."
        ),
    ],
    authors=["Hà Phương"],
    photographers=["Hà Phương"],
    opts={
        "dt": "2026-12-04 16:45",
        "upd": "2026-12-05 08:12",
        "tacgia": "Tin, ảnh: Hà Phương",
        "nguoidang": "pgd.tanson",
    },
)

S2457 = Story(
    id=2457,
    slug="thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen-nam-hoc-2026-2027",
    title="Thông báo tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027",
    cat="3",
    published_at="2026-11-30",
    blocks=[
        Raw(
            '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">\n<tbody>\n<tr>\n'
            '<td style="width:40%;text-align:center;vertical-align:top">UBND HUYỆN TÂN SƠN<br />\n'
            "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br />\n___________</td>\n"
            '<td style="width:60%;text-align:center;vertical-align:top"><strong>CỘNG HÒA XÃ HỘI '
            "CHỦ NGHĨA VIỆT NAM</strong><br />\n<strong>Độc lập - Tự do - Hạnh phúc</strong><br />\n"
            "_____________________</td>\n</tr>\n<tr>\n"
            '<td style="text-align:center">Số: 412/TB-PGDĐT</td>\n'
            '<td style="text-align:center"><em>Tân Sơn, ngày 30 tháng 11 năm 2026</em></td>\n'
            "</tr>\n</tbody>\n</table>\n"
        ),
        Raw(
            '<p style="text-align:center">&nbsp;</p>\n<p style="text-align:center"><strong>THÔNG '
            "BÁO</strong><br />\n<strong>Về việc tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện "
            "năm học 2026 - 2027</strong></p>\n"
        ),
        P(
            "Căn cứ Kế hoạch số 215/KH-PGDĐT ngày 15/8/2026 của Phòng GD&ĐT huyện Tân Sơn về thực "
            "hiện nhiệm vụ năm học 2026 - 2027;"
        ),
        P(
            "Phòng GD&ĐT thông báo tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học "
            "2026 - 2027 như sau:"
        ),
        P(
            "1. Thời gian thi: ngày 17/12/2026 (thứ Năm). Thí sinh có mặt tại điểm thi lúc 7 giờ 00 "
            "phút để làm thủ tục dự thi."
        ),
        P("2. Địa điểm thi: Trường THCS Tân Phú, khu Phú Lão, xã Tân Phú."),
        P(
            "3. Môn thi: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí, Tin học. "
            "Thời gian làm bài 150 phút/môn."
        ),
        P(
            "4. Hồ sơ dự thi: các trường lập danh sách thí sinh theo mẫu gửi kèm, nộp bản mềm qua "
            "hệ thống quản lý văn bản và điều hành về Phòng GD&ĐT (bộ phận THCS) trước ngày "
            "10/12/2026."
        ),
        P(
            "Phòng GD&ĐT đề nghị Hiệu trưởng các trường THCS, TH&THCS triển khai thực hiện nghiêm "
            "túc nội dung Thông báo này./."
        ),
        Raw(
            '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">\n<tbody>\n<tr>\n'
            '<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br />\n'
            "- Các trường THCS, TH&amp;THCS;<br />\n- Lãnh đạo phòng;<br />\n- Lưu: VT, THCS.</td>\n"
            '<td style="width:50%;text-align:center;vertical-align:top"><strong>KT. TRƯỞNG PHÒNG<br />\n'
            "PHÓ TRƯỞNG PHÒNG</strong><br />\n<br />\n<em>(Đã ký)</em><br />\n<br />\n"
            "<strong>Đinh Thị Lan</strong></td>\n</tr>\n</tbody>\n</table>\n"
        ),
    ],
    authors=["Đinh Thị Lan"],
    opts={
        "dt": "2026-12-01 09:05",
        "nguoidang": "thcs.pgd",
        "dinhkem": ("412-TB-PGDDT.pdf", f"{UP}/files/2026/12/412-TB-PGDDT.pdf", "215 KB"),
    },
)

S2455 = Story(
    id=2455,
    slug="truong-mam-non-xuan-dai-ron-rang-ngay-hoi-be-vui-khoe-be-tu-tin",
    title="🌸 Trường Mầm non Xuân Đài rộn ràng ngày hội “Bé vui khỏe - Bé tự tin”",
    cat="13",
    published_at="2026-11-28T10:15:00+07:00",
    blocks=[
        P(
            "Nhằm tạo sân chơi bổ ích, giúp trẻ phát triển thể chất và mạnh dạn, tự tin trong giao "
            "tiếp, sáng ngày 27/11/2026, Trường Mầm non Xuân Đài tổ chức ngày hội “Bé vui khỏe - Bé "
            "tự tin” cho gần 180 cháu ở các lớp mẫu giáo.",
            "div",
        ),
        P(
            "Ngày hội gồm hai phần: phần đồng diễn thể dục nhịp điệu với các bài “Con cào cào”, “Bé "
            "khỏe bé ngoan” và phần hội thi với các trò chơi vận động như bật qua suối nhỏ, bò chui "
            "qua cổng, ném bóng vào rổ, kéo co. Trẻ 5 tuổi còn được tham gia trò chơi dân gian "
            "“Bịt mắt bắt dê”, “Rồng rắn lên mây” do các cô giáo hướng dẫn.",
            "div",
        ),
        Img(
            f"{UP}/2026/11/28/mn-xuan-dai-01.jpg",
            "(Các bé lớp mẫu giáo 5 tuổi A đồng diễn thể dục nhịp điệu)",
            "Các bé lớp mẫu giáo 5 tuổi A đồng diễn thể dục nhịp điệu",
            style="next",
        ),
        P(
            "Các bé rất hào hứng 😊, mạnh dạn thể hiện khả năng của mình trước đông đảo phụ huynh. "
            "Kết thúc ngày hội, Ban giám hiệu nhà trường đã trao phần thưởng cho các lớp đạt giải và "
            "tặng quà cho tất cả các cháu tham gia.",
            "div",
        ),
        Img(
            f"{UP}/2026/11/28/mn-xuan-dai-02.jpg",
            "(Phụ huynh cùng các bé tham gia trò chơi kéo co)",
            "Phụ huynh cùng các bé tham gia trò chơi kéo co",
            style="next",
        ),
        P(
            "Qua ngày hội, nhà trường mong muốn tăng cường sự phối hợp giữa gia đình và nhà trường "
            "trong việc chăm sóc, giáo dục trẻ, góp phần thực hiện tốt chuyên đề “Nâng cao chất lượng "
            "giáo dục phát triển vận động cho trẻ mầm non” trong năm học 2026 - 2027.",
            "div",
        ),
        Raw(
            '<div style="text-align: right;"><strong>Nguyễn Thị Hoa - Trường MN Xuân Đài</strong>'
            "</div>\n"
        ),
    ],
    authors=["Nguyễn Thị Hoa"],
    opts={"dt": "2026-11-28 10:15", "nguoidang": "mamnon.pgd"},
)

S2452 = Story(
    id=2452,
    slug="truong-tieu-hoc-thu-cuc-to-chuc-chuyen-de-day-hoc-phat-trien-nang-luc-doc-cho-hoc-sinh-lop-2",
    title=(
        "Trường Tiểu học Thu Cúc tổ chức chuyên đề dạy học phát triển năng lực đọc cho học sinh "
        "lớp 2"
    ),
    cat="14",
    published_at="2026-11-26T14:00:00+07:00",
    blocks=[
        P(
            "Thực hiện kế hoạch bồi dưỡng chuyên môn năm học 2026 - 2027, ngày 25/11/2026, Trường "
            "Tiểu học Thu Cúc tổ chức chuyên đề “Dạy học phát triển năng lực đọc cho học sinh lớp 2” "
            "với sự tham dự của cán bộ quản lý, giáo viên cốt cán các trường tiểu học cụm số 3."
        ),
        P(
            "Tiết dạy minh họa bài đọc “Mẹ của Oanh” (sách Tiếng Việt 2, bộ Kết nối tri thức với "
            "cuộc sống) do cô giáo Hà Thị Nhung thực hiện được thiết kế theo các hoạt động: khởi "
            "động, khám phá, luyện tập và vận dụng. Học sinh được đọc theo nhóm, đọc phân vai, trả lời "
            "câu hỏi bằng phiếu học tập và liên hệ với việc làm của bản thân khi ở nhà."
        ),
        Img(f"{UP}/2026/11/26/th-thu-cuc-01.jpg", None, None, style="alone"),
        P(
            "Trong phần thảo luận, các đại biểu đã trao đổi về cách tổ chức hoạt động đọc mở rộng, "
            "xây dựng góc đọc trong lớp học, cách hướng dẫn học sinh dân tộc thiểu số đọc đúng, đọc "
            "trôi chảy và hiểu nội dung văn bản."
        ),
        Img(
            f"{UP}/2026/11/26/th-thu-cuc-02.jpg",
            "Học sinh lớp 2A đọc phân vai trong tiết học",
            "Học sinh lớp 2A đọc phân vai trong tiết học",
            style="figure",
        ),
        P(
            "Chuyên đề giúp giáo viên có thêm kinh nghiệm trong việc đổi mới phương pháp dạy học môn "
            "Tiếng Việt, góp phần nâng cao chất lượng đọc hiểu cho học sinh các lớp đầu cấp."
        ),
    ],
    authors=["Hà Thị Nhung"],
    photographers=["Hà Thị Nhung"],
    opts={
        "dt": "2026-11-26 14:00",
        "nguoidang": "tieuhoc.pgd",
        "tacgia": "Tin, ảnh: Hà Thị Nhung (Trường TH Thu Cúc)",
        "lienquan": [
            (2433, None),
            (2449, "ky-niem-ngay-nha-giao-viet-nam-20-11"),
        ],
        "ykien": [
            (
                "Đinh Thị Thanh Xuân",
                "26/11/2026 20:41",
                "Chuyên đề rất thiết thực, mong Phòng tổ chức thêm ở các cụm trường vùng khó.",
            ),
            (
                "Phụ huynh lớp 2A",
                "27/11/2026 06:15",
                "Con tôi về nhà kể rất thích giờ đọc phân vai. Cảm ơn cô Nhung!",
            ),
        ],
    },
)

S2450 = Story(
    id=2450,
    slug="thong-bao-ve-viec-cap-nhat-du-lieu-tren-he-thong-co-so-du-lieu-nganh-hoc-ky-i",
    title=(
        "Thông báo về việc cập nhật dữ liệu trên hệ thống cơ sở dữ liệu ngành giáo dục học kỳ I "
        "năm học 2026 - 2027"
    ),
    cat="3",
    published_at="2026-11-24T14:30:00+07:00",
    blocks=[
        P(
            "Để phục vụ công tác báo cáo thống kê học kỳ I năm học 2026 - 2027, Phòng GD&ĐT đề nghị "
            "thủ trưởng các đơn vị trường học chỉ đạo cán bộ phụ trách cơ sở dữ liệu thực hiện các "
            "nội dung sau:"
        ),
        P(
            "1. Rà soát, cập nhật đầy đủ thông tin trường, lớp, học sinh, đội ngũ cán bộ quản lý, "
            "giáo viên, nhân viên trên hệ thống csdl.moet.gov.vn; đối chiếu mã định danh cá nhân của "
            "học sinh với dữ liệu dân cư."
        ),
        P(
            "2. Nhập kết quả đánh giá giữa học kỳ I và thông tin sức khỏe học sinh; hoàn thiện dữ "
            "liệu cơ sở vật chất, thiết bị dạy học theo danh mục tối thiểu."
        ),
        P(
            "3. Thời hạn hoàn thành: trước 17 giờ 00 ngày 10/12/2026. Sau thời hạn trên, hệ thống sẽ "
            "khóa dữ liệu để tổng hợp báo cáo Sở GD&ĐT."
        ),
        P(
            "Trong quá trình thực hiện, nếu có vướng mắc đề nghị liên hệ đồng chí Lê Văn Quân, chuyên "
            "viên Phòng GD&ĐT, số điện thoại 0912.456.381 để được hướng dẫn."
        ),
    ],
    opts={"dt": "2026-11-24 14:30", "nguoidang": "vanphong.pgd"},
)

S2449 = Story(
    id=2449,
    slug="nganh-giao-duc-tan-son-long-trong-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title=(
        "Ngành Giáo dục Tân Sơn long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
        "(20/11/1982 - 20/11/2026)"
    ),
    cat="12",
    published_at="2026-11-20T09:30:00+07:00",
    summary=(
        "Sáng 20/11, Phòng GD&ĐT huyện Tân Sơn tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và "
        "tuyên dương các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua “Đổi mới, "
        "sáng tạo trong dạy và học”."
    ),
    blocks=[
        P(
            "Sáng 20/11, Phòng GD&ĐT huyện Tân Sơn tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và "
            "tuyên dương các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua “Đổi "
            "mới, sáng tạo trong dạy và học”.",
            "lead",
        ),
        P(
            "Tới dự buổi lễ có đồng chí Nguyễn Văn Hải, Phó Chủ tịch UBND huyện; đại diện lãnh đạo "
            "các phòng, ban, ngành, đoàn thể của huyện; các thế hệ nhà giáo đã nghỉ hưu cùng gần 200 "
            "cán bộ quản lý, giáo viên tiêu biểu của các nhà trường.",
            "word",
        ),
        P(
            "Năm học 2025 - 2026, toàn ngành có 41 học sinh đạt giải trong kỳ thi chọn học sinh giỏi "
            "cấp tỉnh, tăng 9 giải so với năm học trước; tỷ lệ học sinh lớp 9 tốt nghiệp THCS đạt "
            "99,6%. Công tác xây dựng trường chuẩn quốc gia tiếp tục được quan tâm, đến nay toàn huyện "
            "có 38/44 trường đạt chuẩn, đạt tỷ lệ 86,4%.",
            "word",
        ),
        Img(
            f"{UP}/2026/11/20/le-20-11-01.jpg",
            "(Đồng chí Nguyễn Văn Hải, Phó Chủ tịch UBND huyện tặng hoa chúc mừng đội ngũ nhà giáo)",
            "Đồng chí Nguyễn Văn Hải, Phó Chủ tịch UBND huyện tặng hoa chúc mừng đội ngũ nhà giáo",
            style="next",
        ),
        P("Tại buổi lễ, Chủ tịch UBND huyện đã tặng Giấy khen cho:", "word"),
        P("03 tập thể có thành tích xuất sắc trong năm học 2025 - 2026;", "mso"),
        P("25 cá nhân là giáo viên dạy giỏi, giáo viên chủ nhiệm giỏi cấp tỉnh;", "mso"),
        P("12 nhà giáo có nhiều đóng góp trong công tác bồi dưỡng học sinh giỏi.", "mso"),
        P(
            "- Đồng thời, Phòng GD&ĐT trao học bổng cho 15 học sinh có hoàn cảnh khó khăn vươn lên "
            "học tốt, mỗi suất trị giá 1.000.000 đồng.",
            "word",
        ),
        Img(f"{UP}/2026/11/20/le-20-11-02.jpg", None, None, style="alone"),
        Raw(
            '<p class="MsoNormal" style="text-align:right"><b><span lang="VI" '
            'style="font-size:14.0pt">Tin: Đinh Quang Huy - Ảnh: Lê Thu Trang<o:p></o:p></span></b></p>\n'
        ),
    ],
    authors=["Đinh Quang Huy"],
    photographers=["Lê Thu Trang"],
    opts={"dt": "2026-11-20 09:30", "upd": "2026-11-21 15:02", "nguoidang": "pgd.tanson"},
)

S2446 = Story(
    id=2446,
    slug="hoc-sinh-truong-thcs-xuan-dai-dat-giai-nhat-cuoc-thi-y-tuong-khoi-nghiep-cap-tinh",
    title=(
        "Học sinh Trường THCS Xuân Đài đạt giải Nhất cuộc thi “Ý tưởng khởi nghiệp” dành cho học "
        "sinh cấp tỉnh"
    ),
    cat="15",
    published_at="2026-11-14T07:50:00+07:00",
    blocks=[
        P(
            "Tại vòng chung kết cuộc thi “Học sinh, sinh viên với ý tưởng khởi nghiệp” tỉnh Phú Thọ "
            "năm 2026, dự án “Trà túi lọc lá vối rừng Xuân Sơn” của nhóm học sinh Trường THCS Xuân "
            "Đài đã xuất sắc giành giải Nhất khối trung học cơ sở.",
            "br",
        ),
        P(
            "Nhóm gồm 3 em học sinh lớp 9A: Hà Minh Quân, Đinh Thị Ngọc Ánh và Lý Thị Mỷ, dưới sự "
            "hướng dẫn của cô giáo Phùng Thị Huyền. Dự án tận dụng nguồn lá vối sẵn có ở địa phương, "
            "chế biến theo quy trình sấy lạnh, đóng gói bằng bao bì giấy thân thiện với môi trường.",
            "br",
        ),
        P(
            "Theo đánh giá của Ban giám khảo, dự án có tính thực tiễn cao, gắn với phát triển sản "
            "phẩm OCOP của huyện và có khả năng mở rộng sản xuất quy mô nhỏ tại các hộ gia đình.",
            "br",
        ),
        P(
            "Đây là năm thứ hai liên tiếp học sinh huyện Tân Sơn đạt giải cao tại cuộc thi, khẳng định "
            "hiệu quả của mô hình giáo dục STEM và hướng nghiệp gắn với địa phương mà ngành Giáo dục "
            "huyện đang triển khai.",
            "br",
        ),
        Img(
            f"{UP}/2026/11/14/khoi-nghiep-thcs-xuan-dai.jpg",
            "Nhóm học sinh Trường THCS Xuân Đài nhận giải Nhất",
            "Nhóm học sinh Trường THCS Xuân Đài nhận giải Nhất",
            style="tbl",
        ),
        Raw('<p style="text-align: right;"><em>Theo Sở GD&amp;ĐT Phú Thọ</em></p>\n'),
    ],
    source="Sở GD&ĐT Phú Thọ",
    opts={
        "dt": "2026-11-14 07:50",
        "nguoidang": "thcs.pgd",
        "seo_hidden": (
            "Dự án Trà túi lọc lá vối rừng Xuân Sơn của học sinh THCS Xuân Đài giành giải Nhất cuộc "
            "thi ý tưởng khởi nghiệp tỉnh Phú Thọ năm 2026."
        ),
    },
)

S2440 = Story(
    id=2440,
    slug="hoi-nghi-trien-khai-cong-tac-chuyen-doi-so-trong-cac-co-so-giao-duc-nam-hoc-2026-2027",
    title=(
        "Hội nghị triển khai công tác chuyển đổi số trong các cơ sở giáo dục năm học 2026 - 2027"
    ),
    cat="12",
    published_at="2026-11-06T15:20:00+07:00",
    blocks=[
        P(
            "Ngày 06/11/2026, Phòng GD&ĐT huyện Tân Sơn tổ chức Hội nghị triển khai công tác chuyển "
            "đổi số và ứng dụng công nghệ thông tin trong các cơ sở giáo dục năm học 2026 - 2027. "
            "Tham dự hội nghị có hiệu trưởng, phó hiệu trưởng phụ trách chuyên môn và cán bộ phụ "
            "trách CNTT của 44 trường mầm non, tiểu học, THCS trên địa bàn."
        ),
        P(
            "Theo kế hoạch, trong năm học này 100% các trường thực hiện sổ điểm điện tử, học bạ số đối "
            "với học sinh tiểu học và lớp 6, lớp 7; 100% khoản thu được thực hiện không dùng tiền "
            "mặt; các trường tiếp tục cập nhật đầy đủ, chính xác dữ liệu trên hệ thống cơ sở dữ liệu "
            "ngành."
        ),
        P("Một số nhiệm vụ trọng tâm", "h"),
        P(
            "Rà soát, bổ sung hạ tầng mạng, thiết bị phục vụ dạy học trực tuyến và học liệu số;",
            "li",
        ),
        P("Bồi dưỡng kỹ năng số cho 100% cán bộ quản lý, giáo viên, nhân viên;", "li"),
        P("Triển khai chữ ký số cho cán bộ quản lý và giáo viên chủ nhiệm để ký học bạ số.", "li"),
        Img(
            f"{UP}/2026/11/06/hoi-nghi-chuyen-doi-so.jpg",
            "Quang cảnh hội nghị",
            "Quang cảnh hội nghị",
            style="figure",
        ),
        P(
            "Tại hội nghị, đại diện Viettel Phú Thọ đã hướng dẫn các đơn vị sử dụng phần mềm quản lý "
            "trường học, ký số học bạ và khai thác kho học liệu dùng chung của ngành."
        ),
        Raw(
            '<p style="text-align: right;"><strong>ThS. Hoàng Minh Đức - Phó Trưởng phòng GD&amp;ĐT'
            "</strong></p>\n"
        ),
    ],
    authors=["Hoàng Minh Đức"],
    opts={"dt": "2026-11-06 15:20", "nguoidang": "pgd.tanson", "entities": 1},
)

S2436 = Story(
    id=2436,
    slug="chuyen-de-xay-dung-truong-mam-non-lay-tre-lam-trung-tam-tai-cum-truong-so-2",
    title="Chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm” tại cụm trường số 2",
    cat="13",
    published_at="2026-10-30T14:10:00+07:00",
    blocks=[
        P(
            "Ngày 29/10/2026, tại Trường Mầm non Kim Thượng, Phòng GD&ĐT huyện Tân Sơn tổ chức chuyên "
            "đề “Xây dựng trường mầm non lấy trẻ làm trung tâm” cho cán bộ quản lý, giáo viên 8 "
            "trường mầm non thuộc cụm số 2."
        ),
        P(
            "Các đại biểu đã tham quan môi trường giáo dục trong và ngoài lớp học, khu vui chơi được "
            "làm từ nguyên vật liệu tự nhiên, góc thiên nhiên và góc văn hóa dân tộc Mường với những "
            "chiếc chiêng, ống nứa, khung cửi thu nhỏ do giáo viên và phụ huynh cùng làm."
        ),
        Img(
            "../../Uploads/pgdtanson/2026/10/30/mn-kim-thuong-01.jpg",
            "Góc văn hóa dân tộc Mường tại lớp mẫu giáo 4 tuổi",
            "Góc văn hóa dân tộc Mường tại lớp mẫu giáo 4 tuổi",
            style="tbl",
        ),
        P(
            "Hai hoạt động minh họa “Khám phá quả bưởi” và “Bé làm bánh trôi” được tổ chức theo hướng "
            "để trẻ được trải nghiệm, tự khám phá, tự lựa chọn; giáo viên đóng vai trò gợi mở, hỗ "
            "trợ. Các đại biểu đánh giá cao sự chuẩn bị công phu và khả năng sáng tạo của đội ngũ "
            "giáo viên nhà trường."
        ),
        Img(
            "../../Uploads/pgdtanson/2026/10/30/mn-kim-thuong-02.jpg",
            "Trẻ trải nghiệm hoạt động “Bé làm bánh trôi”",
            "Trẻ trải nghiệm hoạt động “Bé làm bánh trôi”",
            style="tbl",
        ),
        P(
            "Kết thúc chuyên đề, lãnh đạo Phòng GD&ĐT đề nghị các trường trong cụm tiếp tục cải tạo "
            "môi trường giáo dục theo hướng mở, linh hoạt, phù hợp điều kiện thực tế của địa phương."
        ),
        Raw('<p style="text-align: right;"><strong>Thu Hà</strong></p>\n'),
        Raw('<p style="text-align: right;"><em>Nguồn: baophutho.vn</em></p>\n'),
    ],
    authors=["Thu Hà"],
    source="baophutho.vn",
    opts={"dt": "2026-10-30 14:10", "nguoidang": "mamnon.pgd"},
)

S2433 = Story(
    id=2433,
    slug="giao-luu-tieng-viet-cua-chung-em-danh-cho-hoc-sinh-dan-toc-thieu-so-cap-tieu-hoc-nam-2026",
    title=(
        "Giao lưu “Tiếng Việt của chúng em” dành cho học sinh dân tộc thiểu số cấp tiểu học năm 2026"
    ),
    cat="14",
    published_at="2026-10-27T10:40:00+07:00",
    blocks=[
        P(
            "Ngày 25/10/2026, tại Trường Tiểu học Mỹ Thuận, Phòng GD&ĐT huyện Tân Sơn tổ chức giao lưu "
            "“Tiếng Việt của chúng em” dành cho học sinh dân tộc thiểu số cấp tiểu học năm 2026. Tham "
            "gia giao lưu có 17 đội với 85 học sinh lớp 4, lớp 5 là người dân tộc Mường, Dao, Tày."
        ),
        P("Mỗi đội trải qua 4 phần thi:"),
        P("Chào bạn: giới thiệu về đội, về trường và bản làng của mình;", "li"),
        P("Em yêu Tiếng Việt: kể chuyện, đọc thơ, giải ô chữ;", "li"),
        P("Tìm hiểu kiến thức: trả lời câu hỏi về an toàn giao thông, vệ sinh cá nhân;", "li"),
        P("Năng khiếu: hát, múa, diễn tiểu phẩm bằng tiếng Việt.", "li"),
        Img(
            f"{UP}/2026/10/27/giao-luu-tieng-viet.jpg",
            "Đội Trường Tiểu học Xuân Sơn trong phần thi năng khiếu",
            "Đội Trường Tiểu học Xuân Sơn trong phần thi năng khiếu",
            style="tbl",
        ),
        P(
            "Em Triệu Thị Mai, học sinh lớp 5 Trường Tiểu học Xuân Sơn chia sẻ: “Em rất vui vì được "
            "gặp các bạn ở nhiều trường. Về nhà em sẽ đọc thêm truyện để nói tiếng Việt hay hơn”.",
            "quote",
        ),
        P(
            "Kết quả, Ban tổ chức trao 01 giải Nhất cho đội Trường Tiểu học Xuân Sơn, 02 giải Nhì, 03 "
            "giải Ba và 05 giải Khuyến khích cho các đội."
        ),
        Raw('<p style="text-align: right;"><strong>Bộ phận Tiểu học</strong></p>\n'),
    ],
    authors=["Bộ phận Tiểu học"],
    opts={"dt": "2026-10-27 10:40", "nguoidang": "tieuhoc.pgd"},
)

S2431 = Story(
    id=2431,
    slug="tap-huan-cong-tac-tu-danh-gia-kiem-dinh-chat-luong-giao-duc-va-cong-nhan-truong-dat-chuan",
    title=(
        "Tập huấn công tác tự đánh giá, kiểm định chất lượng giáo dục và công nhận trường đạt chuẩn "
        "quốc gia"
    ),
    cat="12",
    published_at="2026-10-22T08:00:00+07:00",
    blocks=[
        P(
            "Trong hai ngày 20 và 21/10/2026, Phòng GD&ĐT huyện Tân Sơn tổ chức tập huấn công tác tự "
            "đánh giá, kiểm định chất lượng giáo dục và công nhận trường đạt chuẩn quốc gia cho hơn "
            "130 cán bộ quản lý, thư ký hội đồng tự đánh giá của các nhà trường."
        ),
        P(
            "Các học viên được báo cáo viên của Sở GD&ĐT Phú Thọ hướng dẫn quy trình tự đánh giá theo "
            "các Thông tư số 17, 18 và 19/2018/TT-BGDĐT; cách thu thập, mã hóa minh chứng; viết báo "
            "cáo tự đánh giá và lập kế hoạch cải tiến chất lượng sau đánh giá ngoài."
        ),
        Img(
            f"{UP}/2026/10/22/tap-huan-kiem-dinh.jpg",
            "Báo cáo viên hướng dẫn cách mã hóa minh chứng",
            "Báo cáo viên hướng dẫn cách mã hóa minh chứng",
            style="tbl",
        ),
        P(
            "Thông qua lớp tập huấn, các nhà trường nắm vững hơn các tiêu chuẩn, tiêu chí đánh giá, "
            "từ đó chủ động xây dựng lộ trình kiểm định chất lượng và xây dựng trường chuẩn quốc gia "
            "giai đoạn 2026 - 2030."
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/tin-tuc/hoi-nghi-chuyen-doi-so-2440.html">Hội '
            "nghị triển khai công tác chuyển đổi số năm học 2026 - 2027</a></p>\n"
        ),
        Raw('<p style="text-align: right;"><strong>Bộ phận Tổ chức cán bộ</strong></p>\n'),
    ],
    authors=["Bộ phận Tổ chức cán bộ"],
    opts={"dt": "2026-10-22 08:00", "nguoidang": "pgd.tanson"},
)

S2427 = Story(
    id=2427,
    slug="lich-tiep-cong-dan-dinh-ky-cua-truong-phong-gd-dt-quy-iv-nam-2026",
    title="Lịch tiếp công dân định kỳ của Trưởng phòng GD&ĐT huyện quý IV năm 2026",
    cat="3",
    published_at="2026-10-15",
    blocks=[
        P(
            "Thực hiện Luật Tiếp công dân năm 2013, Phòng GD&ĐT huyện Tân Sơn thông báo lịch tiếp công "
            "dân định kỳ của Trưởng phòng quý IV năm 2026 như sau:"
        ),
        P("Thời gian | Người tiếp | Địa điểm", "row"),
        P("Thứ Ba, 20/10/2026 | Hà Văn Thắng - Trưởng phòng | Phòng tiếp công dân huyện", "row"),
        P("Thứ Ba, 17/11/2026 | Hà Văn Thắng - Trưởng phòng | Phòng tiếp công dân huyện", "row"),
        P(
            "Thứ Ba, 15/12/2026 | Đinh Thị Lan - Phó Trưởng phòng | Phòng tiếp công dân huyện",
            "row",
        ),
        P(
            "Công dân đến liên hệ cần mang theo giấy tờ tùy thân và các tài liệu liên quan đến nội "
            "dung kiến nghị, phản ánh."
        ),
    ],
    opts={"dt": "2026-10-15 00:00", "nguoidang": "vanphong.pgd"},
)

S2424 = Story(
    id=2424,
    slug="khai-mac-hoi-khoe-phu-dong-cap-huyen-lan-thu-viii-nam-2026",
    title="Khai mạc Hội khỏe Phù Đổng cấp huyện lần thứ VIII năm 2026",
    cat="12",
    published_at="2026-10-09",
    blocks=[
        P(
            "Sáng ngày 09/10/2026, tại Sân vận động trung tâm huyện, Phòng GD&ĐT phối hợp với Phòng "
            "Văn hóa - Thông tin huyện tổ chức khai mạc Hội khỏe Phù Đổng cấp huyện lần thứ VIII năm "
            "2026."
        ),
        P(
            "Hội khỏe năm nay có 724 vận động viên là học sinh của 30 trường tiểu học và THCS tranh "
            "tài ở 7 môn: điền kinh, bóng đá, cầu lông, bóng bàn, cờ vua, đẩy gậy và bắn nỏ. Trong "
            "đó, đẩy gậy và bắn nỏ là hai môn thể thao dân tộc được nhiều học sinh người Mường, người "
            "Dao yêu thích."
        ),
        Img(f"{UP}/2026/10/09/hkpd-01.jpg", "Ảnh: Minh Tuấn", None, style="next"),
        P(
            "Phát biểu khai mạc, lãnh đạo UBND huyện đề nghị các vận động viên thi đấu trung thực, "
            "đoàn kết, cao thượng; Ban tổ chức, tổ trọng tài điều hành các nội dung thi đấu công "
            "bằng, khách quan, bảo đảm an toàn tuyệt đối cho học sinh."
        ),
        Img(
            f"{UP}/2026/10/09/hkpd-02.jpg",
            "Học sinh Trường THCS Lai Đồng thi đấu môn đẩy gậy",
            "Học sinh Trường THCS Lai Đồng thi đấu môn đẩy gậy",
            style="next",
        ),
        P(
            "Hội khỏe diễn ra đến hết ngày 12/10/2026. Kết quả thi đấu là căn cứ để lựa chọn vận động "
            "viên tham gia Hội khỏe Phù Đổng tỉnh Phú Thọ năm 2027."
        ),
        Raw('<p style="text-align: right;"><strong>Phạm Văn Long</strong></p>\n'),
    ],
    authors=["Phạm Văn Long"],
    photographers=["Minh Tuấn"],
    opts={"dt": "2026-10-09 00:00", "nguoidang": "pgd.tanson", "nfd": True},
)

STORIES: list[Story] = [
    S2461,
    S2457,
    S2455,
    S2452,
    S2450,
    S2449,
    S2446,
    S2440,
    S2436,
    S2433,
    S2431,
    S2427,
    S2424,
]
BY_ID = {s.id: s for s in STORIES}
NEWS_CATS = (12, 13, 14, 15)

#: "Đọc nhiều nhất" (legacy links with CatID) and the home slider (legacy links, ItemID only)
MOST_READ = (2461, 2449, 2455, 2446, 2457)
SLIDER = (2461, 2455, 2449)


def art_path(story: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/{slug or story.slug}-{story.id}.html"


def legacy_path(story: Story, with_cat: bool) -> str:
    tail = f"&CatID={story.cat}" if with_cat else ""
    return f"/Pages/TinTuc/ChiTiet.aspx?ItemID={story.id}{tail}"


def print_path(story: Story) -> str:
    return f"/TinTuc/InBai?id={story.id}"


def stories_of(cid: int) -> list[Story]:
    """A category's articles, newest first (a parent lists its children's)."""
    if CATS[cid][2] is None and cid != 3:
        found = [s for s in STORIES if CATS[int(s.cat)][2] == cid]
    else:
        found = [s for s in STORIES if int(s.cat) == cid]
    return sorted(found, key=lambda s: s.opts["dt"], reverse=True)


# --- dates as the platform prints them ------------------------------------------------------

_THU = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M")


def d_news(value: str) -> str:
    d = _dt(value)
    return f"{_THU[d.weekday()]}, {d:%d/%m/%Y} - {d:%H:%M}"


def d_raw(value: str) -> str:
    """``DateTime.ToString()`` in vi-VN: dd/MM/yyyy h:mm:ss tt with SA/CH."""
    d = _dt(value)
    hour = d.hour % 12 or 12
    return f"{d:%d/%m/%Y} {hour}:{d:%M}:00 {'SA' if d.hour < 12 else 'CH'}"


def d_day(value: str) -> str:
    return f"{_dt(value):%d/%m/%Y}"


def d_meta(value: str) -> str:
    """The vendor's og/article time: local time with a literal Z (format "yyyy-MM-ddTHH:mm:ssZ")."""
    return f"{_dt(value):%Y-%m-%dT%H:%M:%S}Z"


# --- article content ------------------------------------------------------------------------


def _tx(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def _img_tag(story: Story, img: Img, n: int) -> str:
    alt = esc(img.caption or story.title) if n % 2 else ""
    return f'<img alt="{alt}" src="{esc(img.src)}" style="width:600px;height:400px" />'


def render_img(story: Story, img: Img, n: int) -> str:
    tag = _img_tag(story, img, n)
    line = _tx(story, img.printed) if img.printed else ""
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:100%">\n'
            f'<tbody>\n<tr>\n<td style="text-align: center;">{tag}</td>\n</tr>\n'
            f'<tr>\n<td style="text-align: center;"><em>{line}</em></td>\n</tr>\n</tbody>\n</table>\n'
        )
    if img.style == "figure":
        return (
            f'<figure class="image" style="display:inline-block">{tag}\n'
            f"<figcaption>{line}</figcaption></figure>\n"
        )
    out = f'<p style="text-align: center;">{tag}</p>\n'
    if line:
        align = "right" if line.startswith("Ảnh:") else "center"
        out += f'<p style="text-align: {align};"><em>{line}</em></p>\n'
    return out


_MSO_BULLET = (
    '<!--[if !supportLists]--><span style="font-size:14.0pt;font-family:Symbol;'
    'mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol"><span style="mso-list:Ignore">'
    '·<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
    "</span></span></span><!--[endif]-->"
)


def render_content(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    n_img = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            n_img += 1
            out.append(render_img(story, b, n_img))
            i += 1
            continue
        style = b.style
        if style in ("row", "li", "br"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                group.append(blocks[i])
                i += 1
            if style == "li":
                items = "".join(f"<li>{_tx(story, p.text)}</li>\n" for p in group)
                out.append(f'<ul style="margin-left:20px">\n{items}</ul>\n')
            elif style == "br":
                lines = "<br />\n".join(_tx(story, p.text) for p in group)
                out.append(f'<p style="text-align: justify;">{lines}</p>\n')
            else:
                rows = []
                for r, p in enumerate(group):
                    cells = []
                    for c in p.text.split(" | "):
                        c = _tx(story, c)
                        cells.append(
                            f"<td><strong>{c}</strong></td>" if r == 0 else f"<td>{c}</td>"
                        )
                    rows.append("<tr>\n" + "\n".join(cells) + "\n</tr>\n")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;'
                    f'border-collapse:collapse">\n<tbody>\n{"".join(rows)}</tbody>\n</table>\n'
                )
            continue
        t = _tx(story, b.text)
        if style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{t}</strong></p>\n')
        elif style == "h":
            out.append(f'<h3 style="font-size:15px;color:#003399">{t}</h3>\n')
        elif style == "div":
            out.append(f'<div style="text-align: justify;">{t}</div>\n<div>&nbsp;</div>\n')
        elif style == "quote":
            out.append(f"<blockquote>\n<p><em>{t}</em></p>\n</blockquote>\n")
        elif style == "word":
            out.append(
                '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt">'
                f'<span lang="VI" style="font-size:14.0pt;line-height:115%">{t}<o:p></o:p></span></p>\n'
            )
        elif style == "mso":
            out.append(
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left:54.0pt;'
                'text-align:justify;text-indent:-18.0pt;mso-list:l0 level1 lfo1">'
                f'{_MSO_BULLET}<span lang="VI" style="font-size:14.0pt">{t}<o:p></o:p></span></p>\n'
            )
        else:
            out.append(f'<p style="text-align: justify;">{t}</p>\n')
        i += 1
    markup = "".join(out)
    if story.opts.get("entities"):
        markup = entity_mix(markup)
    return markup


def description(story: Story) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 170 else first[:167].rsplit(" ", 1)[0] + "..."


def first_image(story: Story) -> str | None:
    for img in story.images:
        return "/" + img.src.lstrip("./") if img.src.startswith("..") else img.src
    return None


def thumb(story: Story, w: int = 240, h: int = 160) -> str:
    src = first_image(story) or "/Content/themes/pgd/images/no-image.jpg"
    return f"/ImageHandler.ashx?src={quote(src, safe='')}&amp;w={w}&amp;h={h}"


# --- chrome ---------------------------------------------------------------------------------

MENU = """<div class="menu-ngang" id="mnTop_3">
<div class="container">
<ul class="mn-cap1">
<li class="mn-item mn-home"><a href="/" title="Trang chủ"><i class="fa fa-home"></i></a></li>
<li class="mn-item co-con"><a href="javascript:void(0);">Giới thiệu</a>
<ul class="mn-cap2">
<li><a href="/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></li>
<li><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li>
</ul></li>
<li class="mn-item co-con"><a href="/chuyen-muc/tin-tuc-su-kien-2">Tin tức - Sự kiện</a>
<ul class="mn-cap2">
<li><a href="/chuyen-muc/hoat-dong-nganh-12">Hoạt động ngành</a></li>
<li><a href="/chuyen-muc/giao-duc-mam-non-13">Giáo dục Mầm non</a></li>
<li><a href="/chuyen-muc/giao-duc-tieu-hoc-14">Giáo dục Tiểu học</a></li>
<li><a href="/chuyen-muc/giao-duc-thcs-15">Giáo dục THCS</a></li>
</ul></li>
<li class="mn-item"><a href="/chuyen-muc/thong-bao-3">Thông báo</a></li>
<li class="mn-item"><a href="/van-ban">Văn bản</a></li>
<li class="mn-item co-con"><a href="javascript:;">Thư viện</a>
<ul class="mn-cap2">
<li><a href="/thu-vien-anh">Thư viện ảnh</a></li>
<li><a href="/video">Video clip</a></li>
</ul></li>
<li class="mn-item"><a href="https://dichvucong.phutho.gov.vn" target="_blank">Dịch vụ công</a></li>
<li class="mn-item"><a href="/lien-he">Liên hệ</a></li>
</ul>
</div>
</div>
"""


def head(request: Request, title: str, desc: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)}</title>
<meta name="description" content="{esc(desc)}" />
<meta name="keywords" content="phòng giáo dục tân sơn, pgd tan son, giáo dục phú thọ" />
<meta name="generator" content="SmartGov e-Portal 3.2 - Trung tâm CNTT&amp;TT tỉnh Phú Thọ" />
{extra}<link rel="shortcut icon" href="/favicon.ico" />
<link href="/Content/css?v=W3k1tqPZdR6oXx0a5qZcJv5S1GmS2mb6fTq2l2yD8aA1" rel="stylesheet" />
<link href="/Content/themes/pgd/css/style.css?v=20190812" rel="stylesheet" />
<script src="/bundles/jquery?v=FVs3ACwOLIVInrAl5sdzR2jrCDmVOWFbZMY6g6Q0ulE1"></script>
</head>
"""


def top(request: Request) -> str:
    return f"""<body>
<div id="wrapper">
<div class="top-bar"><div class="container">
<span class="ngay-ht"><i class="fa fa-calendar"></i> {TODAY_LINE}</span>
<span class="tb-phai"><a href="/lien-he">Liên hệ</a> | <a href="/tim-kiem">Tìm kiếm</a> |
<a href="https://sso.phutho.gov.vn/cas/login?service=pgdtanson" rel="nofollow">Đăng nhập</a></span>
</div></div>
<div class="banner"><div class="container">
<a href="/" class="logo"><img src="/Content/themes/pgd/images/logo-pgd.png" alt="Logo" /></a>
<div class="ten-dv"><span class="dv-tren">UBND HUYỆN TÂN SƠN</span>
<span class="dv-ten">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</span></div>
</div></div>
{MENU}<div class="pl-thongbao" id="pl_ThongBaoChay_5"><div class="container">
<b class="nhan-tb">Thông báo:</b>
<marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">
<a href="{art_path(S2457)}">{esc(S2457.title)}</a> &nbsp;&nbsp;|&nbsp;&nbsp;
Lịch nghỉ Tết Dương lịch năm 2027: cán bộ, giáo viên, học sinh nghỉ 01 ngày (Thứ Sáu, 01/01/2027).
</marquee></div></div>
<div class="container noi-dung-trang"><div class="row">
"""


def sidebar(request: Request) -> str:
    token = opaque("csrf-" + request.path, 64)
    items = []
    for k, sid in enumerate(MOST_READ, 1):
        s = BY_ID[sid]
        items.append(
            f'<li><span class="so">{k}</span><a href="{esc(legacy_path(s, True))}">'
            f"{esc(s.title)}</a></li>"
        )
    most = "\n".join(items)
    return f"""<div class="col-md-3 cot-phai" id="divCotPhai">
<div class="pl-khung" id="pl_TimKiem_21"><div class="pl-td"><span>Tìm kiếm</span></div>
<form action="/tim-kiem" method="get" class="frm-tk">
<input type="text" name="tukhoa" placeholder="Nhập từ khóa..." />
<button type="submit"><i class="fa fa-search"></i></button></form></div>
<div class="pl-khung" id="pl_DocNhieu_27"><div class="pl-td"><span>Đọc nhiều nhất</span></div>
<ul class="ds-docnhieu">
{most}
</ul></div>
<div class="pl-khung" id="pl_VanBan_31"><div class="pl-td"><span>Văn bản mới</span></div>
<ul class="ds-vb">
<li><a href="/van-ban/chi-tiet/1091">Công văn số 398/PGDĐT-THCS về việc hướng dẫn kiểm tra cuối học kỳ I</a></li>
<li><a href="/van-ban/chi-tiet/1088">Kế hoạch số 215/KH-PGDĐT thực hiện nhiệm vụ năm học 2026 - 2027</a></li>
</ul><div class="xt"><a href="/van-ban">Xem tất cả »</a></div></div>
<div class="pl-khung" id="pl_BinhChon_33"><div class="pl-td"><span>Thăm dò ý kiến</span></div>
<form action="/Portlet/BinhChon" method="post" id="frmBinhChon" data-ajax="true" data-ajax-update="#kqBinhChon">
<input name="__RequestVerificationToken" type="hidden" value="{token}" />
<p class="cau-hoi">Bạn đánh giá thế nào về giao diện Cổng thông tin mới?</p>
<label><input type="radio" name="PhuongAn" value="1" /> Đẹp, dễ sử dụng</label><br />
<label><input type="radio" name="PhuongAn" value="2" /> Bình thường</label><br />
<label><input type="radio" name="PhuongAn" value="3" /> Cần cải tiến</label><br />
<input type="hidden" name="IdCauHoi" value="4" />
<button type="submit" class="btn btn-xs">Bình chọn</button></form>
<div id="kqBinhChon"></div></div>
<div class="pl-khung" id="pl_LienKet_35"><div class="pl-td"><span>Liên kết website</span></div>
<select onchange="if(this.value) window.open(this.value);" class="form-control">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://phutho.edu.vn">Sở GD&amp;ĐT Phú Thọ</option>
<option value="https://phutho.gov.vn">Cổng TTĐT tỉnh Phú Thọ</option>
<option value="https://tanson.phutho.gov.vn">Cổng TTĐT huyện Tân Sơn</option>
</select>
<a href="https://dichvucong.gov.vn" target="_blank"><img src="/Uploads/pgdtanson/banner/dvc-quoc-gia.png" alt="Cổng dịch vụ công quốc gia" /></a>
<a href="https://csdl.moet.gov.vn" target="_blank"><img src="/Uploads/pgdtanson/banner/csdl-nganh.png" alt="CSDL ngành" /></a>
</div>
<div class="pl-khung" id="pl_ThongKe_40"><div class="pl-td"><span>Thống kê truy cập</span></div>
<table class="tk"><tr><td>Đang online:</td><td>23</td></tr>
<tr><td>Hôm nay:</td><td>412</td></tr><tr><td>Hôm qua:</td><td>538</td></tr>
<tr><td>Tổng truy cập:</td><td>1.254.807</td></tr></table></div>
</div>
"""


FOOTER = """</div></div>
<div class="footer"><div class="container">
<p><b>CỔNG THÔNG TIN ĐIỆN TỬ PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TÂN SƠN</b></p>
<p>Cơ quan chủ quản: UBND huyện Tân Sơn - Chịu trách nhiệm chính: Ông Hà Văn Thắng - Trưởng phòng</p>
<p>Địa chỉ: Khu Phú Lão, xã Tân Phú, huyện Tân Sơn, tỉnh Phú Thọ. Điện thoại: 0210.3 781 234 -
Email: pgdtanson@phutho.edu.vn</p>
<p>© Bản quyền thuộc Phòng GD&amp;ĐT huyện Tân Sơn. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="tk-dv">Thiết kế và phát triển: Trung tâm Công nghệ thông tin và Truyền thông tỉnh Phú Thọ</p>
</div></div>
<a href="#" id="btnLenDau" title="Lên đầu trang"><i class="fa fa-chevron-up"></i></a>
</div>
<script src="/bundles/jqueryval?v=bxfP7sS9Pud4LL6vr5cKcJ8BrP3Jrg1Tr3JHqYv4Wn41"></script>
<script src="/Scripts/jquery.unobtrusive-ajax.min.js"></script>
<script src="/Content/themes/pgd/js/portal.js?v=20190812"></script>
<script>
$(function () {
  $('.tab-cm li').click(function () {
    var u = $(this).data('url'); $('#divTabNoiDung').load(u);
    $(this).addClass('act').siblings().removeClass('act');
  });
  $(document).on('click', '.btn-xemthem', function () { $(this).closest('.xem-them').remove(); });
});
</script>
</body>
</html>
"""


def page(request: Request, title: str, main: str, desc: str = "", extra_head: str = "") -> str:
    desc = desc or "Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Tân Sơn, tỉnh Phú Thọ"
    return (
        head(request, title, desc, extra_head)
        + top(request)
        + f'<div class="col-md-9 cot-chinh" id="divCotChinh">\n{main}</div>\n'
        + sidebar(request)
        + FOOTER
    )


def crumbs(*parts: tuple[str, str | None]) -> str:
    links = ['<a href="/">Trang chủ</a>']
    for label, href in parts:
        links.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return (
        '<div class="duong-dan">' + ' <i class="fa fa-angle-right"></i> '.join(links) + "</div>\n"
    )


def cat_crumbs(cid: int) -> list[tuple[str, str]]:
    _slug, name, parent, _ = CATS[cid]
    out = []
    if parent:
        out.append((CATS[parent][1], cat_path(parent)))
    out.append((name, cat_path(cid)))
    return out


# --- pages ----------------------------------------------------------------------------------


def article_page(request: Request, story: Story) -> Response:
    cid = int(story.cat)
    is_notice = cid == 3
    dt = story.opts["dt"]
    canon = base_url(request) + art_path(story)
    img = first_image(story)
    extra = (
        f'<link rel="canonical" href="{canon}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(story.title)}" />\n'
        f'<meta property="og:url" content="{canon}" />\n'
        + (f'<meta property="og:image" content="{base_url(request)}{img}" />\n' if img else "")
        + f'<meta property="article:published_time" content="{d_meta(dt)}" />\n'
    )
    date_txt = f"Ngày đăng: {d_raw(dt)}" if is_notice else d_news(dt)
    upd = story.opts.get("upd")
    upd_txt = f' <span class="ngay-cn">(Cập nhật: {d_day(upd)} {upd[-5:]})</span>' if upd else ""
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="tom-tat"><b>{esc(story.summary)}</b></div>\n'
    seo = story.opts.get("seo_hidden")
    seo_div = f'<div id="hdTomTat" style="display:none">{esc(seo)}</div>\n' if seo else ""
    attach = ""
    if "dinhkem" in story.opts:
        name, href, size = story.opts["dinhkem"]
        attach = (
            '<div class="tep-dinh-kem"><i class="fa fa-paperclip"></i> Tệp đính kèm: '
            f'<a href="{href}" target="_blank">{name}</a> ({size})</div>\n'
        )
    tacgia = story.opts.get("tacgia")
    tacgia_div = (
        f'<div class="tacgia-ct" style="text-align:right;font-weight:bold">{esc(tacgia)}</div>\n'
        if tacgia
        else ""
    )
    lienquan = ""
    if story.opts.get("lienquan"):
        lis = []
        for rid, old in story.opts["lienquan"]:
            r = BY_ID[rid]
            lis.append(
                f'<li><a href="{art_path(r, old)}">{esc(r.title)}</a> '
                f'<span class="ngay-tk">({d_day(r.opts["dt"])})</span></li>'
            )
        lienquan = (
            '<div class="tin-lien-quan"><div class="td-khoi">Tin liên quan</div><ul>\n'
            + "\n".join(lis)
            + "\n</ul></div>\n"
        )
    newest = [s for s in stories_of(2) if s.id != story.id][:4]
    tinkhac = "\n".join(
        f'<li><a href="{art_path(s)}">{esc(s.title)}</a> <span class="ngay-tk">'
        f"({d_day(s.opts['dt'])})</span></li>"
        for s in newest
    )
    ykien = ""
    if story.opts.get("ykien"):
        items = "\n".join(
            f'<div class="yk-item"><b class="yk-ten">{esc(n)}</b> <i class="yk-tg">({t})</i>'
            f'<div class="yk-nd">{esc(c)}</div></div>'
            for n, t, c in story.opts["ykien"]
        )
        ykien = f'<div class="ds-yk">\n{items}\n</div>\n'
    token = opaque(f"yk-{story.id}", 64)
    main = (
        crumbs(*cat_crumbs(cid))
        + f'<div class="khung-ct" id="ctl_ChiTietTin_{story.id}">\n'
        + f'<h1 class="tieu-de-ct">{esc(story.title)}</h1>\n'
        + '<div class="tt-tin">'
        + f'<span class="ngay-dang"><i class="fa fa-clock-o"></i> {date_txt}</span>{upd_txt}'
        + f' <span class="luot-xem">| Lượt xem: {story.views()}</span>'
        + f' <span class="nguoi-dang">| Người đăng: {esc(story.opts["nguoidang"])}</span></div>\n'
        + '<div class="cong-cu">Cỡ chữ: <a href="javascript:void(0)" onclick="coChu(-1)">A-</a> '
        + '<a href="javascript:void(0)" onclick="coChu(0)">A</a> '
        + '<a href="javascript:void(0)" onclick="coChu(1)">A+</a> | '
        + f"<a href=\"javascript:void(0)\" onclick=\"window.open('{print_path(story)}','_blank',"
        + '\'width=800,height=600\')"><i class="fa fa-print"></i> In bài</a> | '
        + f'<a href="mailto:?subject={quote(story.title)}&amp;body={quote(canon)}">'
        + '<i class="fa fa-envelope"></i> Gửi email</a> '
        + f'<iframe src="https://www.facebook.com/plugins/like.php?href={quote(canon, safe="")}'
        + '&amp;layout=button_count&amp;share=true" width="150" height="20" style="border:none"></iframe> '
        + f'<div class="zalo-share-button" data-href="{canon}" data-oaid="579745863508352884" '
        + 'data-layout="1" data-color="blue"></div></div>\n'
        + seo_div
        + sapo
        + f'<div class="noi-dung-ct" id="divNoiDung">\n{render_content(story)}</div>\n'
        + attach
        + tacgia_div
        + '<div class="cong-cu-duoi"><a href="javascript:history.back()">« Quay lại</a> | '
        + f'<a href="javascript:void(0)" onclick="window.open(\'{print_path(story)}\')">In trang</a>'
        + ' | <a href="#wrapper">Về đầu trang</a></div>\n'
        + '<div class="khung-yk"><div class="td-khoi">Ý kiến bạn đọc'
        + f" ({len(story.opts.get('ykien', []))})</div>\n"
        + ykien
        + '<form action="/TinTuc/GuiYKien" method="post" class="frm-yk" data-ajax="true" '
        + 'data-ajax-update="#kqYKien">\n'
        + f'<input name="__RequestVerificationToken" type="hidden" value="{token}" />\n'
        + f'<input type="hidden" name="IdTin" value="{story.id}" />\n'
        + '<input type="text" name="HoTen" placeholder="Họ và tên (*)" />\n'
        + '<input type="text" name="Email" placeholder="Email" />\n'
        + '<textarea name="NoiDung" rows="4" placeholder="Nội dung ý kiến (*)"></textarea>\n'
        + '<button type="submit">Gửi ý kiến</button></form><div id="kqYKien"></div></div>\n'
        + lienquan
        + '<div class="tin-khac"><div class="td-khoi">Tin mới đăng</div><ul>\n'
        + tinkhac
        + "\n</ul></div>\n</div>\n"
    )
    title = f"{story.title} - {SITE}"
    return html(page(request, title, main, desc=description(story), extra_head=extra))


def print_page(request: Request, story: Story) -> Response:
    dt = story.opts["dt"]
    sapo = f"<p><b>{esc(story.summary)}</b></p>" if story.summary and story.sapo_outside else ""
    tacgia = story.opts.get("tacgia")
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>In bài viết - {esc(story.title)}</title>
<link href="/Content/themes/pgd/css/print.css" rel="stylesheet" /></head>
<body onload="window.print();">
<div class="in-dau">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TÂN SƠN<br />Cổng thông tin điện tử</div>
<h2>{esc(story.title)}</h2>
<div class="in-ngay">{d_raw(dt)}</div>
{sapo}
<div class="in-nd">{render_content(story)}</div>
{f'<p style="text-align:right"><b>{esc(tacgia)}</b></p>' if tacgia else ""}
<hr /><p class="in-url">Địa chỉ bài viết: {base_url(request)}{art_path(story)}</p>
</body></html>
"""
    return html(body)


def list_item(s: Story, *, raw_date: bool = False, label: bool = False) -> str:
    dt = s.opts["dt"]
    lbl = ""
    if label:
        cid = int(s.cat)
        lbl = f'<a class="nhan-cm" href="{cat_path(cid)}">[{esc(CATS[cid][1])}]</a> '
    return (
        '<div class="tin-ds clearfix">\n'
        f'<a href="{art_path(s)}" class="anh-ds"><img src="{thumb(s)}" alt="{esc(s.title)}" /></a>\n'
        f'<h3 class="td-ds">{lbl}<a href="{art_path(s)}">{esc(s.title)}</a></h3>\n'
        f'<span class="ngay-ds">{d_raw(dt) if raw_date else "(" + d_day(dt) + ")"}</span>\n'
        f'<p class="tt-ds">{esc(description(s))}</p>\n</div>\n'
    )


def more_button(cid: int, page_no: int) -> str:
    return (
        f'<div class="xem-them" id="divXemThem_{cid}_{page_no}">'
        f'<a class="btn-xemthem" data-ajax="true" data-ajax-method="GET" data-ajax-mode="after" '
        f'data-ajax-update="#lstTin_{cid}" data-ajax-loading="#imgLoad_{cid}" '
        f'href="/Portlet/LoadMore?catId={cid}&amp;page={page_no}">Xem thêm '
        '<i class="fa fa-angle-double-down"></i></a>'
        f'<img id="imgLoad_{cid}" src="/Content/themes/pgd/images/loading.gif" style="display:none" alt="" />'
        "</div>\n"
    )


def listing_page(request: Request, cid: int) -> Response:
    _slug, name, parent, size = CATS[cid]
    items = stories_of(cid)
    if cid == 3:
        rows = "\n".join(
            f'<tr><td class="stt">{k}</td><td><a href="{art_path(s)}">{esc(s.title)}</a></td>'
            f'<td class="ngay">{d_raw(s.opts["dt"])}</td></tr>'
            for k, s in enumerate(items, 1)
        )
        body = (
            '<table class="tbl-thongbao" id="grvThongBao" cellspacing="0" border="1">\n'
            '<tr class="hd"><th>STT</th><th>Tiêu đề</th><th>Ngày đăng</th></tr>\n'
            f"{rows}\n</table>\n"
        )
    else:
        first = items[:size]
        body = f'<div class="ds-tin" id="lstTin_{cid}">\n'
        body += "".join(list_item(s, label=parent is None) for s in first)
        body += "</div>\n"
        if len(items) > size:
            body += more_button(cid, 2)
        subs = [c for c, v in CATS.items() if v[2] == cid]
        if subs:
            body = (
                '<div class="cm-con">'
                + " | ".join(f'<a href="{cat_path(c)}">{esc(CATS[c][1])}</a>' for c in subs)
                + "</div>\n"
                + body
            )
    main = (
        crumbs(*cat_crumbs(cid)[:-1], (name, None))
        + f'<div class="khung-ds" id="pl_DanhSachTin_{cid}">\n'
        + f'<div class="td-khoi"><span>{esc(name)}</span></div>\n'
        + body
        + "</div>\n"
    )
    return html(page(request, f"{name} - {SITE}", main))


def loadmore(request: Request) -> Response | None:
    params = request.params
    try:
        cid = int(params.get("catId", ""))
        page_no = int(params.get("page", ""))
    except ValueError:
        return None
    if cid not in CATS or cid == 3 or page_no < 1:
        return None
    size = CATS[cid][3]
    items = stories_of(cid)
    chunk = items[(page_no - 1) * size : page_no * size]
    if not chunk:
        return html('<p class="het-tin">Không còn tin nào.</p>\n')
    out = "".join(list_item(s, raw_date=True, label=CATS[cid][2] is None) for s in chunk)
    if len(items) > page_no * size:
        out += more_button(cid, page_no + 1)
    return html(out)


def tab_fragment(cid: int) -> str:
    return "".join(
        f'<div class="tab-tin"><img src="{thumb(s, 120, 80)}" alt="" />'
        f'<a href="{art_path(s)}">{esc(s.title)}</a> <span>{d_day(s.opts["dt"])}</span></div>\n'
        for s in stories_of(cid)[:3]
    )


ACT = ' class="act"'


def home(request: Request) -> Response:
    slides = "\n".join(
        f'<div class="item{" active" if k == 0 else ""}"><a href="{esc(legacy_path(BY_ID[i], False))}">'
        f'<img src="{first_image(BY_ID[i])}" alt="{esc(BY_ID[i].title)}" /></a>'
        f'<div class="carousel-caption"><a href="{esc(legacy_path(BY_ID[i], False))}">'
        f"{esc(BY_ID[i].title)}</a></div></div>"
        for k, i in enumerate(SLIDER)
    )
    news = stories_of(2)[:6]
    lead = news[0]
    newest = (
        f'<div class="tin-dau"><a href="{art_path(lead)}"><img src="{thumb(lead, 400, 260)}" '
        f'alt="" /></a><h2><a href="{art_path(lead)}">{esc(lead.title)}</a></h2>'
        f'<span class="ngay-ds">{d_news(lead.opts["dt"])}</span>'
        f'<p>{esc(description(lead))}</p></div>\n<ul class="ds-moi">\n'
        + "\n".join(
            f'<li><a href="{art_path(s)}">{esc(s.title)}</a> <span>({d_day(s.opts["dt"])})</span></li>'
            for s in news[1:]
        )
        + "\n</ul>\n"
    )
    notices = "\n".join(
        f'<li><i class="fa fa-caret-right"></i> <a href="{art_path(s)}">{esc(s.title)}</a></li>'
        for s in stories_of(3)
    )
    tabs = "".join(
        f'<li data-url="/Portlet/TabTin?catId={c}"{ACT if c == 13 else ""}>{esc(CATS[c][1])}</li>'
        for c in (13, 14, 15)
    )
    main = f"""<div id="slideTinNoiBat" class="carousel slide" data-ride="carousel">
<div class="carousel-inner">
{slides}
</div>
<a class="left carousel-control" href="#slideTinNoiBat" data-slide="prev">‹</a>
<a class="right carousel-control" href="#slideTinNoiBat" data-slide="next">›</a>
</div>
<div class="khung-tc" id="pl_TinMoi_11"><div class="td-khoi"><span>Tin mới</span>
<a class="xt" href="{cat_path(2)}">Xem tiếp »</a></div>
{newest}</div>
<div class="khung-tc" id="pl_ThongBao_12"><div class="td-khoi"><span>Thông báo</span></div>
<ul class="ds-tb">
{notices}
</ul></div>
<div class="khung-tc" id="pl_TabTin_14"><ul class="tab-cm">{tabs}</ul>
<div id="divTabNoiDung">
{tab_fragment(13)}</div></div>
<div class="khung-tc" id="pl_ThuVien_16"><div class="td-khoi"><span>Thư viện</span></div>
<a href="/thu-vien-anh"><img src="{UP}/album/hkpd-2026/anh-01.jpg" alt="Thư viện ảnh" /> Thư viện ảnh</a>
<a href="/video"><img src="/Content/themes/pgd/images/video-icon.png" alt="" /> Video clip</a>
</div>
"""
    return html(page(request, f"Trang chủ - {SITE}", main))


# --- non-article pages ----------------------------------------------------------------------

DOCS = {
    1088: (
        "215/KH-PGDĐT",
        "Kế hoạch",
        "15/08/2026",
        "Hà Văn Thắng",
        "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027",
        "215-KH-PGDDT.pdf",
    ),
    1091: (
        "398/PGDĐT-THCS",
        "Công văn",
        "20/11/2026",
        "Đinh Thị Lan",
        "Hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027 cấp THCS",
        "398-PGDDT-THCS.pdf",
    ),
}
ALBUM_PATH = "/thu-vien-anh/album/hoi-khoe-phu-dong-cap-huyen-nam-2026-15"
VIDEO_PATH = "/video/chi-tiet/le-ky-niem-44-nam-ngay-nha-giao-viet-nam-9"


def doc_list(request: Request) -> Response:
    kw = request.params.get("tukhoa", "").strip().lower()
    loai = request.params.get("loai", "")
    rows = []
    for did, (so, kind, day, _signer, subject, _f) in sorted(DOCS.items(), reverse=True):
        if kw and kw not in subject.lower() and kw not in so.lower():
            continue
        if loai and loai != kind:
            continue
        rows.append(
            f'<tr><td>{so}</td><td>{day}</td><td><a href="/van-ban/chi-tiet/{did}">{esc(subject)}</a></td></tr>'
        )
    main = (
        crumbs(("Văn bản", None))
        + '<div class="khung-ds"><div class="td-khoi"><span>Văn bản chỉ đạo, điều hành</span></div>\n'
        + '<form action="/van-ban" method="get" class="loc-vb">'
        + '<select name="loai"><option value="">-- Loại văn bản --</option>'
        + '<option value="Kế hoạch">Kế hoạch</option><option value="Công văn">Công văn</option></select>'
        + f' <input type="text" name="tukhoa" value="{esc(kw)}" /> <button type="submit">Tìm</button></form>\n'
        + '<table class="tbl-vb" border="1" cellspacing="0"><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th>'
        + "<th>Trích yếu</th></tr>\n"
        + "\n".join(rows)
        + "\n</table></div>\n"
    )
    return html(page(request, f"Văn bản - {SITE}", main))


def doc_page(request: Request, did: int) -> Response:
    so, kind, day, signer, subject, fname = DOCS[did]
    href = f"{UP}/files/vanban/{fname}"
    main = (
        crumbs(("Văn bản", "/van-ban"), (so, None))
        + '<div class="khung-ct"><h1 class="tieu-de-ct">'
        + f"{esc(kind)} số {esc(so)}</h1>\n"
        + '<table class="tbl-ctvb" border="1" cellspacing="0">\n'
        + f"<tr><td>Số/Ký hiệu</td><td>{so}</td></tr>\n"
        + f"<tr><td>Loại văn bản</td><td>{kind}</td></tr>\n"
        + f"<tr><td>Ngày ban hành</td><td>{day}</td></tr>\n"
        + "<tr><td>Cơ quan ban hành</td><td>Phòng GD&amp;ĐT huyện Tân Sơn</td></tr>\n"
        + f"<tr><td>Người ký</td><td>{signer}</td></tr>\n"
        + f"<tr><td>Trích yếu</td><td>{esc(subject)}</td></tr>\n"
        + f'<tr><td>Tệp đính kèm</td><td><a href="{href}">{fname}</a></td></tr>\n'
        + "</table></div>\n"
    )
    return html(page(request, f"{kind} số {so} - {SITE}", main))


def intro_page(request: Request, slug: str) -> Response | None:
    if slug == "chuc-nang-nhiem-vu":
        title = "Chức năng, nhiệm vụ"
        body = (
            "<p>Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc UBND huyện Tân Sơn, tham mưu, "
            "giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa "
            "bàn huyện.</p>\n<p>Phòng chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của "
            "UBND huyện; đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của "
            "Sở Giáo dục và Đào tạo tỉnh Phú Thọ.</p>\n<p><strong>Nhiệm vụ và quyền hạn:</strong></p>\n"
            "<ul><li>Trình UBND huyện ban hành quyết định, chỉ thị, kế hoạch phát triển giáo dục;</li>"
            "<li>Tổ chức thực hiện các văn bản quy phạm pháp luật về giáo dục;</li>"
            "<li>Quản lý chất lượng giáo dục mầm non, tiểu học, trung học cơ sở.</li></ul>\n"
        )
    elif slug == "co-cau-to-chuc":
        title = "Cơ cấu tổ chức"
        body = (
            '<table border="1" cellspacing="0" cellpadding="4">\n'
            "<tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>\n"
            "<tr><td>Hà Văn Thắng</td><td>Trưởng phòng</td><td>0913.287.115</td></tr>\n"
            "<tr><td>Đinh Thị Lan</td><td>Phó Trưởng phòng</td><td>0985.602.447</td></tr>\n"
            "<tr><td>Hoàng Minh Đức</td><td>Phó Trưởng phòng</td><td>0968.211.930</td></tr>\n"
            "<tr><td>Lê Văn Quân</td><td>Chuyên viên</td><td>0912.456.381</td></tr>\n"
            "</table>\n"
        )
    else:
        return None
    main = (
        crumbs(("Giới thiệu", None), (title, None))
        + f'<div class="khung-ct"><h1 class="tieu-de-ct">{title}</h1>\n'
        + f'<div class="noi-dung-ct">{body}</div></div>\n'
    )
    return html(page(request, f"{title} - {SITE}", main))


def contact_page(request: Request) -> Response:
    if request.method == "POST":
        note = '<div class="alert alert-success">Cảm ơn bạn đã gửi liên hệ. Chúng tôi sẽ phản hồi sớm.</div>'
    else:
        note = ""
    token = opaque("lienhe", 64)
    main = (
        crumbs(("Liên hệ", None))
        + '<div class="khung-ct"><h1 class="tieu-de-ct">Liên hệ</h1>\n'
        + note
        + "<p><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TÂN SƠN</b></p>\n"
        + "<p>Địa chỉ: Khu Phú Lão, xã Tân Phú, huyện Tân Sơn, tỉnh Phú Thọ</p>\n"
        + "<p>Điện thoại: 0210.3 781 234 - Email: pgdtanson@phutho.edu.vn</p>\n"
        + '<form action="/lien-he" method="post">'
        + f'<input name="__RequestVerificationToken" type="hidden" value="{token}" />'
        + '<input name="HoTen" placeholder="Họ tên" /> <input name="Email" placeholder="Email" />'
        + '<textarea name="NoiDung"></textarea><button type="submit">Gửi</button></form></div>\n'
    )
    return html(page(request, f"Liên hệ - {SITE}", main))


def album_list(request: Request) -> Response:
    main = (
        crumbs(("Thư viện ảnh", None))
        + '<div class="khung-ds"><div class="td-khoi"><span>Thư viện ảnh</span></div>\n'
        + f'<div class="album"><a href="{ALBUM_PATH}"><img src="{UP}/album/hkpd-2026/anh-01.jpg" alt="" />'
        + "<span>Hội khỏe Phù Đổng cấp huyện năm 2026</span></a> <i>(12 ảnh)</i></div>\n</div>\n"
    )
    return html(page(request, f"Thư viện ảnh - {SITE}", main))


def album_page(request: Request) -> Response:
    photos = "\n".join(
        f'<div class="anh-album"><a href="{UP}/album/hkpd-2026/anh-{k:02d}.jpg" data-fancybox="gallery">'
        f'<img src="{UP}/album/hkpd-2026/anh-{k:02d}.jpg" alt="" /></a><p>{cap}</p></div>'
        for k, cap in enumerate(
            [
                "Lễ diễu hành khai mạc Hội khỏe",
                "Thi đấu môn bắn nỏ",
                "Trao huy chương môn điền kinh",
            ],
            1,
        )
    )
    main = (
        crumbs(("Thư viện ảnh", "/thu-vien-anh"), ("Hội khỏe Phù Đổng cấp huyện năm 2026", None))
        + '<div class="khung-ct"><h1 class="tieu-de-ct">Hội khỏe Phù Đổng cấp huyện năm 2026</h1>\n'
        + '<div class="tt-tin">Ngày đăng: 12/10/2026 | Số ảnh: 12</div>\n'
        + "<p>Một số hình ảnh tại Hội khỏe Phù Đổng cấp huyện lần thứ VIII năm 2026.</p>\n"
        + f'<div class="ds-anh">\n{photos}\n</div></div>\n'
    )
    return html(page(request, f"Hội khỏe Phù Đổng cấp huyện năm 2026 - {SITE}", main))


def video_list(request: Request) -> Response:
    main = (
        crumbs(("Video clip", None))
        + '<div class="khung-ds"><div class="td-khoi"><span>Video clip</span></div>\n'
        + f'<div class="video"><a href="{VIDEO_PATH}"><img src="/Content/themes/pgd/images/video-icon.png" alt="" />'
        + "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a></div>\n</div>\n"
    )
    return html(page(request, f"Video clip - {SITE}", main))


def video_page(request: Request) -> Response:
    main = (
        crumbs(("Video clip", "/video"), ("Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", None))
        + '<div class="khung-ct"><h1 class="tieu-de-ct">Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</h1>\n'
        + '<div class="tt-tin">Ngày đăng: 21/11/2026 | Lượt xem: 214</div>\n'
        + '<div class="video-nhung"><iframe width="640" height="360" '
        + 'src="https://www.youtube.com/embed/k3Lw9pQ2xT8" frameborder="0" allowfullscreen></iframe></div>\n'
        + "<p>Phóng sự về Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam của ngành Giáo dục huyện Tân Sơn. "
        + "Thực hiện: Trung tâm Văn hóa - Thể thao và Truyền thông huyện.</p>\n</div>\n"
    )
    return html(page(request, f"Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam - {SITE}", main))


def search_page(request: Request) -> Response:
    kw = request.params.get("tukhoa", "").strip()
    if kw:
        hits = [s for s in STORIES if kw.lower() in s.title.lower()]
        result = f"<p>Tìm thấy {len(hits)} kết quả cho từ khóa <b>{esc(kw)}</b></p>\n" + "".join(
            list_item(s) for s in hits
        )
    else:
        result = "<p>Vui lòng nhập từ khóa cần tìm.</p>\n"
    main = (
        crumbs(("Tìm kiếm", None))
        + '<div class="khung-ds"><div class="td-khoi"><span>Kết quả tìm kiếm</span></div>\n'
        + result
        + "</div>\n"
    )
    return html(page(request, f"Tìm kiếm - {SITE}", main))


# --- routing --------------------------------------------------------------------------------

_ART = re.compile(r"^/tin-tuc/(?:[a-z0-9-]+-)?(\d+)\.html$")
_CAT = re.compile(r"^/chuyen-muc/([a-z0-9-]+)-(\d+)$")
_DOC = re.compile(r"^/van-ban/chi-tiet/(\d+)$")
_STATIC_PREFIXES = ("/Uploads/", "/Content/", "/Scripts/", "/favicon.ico")


class SmartGovSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path == "/":
            return home(request)
        if m := _ART.match(path):
            story = BY_ID.get(int(m.group(1)))
            return article_page(request, story) if story else None
        if path.lower() == "/pages/tintuc/chitiet.aspx":
            story = BY_ID.get(int(params["ItemID"])) if params.get("ItemID", "").isdigit() else None
            return article_page(request, story) if story else None
        if path == "/TinTuc/InBai":
            story = BY_ID.get(int(params["id"])) if params.get("id", "").isdigit() else None
            return print_page(request, story) if story else None
        if m := _CAT.match(path):
            cid = int(m.group(2))
            return listing_page(request, cid) if cid in CATS else None
        if path == "/Portlet/LoadMore":
            return loadmore(request)
        if path == "/Portlet/TabTin":
            cid = int(params["catId"]) if params.get("catId", "").isdigit() else 0
            return html(tab_fragment(cid)) if cid in NEWS_CATS else None
        if path == "/Portlet/BinhChon" and request.method == "POST":
            return html('<div class="kq-bc">Cảm ơn bạn đã tham gia bình chọn!</div>')
        if path == "/TinTuc/GuiYKien" and request.method == "POST":
            return html(
                '<div class="kq-yk">Ý kiến của bạn đã được gửi và đang chờ kiểm duyệt.</div>'
            )
        if path.startswith("/gioi-thieu/"):
            return intro_page(request, path[len("/gioi-thieu/") :])
        if path == "/lien-he":
            return contact_page(request)
        if path == "/van-ban":
            return doc_list(request)
        if m := _DOC.match(path):
            did = int(m.group(1))
            return doc_page(request, did) if did in DOCS else None
        if path == "/thu-vien-anh":
            return album_list(request)
        if path == ALBUM_PATH:
            return album_page(request)
        if path == "/video":
            return video_list(request)
        if path == VIDEO_PATH:
            return video_page(request)
        if path == "/tim-kiem":
            return search_page(request)
        if path == "/robots.txt":
            return Response(
                200,
                b"User-agent: *\nDisallow: /Admin/\nDisallow: /Account/\n",
                {"Content-Type": "text/plain"},
            )
        if path == "/ImageHandler.ashx":
            return static_file("thumb.jpg")
        if path.startswith("/bundles/"):
            return static_file(path + (".css" if "css" in path else ".js"))
        if path == "/Content/css":
            return static_file("bundle.css")
        if path.startswith(_STATIC_PREFIXES):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        return None


def build_site() -> SmartGovSite:
    return SmartGovSite()


# --- gold -----------------------------------------------------------------------------------

_OLD_SLUGS = {
    2449: ["ky-niem-ngay-nha-giao-viet-nam-20-11"],
    2440: ["hoi-nghi-chuyen-doi-so"],
}


def _gold(story: Story) -> dict:
    cid = int(story.cat)
    alts = [
        legacy_path(story, False),
        legacy_path(story, True),
        print_path(story),
        *(art_path(story, old) for old in _OLD_SLUGS.get(story.id, [])),
    ]
    return gold_record(
        story,
        art_path(story),
        CATS[cid][1],
        canonical_path=art_path(story),
        alt_paths=alts,
    )


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/chuc-nang-nhiem-vu",
    "/gioi-thieu/co-cau-to-chuc",
    "/lien-he",
    "/van-ban/chi-tiet/1088",
    "/van-ban/chi-tiet/1091",
    ALBUM_PATH,
    VIDEO_PATH,
]
