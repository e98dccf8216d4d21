"""Trường THPT Chu Văn An (Đắk Nông) on a hosted school-website service: a vendor's home-made
PHP application (2020) that serves hundreds of schools under one host, each under its own
school code (here ``thptcva-dn``). Div layout, class names in Vietnamese without diacritics.

Platform
--------
The vendor ("Hệ thống website trường học – EduNet Việt") gives every school the same template:
a header with the school's name over the vendor's bar, a menu, a left column of content and a
right column of widgets ("Thông báo" box with the newest notices, "Tin xem nhiều", "Video nổi
bật" (a YouTube iframe), "Ảnh hoạt động" (a slider of album thumbnails), "Liên kết website",
a poll, the counter "Online: 8 – Tổng truy cập: 356.221"), a footer with address and phone.
The editor is CKEditor 4: photos are typed as ``<p style="text-align: center;"><img></p>``,
captions are whatever the teacher typed next to them.

Article template::

    <div class="duong-dan"> Trang chủ » Tin tức - Sự kiện [» Đoàn thanh niên] </div>
    [<div class="anh-dai-dien"><img></div>]        featured image, ABOVE the headline
    <h1 class="tieu-de-chi-tiet">…</h1>
    <div class="thong-tin-bai"> date line (three forms, see below) [· Người đăng: admin] </div>
    [<div class="tom-tat">…</div>]                  the sapo, on some posts
    <div class="noi-dung-chi-tiet"> CKEditor HTML </div>
    <div class="luot-xem">Lượt xem: 452</div>, <div class="mang-xa-hoi"> share/print/email
    <div class="tin-cung-chuyen-muc"> "Bài viết cùng chuyên mục" (thumbnail, title, date)

Date lines: ``Ngày đăng: 09:12 - 18/10/2026`` (time before the date), ``18-10-2026`` (a
calendar icon and the day) and ``Chủ nhật - 18/10/2026`` (weekday, then the day).

URL scheme
----------
- ``/thptcva-dn/`` home (``/`` and ``/thptcva-dn`` redirect there).
- ``/thptcva-dn/tin-tuc/danh-muc/<n>?trang=<n>``: listings, 10 per page, pager numbers and
  "Trang sau »". Category 1 "Tin tức - Sự kiện" is a parent: it lists its own posts and those
  of its children 2 "Đoàn thanh niên" and 3 "Hoạt động ngoại khóa"; 4 is "Thông báo".
- ``/thptcva-dn/tin-tuc/chi-tiet/<id>/<slug>``: an article. The id decides; the same article
  answers at ``/thptcva-dn/tin-tuc/chi-tiet/<id>`` (no slug; the "Thông báo" box links so)
  and at ``…/<id>/<slug>?from=slider`` (the home page's "Tin nổi bật" slider). No canonical
  link is printed; ``og:url`` echoes the requested URL.
- ``/thptcva-dn/thu-vien-anh`` and ``/thptcva-dn/thu-vien-anh/<id>``: photo albums.
- ``/thptcva-dn/video`` and ``/thptcva-dn/video/<id>``: videos.
- ``/thptcva-dn/gioi-thieu/<slug>``, ``/thptcva-dn/lien-he``: static pages.
- Uploads: ``/uploads/thptcva-dn/news/<yyyy_mm>/<file>``, ``/uploads/thptcva-dn/album/…``,
  ``/uploads/thptcva-dn/files/<file>.docx``; theme files under ``/themes/truonghoc2020/``.

How each gold article is reached
--------------------------------
- Home: "Tin nổi bật" slider (3 photo reports, ``?from=slider``), "Tin mới" (the 6 newest
  posts of categories 1-3, slug URLs), the "Thông báo" box (the 3 notices, no-slug URLs),
  "Tin xem nhiều".
- Menu: the four category listings; every article is in its category's listing and, for
  categories 2 and 3, in the parent's listing too.
- The oldest post (the school-year opening, 05/09/2026) is the 11th of category 1's listing:
  only on ``/thptcva-dn/tin-tuc/danh-muc/1?trang=2``; no widget or related list links it.

Traps
-----
- Posts that are mostly photos: three photo reports (one intro paragraph, 6-8 photos, a closing
  paragraph, a byline), each with its own caption form: (a) the caption is the NEXT centred
  ``<p>``, plain text, sometimes a long full sentence with a full stop (a caption, not body);
  (b) photo, ``<br>``, ``<em>caption</em>`` in the same ``<p>``; (c) a bold caption ABOVE its
  photo ("Ảnh 1: Tiết mục văn nghệ chào mừng") for every photo of the post.
- Short posts: a two-sentence notice with "Tải về: Thong-bao-so-25.docx" (the attachment line is
  not body); one paragraph and one photo (CKEditor figure/figcaption); an embedded Facebook
  video iframe and one paragraph.
- A post whose first photo is the featured image above the headline, without a caption.
- Albums are titled pages of many captioned photos and look like photo reports: they are
  galleries, not articles. The video page has a title, a date and a description: not an article.
- Three URL forms of each article (slug, no slug, ``?from=slider``): one article.
- Bylines: "Đoàn trường" (a unit signs: author "Đoàn trường"), "Tin, ảnh: Y Thuận – Bí thư
  Đoàn" (author and photographer Y Thuận), "Ảnh: CLB Nhiếp ảnh" (photographer, the club),
  "Người đăng: admin" in the meta line (nobody), "Nguyễn Thị Hồng Nhung (GV Sinh học)"
  right-aligned at the end, "Ảnh: Internet" and "BBT" (nobody).
- The header prints today's date; the related list and the widgets print other posts' dates.

Gold decisions
--------------
- title: the ``h1.tieu-de-chi-tiet``; published_at: the post's date line (with the time when
  the "Ngày đăng: HH:MM - dd/mm/yyyy" form prints one).
- summary: the ``div.tom-tat`` where a post has one (it is also the first body paragraph).
- body: the paragraphs of ``noi-dung-chi-tiet``; ``<h3>`` and bold sub-heading lines, list
  items, table rows (cells joined by " | ", header row included) are paragraphs; captions,
  bylines, the source line, the attachment line and the iframe are not.
- images: the featured image first (caption None), then the photos in order with the caption
  as printed (form (c): the bold line above, "Ảnh 1: …" as displayed).
- category: the breadcrumb's last section.
"""

from __future__ import annotations

import datetime as _dt
import re

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    TODAY,
    Img,
    P,
    Raw,
    Story,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "photo_posts_thpt"
PLATFORM = "Vendor-hosted school website service (home-made PHP, 2020), /<school-code>/ URLs"
SC = "/thptcva-dn"
START_PATH = f"{SC}/"

SCHOOL = "Trường THPT Chu Văn An"
PROVINCE = "Tỉnh Đắk Nông"
VENDOR = "EduNet Việt"
PER_PAGE = 10

CATEGORIES = {
    "1": "Tin tức - Sự kiện",
    "2": "Đoàn thanh niên",
    "3": "Hoạt động ngoại khóa",
    "4": "Thông báo",
}
#: child category -> parent (the parent's listing shows the children's posts too)
PARENT = {"2": "1", "3": "1"}
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def up(month: str, name: str) -> str:
    return f"/uploads/thptcva-dn/news/{month}/{name}"


# --- the posts, newest first -------------------------------------------------------------------
#
# opts: date ("meta" | "dash" | "weekday"), time (meta form), poster (meta form), thumb.
# P styles: "" plain, "h3", "strong" (bold sub-heading line), "li", "th"/"td" (table rows),
# "right" (right-aligned). Img styles: "a" (next centred p), "b" (br + em), "c" (bold above),
# "fig" (figure/figcaption), "em" (next centred p in italics), "feat" (above the headline).

N11 = "2026_11"
N10 = "2026_10"
N09 = "2026_09"

STORIES: list[Story] = [
    Story(
        412,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-2026",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        "1",
        "2026-11-20T15:40:00+07:00",
        [
            P(
                "Sáng ngày 20/11/2026, Trường THPT Chu Văn An long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam (20/11/1982 – 20/11/2026). Đến dự buổi lễ có đại diện lãnh đạo Sở "
                "GD&ĐT, UBND phường Nghĩa Đức, Ban đại diện cha mẹ học sinh, các thầy cô giáo nguyên là "
                "cán bộ, giáo viên của trường qua các thời kỳ cùng toàn thể học sinh nhà trường. Dưới "
                "đây là một số hình ảnh của buổi lễ."
            ),
            Img(up(N11, "20-11-2026-01.jpg"), "Quang cảnh buổi lễ.", "Quang cảnh buổi lễ.", "a"),
            Img(
                up(N11, "20-11-2026-02.jpg"),
                "Tiết mục múa “Người thầy” do các em học sinh lớp 11A2 biểu diễn mở màn chương trình.",
                "Tiết mục múa “Người thầy” do các em học sinh lớp 11A2 biểu diễn mở màn chương trình.",
                "a",
            ),
            Img(
                up(N11, "20-11-2026-03.jpg"),
                "Thầy Nguyễn Văn Hải, Hiệu trưởng nhà trường, ôn lại truyền thống ngày Nhà giáo Việt "
                "Nam và điểm lại những thành tích nổi bật mà tập thể sư phạm nhà trường đã đạt được "
                "trong năm học 2025 – 2026.",
                "Thầy Nguyễn Văn Hải, Hiệu trưởng nhà trường, ôn lại truyền thống ngày Nhà giáo Việt "
                "Nam và điểm lại những thành tích nổi bật mà tập thể sư phạm nhà trường đã đạt được "
                "trong năm học 2025 – 2026.",
                "a",
            ),
            Img(
                up(N11, "20-11-2026-04.jpg"),
                "Đại diện Ban đại diện cha mẹ học sinh tặng hoa chúc mừng tập thể giáo viên.",
                "Đại diện Ban đại diện cha mẹ học sinh tặng hoa chúc mừng tập thể giáo viên.",
                "a",
            ),
            Img(
                up(N11, "20-11-2026-05.jpg"),
                "Các thầy cô giáo nguyên là cán bộ, giáo viên của trường qua các thời kỳ về dự lễ và "
                "chụp ảnh lưu niệm cùng tập thể sư phạm nhà trường trong không khí ấm áp, xúc động.",
                "Các thầy cô giáo nguyên là cán bộ, giáo viên của trường qua các thời kỳ về dự lễ và "
                "chụp ảnh lưu niệm cùng tập thể sư phạm nhà trường trong không khí ấm áp, xúc động.",
                "a",
            ),
            Img(
                up(N11, "20-11-2026-06.jpg"),
                "Khen thưởng giáo viên đạt giải Hội thi giáo viên dạy giỏi cấp tỉnh",
                "Khen thưởng giáo viên đạt giải Hội thi giáo viên dạy giỏi cấp tỉnh",
                "a",
            ),
            Img(
                up(N11, "20-11-2026-07.jpg"),
                "Học sinh đại diện các chi đoàn tặng hoa tri ân thầy cô.",
                "Học sinh đại diện các chi đoàn tặng hoa tri ân thầy cô.",
                "a",
            ),
            Img(
                up(N11, "20-11-2026-08.jpg"),
                "Tiết mục song ca “Bụi phấn” của cô Trần Thị Mỹ Duyên và em Hoàng Bảo Ngọc, lớp 12A1, "
                "khép lại chương trình văn nghệ chào mừng trong sự cổ vũ nhiệt tình của toàn trường.",
                "Tiết mục song ca “Bụi phấn” của cô Trần Thị Mỹ Duyên và em Hoàng Bảo Ngọc, lớp 12A1, "
                "khép lại chương trình văn nghệ chào mừng trong sự cổ vũ nhiệt tình của toàn trường.",
                "a",
            ),
            P(
                "Buổi lễ đã khép lại trong không khí trang trọng, ấm áp nghĩa tình. Mỗi thầy cô giáo "
                "tiếp tục nêu cao tinh thần trách nhiệm, tận tụy với nghề, xứng đáng với niềm tin yêu "
                "của học sinh và cha mẹ học sinh."
            ),
            Raw('<p style="text-align: right;"><strong>Ảnh: CLB Nhiếp ảnh</strong></p>'),
        ],
        photographers=["CLB Nhiếp ảnh"],
        opts={
            "date": "meta",
            "time": "15:40",
            "poster": "admin",
            "thumb": up(N11, "20-11-2026-01.jpg"),
        },
    ),
    Story(
        410,
        "thong-bao-so-25-tb-thptcva-ve-lich-kiem-tra-cuoi-hoc-ky-i",
        "Thông báo số 25/TB-THPTCVA về lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "4",
        "2026-11-18",
        [
            P(
                "Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 đối với các khối "
                "lớp 10, 11, 12 sẽ được tổ chức từ ngày 21/12/2026 đến ngày 26/12/2026. Đề nghị giáo "
                "viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh và cha mẹ học sinh; chi tiết xem "
                "tại tệp đính kèm."
            ),
            Raw(
                '<p><strong>Tải về:</strong> <a href="/uploads/thptcva-dn/files/Thong-bao-so-25.docx">'
                "Thong-bao-so-25.docx</a></p>"
            ),
        ],
        opts={"date": "dash"},
    ),
    Story(
        409,
        "doan-truong-trao-qua-ao-am-cho-em-tai-xa-quang-son",
        "Đoàn trường trao quà “Áo ấm cho em” tại xã Quảng Sơn",
        "2",
        "2026-11-15",
        [
            P(
                "Hưởng ứng chương trình “Áo ấm cho em” năm 2026, ngày 14/11, Đoàn trường THPT Chu Văn "
                "An phối hợp với Đoàn xã Quảng Sơn tổ chức trao 150 chiếc áo ấm, 200 cuốn vở và nhiều "
                "phần quà cho học sinh có hoàn cảnh khó khăn tại Trường TH&THCS Lê Đình Chinh, xã "
                "Quảng Sơn, huyện Đắk Glong."
            ),
            Img(
                up(N11, "ao-am-01.jpg"),
                "Đoàn viên chuẩn bị quà trước giờ xuất phát",
                "Đoàn viên chuẩn bị quà trước giờ xuất phát",
                "b",
            ),
            Img(
                up(N11, "ao-am-02.jpg"),
                "Các phần quà được đóng gói từ số tiền đoàn viên tiết kiệm và quyên góp",
                "Các phần quà được đóng gói từ số tiền đoàn viên tiết kiệm và quyên góp",
                "b",
            ),
            Img(
                up(N11, "ao-am-03.jpg"),
                "Trao áo ấm cho các em học sinh",
                "Trao áo ấm cho các em học sinh",
                "b",
            ),
            Img(
                up(N11, "ao-am-04.jpg"),
                "Niềm vui của các em nhỏ khi nhận quà",
                "Niềm vui của các em nhỏ khi nhận quà",
                "b",
            ),
            Img(
                up(N11, "ao-am-05.jpg"),
                "Đoàn viên tổ chức trò chơi dân gian cho các em",
                "Đoàn viên tổ chức trò chơi dân gian cho các em",
                "b",
            ),
            Img(
                up(N11, "ao-am-06.jpg"),
                "Tặng sách vở cho thư viện nhà trường",
                "Tặng sách vở cho thư viện nhà trường",
                "b",
            ),
            Img(up(N11, "ao-am-07.jpg"), "Chụp ảnh lưu niệm", "Chụp ảnh lưu niệm", "b"),
            P(
                "Chuyến đi không chỉ mang đến niềm vui cho các em nhỏ vùng khó khăn mà còn là dịp để "
                "đoàn viên, thanh niên nhà trường rèn luyện tinh thần tương thân tương ái, sống đẹp, "
                "sống có ích."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin, ảnh: Y Thuận – Bí thư Đoàn</strong></p>'
            ),
        ],
        authors=["Y Thuận"],
        photographers=["Y Thuận"],
        opts={"date": "weekday", "thumb": up(N11, "ao-am-03.jpg")},
    ),
    Story(
        405,
        "to-sinh-cong-nghe-to-chuc-chuyen-de-day-hoc-stem",
        "Tổ Sinh - Công nghệ tổ chức chuyên đề dạy học STEM “Sản xuất nước rửa tay sinh học từ vỏ bưởi”",
        "1",
        "2026-11-12T08:05:00+07:00",
        [
            P(
                "Ngày 10/11/2026, tổ Sinh - Công nghệ tổ chức chuyên đề dạy học STEM cấp trường với chủ "
                "đề “Sản xuất nước rửa tay sinh học từ vỏ bưởi” tại lớp 10A3."
            ),
            P("1. Mục tiêu của chuyên đề", "h3"),
            P(
                "Chuyên đề nhằm giúp học sinh vận dụng kiến thức về enzyme, quá trình lên men và an toàn "
                "vệ sinh thực phẩm để tạo ra sản phẩm thân thiện với môi trường; đồng thời giúp giáo "
                "viên trong tổ trao đổi kinh nghiệm tổ chức dạy học theo định hướng STEM."
            ),
            P("2. Tiến trình tiết dạy", "strong"),
            P(
                "Tiết học được chia thành bốn hoạt động: xác định vấn đề, nghiên cứu kiến thức nền, "
                "đề xuất và lựa chọn giải pháp, chế tạo và thử nghiệm sản phẩm. Học sinh làm việc theo "
                "nhóm, mỗi nhóm tự xây dựng quy trình ủ vỏ bưởi với đường nâu và men vi sinh."
            ),
            Img(
                up(N11, "stem-vo-buoi-1.jpg"),
                "Học sinh lớp 10A3 trình bày sản phẩm của nhóm",
                "Học sinh lớp 10A3 trình bày sản phẩm của nhóm",
                "em",
            ),
            P(
                "Các nhóm trình bày sản phẩm trước lớp, phản biện lẫn nhau về màu sắc, mùi hương, độ "
                "tạo bọt và chi phí sản xuất. Nhiều nhóm đã đề xuất cải tiến như bổ sung tinh dầu sả, "
                "thay bao bì nhựa bằng chai thủy tinh tái sử dụng."
            ),
            P("3. Đánh giá, rút kinh nghiệm", "h3"),
            P(
                "Các thầy cô dự giờ đánh giá chuyên đề được chuẩn bị công phu, học sinh chủ động, sáng "
                "tạo. Tổ chuyên môn thống nhất nhân rộng mô hình ở các lớp khối 10 trong học kỳ II."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Nguyễn Thị Hồng Nhung (GV Sinh học)</strong></p>'
            ),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        summary=(
            "Nhằm đổi mới phương pháp dạy học theo hướng phát triển năng lực học sinh, tổ Sinh - "
            "Công nghệ đã tổ chức thành công chuyên đề dạy học STEM cấp trường."
        ),
        sapo_outside=True,
        opts={
            "date": "meta",
            "time": "08:05",
            "poster": "admin",
            "thumb": up(N11, "stem-vo-buoi-1.jpg"),
        },
    ),
    Story(
        402,
        "hoi-dien-van-nghe-chao-mung-ngay-nha-giao-viet-nam",
        "Hội diễn văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11",
        "3",
        "2026-11-08",
        [
            P(
                "Tối ngày 07/11/2026, tại sân trường, Đoàn trường phối hợp với Công đoàn tổ chức Hội diễn "
                "văn nghệ chào mừng Ngày Nhà giáo Việt Nam với sự tham gia của 30 chi đoàn và tập thể "
                "giáo viên. Một số hình ảnh của đêm hội diễn:"
            ),
            Img(
                up(N11, "van-nghe-01.jpg"),
                "Ảnh 1: Tiết mục văn nghệ chào mừng",
                "Ảnh 1: Tiết mục văn nghệ chào mừng",
                "c",
            ),
            Img(
                up(N11, "van-nghe-02.jpg"),
                "Ảnh 2: Múa “Trống cơm” của chi đoàn 10A5",
                "Ảnh 2: Múa “Trống cơm” của chi đoàn 10A5",
                "c",
            ),
            Img(
                up(N11, "van-nghe-03.jpg"),
                "Ảnh 3: Tốp ca giáo viên với ca khúc “Mái trường mến yêu”",
                "Ảnh 3: Tốp ca giáo viên với ca khúc “Mái trường mến yêu”",
                "c",
            ),
            Img(
                up(N11, "van-nghe-04.jpg"),
                "Ảnh 4: Nhảy hiện đại của chi đoàn 11A1",
                "Ảnh 4: Nhảy hiện đại của chi đoàn 11A1",
                "c",
            ),
            Img(
                up(N11, "van-nghe-05.jpg"),
                "Ảnh 5: Ban giám khảo chấm thi",
                "Ảnh 5: Ban giám khảo chấm thi",
                "c",
            ),
            Img(
                up(N11, "van-nghe-06.jpg"),
                "Ảnh 6: Trao giải cho các tập thể đạt giải",
                "Ảnh 6: Trao giải cho các tập thể đạt giải",
                "c",
            ),
            P(
                "Kết thúc hội diễn, Ban tổ chức trao giải Nhất cho chi đoàn 12A2, giải Nhì cho chi đoàn "
                "10A5 và 11A1, giải Ba cho các chi đoàn 10A1, 11A4 và 12A6."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Lê Thị Thu Hà</strong></p>'),
        ],
        authors=["Lê Thị Thu Hà"],
        opts={"date": "weekday", "thumb": up(N11, "van-nghe-01.jpg")},
    ),
    Story(
        400,
        "thong-bao-lich-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027",
        "Thông báo lịch kiểm tra giữa học kỳ I năm học 2026 - 2027",
        "4",
        "2026-11-05T10:30:00+07:00",
        [
            P(
                "Căn cứ kế hoạch năm học 2026 - 2027, nhà trường thông báo lịch kiểm tra giữa học kỳ I "
                "tập trung các môn như sau:"
            ),
            P("Thứ Hai, ngày 16/11/2026: Ngữ văn (90 phút), Lịch sử (45 phút).", "li"),
            P("Thứ Ba, ngày 17/11/2026: Toán (90 phút), Tiếng Anh (60 phút).", "li"),
            P("Thứ Tư, ngày 18/11/2026: các môn lựa chọn theo tổ hợp (45 phút/môn).", "li"),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh. "
                "Học sinh vắng mặt có lý do chính đáng được kiểm tra bù theo lịch của tổ chuyên môn."
            ),
        ],
        opts={"date": "meta", "time": "10:30", "poster": "admin"},
    ),
    Story(
        398,
        "doan-kiem-tra-cua-so-gd-dt-lam-viec-tai-truong",
        "Đoàn kiểm tra của Sở GD&ĐT làm việc tại trường",
        "1",
        "2026-11-02",
        [
            P(
                "Ngày 02/11/2026, Đoàn kiểm tra của Sở GD&ĐT do ông Trịnh Văn Cường, Phó Giám đốc Sở "
                "làm trưởng đoàn đã đến kiểm tra công tác chuẩn bị và thực hiện nhiệm vụ năm học 2026 - "
                "2027 tại Trường THPT Chu Văn An."
            ),
            Img(
                up(N11, "kiem-tra-so.jpg"),
                "Đoàn kiểm tra làm việc với Ban giám hiệu nhà trường",
                "Đoàn kiểm tra làm việc với Ban giám hiệu nhà trường",
                "fig",
            ),
            Raw('<p style="text-align: right;">BBT</p>'),
        ],
        opts={"date": "dash", "thumb": up(N11, "kiem-tra-so.jpg")},
    ),
    Story(
        395,
        "video-flashmob-chao-mung-ngay-thanh-lap-hoi-lhtn-viet-nam",
        "Video: Flashmob chào mừng 70 năm Ngày truyền thống Hội LHTN Việt Nam",
        "2",
        "2026-10-25",
        [
            Raw(
                '<p style="text-align: center;"><iframe src="https://www.facebook.com/plugins/video.php?'
                "href=https%3A%2F%2Fwww.facebook.com%2Fdoantruongchuvanan.dn%2Fvideos%2F1587263498812345%2F"
                '&amp;show_text=false&amp;width=560&amp;t=0" width="560" height="314" '
                'style="border:none;overflow:hidden" scrolling="no" frameborder="0" allowfullscreen="true" '
                'allow="autoplay; clipboard-write; encrypted-media; picture-in-picture; web-share">'
                "</iframe></p>"
            ),
            P(
                "Chào mừng 70 năm Ngày truyền thống Hội Liên hiệp Thanh niên Việt Nam (15/10/1956 – "
                "15/10/2026), hơn 600 đoàn viên, học sinh nhà trường đã cùng thực hiện màn flashmob "
                "“Tuổi trẻ Chu Văn An – Vững bước tương lai” trong buổi chào cờ đầu tuần."
            ),
            Raw('<p style="text-align: right;"><em>Đoàn trường</em></p>'),
        ],
        authors=["Đoàn trường"],
        opts={"date": "weekday"},
    ),
    Story(
        390,
        "tong-ket-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        "Tổng kết Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        "3",
        "2026-10-22T16:20:00+07:00",
        [
            P(
                "Sau hai tuần thi đấu sôi nổi, chiều ngày 21/10/2026, Ban tổ chức Hội khỏe Phù Đổng cấp "
                "trường năm học 2026 - 2027 đã tổ chức lễ bế mạc và trao giải cho các tập thể, cá nhân "
                "xuất sắc."
            ),
            P(
                "Hội khỏe năm nay có hơn 450 vận động viên của 30 lớp tham gia tranh tài ở các nội dung "
                "bóng đá nam, bóng chuyền nữ, kéo co, cầu lông và điền kinh. Các trận đấu diễn ra trung "
                "thực, đoàn kết, thu hút đông đảo học sinh cổ vũ."
            ),
            P("Kết quả các nội dung đồng đội như sau:"),
            P("Nội dung | Lớp | Giải", "th"),
            P("Bóng đá nam | 12A3 | Nhất", "td"),
            P("Bóng đá nam | 11A2 | Nhì", "td"),
            P("Bóng chuyền nữ | 12A1 | Nhất", "td"),
            P("Bóng chuyền nữ | 10A4 | Nhì", "td"),
            P("Kéo co | 11A6 | Nhất", "td"),
            P("Kéo co | 12A5 | Nhì", "td"),
            P(
                "Ban tổ chức đã chọn 24 vận động viên tiêu biểu tham gia Hội khỏe Phù Đổng cấp tỉnh dự "
                "kiến tổ chức vào tháng 3/2027."
            ),
            Img(
                up(N10, "hkpd-be-mac.jpg"),
                "Trao giải cho các đội đạt giải môn bóng đá nam",
                "Trao giải cho các đội đạt giải môn bóng đá nam",
                "em",
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Phan Văn Quý (GV Thể dục)</strong></p>'
            ),
        ],
        authors=["Phan Văn Quý"],
        opts={"date": "meta", "time": "16:20", "thumb": up(N10, "hkpd-be-mac.jpg")},
    ),
    Story(
        384,
        "thong-bao-ve-viec-nop-ho-so-mien-giam-hoc-phi",
        "Thông báo về việc nộp hồ sơ miễn, giảm học phí học kỳ I",
        "4",
        "2026-10-20",
        [
            P(
                "Thực hiện Nghị định số 81/2021/NĐ-CP của Chính phủ và các văn bản hướng dẫn hiện hành, "
                "nhà trường thông báo đến học sinh thuộc diện được miễn, giảm học phí và hỗ trợ chi phí "
                "học tập nộp hồ sơ về Văn phòng nhà trường."
            ),
            P(
                "Hồ sơ gồm: đơn đề nghị theo mẫu, bản sao giấy khai sinh và giấy tờ chứng minh thuộc đối "
                "tượng được hưởng chính sách (sổ hộ nghèo, hộ cận nghèo, giấy xác nhận dân tộc thiểu số "
                "ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn…)."
            ),
            P(
                "Thời hạn nộp hồ sơ: trước ngày 31/10/2026. Mọi chi tiết liên hệ cô Vũ Thị Hằng, kế toán nhà trường."
            ),
        ],
        opts={"date": "dash"},
    ),
    Story(
        381,
        "dai-hoi-doan-truong-thpt-chu-van-an-nhiem-ky-2026-2027",
        "Đại hội Đoàn trường THPT Chu Văn An nhiệm kỳ 2026 - 2027",
        "2",
        "2026-10-18T09:12:00+07:00",
        [
            P(
                "Ngày 17/10/2026, Đoàn trường THPT Chu Văn An tổ chức Đại hội đại biểu lần thứ XXI, "
                "nhiệm kỳ 2026 - 2027 với sự tham dự của 150 đại biểu đại diện cho hơn 1.200 đoàn viên "
                "trong toàn trường."
            ),
            P(
                "Đại hội đã đánh giá kết quả thực hiện nghị quyết nhiệm kỳ 2025 - 2026: 100% chi đoàn "
                "tổ chức sinh hoạt chủ điểm đúng kế hoạch, kết nạp 86 đoàn viên mới, tổ chức thành công "
                "nhiều phong trào như “Tiếp sức mùa thi”, “Ngày Chủ nhật xanh”, “Kế hoạch nhỏ”."
            ),
            Img(up(N10, "dai-hoi-doan-1.jpg"), "Quang cảnh Đại hội", "Quang cảnh Đại hội", "em"),
            P(
                "Phát biểu chỉ đạo, thầy Nguyễn Văn Hải, Bí thư Chi bộ, Hiệu trưởng nhà trường đề nghị "
                "Ban Chấp hành khóa mới tiếp tục đổi mới nội dung, hình thức sinh hoạt, đẩy mạnh chuyển "
                "đổi số trong công tác Đoàn và phong trào thanh niên."
            ),
            P(
                "Đại hội đã bầu Ban Chấp hành Đoàn trường khóa XXI gồm 15 đồng chí; đồng chí Y Thuận "
                "tiếp tục được tín nhiệm bầu giữ chức Bí thư Đoàn trường."
            ),
            Img(
                up(N10, "dai-hoi-doan-2.jpg"),
                "Ban Chấp hành Đoàn trường khóa XXI ra mắt Đại hội",
                "Ban Chấp hành Đoàn trường khóa XXI ra mắt Đại hội",
                "em",
            ),
            Raw(
                '<p style="text-align: right;"><em>Hoàng Thị Mai Linh - Phó Bí thư Đoàn trường</em></p>'
            ),
        ],
        authors=["Hoàng Thị Mai Linh"],
        opts={"date": "meta", "time": "09:12", "thumb": up(N10, "dai-hoi-doan-1.jpg")},
    ),
    Story(
        377,
        "hoc-sinh-thpt-chu-van-an-dat-3-giai-cuoc-thi-khkt-cap-tinh",
        "Học sinh Trường THPT Chu Văn An đạt 3 giải Cuộc thi Khoa học kỹ thuật cấp tỉnh",
        "1",
        "2026-10-11",
        [
            Img(up(N10, "khkt-cap-tinh.jpg"), None, None, "feat"),
            P(
                "Tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học tỉnh Đắk Nông năm học 2026 - "
                "2027 vừa bế mạc, Trường THPT Chu Văn An có 3 dự án đạt giải, trong đó có 1 giải Nhất."
            ),
            P(
                "Dự án “Hệ thống cảnh báo sạt lở đất sử dụng cảm biến độ ẩm và kết nối IoT” của hai em "
                "Trần Minh Khôi và Lê Ngọc Anh Thư, lớp 11A1, đạt giải Nhất lĩnh vực Kỹ thuật cơ khí và "
                "được chọn tham dự vòng chung kết cấp quốc gia."
            ),
            P(
                "Hai dự án “Chế phẩm sinh học xử lý vỏ cà phê làm phân bón hữu cơ” và “Ứng dụng học máy "
                "nhận diện sâu bệnh trên cây hồ tiêu” đạt giải Ba."
            ),
            P(
                "Kết quả này ghi nhận nỗ lực của các em học sinh và sự hướng dẫn tận tình của các thầy "
                "cô giáo, góp phần khẳng định chất lượng giáo dục mũi nhọn của nhà trường."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Đắk Nông</em></p>'),
        ],
        source="Báo Đắk Nông",
        opts={"date": "weekday", "thumb": up(N10, "khkt-cap-tinh.jpg")},
    ),
    Story(
        366,
        "tuyen-truyen-phong-chong-tai-nan-thuong-tich-va-duoi-nuoc",
        "Tuyên truyền phòng, chống tai nạn thương tích và đuối nước cho học sinh",
        "1",
        "2026-09-25",
        [
            P(
                "Nhằm nâng cao nhận thức và kỹ năng phòng tránh tai nạn thương tích, đuối nước cho học "
                "sinh, sáng 25/9/2026, nhà trường phối hợp với Công an phường Nghĩa Đức tổ chức buổi "
                "tuyên truyền dưới cờ cho toàn thể học sinh."
            ),
            P(
                "Báo cáo viên đã cung cấp nhiều thông tin về tình hình tai nạn đuối nước ở trẻ em trên "
                "địa bàn tỉnh, những nguyên nhân thường gặp như tắm sông, hồ, đập thủy lợi không có "
                "người lớn đi kèm."
            ),
            Img(
                up(N09, "phong-chong-duoi-nuoc.jpg"),
                "Học sinh cần được trang bị kỹ năng an toàn khi đi bơi",
                "Học sinh cần được trang bị kỹ năng an toàn khi đi bơi",
                "em",
            ),
            P(
                "Học sinh được hướng dẫn cách sơ cứu người bị đuối nước, cách xử lý khi gặp tình huống "
                "nguy hiểm và số điện thoại khẩn cấp cần ghi nhớ."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Trần Quốc Khánh. Ảnh: Internet</strong></p>'
            ),
        ],
        authors=["Trần Quốc Khánh"],
        opts={"date": "dash", "thumb": up(N09, "phong-chong-duoi-nuoc.jpg")},
    ),
    Story(
        352,
        "le-khai-giang-nam-hoc-2026-2027",
        "Trường THPT Chu Văn An tưng bừng Lễ khai giảng năm học 2026 - 2027",
        "1",
        "2026-09-05T07:30:00+07:00",
        [
            P(
                "Sáng ngày 05/9/2026, cùng với hơn 22 triệu học sinh cả nước, thầy và trò Trường THPT "
                "Chu Văn An long trọng tổ chức Lễ khai giảng năm học 2026 - 2027."
            ),
            P(
                "Năm học 2026 - 2027, nhà trường có 1.254 học sinh với 30 lớp, trong đó khối 10 có 420 "
                "học sinh mới trúng tuyển. Đội ngũ cán bộ, giáo viên, nhân viên gồm 78 người, 100% đạt "
                "chuẩn, trong đó 21 thầy cô có trình độ thạc sĩ."
            ),
            Img(
                up(N09, "khai-giang-1.jpg"),
                "Học sinh khối 10 diễu hành vào lễ đài trong niềm vui ngày đầu đến trường.",
                "Học sinh khối 10 diễu hành vào lễ đài trong niềm vui ngày đầu đến trường.",
                "a",
            ),
            P(
                "Trong năm học vừa qua, tỷ lệ học sinh tốt nghiệp THPT đạt 99,6%; nhà trường có 32 học "
                "sinh đạt giải học sinh giỏi cấp tỉnh, 1 học sinh đạt giải Khuyến khích kỳ thi chọn học "
                "sinh giỏi quốc gia môn Sinh học."
            ),
            P(
                "Thay mặt nhà trường, thầy Hiệu trưởng Nguyễn Văn Hải đọc thư của Chủ tịch nước gửi "
                "ngành giáo dục nhân dịp khai giảng năm học mới và đánh trống khai trường."
            ),
            Img(
                up(N09, "khai-giang-2.jpg"),
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới.",
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới.",
                "a",
            ),
            P(
                "Sau phần lễ là chương trình văn nghệ chào mừng đặc sắc do học sinh các khối lớp biểu "
                "diễn, để lại nhiều cảm xúc trong lòng thầy cô và các em học sinh."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Phạm Thị Lan Anh – Ảnh: Lê Quang Vinh'
                "</strong></p>"
            ),
        ],
        authors=["Phạm Thị Lan Anh"],
        photographers=["Lê Quang Vinh"],
        opts={
            "date": "meta",
            "time": "07:30",
            "poster": "admin",
            "thumb": up(N09, "khai-giang-1.jpg"),
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
SLIDER = [412, 409, 402]
MOST_READ = [412, 405, 390, 377, 381]


def art_path(s: Story) -> str:
    return f"{SC}/tin-tuc/chi-tiet/{s.id}/{s.slug}"


def short_path(s: Story) -> str:
    return f"{SC}/tin-tuc/chi-tiet/{s.id}"


def slider_path(s: Story) -> str:
    return f"{art_path(s)}?from=slider"


def cat_path(key: str, page: int = 1) -> str:
    base = f"{SC}/tin-tuc/danh-muc/{key}"
    return base if page == 1 else f"{base}?trang={page}"


GOLD = [
    gold_record(s, art_path(s), CATEGORIES[s.cat], alt_paths=(short_path(s), slider_path(s)))
    for s in STORIES
]

NON_ARTICLES = [
    f"{SC}/thu-vien-anh/12",
    f"{SC}/thu-vien-anh/15",
    f"{SC}/video/7",
    f"{SC}/gioi-thieu/lich-su-phat-trien",
    f"{SC}/lien-he",
    f"{SC}/tin-tuc/danh-muc/1?trang=2",
]

# --- albums, videos, static pages ---------------------------------------------------------------

ALBUMS = {
    12: (
        "Hội trại truyền thống 26/3/2026",
        "28/03/2026",
        [
            ("Lễ khai mạc hội trại", "hoi-trai-01.jpg"),
            ("Trại của chi đoàn 12A1 đạt giải Nhất trại đẹp", "hoi-trai-02.jpg"),
            ("Phần thi nghi thức Đội của chi đoàn 10A2", "hoi-trai-03.jpg"),
            (
                "Trò chơi lớn “Theo dấu chân Bác” thu hút đông đảo đoàn viên tham gia",
                "hoi-trai-04.jpg",
            ),
            ("Đêm lửa trại", "hoi-trai-05.jpg"),
            ("Ban giám khảo chấm trại", "hoi-trai-06.jpg"),
            ("Các trại sinh chụp ảnh lưu niệm", "hoi-trai-07.jpg"),
            ("Bế mạc, trao giải hội trại", "hoi-trai-08.jpg"),
        ],
    ),
    15: (
        "Lễ tri ân và trưởng thành học sinh khối 12 năm học 2025 - 2026",
        "20/05/2026",
        [
            ("Học sinh khối 12 dâng hương tri ân thầy cô", "tri-an-01.jpg"),
            ("Tiết mục văn nghệ “Tạm biệt mái trường”", "tri-an-02.jpg"),
            ("Thầy Hiệu trưởng phát biểu dặn dò học sinh khối 12", "tri-an-03.jpg"),
            ("Khoảnh khắc tri ân cha mẹ", "tri-an-04.jpg"),
            ("Lưu bút cuối cấp", "tri-an-05.jpg"),
            ("Ảnh lưu niệm lớp 12A1", "tri-an-06.jpg"),
        ],
    ),
}
VIDEOS = {
    7: (
        "Phóng sự: Trường THPT Chu Văn An – 20 năm xây dựng và phát triển",
        "12/09/2026",
        "https://www.youtube.com/embed/aB3dE5fG7hJ",
        "Phóng sự do Đài Phát thanh - Truyền hình tỉnh thực hiện nhân kỷ niệm 20 năm thành lập trường.",
    ),
    5: (
        "Clip tuyển sinh lớp 10 năm học 2026 - 2027",
        "02/05/2026",
        "https://www.youtube.com/embed/kL9mN1pQ3rS",
        "Giới thiệu cơ sở vật chất, hoạt động dạy học và ngoại khóa của nhà trường.",
    ),
}
STATIC = {
    "lich-su-phat-trien": (
        "Lịch sử phát triển",
        [
            "Trường THPT Chu Văn An được thành lập theo Quyết định số 1023/QĐ-UBND ngày 15/8/2006 của "
            "UBND tỉnh Đắk Nông, khi mới thành lập trường có 9 lớp với 412 học sinh và 24 cán bộ, giáo "
            "viên, nhân viên.",
            "Trải qua 20 năm xây dựng và phát triển, đến nay nhà trường có 30 lớp với hơn 1.250 học "
            "sinh; cơ sở vật chất ngày càng khang trang, hiện đại. Năm 2019, trường được công nhận đạt "
            "chuẩn quốc gia mức độ 1.",
            "Nhà trường vinh dự được Chủ tịch UBND tỉnh tặng Cờ thi đua năm học 2018 - 2019 và năm học "
            "2023 - 2024; Bộ trưởng Bộ GD&ĐT tặng Bằng khen năm 2021.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Hiệu trưởng: Thầy Nguyễn Văn Hải.",
            "Phó Hiệu trưởng: Cô Đặng Thị Thanh Tâm, Thầy Võ Đình Phúc.",
            "Nhà trường có 6 tổ chuyên môn: Toán - Tin; Ngữ văn; Ngoại ngữ; Lý - Hóa; Sinh - Công nghệ; "
            "Sử - Địa - GDKT&PL; và tổ Văn phòng.",
        ],
    ),
}

# --- rendering ----------------------------------------------------------------------------------


def day_of(iso: str) -> _dt.date:
    return _dt.date.fromisoformat(iso[:10])


def dmy(iso: str, sep: str = "/") -> str:
    return day_of(iso).strftime(f"%d{sep}%m{sep}%Y")


def date_line(s: Story) -> str:
    kind = s.opts["date"]
    if kind == "meta":
        line = f'<span class="ngay-dang">Ngày đăng: {s.opts["time"]} - {dmy(s.published_at)}</span>'
        if s.opts.get("poster"):
            line += f' <span class="nguoi-dang">| Người đăng: {esc(s.opts["poster"])}</span>'
        return line
    if kind == "dash":
        return f'<span class="ngay-dang"><i class="fa fa-calendar"></i> {dmy(s.published_at, "-")}</span>'
    wd = WEEKDAYS[day_of(s.published_at).weekday()]
    return f'<span class="ngay-dang">{wd} - {dmy(s.published_at)}</span>'


def img_tag(src: str, alt: str = "") -> str:
    return f'<img alt="{esc(alt)}" src="{src}" style="width: 600px; height: 400px;" />'


def render_blocks(s: Story) -> str:
    out: list[str] = []
    blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style == "feat")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            cap = text(b.printed or "")
            if b.style == "a":
                out.append(f'<p style="text-align: center;">{img_tag(b.src)}</p>')
                out.append(f'<p style="text-align: center;">{cap}</p>')
            elif b.style == "b":
                out.append(
                    f'<p style="text-align: center;">{img_tag(b.src)}<br />\n<em>{cap}</em></p>'
                )
            elif b.style == "c":
                out.append(f'<p style="text-align: center;"><strong>{cap}</strong></p>')
                out.append(f'<p style="text-align: center;">{img_tag(b.src)}</p>')
            elif b.style == "fig":
                out.append(
                    f'<figure class="image" style="display:inline-block">{img_tag(b.src, b.printed or "")}'
                    f"<figcaption>{cap}</figcaption></figure>"
                )
            else:  # "em"
                out.append(f'<p style="text-align: center;">{img_tag(b.src)}</p>')
                out.append(f'<p style="text-align: center;"><em>{cap}</em></p>')
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                row = blocks[i]
                tag = "th" if row.style == "th" else "td"
                cells = "".join(f"<{tag}>{text(c)}</{tag}>" for c in row.text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="5" cellspacing="0" style="width:100%">\n<tbody>\n'
                + "\n".join(rows)
                + "\n</tbody>\n</table>"
            )
            continue
        elif b.style == "h3":
            out.append(f"<h3>{text(b.text)}</h3>")
        elif b.style == "strong":
            out.append(f"<p><strong>{text(b.text)}</strong></p>")
        else:
            out.append(f'<p style="text-align: justify;">{text(b.text)}</p>')
        i += 1
    return "\n".join(out)


def newest(cat_keys: tuple[str, ...] | None = None) -> list[Story]:
    items = [s for s in STORIES if cat_keys is None or s.cat in cat_keys]
    return sorted(items, key=lambda s: s.published_at, reverse=True)


def in_listing(key: str) -> list[Story]:
    keys = (key, *[child for child, parent in PARENT.items() if parent == key])
    return newest(keys)


def sidebar() -> str:
    notices = "".join(
        f'<li><a href="{short_path(s)}">{esc(s.title)}</a> <span class="ngay">({dmy(s.published_at)})</span></li>'
        for s in newest(("4",))[:5]
    )
    most = "".join(
        f'<li><a href="{art_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    albums = "".join(
        f'<div class="anh-slide"><a href="{SC}/thu-vien-anh/{aid}"><img src="/uploads/thptcva-dn/album/'
        f'{aid}/thumb_{photos[0][1]}" alt="{esc(title)}"></a><span>{esc(title)}</span></div>'
        for aid, (title, _, photos) in ALBUMS.items()
    )
    return f"""<div class="cot-phai">
<div class="hop-thong-bao"><div class="tieu-de-hop">Thông báo</div>
<marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()"><ul>{notices}</ul></marquee></div>
<div class="hop-widget xem-nhieu"><div class="tieu-de-hop">Tin xem nhiều</div><ul>{most}</ul></div>
<div class="hop-widget video-noi-bat"><div class="tieu-de-hop">Video nổi bật</div>
<iframe width="100%" height="200" src="{VIDEOS[7][2]}" frameborder="0" allowfullscreen></iframe>
<a class="xem-them" href="{SC}/video">Xem thêm video »</a></div>
<div class="hop-widget anh-hoat-dong"><div class="tieu-de-hop">Ảnh hoạt động</div>
<div class="slider-album">{albums}</div><a class="xem-them" href="{SC}/thu-vien-anh">Xem thêm »</a></div>
<div class="hop-widget lien-ket"><div class="tieu-de-hop">Liên kết website</div>
<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://sgddt.daknong.gov.vn">Sở GD&amp;ĐT Đắk Nông</option></select></div>
<div class="hop-widget tham-do"><div class="tieu-de-hop">Thăm dò ý kiến</div>
<form action="#" onsubmit="return false"><p>Bạn thấy website của trường thế nào?</p>
<label><input type="radio" name="y" value="1"> Rất hữu ích</label><br>
<label><input type="radio" name="y" value="2"> Bình thường</label><br>
<label><input type="radio" name="y" value="3"> Cần cải thiện</label><br>
<button type="button">Bình chọn</button> <button type="button">Xem kết quả</button></form></div>
<div class="hop-widget bo-dem"><div class="tieu-de-hop">Thống kê truy cập</div>
<p>Online: 8 – Tổng truy cập: 356.221</p></div>
</div>"""


def layout(title: str, main: str, og_url: str = "", og_type: str = "website") -> str:
    sub = "".join(f'<li><a href="{cat_path(k)}">{esc(CATEGORIES[k])}</a></li>' for k in ("2", "3"))
    menu = f"""<ul class="menu-chinh">
<li><a href="{SC}/">Trang chủ</a></li>
<li><a href="{SC}/gioi-thieu/lich-su-phat-trien">Giới thiệu</a><ul>
<li><a href="{SC}/gioi-thieu/lich-su-phat-trien">Lịch sử phát triển</a></li>
<li><a href="{SC}/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li></ul></li>
<li><a href="{cat_path("1")}">Tin tức - Sự kiện</a><ul>{sub}</ul></li>
<li><a href="{cat_path("4")}">Thông báo</a></li>
<li><a href="{SC}/thu-vien-anh">Thư viện ảnh</a></li>
<li><a href="{SC}/video">Video</a></li>
<li><a href="{SC}/lien-he">Liên hệ</a></li>
</ul>"""
    og = f'<meta property="og:url" content="{esc(og_url)}">' if og_url else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="{og_type}">{og}
<link rel="stylesheet" href="/themes/truonghoc2020/css/style.css">
<link rel="stylesheet" href="/themes/truonghoc2020/css/font-awesome.min.css">
<link rel="shortcut icon" href="/uploads/thptcva-dn/logo/favicon.ico">
</head><body>
<div class="thanh-nha-cung-cap"><div class="khung">Hệ thống website trường học – {VENDOR}
<span class="dang-nhap"><a href="{SC}/quan-tri/dang-nhap" rel="nofollow">Đăng nhập</a></span></div></div>
<div class="dau-trang"><div class="khung">
<a href="{SC}/" class="logo"><img src="/uploads/thptcva-dn/logo/logo.png" alt="Logo"></a>
<div class="ten-truong"><div class="so-gd">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐẮK NÔNG</div>
<div class="ten">TRƯỜNG THPT CHU VĂN AN</div></div>
<div class="ngay-hom-nay">{TODAY}</div></div></div>
<div class="thanh-menu"><div class="khung">{menu}
<form class="tim-kiem" action="{SC}/tim-kiem" method="get"><input type="text" name="tu-khoa" placeholder="Tìm kiếm...">
<button type="submit"><i class="fa fa-search"></i></button></form></div></div>
<div class="than-trang khung"><div class="cot-trai">
{main}
</div>
{sidebar()}
</div>
<div class="chan-trang"><div class="khung">
<p><strong>{SCHOOL.upper()}</strong></p>
<p>Địa chỉ: Đường Trần Hưng Đạo, phường Nghĩa Đức, TP. Gia Nghĩa, {PROVINCE}</p>
<p>Điện thoại: 0261.3544.826 – Email: thptchuvanan.dn@gmail.com</p>
<p class="ban-quyen">© 2020 {SCHOOL}. Thiết kế và vận hành bởi {VENDOR}.</p>
</div></div>
<script src="/themes/truonghoc2020/js/jquery.min.js"></script>
<script src="/themes/truonghoc2020/js/main.js"></script>
</body></html>"""


def breadcrumb(key: str) -> str:
    parts = [f'<a href="{SC}/">Trang chủ</a>']
    if key in PARENT:
        parts.append(f'<a href="{cat_path(PARENT[key])}">{esc(CATEGORIES[PARENT[key]])}</a>')
    parts.append(f'<a href="{cat_path(key)}">{esc(CATEGORIES[key])}</a>')
    return '<div class="duong-dan">' + " » ".join(parts) + "</div>"


def article_page(request: Request, s: Story) -> Response:
    feat = next((b for b in s.blocks if isinstance(b, Img) and b.style == "feat"), None)
    feat_html = (
        f'<div class="anh-dai-dien"><img src="{feat.src}" alt="{esc(s.title)}"></div>'
        if feat
        else ""
    )
    sapo = (
        f'<div class="tom-tat"><strong>{text(s.summary)}</strong></div>' if s.sapo_outside else ""
    )
    related = [r for r in newest((s.cat,)) if r.id != s.id][:3]
    rel = "".join(
        f'<li><a href="{art_path(r)}"><img src="{r.opts.get("thumb", "/themes/truonghoc2020/img/no-image.png")}" '
        f'class="anh-nho"></a><a href="{art_path(r)}" class="tieu-de">{esc(r.title)}</a> '
        f'<span class="ngay">({dmy(r.published_at)})</span></li>'
        for r in related
    )
    shown = f"http://{request.headers.get('Host', '127.0.0.1')}{request.target}"
    main = f"""{breadcrumb(s.cat)}
<div class="khung-chi-tiet">
{feat_html}
<h1 class="tieu-de-chi-tiet">{esc(s.title)}</h1>
<div class="thong-tin-bai">{date_line(s)}</div>
{sapo}
<div class="noi-dung-chi-tiet">
{render_blocks(s)}
</div>
<div class="luot-xem">Lượt xem: {s.views()}</div>
<div class="mang-xa-hoi">
<a class="fb-share" href="https://www.facebook.com/sharer/sharer.php?u={esc(shown)}" target="_blank">Chia sẻ Facebook</a>
<a class="zalo-share" href="https://sp.zalo.me/share_inline?url={esc(shown)}" target="_blank">Zalo</a>
<a class="in-bai" href="javascript:window.print();">In bài</a>
<a class="gui-email" href="mailto:?subject={esc(s.title)}">Gửi email</a>
</div>
<div class="tin-cung-chuyen-muc"><h3>Bài viết cùng chuyên mục</h3><ul>{rel}</ul></div>
</div>"""
    return html(layout(f"{s.title} - {SCHOOL}", main, shown, "article"))


def list_item(s: Story) -> str:
    thumb = s.opts.get("thumb", "/themes/truonghoc2020/img/no-image.png")
    first = next((b.text for b in s.blocks if isinstance(b, P)), "")
    teaser = first if len(first) < 180 else first[:177].rsplit(" ", 1)[0] + "..."
    return f"""<div class="tin-item">
<a href="{art_path(s)}" class="anh-tin"><img src="{thumb}" alt=""></a>
<h3 class="tieu-de-tin"><a href="{art_path(s)}">{esc(s.title)}</a></h3>
<div class="ngay-tin">{dmy(s.published_at)}</div>
<p class="mo-ta">{esc(teaser)}</p></div>"""


def listing_page(request: Request, key: str) -> Response | None:
    raw = request.params.get("trang", "1")
    if not raw.isdigit():
        return None
    page = int(raw)
    items = in_listing(key)
    pages = max(1, -(-len(items) // PER_PAGE))
    if not 1 <= page <= pages:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    pager = []
    if page > 1:
        pager.append(f'<a href="{cat_path(key, page - 1)}">« Trang trước</a>')
    for n in range(1, pages + 1):
        if n == page:
            pager.append(f'<span class="hien-tai">{n}</span>')
        else:
            pager.append(f'<a href="{SC}/tin-tuc/danh-muc/{key}?trang={n}">{n}</a>')
    if page < pages:
        pager.append(f'<a href="{cat_path(key, page + 1)}">Trang sau »</a>')
    main = f"""{breadcrumb(key)}
<div class="khung-danh-muc"><h2 class="ten-danh-muc">{esc(CATEGORIES[key])}</h2>
{"".join(list_item(s) for s in chunk)}
<div class="phan-trang">{" ".join(pager) if pages > 1 else ""}</div></div>"""
    return html(layout(f"{CATEGORIES[key]} - {SCHOOL}", main))


def home(request: Request) -> Response:
    slides = "".join(
        f'<div class="slide"><a href="{slider_path(BY_ID[i])}"><img src="{BY_ID[i].opts["thumb"]}" alt=""></a>'
        f'<div class="chu-thich-slide"><a href="{slider_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></div></div>'
        for i in SLIDER
    )
    latest = "".join(list_item(s) for s in newest(("1", "2", "3"))[:6])
    main = f"""<div class="tin-noi-bat"><div class="tieu-de-khoi">Tin nổi bật</div>
<div class="slider-tin">{slides}</div></div>
<div class="tin-moi"><div class="tieu-de-khoi">Tin mới</div>{latest}
<a class="xem-them" href="{cat_path("1")}">Xem tất cả »</a></div>"""
    return html(layout(f"{SCHOOL} - {PROVINCE}", main))


def album_page(aid: int) -> Response:
    title, day, photos = ALBUMS[aid]
    items = "".join(
        f'<li><a href="/uploads/thptcva-dn/album/{aid}/{f}" class="fancybox" rel="album{aid}" title="{esc(c)}">'
        f'<img src="/uploads/thptcva-dn/album/{aid}/thumb_{f}" alt="{esc(c)}"></a>'
        f'<p class="chu-thich-anh">{esc(c)}</p></li>'
        for c, f in photos
    )
    main = f"""<div class="duong-dan"><a href="{SC}/">Trang chủ</a> » <a href="{SC}/thu-vien-anh">Thư viện ảnh</a></div>
<div class="khung-album"><h1 class="tieu-de-album">{esc(title)}</h1>
<div class="thong-tin-album">Ngày tạo: {day} | {len(photos)} ảnh</div>
<ul class="danh-sach-anh">{items}</ul></div>"""
    return html(layout(f"{title} - Thư viện ảnh", main))


def album_index() -> Response:
    items = "".join(
        f'<div class="album-item"><a href="{SC}/thu-vien-anh/{aid}"><img src="/uploads/thptcva-dn/album/{aid}/'
        f'thumb_{photos[0][1]}" alt=""></a><a href="{SC}/thu-vien-anh/{aid}">{esc(t)}</a> ({len(photos)} ảnh)</div>'
        for aid, (t, _, photos) in ALBUMS.items()
    )
    main = f'<div class="khung-album"><h2 class="ten-danh-muc">Thư viện ảnh</h2>{items}</div>'
    return html(layout(f"Thư viện ảnh - {SCHOOL}", main))


def video_page(vid: int) -> Response:
    title, day, src, desc = VIDEOS[vid]
    others = "".join(
        f'<li><a href="{SC}/video/{k}">{esc(v[0])}</a></li>' for k, v in VIDEOS.items() if k != vid
    )
    main = f"""<div class="duong-dan"><a href="{SC}/">Trang chủ</a> » <a href="{SC}/video">Video</a></div>
<div class="khung-video"><h1 class="tieu-de-video">{esc(title)}</h1>
<div class="thong-tin-video">Ngày đăng: {day}</div>
<iframe width="640" height="360" src="{src}" frameborder="0" allowfullscreen></iframe>
<p class="mo-ta-video">{esc(desc)}</p>
<div class="video-khac"><h3>Video khác</h3><ul>{others}</ul></div></div>"""
    return html(layout(f"{title} - Video", main))


def video_index() -> Response:
    items = "".join(
        f'<div class="video-item"><a href="{SC}/video/{k}">{esc(v[0])}</a> <span>({v[1]})</span></div>'
        for k, v in VIDEOS.items()
    )
    return html(layout(f"Video - {SCHOOL}", f'<h2 class="ten-danh-muc">Video</h2>{items}'))


def static_page(slug: str) -> Response:
    title, paras = STATIC[slug]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = f"""<div class="duong-dan"><a href="{SC}/">Trang chủ</a> » Giới thiệu</div>
<div class="khung-trang-tinh"><h1 class="tieu-de-trang">{esc(title)}</h1>
<div class="noi-dung-trang">{body}</div></div>"""
    return html(layout(f"{title} - {SCHOOL}", main))


def contact_page() -> Response:
    main = f"""<div class="khung-trang-tinh"><h1 class="tieu-de-trang">Liên hệ</h1>
<p><strong>{SCHOOL}</strong></p><p>Địa chỉ: Đường Trần Hưng Đạo, phường Nghĩa Đức, TP. Gia Nghĩa, {PROVINCE}</p>
<p>Điện thoại: 0261.3544.826</p>
<form method="post" action="{SC}/lien-he"><input name="ho-ten" placeholder="Họ và tên">
<input name="email" placeholder="Email"><textarea name="noi-dung"></textarea>
<button type="submit">Gửi liên hệ</button></form></div>"""
    return html(layout(f"Liên hệ - {SCHOOL}", main))


DOCX = b"PK\x03\x04" + b"\x00" * 60


def not_found() -> Response:
    main = '<div class="khung-trang-tinh"><h1 class="tieu-de-trang">Trang không tồn tại</h1></div>'
    return html(layout(f"Không tìm thấy - {SCHOOL}", main), status=404)


class SchoolSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.endswith(".docx"):
            if path == "/uploads/thptcva-dn/files/Thong-bao-so-25.docx":
                ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                return Response(200, DOCX, {"Content-Type": ctype})
            return None
        if path.startswith(("/uploads/", "/themes/")):
            return static_file(path)
        if path in ("/", SC):
            return redirect(f"{SC}/", 302)
        if path == f"{SC}/":
            return home(request) if not request.query else None
        if m := re.fullmatch(rf"{SC}/tin-tuc/chi-tiet/(\d+)(?:/([a-z0-9-]+))?", path):
            story = BY_ID.get(int(m.group(1)))
            if story is None:
                return not_found()
            return article_page(request, story)
        if m := re.fullmatch(rf"{SC}/tin-tuc/danh-muc/(\d+)", path):
            if m.group(1) not in CATEGORIES:
                return not_found()
            return listing_page(request, m.group(1)) or not_found()
        if path == f"{SC}/thu-vien-anh":
            return album_index()
        if (m := re.fullmatch(rf"{SC}/thu-vien-anh/(\d+)", path)) and int(m.group(1)) in ALBUMS:
            return album_page(int(m.group(1)))
        if path == f"{SC}/video":
            return video_index()
        if (m := re.fullmatch(rf"{SC}/video/(\d+)", path)) and int(m.group(1)) in VIDEOS:
            return video_page(int(m.group(1)))
        if (m := re.fullmatch(rf"{SC}/gioi-thieu/([a-z0-9-]+)", path)) and m.group(1) in STATIC:
            return static_page(m.group(1))
        if path == f"{SC}/lien-he":
            return contact_page()
        return not_found()


def build_site() -> SchoolSite:
    return SchoolSite()
