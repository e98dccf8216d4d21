"""Trường THCS Nguyễn Huệ (Quy Nhơn, Bình Định) on a Vietnamese hosted website builder.

Platform
--------
A drag-and-drop builder of the Web30s kind, sold to schools and shops: every page is a stack of
*sections* (``<div class="sec-9f2a w30-section" id="sec-9f2a">``) holding *elements*
(``<div class="ele-41bc ele-text">``); the sec-/ele- ids are hashes the builder generates per page
and per element, so the same role has a different class on every page. Its blog module
("Tin tức") renders the post pages and the lists; the rest of the site is builder pages.

URL scheme
----------
- ``/`` home (builder page): slider "Tin nổi bật", "Tin mới", sidebar, footer.
- ``/tin-tuc`` the blog's list, 5 a page. Its pager is a "Xem thêm bài viết" load-more button
  (``href="javascript:void(0)" data-next="/tin-tuc?page=2"``) plus ``<link rel="next">`` in the
  head; ``/tin-tuc?page=N`` serves page N as a whole page.
- ``/danh-muc-tin/<slug>`` categories, 3 a page, numbered pager ``?page=N`` (plain links).
- ``/tin-tuc/<slug>.html`` posts.
- ``/<slug>.html`` builder pages: /gioi-thieu.html, /co-cau-to-chuc.html, /tuyen-sinh-2027.html,
  /thu-vien-anh.html, /lien-he.html.
- Images under ``/uploads/…``, theme files under ``/assets/…``; any other path is a 404.

Page templates
--------------
Home, blog list, category list, post, builder page, each with the same header (clock
"Thứ Bảy, 05/12/2026", hotline), mega menu with drop-downs, breadcrumb, sidebar (Xem nhiều,
Liên kết, visitor counter, poll) and footer.

How each gold article is reached
--------------------------------
Every post is on its category's numbered pages and on the blog list. "Ngoại khóa … Ghềnh Ráng"
and "… bãi biển Quy Nhơn …" are only on page 2 of "Tin hoạt động" and page 3 of /tin-tuc
(behind the load-more button). Three posts are also linked from the home slider with
``?utm_source=slider`` (alt paths of their records).

Traps
-----
1. Responsive twins (platform's own): the post header is printed twice, a desktop block
   (``hide-mb``: h1, date badge, "Đăng bởi") and a mobile block (``hide-pc``: h2 title, "03/12 ·
   14:30" without the year). Gold: the title once, the date from the full badge.
2. Calendar-badge date (platform's own): the day, "Tháng 12" and the year sit in three spans of a
   badge, the time in a separate ``<span class="gio">`` after the CMS account; no element holds
   the date as one string. Gold: "2026-12-03T14:30:00+07:00"; a post printing no time has the
   day alone; a post printing "00:00" has the day alone.
3. Draft time in the meta (platform's own): ``article:published_time`` holds when the draft was
   created (days earlier, in UTC "Z"), not the publication printed on the page. Gold: the printed
   date.
4. Excerpt printed twice (platform's own): the blog module prints the post's excerpt as a bold
   ``bd-tomtat`` block above the content, and the editors pasted the same lead again as the
   content's first (bold) paragraph. Gold: summary = that lead, the body holds it once.
5. Builder section inside the text (platform's own): the blog template injects a "Tuyển sinh lớp
   6" call-to-action section (heading, hotline, button) after the second paragraph of long posts,
   inside the content wrapper. Gold: not body; the text goes on after it.
6. Lazy images (platform's own): ``src`` is ``/assets/img/blank.gif``, the photo is in
   ``data-src``; the builder fills ``alt`` with the post title. Gold: the ``data-src`` path, and
   alt is no caption.
7. Lightbox gallery (platform's own): a gallery element whose captions live only in
   ``data-caption`` attributes of the links (shown by a lightbox, never printed). Gold: the
   photos in order, caption None.
8. Text without ``<p>`` (platform's own): the rich-text element of some posts is one ``<div>``
   with paragraphs separated by ``<br><br>`` (and a ``<br>&nbsp;<br>`` spacer). Gold: one
   paragraph per segment, no empty paragraph.
9. Bylines: the meta prints the CMS account ("Đăng bởi: qtv.nguyenhue") -> nobody; the real
   signature is a right-aligned last line ("Tin & ảnh: X" -> X in both; "ThS. X" -> X; "X - TPT
   Đội" -> X; a unit alone -> the unit).
10. Same post linked twice: the home slider links ``?utm_source=slider`` variants (canonical
    link on the page points to the clean path). Gold: the clean path, the variant in alt_paths.
11. Builder pages under the same ``.html`` suffix: /tuyen-sinh-2027.html is a landing page with an
    h1, paragraphs and dates; not an article.
12. An official notice (letterhead table, "Số: …", "Nơi nhận", signer) posted in "Thông báo":
    its date is the letterhead's day even though the badge prints the posting day and time.

Gold decisions on ambiguous points
----------------------------------
- Category = the breadcrumb's last crumb ("Tin hoạt động", "Thông báo", "Hoạt động chuyên môn",
  "Đoàn - Đội"); the list cards print short labels ("HĐCM") that are not used.
- "Cập nhật: …" in the meta is never the date.
- "Thầy Phan Văn Tài - GV Thể dục" -> "Phan Văn Tài" (honorific and post dropped).
- Photo credit lines "Ảnh: X" under a photo make X a photographer and the caption None.
- Table rows in the text are paragraphs, cells joined by " | " (the header row too).
- The sapo of trap 4 is a summary because the module prints it as its own element.
"""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "web30s_builder_thcs"
PLATFORM = "Web30s-style hosted website builder (sections/elements, blog module)"
START_PATH = "/"

SCHOOL = "Trường THCS Nguyễn Huệ"
CLOCK = "Thứ Bảy, 05/12/2026"

CATS = {
    "tin-hoat-dong": ("Tin hoạt động", "THĐ"),
    "thong-bao": ("Thông báo", "TB"),
    "chuyen-mon": ("Hoạt động chuyên môn", "HĐCM"),
    "doan-doi": ("Đoàn - Đội", "ĐĐ"),
}

LIST_SIZE = 5
CAT_SIZE = 3


def hid(*parts: str) -> str:
    """The builder's generated id for an element: 4 hex digits, different per page and role."""
    return hashlib.md5("|".join(parts).encode("utf-8")).hexdigest()[:4]


def right(text: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong><em>{esc(text)}</em></strong></p>')


CTA = Raw(
    '<div class="sec-cta w30-section sec-inject" data-inject="blog-cta">'
    '<div class="ele-text"><h3 style="color:#c0392b">TUYỂN SINH LỚP 6 NĂM HỌC 2027 - 2028</h3>'
    "<p>Phụ huynh quan tâm vui lòng liên hệ Hotline: 0256 3822 417 (giờ hành chính) "
    "để được tư vấn.</p></div>"
    '<div class="ele-button"><a class="btn btn-w30" href="/tuyen-sinh-2027.html">Đăng ký ngay</a>'
    "</div></div>"
)

LETTERHEAD = Raw(
    '<table class="vb-head" style="width:100%" border="0"><tbody>'
    '<tr><td style="text-align:center">UBND THÀNH PHỐ QUY NHƠN<br><strong>TRƯỜNG THCS NGUYỄN HUỆ'
    "</strong></td><td style=\"text-align:center\"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    "</strong><br><strong>Độc lập - Tự do - Hạnh phúc</strong></td></tr>"
    '<tr><td style="text-align:center">Số: 214/TB-THCSNH</td>'
    '<td style="text-align:center"><em>Quy Nhơn, ngày 30 tháng 11 năm 2026</em></td></tr>'
    "</tbody></table>"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br><strong>Về việc tổ chức kiểm tra '
    "cuối kỳ I năm học 2026 - 2027</strong></p>"
)

LETTER_CLOSE = Raw(
    '<table class="vb-foot" style="width:100%" border="0"><tbody><tr>'
    "<td><strong><em>Nơi nhận:</em></strong><br>- GV, HS toàn trường;<br>- Website trường;<br>"
    "- Lưu: VT.</td>"
    '<td style="text-align:center"><strong>HIỆU TRƯỞNG</strong><br><br><em>(đã ký)</em><br><br>'
    "<strong>Nguyễn Văn Thành</strong></td></tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        1,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Trường THCS Nguyễn Huệ tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-hoat-dong",
        "2026-11-18T16:45:00+07:00",
        [
            P("Sáng ngày 18/11/2026, Trường THCS Nguyễn Huệ long trọng tổ chức Lễ kỷ niệm 44 năm "
              "Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) với sự tham dự của đại diện lãnh "
              "đạo Phòng GD&ĐT thành phố Quy Nhơn, Ban đại diện Cha mẹ học sinh cùng toàn thể "
              "cán bộ, giáo viên và học sinh nhà trường."),
            Img("/uploads/2026/11/le-20-11-toan-canh.jpg",
                "Toàn cảnh buổi lễ kỷ niệm tại sân trường",
                "Toàn cảnh buổi lễ kỷ niệm tại sân trường", "lazy"),
            P("Phát biểu tại buổi lễ, thầy Hiệu trưởng Nguyễn Văn Thành ôn lại truyền thống vẻ "
              "vang của ngành Giáo dục Việt Nam và ghi nhận những nỗ lực của tập thể sư phạm "
              "trong năm học vừa qua."),
            CTA,
            P("Nhân dịp này, nhà trường đã khen thưởng 12 giáo viên có thành tích xuất sắc trong "
              "phong trào thi đua \u201cDạy tốt - Học tốt\u201d và trao giấy khen cho các tập thể "
              "lớp đạt thành tích cao trong đợt thi đua chào mừng."),
            Img("/uploads/2026/11/le-20-11-khen-thuong.jpg",
                "(Thầy Hiệu trưởng trao giấy khen cho giáo viên)",
                "Thầy Hiệu trưởng trao giấy khen cho giáo viên", "lazy"),
            P("Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do các em học sinh biểu diễn, "
              "gửi gắm lòng biết ơn sâu sắc tới các thầy cô giáo."),
            right("Tin & ảnh: Lê Thị Mỹ Duyên"),
        ],
        authors=["Lê Thị Mỹ Duyên"],
        photographers=["Lê Thị Mỹ Duyên"],
        summary="Hướng tới kỷ niệm Ngày Nhà giáo Việt Nam, thầy và trò Trường THCS Nguyễn Huệ đã "
        "có nhiều hoạt động thiết thực tri ân các thế hệ thầy cô giáo.",
        sapo_outside=True,
        opts={"sapo_repeat": True, "slider": True, "draft": "2026-11-15T02:10:00Z"},
    ),
    Story(
        2,
        "hoi-thao-hoc-sinh-cap-truong-nam-hoc-2026-2027",
        "Hội thao học sinh cấp trường năm học 2026 - 2027",
        "tin-hoat-dong",
        "2026-11-07T10:20:00+07:00",
        [
            P("Trong hai ngày 05 và 06/11/2026, Trường THCS Nguyễn Huệ tổ chức Hội thao học sinh "
              "cấp trường với bốn môn thi đấu: bóng đá mini, cầu lông, kéo co và điền kinh."),
            P("Hội thao thu hút gần 600 vận động viên đến từ 28 lớp. Các trận đấu diễn ra sôi "
              "nổi, an toàn, đúng tinh thần thể thao trung thực và đoàn kết."),
            Img("/uploads/2026/11/hoi-thao-keo-co.jpg", None, None, "gallery"),
            Img("/uploads/2026/11/hoi-thao-bong-da.jpg", None, None, "gallery"),
            Img("/uploads/2026/11/hoi-thao-cau-long.jpg", None, None, "gallery"),
            P("Kết quả chung cuộc:", "h"),
            P("Bóng đá mini nam: giải Nhất thuộc về lớp 9A3.", "li"),
            P("Kéo co: giải Nhất thuộc về lớp 8A1.", "li"),
            P("Cầu lông đôi nam nữ: giải Nhất thuộc về lớp 7A5.", "li"),
            P("Qua hội thao, nhà trường chọn ra đội tuyển tham gia Hội khỏe Phù Đổng cấp thành phố."),
            right("Thầy Phan Văn Tài - GV Thể dục"),
        ],
        authors=["Phan Văn Tài"],
        opts={"gallery_caps": ["Thi đấu kéo co khối 8", "Trận chung kết bóng đá mini",
                               "Nội dung cầu lông đôi"]},
    ),
    Story(
        3,
        "ngoai-khoa-em-yeu-bien-dao-que-huong-tai-ghenh-rang",
        "Ngoại khóa \u201cEm yêu biển đảo quê hương\u201d tại Khu dã ngoại Ghềnh Ráng",
        "tin-hoat-dong",
        "2026-10-24",
        [
            P("Nhằm giáo dục tình yêu biển đảo cho học sinh, Liên đội Trường THCS Nguyễn Huệ tổ "
              "chức buổi ngoại khóa \u201cEm yêu biển đảo quê hương\u201d tại Khu dã ngoại Ghềnh "
              "Ráng - Tiên Sa."),
            P("Hơn 200 học sinh khối 6 đã tham gia các trò chơi lớn, thi tìm hiểu về chủ quyền "
              "biển đảo Việt Nam và nghe kể chuyện về những người lính Trường Sa."),
            P("Các em còn được tham quan khu mộ nhà thơ Hàn Mặc Tử và nghe giới thiệu về lịch "
              "sử, văn hóa của vùng đất Quy Nhơn."),
            Img("/uploads/2026/10/ngoai-khoa-ghenh-rang.jpg",
                "Học sinh khối 6 tham gia trò chơi lớn tại Ghềnh Ráng",
                "Học sinh khối 6 tham gia trò chơi lớn tại Ghềnh Ráng", "lazy"),
            P("Buổi ngoại khóa để lại nhiều ấn tượng đẹp trong lòng các em học sinh."),
            right("Liên đội THCS Nguyễn Huệ"),
        ],
        authors=["Liên đội THCS Nguyễn Huệ"],
        opts={"text_form": "br"},
    ),
    Story(
        4,
        "hoc-sinh-don-ve-sinh-bai-bien-quy-nhon-chu-nhat-xanh",
        "Học sinh tham gia dọn vệ sinh bãi biển Quy Nhơn hưởng ứng Ngày Chủ nhật xanh",
        "tin-hoat-dong",
        "2026-10-12T09:05:00+07:00",
        [
            P("Sáng Chủ nhật 11/10/2026, hơn 150 đoàn viên, đội viên của nhà trường đã tham gia "
              "dọn vệ sinh bãi biển đoạn từ quảng trường Nguyễn Tất Thành đến đường Hà Huy Tập."),
            Img("/uploads/2026/10/chu-nhat-xanh-1.jpg", "Ảnh: Võ Minh Khang", None, "lazy"),
            P("Các em đã thu gom hơn 300 kg rác thải, chủ yếu là chai nhựa, túi ni lông và lưới "
              "đánh cá bỏ đi."),
            P("Hoạt động góp phần nâng cao ý thức bảo vệ môi trường, giữ gìn cảnh quan thành phố "
              "biển xanh - sạch - đẹp."),
            right("Đoàn trường"),
        ],
        authors=["Đoàn trường"],
        photographers=["Võ Minh Khang"],
    ),
    Story(
        5,
        "trao-25-suat-hoc-bong-tiep-suc-den-truong",
        "Trao 25 suất học bổng \u201cTiếp sức đến trường\u201d cho học sinh khó khăn",
        "tin-hoat-dong",
        "2026-12-02T17:10:00+07:00",
        [
            P("Chiều 02/12/2026, Ban đại diện Cha mẹ học sinh phối hợp với nhà trường trao 25 suất "
              "học bổng \u201cTiếp sức đến trường\u201d, mỗi suất trị giá 2.000.000 đồng, cho học "
              "sinh có hoàn cảnh khó khăn vươn lên trong học tập.", "b"),
            P("Nguồn kinh phí do các mạnh thường quân và phụ huynh học sinh đóng góp trong đợt "
              "vận động đầu năm học."),
            Img("/uploads/2026/12/hoc-bong-tiep-suc.jpg",
                "Đại diện Ban đại diện CMHS trao học bổng cho học sinh",
                "Đại diện Ban đại diện CMHS trao học bổng cho học sinh", "next"),
            P("Thay mặt các em nhận học bổng, em Trần Gia Bảo (lớp 9A2) bày tỏ lòng biết ơn và "
              "hứa sẽ cố gắng học tập thật tốt."),
            right("Tin: Huỳnh Thị Kim Oanh - Ảnh: Ngô Đức Trí"),
        ],
        authors=["Huỳnh Thị Kim Oanh"],
        photographers=["Ngô Đức Trí"],
        summary="Chiều 02/12/2026, Ban đại diện Cha mẹ học sinh phối hợp với nhà trường trao 25 "
        "suất học bổng \u201cTiếp sức đến trường\u201d, mỗi suất trị giá 2.000.000 đồng, cho học "
        "sinh có hoàn cảnh khó khăn vươn lên trong học tập.",
        opts={"draft": "2026-11-29T08:00:00Z"},
    ),
    Story(
        6,
        "thong-bao-lich-kiem-tra-cuoi-ky-i-nam-hoc-2026-2027",
        "THÔNG BÁO Lịch kiểm tra cuối kỳ I năm học 2026 - 2027",
        "thong-bao",
        "2026-11-30",
        [
            LETTERHEAD,
            P("Căn cứ kế hoạch năm học 2026 - 2027 của Trường THCS Nguyễn Huệ, nhà trường thông "
              "báo lịch kiểm tra cuối kỳ I như sau:"),
            P("Ngày | Buổi | Môn kiểm tra | Khối", "tr"),
            P("21/12/2026 | Sáng | Ngữ văn | 6, 7, 8, 9", "tr"),
            P("22/12/2026 | Sáng | Toán | 6, 7, 8, 9", "tr"),
            P("23/12/2026 | Sáng | Tiếng Anh | 6, 7, 8, 9", "tr"),
            P("Học sinh có mặt tại phòng kiểm tra lúc 6 giờ 45 phút, mang theo thẻ học sinh và "
              "dụng cụ học tập cần thiết."),
            P("Giáo viên chủ nhiệm thông báo đến học sinh và phụ huynh để biết, thực hiện."),
            LETTER_CLOSE,
        ],
        authors=["Nguyễn Văn Thành"],
        opts={"posted": ("01", "12", "2026", "08:15")},
    ),
    Story(
        7,
        "thong-bao-nghi-hoc-do-anh-huong-cua-bao-so-13",
        "Thông báo nghỉ học do ảnh hưởng của bão số 13",
        "thong-bao",
        "2026-11-05T20:30:00+07:00",
        [
            P("Thực hiện Công điện của UBND thành phố Quy Nhơn về việc chủ động ứng phó với bão số "
              "13, nhà trường thông báo:"),
            P("\u26a0\ufe0f Toàn bộ học sinh nghỉ học ngày 06/11/2026 (thứ Sáu)."),
            P("Cán bộ, giáo viên, nhân viên trực theo lịch phân công của Ban Giám hiệu."),
            P("Phụ huynh theo dõi thông báo tiếp theo trên website và nhóm Zalo của lớp."),
            right("Ban Giám hiệu"),
        ],
        authors=["Ban Giám hiệu"],
        opts={"updated": "06/11/2026 07:15"},
    ),
    Story(
        8,
        "thong-bao-hop-phu-huynh-hoc-sinh-cuoi-hoc-ky-i",
        "Thông báo tổ chức họp phụ huynh học sinh cuối học kỳ I",
        "thong-bao",
        "2026-12-04",
        [
            P("Nhà trường tổ chức họp phụ huynh học sinh cuối học kỳ I vào lúc 7 giờ 30 phút, "
              "Chủ nhật ngày 27/12/2026 tại các phòng học."),
            P("Nội dung: thông báo kết quả học tập, rèn luyện của học sinh học kỳ I và kế hoạch "
              "học kỳ II."),
            P("Kính mong quý phụ huynh sắp xếp thời gian đến dự đầy đủ, đúng giờ."),
        ],
        opts={"midnight": True},
    ),
    Story(
        9,
        "chuyen-de-day-hoc-stem-mon-khoa-hoc-tu-nhien-7",
        "Chuyên đề dạy học theo định hướng STEM môn Khoa học tự nhiên 7",
        "chuyen-mon",
        "2026-11-26T11:00:00+07:00",
        [
            P("Ngày 25/11/2026, tổ Khoa học tự nhiên tổ chức chuyên đề \u201cDạy học theo định "
              "hướng giáo dục STEM\u201d qua bài \u201cChế tạo nam châm điện\u201d, môn Khoa học "
              "tự nhiên lớp 7."),
            P("Tiết dạy do cô Trần Thị Thu Hà thực hiện tại lớp 7A4. Học sinh làm việc theo nhóm, "
              "thiết kế và chế tạo nam châm điện từ những vật liệu đơn giản."),
            CTA,
            Img("/uploads/2026/11/stem-nam-cham-dien.jpg",
                "Học sinh lớp 7A4 thử nghiệm sản phẩm nam châm điện",
                "Học sinh lớp 7A4 thử nghiệm sản phẩm nam châm điện", "next"),
            P("Các ý kiến góp ý tập trung vào:", "h"),
            P("Cách tổ chức hoạt động nhóm và phân công nhiệm vụ;", "li"),
            P("Tiêu chí đánh giá sản phẩm của học sinh;", "li"),
            P("Việc liên hệ kiến thức với thực tiễn đời sống.", "li"),
            P("Chuyên đề giúp giáo viên trong tổ có thêm kinh nghiệm vận dụng giáo dục STEM vào "
              "chương trình mới."),
            right("ThS. Trần Thị Thu Hà"),
        ],
        authors=["Trần Thị Thu Hà"],
        opts={"slider": True, "draft": "2026-11-20T01:30:00Z"},
    ),
    Story(
        10,
        "hoi-giang-chao-mung-20-11-to-ngu-van-lich-su",
        "Hội giảng chào mừng 20/11: 18 tiết dạy tốt của tổ Ngữ văn \u2013 Lịch sử",
        "chuyen-mon",
        "2026-11-14T14:00:00+07:00",
        [
            P("Hưởng ứng đợt thi đua chào mừng Ngày Nhà giáo Việt Nam, tổ Ngữ văn \u2013 Lịch sử "
              "đã tổ chức hội giảng với 18 tiết dạy từ ngày 02 đến 13/11/2026."),
            P("Các tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các phương pháp dạy học "
              "tích cực và ứng dụng công nghệ thông tin."),
            P("Kết quả có 11 tiết xếp loại Tốt và 7 tiết xếp loại Khá."),
            right("Tổ Ngữ văn \u2013 Lịch sử"),
        ],
        authors=["Tổ Ngữ văn \u2013 Lịch sử"],
        opts={"text_form": "br"},
    ),
    Story(
        11,
        "ket-qua-thi-chon-hoc-sinh-gioi-cap-thanh-pho-lop-9",
        "Kết quả kỳ thi chọn học sinh giỏi cấp thành phố lớp 9",
        "chuyen-mon",
        "2026-10-30T08:45:00+07:00",
        [
            P("Kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026 - 2027 diễn ra ngày "
              "24/10/2026. Trường THCS Nguyễn Huệ có 32 học sinh dự thi và 27 em đạt giải.", "b"),
            P("Môn | Nhất | Nhì | Ba | KK", "tr"),
            P("Toán | 1 | 2 | 3 | 1", "tr"),
            P("Ngữ văn | 0 | 3 | 2 | 2", "tr"),
            P("Tiếng Anh | 2 | 1 | 4 | 6", "tr"),
            P("Theo kế hoạch, các em đạt giải sẽ được bồi dưỡng tiếp để tham gia kỳ thi cấp "
              "tỉnh vào tháng 01/2027."),
            Raw('<p style="text-align:right"><em>Nguồn: Phòng GD&amp;ĐT thành phố Quy Nhơn</em></p>'),
        ],
        source="Phòng GD&ĐT thành phố Quy Nhơn",
        summary="Kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026 - 2027 diễn ra ngày "
        "24/10/2026. Trường THCS Nguyễn Huệ có 32 học sinh dự thi và 27 em đạt giải.",
    ),
    Story(
        12,
        "lien-doi-phat-dong-phong-trao-ke-hoach-nho",
        "Liên đội phát động phong trào \u201cKế hoạch nhỏ\u201d thu gom giấy vụn",
        "doan-doi",
        "2026-10-16T15:20:00+07:00",
        [
            P("Chiều 15/10/2026, Liên đội Trường THCS Nguyễn Huệ phát động phong trào \u201cKế "
              "hoạch nhỏ\u201d thu gom giấy vụn, chai nhựa trong toàn thể đội viên."),
            P("Số tiền thu được sẽ dùng để mua quà tặng các bạn học sinh có hoàn cảnh khó khăn "
              "nhân dịp Tết Nguyên đán."),
            Img("/uploads/2026/10/ke-hoach-nho.jpg", "Đội viên các chi đội mang giấy vụn đến trường",
                "Đội viên các chi đội mang giấy vụn đến trường", "lazy"),
            P("Phong trào kéo dài đến hết ngày 15/01/2027."),
            right("Đặng Thị Ngọc Lan - TPT Đội"),
        ],
        authors=["Đặng Thị Ngọc Lan"],
    ),
    Story(
        13,
        "chi-doan-giao-vien-ra-quan-thap-sang-uoc-mo",
        "Chi đoàn giáo viên ra quân \u201cThắp sáng ước mơ\u201d đọc sách cùng học sinh",
        "doan-doi",
        "2026-12-03T14:30:00+07:00",
        [
            P("Chi đoàn giáo viên Trường THCS Nguyễn Huệ vừa ra quân chương trình \u201cThắp sáng "
              "ước mơ\u201d, tổ chức các buổi đọc sách cùng học sinh vào giờ ra chơi tại thư viện "
              "xanh của trường."),
            P("Mỗi tuần, các đoàn viên thay phiên giới thiệu một cuốn sách hay, khuyến khích học "
              "sinh chia sẻ cảm nhận."),
            CTA,
            Img("/uploads/2026/12/thu-vien-xanh.jpg", None, None, "lazy"),
            P("Chương trình góp phần xây dựng văn hóa đọc trong nhà trường."),
            Raw('<p style="text-align:right"><em>Theo Báo Bình Định</em></p>'),
        ],
        source="Báo Bình Định",
        summary="Chi đoàn giáo viên Trường THCS Nguyễn Huệ vừa ra quân chương trình \u201cThắp "
        "sáng ước mơ\u201d đọc sách cùng học sinh.",
        sapo_outside=True,
        opts={"sapo_repeat": True, "slider": True},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
#: newest first by the printed (posting) day, as the blog sorts
ORDER = [8, 13, 5, 6, 9, 1, 10, 2, 7, 11, 3, 12, 4]
ORDERED = [next(s for s in STORIES if s.id == i) for i in ORDER]


def post_path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}.html"


def printed_day(story: Story) -> tuple[str, str, str, str | None]:
    """(day, month, year, time or None) as the badge prints them."""
    if "posted" in story.opts:
        return story.opts["posted"]
    iso = story.published_at or ""
    y, m, d = iso[:4], iso[5:7], iso[8:10]
    if story.opts.get("midnight"):
        return d, m, y, "00:00"
    if len(iso) > 10:
        return d, m, y, iso[11:16]
    return d, m, y, None


# --- chrome -------------------------------------------------------------------------------------


def head(title: str, page: str, extra: str = "") -> str:
    return (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title>"
        '<link rel="stylesheet" href="/assets/css/w30-builder.min.css">'
        '<link rel="icon" href="/assets/img/favicon.ico">'
        f"{extra}</head>"
        f'<body class="w30s-page {page}" data-site="thcsnguyenhue-qn">'
    )


def header(page: str) -> str:
    s1, s2 = hid(page, "top"), hid(page, "nav")
    cat_links = "".join(
        f'<li><a href="/danh-muc-tin/{slug}">{esc(name)}</a></li>' for slug, (name, _) in CATS.items()
    )
    return (
        f'<div class="sec-{s1} w30-section sec-topbar" id="sec-{s1}"><div class="container">'
        f'<div class="ele-{hid(page, "clock")} ele-text"><i class="fa fa-calendar"></i> {CLOCK}</div>'
        f'<div class="ele-{hid(page, "hot")} ele-text">Hotline: 0256 3822 417 | '
        "Email: thcsnguyenhue.qn@binhdinh.edu.vn</div></div></div>"
        f'<div class="sec-{s2} w30-section sec-header" id="sec-{s2}"><div class="container">'
        f'<div class="ele-{hid(page, "logo")} ele-image"><a href="/"><img src="/assets/img/logo-nh.png" '
        f'alt="Logo {SCHOOL}"></a></div>'
        f'<div class="ele-{hid(page, "name")} ele-text"><span style="font-size:22px;color:#0b4f9c">'
        "<strong>TRƯỜNG THCS NGUYỄN HUỆ</strong></span><br>Thành phố Quy Nhơn - Tỉnh Bình Định</div>"
        f'<nav class="ele-{hid(page, "menu")} ele-menu"><ul class="w30-menu">'
        '<li><a href="/">Trang chủ</a></li>'
        '<li class="has-sub"><a href="/gioi-thieu.html">Giới thiệu</a><ul class="sub">'
        '<li><a href="/gioi-thieu.html">Lịch sử nhà trường</a></li>'
        '<li><a href="/co-cau-to-chuc.html">Cơ cấu tổ chức</a></li></ul></li>'
        f'<li class="has-sub"><a href="/tin-tuc">Tin tức</a><ul class="sub">{cat_links}</ul></li>'
        '<li><a href="/tuyen-sinh-2027.html">Tuyển sinh</a></li>'
        '<li><a href="/thu-vien-anh.html">Thư viện ảnh</a></li>'
        '<li><a href="/lien-he.html">Liên hệ</a></li>'
        "</ul></nav></div></div>"
    )


def breadcrumb(page: str, crumbs: list[tuple[str, str | None]]) -> str:
    parts = ['<a href="/">Trang chủ</a>']
    for label, href in crumbs:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    s = hid(page, "bc")
    return (
        f'<div class="sec-{s} w30-section sec-bc" id="sec-{s}"><div class="container">'
        f'<div class="ele-{hid(page, "bce")} ele-breadcrumb">'
        + ' <i class="fa fa-angle-right"></i> '.join(parts)
        + "</div></div></div>"
    )


def sidebar(page: str) -> str:
    most = [BY_SLUG[s] for s in (
        "hoi-thao-hoc-sinh-cap-truong-nam-hoc-2026-2027",
        "hoi-giang-chao-mung-20-11-to-ngu-van-lich-su",
        "lien-doi-phat-dong-phong-trao-ke-hoach-nho",
    )]
    items = "".join(
        f'<li><a href="{post_path(s)}"><img src="/uploads/thumbs/{s.id}.jpg" alt="">'
        f"{esc(s.title)}</a></li>" for s in most
    )
    return (
        f'<div class="ele-{hid(page, "sb1")} ele-blog-list sb-xemnhieu"><h4 class="ele-heading">'
        f"XEM NHIỀU</h4><ul>{items}</ul></div>"
        f'<div class="ele-{hid(page, "sb2")} ele-text sb-lienket"><h4 class="ele-heading">LIÊN KẾT</h4>'
        '<ul><li><a href="https://www.moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://binhdinh.edu.vn" target="_blank">Sở GD&amp;ĐT Bình Định</a></li>'
        '<li><a href="https://www.facebook.com/thcsnguyenhue.qn" target="_blank">Fanpage nhà trường'
        "</a></li></ul></div>"
        f'<div class="ele-{hid(page, "sb3")} ele-form sb-binhchon"><h4 class="ele-heading">BÌNH CHỌN'
        "</h4><p>Bạn đánh giá thế nào về website mới của trường?</p>"
        '<label><input type="radio" name="bc" value="1"> Rất đẹp</label><br>'
        '<label><input type="radio" name="bc" value="2"> Bình thường</label><br>'
        '<button type="button" class="btn" onclick="w30Poll(1)">Bình chọn</button></div>'
        f'<div class="ele-{hid(page, "sb4")} ele-counter"><h4 class="ele-heading">THỐNG KÊ TRUY CẬP</h4>'
        "<p>Đang online: 17</p><p>Hôm nay: 412</p><p>Tổng truy cập: 1.284.903</p></div>"
    )


def footer(page: str) -> str:
    s = hid(page, "ft")
    return (
        f'<div class="sec-{s} w30-section sec-footer" id="sec-{s}"><div class="container">'
        f'<div class="ele-{hid(page, "fte")} ele-text"><p><strong>TRƯỜNG THCS NGUYỄN HUỆ</strong></p>'
        "<p>Địa chỉ: 226 Nguyễn Huệ, phường Trần Phú, thành phố Quy Nhơn, tỉnh Bình Định</p>"
        "<p>Điện thoại: 0256 3822 417 - Email: thcsnguyenhue.qn@binhdinh.edu.vn</p>"
        "<p>© 2026 Bản quyền thuộc về Trường THCS Nguyễn Huệ. Thiết kế bởi Web30s.</p></div>"
        "</div></div>"
        '<a class="w30-backtop" href="javascript:void(0)">▲</a>'
        '<script src="/assets/js/w30-builder.min.js"></script><script src="/assets/js/lazysizes.js">'
        "</script></body></html>"
    )


def page_html(title: str, page: str, crumbs, main: str, extra_head: str = "", side: bool = True) -> str:
    s = hid(page, "main")
    body = (
        f'<div class="sec-{s} w30-section" id="sec-{s}"><div class="container"><div class="row">'
        f'<div class="col-md-8">{main}</div>'
        + (f'<div class="col-md-4 w30-sidebar">{sidebar(page)}</div>' if side else "")
        + "</div></div></div>"
    )
    crumb = breadcrumb(page, crumbs) if crumbs else ""
    return head(title, page, extra_head) + header(page) + crumb + body + footer(page)


# --- blog cards and lists --------------------------------------------------------------------


def card(story: Story, page: str, href: str | None = None) -> str:
    d, m, y, _ = printed_day(story)
    href = href or post_path(story)
    first = next(b for b in story.blocks if isinstance(b, P)).text
    excerpt = first[:120].rsplit(" ", 1)[0] + "..."
    label = CATS[story.cat][1]
    return (
        f'<div class="ele-{hid(page, "card", story.slug)} blog-item">'
        f'<a class="bi-thumb" href="{href}"><img src="/uploads/thumbs/{story.id}.jpg" '
        f'alt="{esc(story.title)}"></a>'
        f'<span class="bi-nhan">{esc(label)}</span>'
        f'<h3 class="bi-ten"><a href="{href}">{esc(story.title)}</a></h3>'
        f'<div class="bi-ngay"><i class="fa fa-clock-o"></i> {d}/{m}/{y}</div>'
        f'<div class="bi-mota">{esc(excerpt)}</div></div>'
    )


def pager(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    links = []
    if page > 1:
        links.append(f'<a href="{base}?page={page - 1}">«</a>')
    for n in range(1, pages + 1):
        if n == page:
            links.append(f'<span class="active">{n}</span>')
        else:
            links.append(f'<a href="{base}?page={n}">{n}</a>')
    if page < pages:
        links.append(f'<a href="{base}?page={page + 1}">»</a>')
    return f'<div class="w30-pagination">{"".join(links)}</div>'


def list_page(page_no: int) -> str | None:
    pages = (len(ORDERED) + LIST_SIZE - 1) // LIST_SIZE
    if not 1 <= page_no <= pages:
        return None
    chunk = ORDERED[(page_no - 1) * LIST_SIZE : page_no * LIST_SIZE]
    pg = f"blog-list-{page_no}"
    more = ""
    extra = ""
    if page_no < pages:
        more = (
            f'<div class="ele-{hid(pg, "more")} ele-button"><a class="btn btn-loadmore" '
            f'href="javascript:void(0)" data-next="/tin-tuc?page={page_no + 1}" '
            f'onclick="w30Blog.loadMore(this)">Xem thêm bài viết</a></div>'
        )
        extra = f'<link rel="next" href="/tin-tuc?page={page_no + 1}">'
    main = (
        '<h1 class="ele-heading">TIN TỨC</h1><div class="w30-blog-grid">'
        + "".join(card(s, pg) for s in chunk)
        + f"</div>{more}"
    )
    return page_html(f"Tin tức - {SCHOOL}", pg, [("Tin tức", None)], main, extra)


def cat_page(slug: str, page_no: int) -> str | None:
    name = CATS[slug][0]
    items = [s for s in ORDERED if s.cat == slug]
    pages = (len(items) + CAT_SIZE - 1) // CAT_SIZE
    if not 1 <= page_no <= pages:
        return None
    chunk = items[(page_no - 1) * CAT_SIZE : page_no * CAT_SIZE]
    pg = f"cat-{slug}-{page_no}"
    main = (
        f'<h1 class="ele-heading">{esc(name.upper())}</h1><div class="w30-blog-grid">'
        + "".join(card(s, pg) for s in chunk)
        + "</div>"
        + pager(f"/danh-muc-tin/{slug}", page_no, pages)
    )
    return page_html(
        f"{name} - {SCHOOL}", pg, [("Tin tức", "/tin-tuc"), (name, None)], main
    )


def home() -> str:
    pg = "home"
    slides = [s for s in STORIES if s.opts.get("slider")]
    slider = "".join(
        f'<div class="swiper-slide"><a href="{post_path(s)}?utm_source=slider">'
        f'<img src="/uploads/slider/{s.id}.jpg" alt="{esc(s.title)}">'
        f'<span class="cap">{esc(s.title)}</span></a></div>'
        for s in slides
    )
    main = (
        f'<div class="ele-{hid(pg, "slider")} ele-slider swiper"><div class="swiper-wrapper">'
        f"{slider}</div></div>"
        f'<h2 class="ele-heading">TIN MỚI</h2><div class="w30-blog-grid">'
        + "".join(card(s, pg) for s in ORDERED[:4])
        + '</div><p><a href="/tin-tuc">Xem tất cả tin tức »</a></p>'
        f'<div class="ele-{hid(pg, "intro")} ele-text"><h2>CHÀO MỪNG QUÝ VỊ ĐẾN VỚI WEBSITE</h2>'
        "<p>Trường THCS Nguyễn Huệ được thành lập năm 1976, là một trong những trường trung học "
        'cơ sở có bề dày truyền thống của thành phố Quy Nhơn. <a href="/gioi-thieu.html">'
        "Xem thêm</a></p></div>"
    )
    return page_html(f"{SCHOOL} - Quy Nhơn, Bình Định", pg, [], main)


# --- the post page ------------------------------------------------------------------------------


def render_img(img: Img, story: Story, pg: str) -> str:
    alt = esc(story.title)
    box = f'<div class="ele-{hid(pg, "img", img.src)} ele-image" style="text-align:center">'
    if img.style == "lazy":
        tag = f'<img class="lazyload" src="/assets/img/blank.gif" data-src="{img.src}" alt="{alt}">'
    else:
        tag = f'<img src="{img.src}" alt="{alt}" style="max-width:100%">'
    line = ""
    if img.printed:
        line = f'<p style="text-align:center"><em>{esc(img.printed)}</em></p>'
    return f"{box}{tag}</div>{line}"


def render_content(story: Story, pg: str) -> str:
    out: list[str] = []
    br_buf: list[str] = []
    blocks = list(story.blocks)
    br_form = story.opts.get("text_form") == "br"

    def flush_br() -> None:
        if br_buf:
            joined = ""
            for i, seg in enumerate(br_buf):
                if i:
                    joined += "<br>&nbsp;<br>" if i == 2 else "<br><br>"
                joined += seg
            out.append(f'<div class="txt-{hid(pg, "br", str(len(out)))}">{joined}</div>')
            br_buf.clear()

    if story.opts.get("sapo_repeat") and story.summary:
        out.append(f"<p><strong>{esc(story.summary)}</strong></p>")
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "" and br_form:
            br_buf.append(esc(b.text))
            i += 1
            continue
        flush_br()
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "gallery":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                    group.append(blocks[i])
                    i += 1
                caps = story.opts.get("gallery_caps", [])
                links = "".join(
                    f'<a class="gl-item" href="{g.src}" data-fancybox="gl-{story.id}" '
                    f'data-caption="{esc(caps[k] if k < len(caps) else "")}">'
                    f'<img src="{g.src}" alt="{esc(story.title)}"></a>'
                    for k, g in enumerate(group)
                )
                out.append(f'<div class="ele-{hid(pg, "gal")} ele-gallery grid-3">{links}</div>')
                continue
            out.append(render_img(b, story, pg))
        elif b.style == "h":
            out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
        elif b.style == "b":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append(f"<ul>{''.join(items)}</ul>")
            continue
        elif b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = "".join(f"<td>{esc(c)}</td>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(f'<table class="table" border="1" style="width:100%"><tbody>{"".join(rows)}'
                       "</tbody></table>")
            continue
        else:
            out.append(f'<p style="text-align:justify">{esc(b.text)}</p>')
        i += 1
    flush_br()
    return "".join(out)


def post_page(story: Story, request: Request) -> str:
    pg = f"post-{story.slug}"
    cat_name = CATS[story.cat][0]
    d, m, y, t = printed_day(story)
    gio = f'<span class="gio"><i class="fa fa-clock-o"></i> {t}</span>' if t else ""
    upd = ""
    if story.opts.get("updated"):
        upd = f'<span class="bd-capnhat">Cập nhật: {story.opts["updated"]}</span>'
    badge = (
        f'<div class="ele-{hid(pg, "badge")} ele-date-badge"><span class="ngay">{d}</span>'
        f'<span class="thang">Tháng {int(m)}</span><span class="nam">{y}</span></div>'
    )
    desktop = (
        f'<div class="ele-{hid(pg, "hd1")} hide-mb"><h1 class="ele-title bd-tieude">{esc(story.title)}'
        f'</h1><div class="bd-meta">{badge}<span class="bd-tg"><i class="fa fa-user"></i> Đăng bởi: '
        f'qtv.nguyenhue</span>{gio}<span class="luot-xem">Lượt xem: {story.views()}</span>{upd}'
        "</div></div>"
    )
    mobile_time = f" · {t}" if t else ""
    mobile = (
        f'<div class="ele-{hid(pg, "hd2")} hide-pc"><h2 class="ele-title">{esc(story.title)}</h2>'
        f'<div class="bd-meta-mb">{d}/{m}{mobile_time}</div></div>'
    )
    tomtat = ""
    if story.summary and story.sapo_outside:
        tomtat = f'<div class="ele-{hid(pg, "tt")} bd-tomtat"><strong>{esc(story.summary)}</strong></div>'
    content = (
        f'<div class="ele-{hid(pg, "nd")} bd-noidung w30-richtext">{render_content(story, pg)}</div>'
    )
    tags = (
        '<div class="bd-tags"><b>Từ khóa:</b> <a href="javascript:void(0)">THCS Nguyễn Huệ</a>, '
        f'<a href="javascript:void(0)">{esc(cat_name)}</a></div>'
        '<div class="bd-share">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php" '
        'target="_blank"><img src="/assets/img/fb.png" alt="Facebook"></a> '
        '<a href="https://zalo.me/share" target="_blank"><img src="/assets/img/zalo.png" alt="Zalo">'
        '</a> <a href="javascript:window.print()">In bài</a></div>'
    )
    related = [s for s in ORDERED if s.cat == story.cat and s.id != story.id][:3]
    rel = "".join(
        f'<li><a href="{post_path(s)}">{esc(s.title)}</a> <span>({printed_day(s)[0]}/'
        f"{printed_day(s)[1]}/{printed_day(s)[2]})</span></li>" for s in related
    )
    rel_html = (
        f'<div class="ele-{hid(pg, "rel")} w30-blog-related"><h3 class="ele-heading">BÀI VIẾT LIÊN QUAN'
        f"</h3><ul>{rel}</ul></div>" if rel else ""
    )
    main = (
        f'<div class="ele-{hid(pg, "blog")} w30-blog-detail" data-module="blog" data-id="{story.id}">'
        f"{desktop}{mobile}{tomtat}{content}{tags}</div>{rel_html}"
    )
    base = base_url(request)
    draft = story.opts.get("draft")
    meta = (
        f'<link rel="canonical" href="{base}{post_path(story)}">'
        f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(story.title)}">'
        f'<meta property="og:url" content="{base}{post_path(story)}">'
        f'<meta name="description" content="{esc(card_excerpt(story))}">'
    )
    if draft:
        meta += f'<meta property="article:published_time" content="{draft}">'
    return page_html(
        f"{story.title} - {SCHOOL}",
        pg,
        [("Tin tức", "/tin-tuc"), (cat_name, f"/danh-muc-tin/{story.cat}")],
        main,
        meta,
    )


def card_excerpt(story: Story) -> str:
    first = next(b for b in story.blocks if isinstance(b, P)).text
    return first[:150]


# --- builder pages ----------------------------------------------------------------------------


def builder_page(slug: str) -> str | None:
    pg = f"page-{slug}"
    if slug == "gioi-thieu":
        title = "Giới thiệu"
        main = (
            '<h1 class="ele-heading">LỊCH SỬ NHÀ TRƯỜNG</h1>'
            f'<div class="ele-{hid(pg, "t")} ele-text"><p>Trường THCS Nguyễn Huệ được thành lập năm '
            "1976 trên cơ sở trường cấp II Nguyễn Huệ. Qua gần 50 năm xây dựng và phát triển, nhà "
            "trường đã nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc.</p>"
            "<p>Năm học 2026 - 2027, trường có 28 lớp với 1.126 học sinh và 68 cán bộ, giáo viên, "
            "nhân viên.</p></div>"
            f'<div class="ele-{hid(pg, "i")} ele-image"><img src="/uploads/pages/truong-nguyen-hue.jpg"'
            ' alt="Cổng trường"></div>'
        )
    elif slug == "co-cau-to-chuc":
        title = "Cơ cấu tổ chức"
        main = (
            '<h1 class="ele-heading">CƠ CẤU TỔ CHỨC</h1>'
            f'<div class="ele-{hid(pg, "t")} ele-text"><table border="1"><tbody>'
            "<tr><td>Hiệu trưởng</td><td>Nguyễn Văn Thành</td></tr>"
            "<tr><td>Phó Hiệu trưởng</td><td>Lê Thị Thanh Hương</td></tr>"
            "<tr><td>Phó Hiệu trưởng</td><td>Đỗ Quang Vinh</td></tr></tbody></table></div>"
        )
    elif slug == "tuyen-sinh-2027":
        title = "Tuyển sinh lớp 6 năm học 2027 - 2028"
        main = (
            '<h1 class="ele-heading">TUYỂN SINH LỚP 6 NĂM HỌC 2027 - 2028</h1>'
            f'<div class="ele-{hid(pg, "t")} ele-text">'
            "<p><strong>Cập nhật: 01/12/2026</strong></p>"
            "<p>Trường THCS Nguyễn Huệ dự kiến tuyển 280 học sinh vào lớp 6 năm học 2027 - 2028.</p>"
            "<p>Thời gian nhận hồ sơ: từ ngày 01/07/2027 đến ngày 10/07/2027.</p>"
            "<p>Hình thức: xét tuyển theo địa bàn cư trú do UBND thành phố Quy Nhơn phân tuyến.</p>"
            "</div>"
            f'<div class="ele-{hid(pg, "f")} ele-form"><form action="javascript:void(0)" method="post">'
            '<input name="hoten" placeholder="Họ tên phụ huynh"><input name="sdt" placeholder="Số điện '
            'thoại"><button type="button">Đăng ký tư vấn</button></form></div>'
        )
    elif slug == "thu-vien-anh":
        title = "Thư viện ảnh"
        imgs = "".join(
            f'<a href="/uploads/album/{n}.jpg" data-fancybox="album"><img src="/uploads/album/t{n}.jpg"'
            f' alt="Ảnh {n}"></a>' for n in range(1, 7)
        )
        main = (
            '<h1 class="ele-heading">THƯ VIỆN ẢNH</h1>'
            f'<div class="ele-{hid(pg, "g")} ele-gallery grid-3">{imgs}</div>'
        )
    elif slug == "lien-he":
        title = "Liên hệ"
        main = (
            '<h1 class="ele-heading">LIÊN HỆ</h1>'
            f'<div class="ele-{hid(pg, "t")} ele-text"><p>Địa chỉ: 226 Nguyễn Huệ, phường Trần Phú, '
            "thành phố Quy Nhơn, tỉnh Bình Định</p><p>Điện thoại: 0256 3822 417</p></div>"
            f'<div class="ele-{hid(pg, "m")} ele-map"><iframe src="about:blank" title="Bản đồ"></iframe>'
            "</div>"
        )
    else:
        return None
    return page_html(f"{title} - {SCHOOL}", pg, [(title, None)], main, side=False)


# --- routing ------------------------------------------------------------------------------------


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = {k: v[0] for k, v in parse_qs(request.query).items()}
        if path.startswith(("/uploads/", "/assets/")):
            return static_file(path)
        if path == "/":
            return html(home())
        if path in ("/tin-tuc", "/tin-tuc/"):
            if path.endswith("/"):
                return redirect("/tin-tuc", 301)
            try:
                page_no = int(params.get("page", "1"))
            except ValueError:
                return None
            body = list_page(page_no)
            return html(body) if body else None
        if path.startswith("/danh-muc-tin/"):
            slug = path[len("/danh-muc-tin/") :]
            if slug not in CATS:
                return None
            try:
                page_no = int(params.get("page", "1"))
            except ValueError:
                return None
            body = cat_page(slug, page_no)
            return html(body) if body else None
        if path.startswith("/tin-tuc/") and path.endswith(".html"):
            story = BY_SLUG.get(path[len("/tin-tuc/") : -len(".html")])
            return html(post_page(story, request)) if story else None
        if path.endswith(".html") and path.count("/") == 1:
            body = builder_page(path[1:-5])
            return html(body) if body else None
        return None


def build_site() -> Site:
    return Site()


def _gold(story: Story) -> dict:
    path = post_path(story)
    alts = [f"{path}?utm_source=slider"] if story.opts.get("slider") else []
    return gold_record(story, path, CATS[story.cat][0], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu.html",
    "/co-cau-to-chuc.html",
    "/tuyen-sinh-2027.html",
    "/thu-vien-anh.html",
    "/lien-he.html",
]
