"""Fixture portal: a high school's own CMS built on Laravel (Bootstrap 5 theme, JSON listings).

Why: newer school sites are custom Laravel apps made by small local agencies. Their category
pages are an empty container that a script fills from a JSON endpoint, so a crawler that only
follows ``<a href>`` sees no article on them; the site makes up for it with a sitemap and a feed.

What it prints: a header clock, a search box (``/tim-kiem?q=``, server-rendered results), a navbar;
a home page whose carousel shows the three newest news posts and whose "Thông báo" box shows the
three newest notices; category pages ``/danh-muc/<slug>`` and tag pages ``/tag/<slug>`` holding
only ``<div id="post-list">`` and a script: the "Xem thêm" button fetches ``/api/posts?category=
<slug>&page=N`` (a Laravel ``LengthAwarePaginator`` as JSON: ``data``, ``next_page_url``, ``links``
…, slashes and non-ASCII escaped the way PHP's ``json_encode`` does; pages past the last answer
``data: []``), four posts a page. Posts live at ``/tin-tuc/<slug>-<id>`` (a wrong slug or a
trailing slash answers 301 to the real address); two posts migrated from the school's old site
live at ``/bai-viet/<slug>``, show a date without a time, carry ``article:published_time`` at
midnight local time written in UTC (the previous day), and keep the old editor's character
references. Every post page has ``rel=canonical``, the date and views line, the excerpt as a
lead paragraph when the post has one, CKEditor 5 content (``figure.image`` + ``figcaption``,
``figure.table``), attachments ("Tệp đính kèm"), tags, share buttons and a dated "Tin liên quan"
list of the four newest other posts of its category; the sidebar lists the five newest posts.
``/feed`` (RSS 2.0 in spatie/laravel-feed's shape, announced in ``<head>``) carries the six
newest posts; ``/sitemap.xml`` (announced in robots.txt) is an index of two sitemaps that list
every post. The two migrated posts are reachable only through the sitemap (or the JSON and the
search form): no page links them and they are too old for the feed. Static pages, a contact
form and the admin login complete it; unknown paths get Laravel's 404 page.
Gold follows shared/real-pages/SOURCES.md; a table's rows are body paragraphs, cells joined by
" | ".
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    PDF,
    TODAY,
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

NAME = "laravel_school"
PLATFORM = "laravel"
START_PATH = "/"

SITE = "Trường THPT Hoàng Hoa Thám"
ADDRESS = "Số 45 đường Hà Huy Tập, phường Thanh Khê, thành phố Đà Nẵng"
PHONE = "0236 3 714 562"
EMAIL = "thpthoanghoatham@danang.edu.vn"
PER_PAGE = 4
FEED_SIZE = 6
RELATED = 4
_LOCAL = timezone(timedelta(hours=7))
CSRF = opaque("laravel-csrf", 30)

CATS: dict[str, tuple[int, str]] = {
    "tin-tuc-su-kien": (1, "Tin tức - Sự kiện"),
    "thong-bao": (2, "Thông báo"),
}
TAGS: dict[str, str] = {
    "khoa-hoc-ky-thuat": "Khoa học kỹ thuật",
    "huong-nghiep": "Hướng nghiệp",
    "doan-thanh-nien": "Đoàn thanh niên",
    "hoc-bong": "Học bổng",
    "thoi-khoa-bieu": "Thời khóa biểu",
    "kiem-tra-danh-gia": "Kiểm tra đánh giá",
}
_PH = "/storage/photos/2026"


# opts: at (local publication time as stored), migrated (lives at /bai-viet/<slug>, shows the date
# only, old editor markup with character references), tags, attach (href, name, size),
# updated (sitemap lastmod, UTC), featured image for cards is the first image.
STORIES: list[Story] = [
    Story(
        id=344,
        slug="thong-bao-tam-hoan-buoi-ngoai-khoa-ngay-24-11-2026",
        title="Thông báo tạm hoãn buổi ngoại khóa ngày 24/11/2026",
        cat="thong-bao",
        published_at="2026-11-23T07:30:00+07:00",
        blocks=[
            P(
                "Do ảnh hưởng của đợt mưa lớn kéo dài, theo chỉ đạo của Sở Giáo dục và Đào tạo thành"
                " phố, nhà trường tạm hoãn buổi ngoại khóa dự kiến tổ chức ngày 24/11/2026 (thứ Ba)."
            ),
            P(
                "Học sinh học tập bình thường theo thời khóa biểu. Thời gian tổ chức lại buổi ngoại khóa"
                " sẽ được thông báo sau."
            ),
            P("Đề nghị giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh của lớp mình."),
        ],
        opts={"at": "2026-11-23 07:30", "tags": []},
    ),
    Story(
        id=342,
        slug="hoc-sinh-truong-thpt-hoang-hoa-tham-gianh-giai-nhat-cuoc-thi-khoa-hoc-ky-thuat-cap-thanh-pho",
        title=(
            "Học sinh Trường THPT Hoàng Hoa Thám giành giải Nhất Cuộc thi Khoa học kỹ thuật cấp thành"
            " phố"
        ),
        cat="tin-tuc-su-kien",
        published_at="2026-11-21T15:30:00+07:00",
        summary=(
            "Dự án “Hệ thống cảnh báo sớm ngập lụt cho khu dân cư” của hai em Nguyễn Hoàng Minh Khôi"
            " và Trần Bảo Ngọc (lớp 11A2) vừa đoạt giải Nhất Cuộc thi Khoa học kỹ thuật dành cho học"
            " sinh trung học thành phố Đà Nẵng năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Cuộc thi do Sở Giáo dục và Đào tạo tổ chức từ ngày 17 đến 19/11/2026, thu hút 186 dự"
                " án của học sinh các trường trung học trên địa bàn thành phố, thuộc 22 lĩnh vực như: kỹ"
                " thuật cơ khí, hệ thống nhúng, khoa học môi trường, khoa học xã hội và hành vi."
            ),
            Img(
                f"{_PH}/11/kkt-giai-nhat-1.jpg",
                "Hai em Minh Khôi và Bảo Ngọc trình bày dự án trước Ban Giám khảo",
                "Hai em Minh Khôi và Bảo Ngọc trình bày dự án trước Ban Giám khảo",
                "figure",
            ),
            P(
                "Dự án của hai em sử dụng cảm biến siêu âm đo mực nước, kết hợp vi điều khiển và mô-đun"
                " truyền dữ liệu để gửi cảnh báo qua ứng dụng điện thoại khi mực nước vượt ngưỡng an"
                " toàn. Thiết bị có chi phí thấp, dễ lắp đặt tại các tuyến đường, khu dân cư thường"
                " xuyên bị ngập khi mưa lớn."
            ),
            P(
                "Theo thầy Lê Văn Phúc, giáo viên Vật lí hướng dẫn dự án, ý tưởng xuất phát từ chính trải"
                " nghiệm của các em trong đợt mưa lũ cuối năm 2025. Nhóm đã mất gần 6 tháng để thiết kế,"
                " thử nghiệm và hoàn thiện sản phẩm."
            ),
            Img(
                f"{_PH}/11/kkt-giai-nhat-2.jpg",
                "Thầy Hiệu trưởng Nguyễn Đình Toàn chúc mừng nhóm tác giả đạt giải",
                "Thầy Hiệu trưởng Nguyễn Đình Toàn chúc mừng nhóm tác giả đạt giải",
                "figure",
            ),
            P(
                "Với kết quả này, dự án được chọn tham dự Cuộc thi Khoa học kỹ thuật cấp quốc gia dành"
                " cho học sinh trung học năm 2027."
            ),
            Raw('<p style="text-align:right;"><strong>Tin, ảnh: Võ Thị Thanh Hà</strong></p>'),
        ],
        authors=["Võ Thị Thanh Hà"],
        photographers=["Võ Thị Thanh Hà"],
        opts={"at": "2026-11-21 15:30", "tags": ["khoa-hoc-ky-thuat"]},
    ),
    Story(
        id=339,
        slug="thoi-khoa-bieu-hoc-buoi-chieu-khoi-12-ap-dung-tu-ngay-23-11-2026",
        title="Thời khóa biểu học buổi chiều khối 12 (áp dụng từ ngày 23/11/2026)",
        cat="thong-bao",
        published_at="2026-11-18T14:05:00+07:00",
        # the table: one paragraph per row, cells joined by " | " (header row included)
        blocks=[
            P("Nhà trường thông báo thời khóa biểu học buổi chiều của các lớp khối 12 như sau:"),
            P("Buổi chiều | Thứ Hai | Thứ Ba | Thứ Tư | Thứ Năm | Thứ Sáu", "th"),
            P("Tiết 1 (13h30 - 14h15) | Toán | Ngữ văn | Tiếng Anh | Toán | Vật lí", "tr"),
            P("Tiết 2 (14h20 - 15h05) | Toán | Ngữ văn | Tiếng Anh | Hóa học | Vật lí", "tr"),
            P("Tiết 3 (15h15 - 16h00) | Tiếng Anh | Lịch sử | Toán | Hóa học | Ngữ văn", "tr"),
            P(
                "Giáo viên chủ nhiệm các lớp 12 phổ biến thời khóa biểu đến học sinh; học sinh có mặt"
                " trước giờ học 10 phút."
            ),
        ],
        opts={"at": "2026-11-18 14:05", "tags": ["thoi-khoa-bieu"]},
    ),
    Story(
        id=337,
        slug="ngay-hoi-huong-nghiep-chon-nghe-chon-tuong-lai-nam-2026",
        title="Ngày hội hướng nghiệp “Chọn nghề - Chọn tương lai” năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-11-16T09:20:00+07:00",
        blocks=[
            P(
                "Sáng 14/11/2026, Trường THPT Hoàng Hoa Thám phối hợp với 12 trường đại học, cao đẳng"
                " trên địa bàn thành phố tổ chức Ngày hội hướng nghiệp “Chọn nghề - Chọn tương lai” cho"
                " hơn 600 học sinh khối 12."
            ),
            P(
                "Tại các gian tư vấn, học sinh được giới thiệu về ngành nghề đào tạo, phương thức xét"
                " tuyển năm 2027, học phí và cơ hội việc làm sau khi tốt nghiệp. Nhiều em quan tâm đến"
                " các ngành công nghệ thông tin, logistics, du lịch - khách sạn và điều dưỡng."
            ),
            Img(
                f"{_PH}/11/ngay-hoi-huong-nghiep-2026.jpg",
                "Học sinh khối 12 tìm hiểu thông tin tại gian tư vấn của các trường đại học - Ảnh: Minh Quân",
                "Học sinh khối 12 tìm hiểu thông tin tại gian tư vấn của các trường đại học - Ảnh: Minh Quân",
                "figure",
            ),
            P(
                "Phần giao lưu trực tiếp với chuyên gia tâm lý giúp các em hiểu rõ hơn về năng lực, sở"
                " thích của bản thân để lựa chọn ngành học phù hợp, tránh chọn ngành theo cảm tính hoặc"
                " theo số đông."
            ),
        ],
        photographers=["Minh Quân"],
        opts={"at": "2026-11-16 09:20", "tags": ["huong-nghiep"]},
    ),
    Story(
        id=333,
        slug="ke-hoach-kiem-tra-cuoi-ky-i-nam-hoc-2026-2027",
        title="Kế hoạch kiểm tra cuối kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-09T10:00:00+07:00",
        blocks=[
            P(
                "Nhà trường gửi Kế hoạch kiểm tra cuối kỳ I năm học 2026 - 2027, đề nghị giáo viên và"
                " học sinh xem chi tiết trong tệp đính kèm."
            ),
        ],
        opts={
            "at": "2026-11-09 10:00",
            "tags": ["kiem-tra-danh-gia"],
            "attach": ("/storage/files/2026/11/ke-hoach-kiem-tra-cuoi-ky-i-2026-2027.pdf", "ke-hoach-kiem-tra-cuoi-ky-i-2026-2027.pdf", "248 KB"),
        },
    ),
    Story(
        id=331,
        slug="hinh-anh-buoi-ngoai-khoa-em-yeu-bien-dao-que-huong",
        title="Hình ảnh buổi ngoại khóa “Em yêu biển đảo quê hương”",
        cat="tin-tuc-su-kien",
        published_at="2026-11-06T16:45:00+07:00",
        blocks=[
            P(
                "Một số hình ảnh trong buổi ngoại khóa tìm hiểu về chủ quyền biển, đảo Việt Nam của học"
                " sinh khối 10 sáng ngày 05/11/2026."
            ),
            Img(f"{_PH}/11/ngoai-khoa-bien-dao-01.jpg", None, None, "figure"),
            Img(f"{_PH}/11/ngoai-khoa-bien-dao-02.jpg", None, None, "figure"),
            Img(f"{_PH}/11/ngoai-khoa-bien-dao-03.jpg", None, None, "figure"),
            Img(f"{_PH}/11/ngoai-khoa-bien-dao-04.jpg", None, None, "figure"),
            Img(f"{_PH}/11/ngoai-khoa-bien-dao-05.jpg", None, None, "figure"),
        ],
        opts={"at": "2026-11-06 16:45", "tags": ["doan-thanh-nien"]},
    ),
    Story(
        id=326,
        slug="doan-truong-ra-quan-ngay-chu-nhat-xanh-lan-thu-3-nam-2026",
        title="Đoàn trường ra quân “Ngày Chủ nhật xanh” lần thứ 3 năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-28T10:10:00+07:00",
        blocks=[
            P(
                "Sáng Chủ nhật 25/10/2026, Đoàn trường THPT Hoàng Hoa Thám tổ chức ra quân “Ngày Chủ nhật"
                " xanh” lần thứ 3 năm 2026 với sự tham gia của hơn 200 đoàn viên, thanh niên."
            ),
            P(
                "Các chi đoàn đã dọn vệ sinh, nhặt rác thải nhựa dọc tuyến đường Hà Huy Tập và khu vực"
                " công viên 29 Tháng 3; trồng mới 30 cây xanh và sơn lại hàng rào khu vực cổng trường."
            ),
            Img(
                f"{_PH}/10/chu-nhat-xanh-lan-3.jpg",
                "Đoàn viên chi đoàn 11A5 thu gom rác thải nhựa tại công viên 29 Tháng 3",
                "Đoàn viên chi đoàn 11A5 thu gom rác thải nhựa tại công viên 29 Tháng 3",
                "figure",
            ),
            P(
                "Hoạt động nhằm nâng cao ý thức bảo vệ môi trường, góp phần xây dựng cảnh quan trường học"
                " xanh - sạch - đẹp."
            ),
        ],
        opts={"at": "2026-10-28 10:10", "tags": ["doan-thanh-nien"]},
    ),
    Story(
        id=322,
        slug="thong-bao-nhan-ho-so-xet-hoc-bong-nang-buoc-em-den-truong-nam-2026",
        title="Thông báo nhận hồ sơ xét học bổng “Nâng bước em đến trường” năm 2026",
        cat="thong-bao",
        published_at="2026-10-20T15:15:00+07:00",
        blocks=[
            P(
                "Nhà trường thông báo nhận hồ sơ xét học bổng “Nâng bước em đến trường” năm 2026 do Quỹ"
                " Bảo trợ trẻ em thành phố tài trợ."
            ),
            P("Hồ sơ gồm:"),
            P("Đơn xin học bổng có xác nhận của giáo viên chủ nhiệm;", "li"),
            P(
                "Giấy xác nhận hộ nghèo, hộ cận nghèo hoặc hoàn cảnh khó khăn của UBND phường, xã nơi cư"
                " trú;",
                "li",
            ),
            P("Bản sao học bạ năm học 2025 - 2026.", "li"),
            P("Học sinh nộp hồ sơ tại phòng Đoàn trường trước ngày 31/10/2026."),
        ],
        opts={"at": "2026-10-20 15:15", "tags": ["hoc-bong"]},
    ),
    Story(
        id=318,
        slug="trao-25-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-co-hoan-canh-kho-khan",
        title="Trao 25 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn",
        cat="tin-tuc-su-kien",
        published_at="2026-10-12T08:00:00+07:00",
        blocks=[
            P(
                "Ngày 10/10/2026, Trường THPT Hoàng Hoa Thám phối hợp với Hội Khuyến học thành phố trao"
                " 25 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn, vượt khó"
                " học tốt."
            ),
            P(
                "Mỗi suất học bổng trị giá 3 triệu đồng cùng bộ sách giáo khoa và đồ dùng học tập. Tổng"
                " kinh phí hơn 90 triệu đồng do các nhà hảo tâm, cựu học sinh và doanh nghiệp trên địa"
                " bàn tài trợ."
            ),
            Img(
                f"{_PH}/10/trao-hoc-bong-tiep-suc-den-truong.jpg",
                "Đại diện nhà tài trợ trao học bổng cho học sinh",
                "Đại diện nhà tài trợ trao học bổng cho học sinh",
                "figure",
            ),
            P(
                "Phát biểu tại buổi lễ, đại diện nhà trường cảm ơn các nhà tài trợ và mong các em tiếp"
                " tục nỗ lực, vươn lên trong học tập."
            ),
            Raw('<p style="text-align:right;"><i>Nguồn: Báo Đà Nẵng</i></p>'),
        ],
        source="Báo Đà Nẵng",
        opts={"at": "2026-10-12 08:00", "tags": ["hoc-bong"]},
    ),
    Story(
        id=310,
        slug="thong-bao-lich-hop-cha-me-hoc-sinh-dau-nam-hoc-2026-2027",
        title="Thông báo lịch họp cha mẹ học sinh đầu năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-09-28T08:45:00+07:00",
        blocks=[
            P(
                "Nhà trường tổ chức họp cha mẹ học sinh đầu năm học 2026 - 2027 vào lúc 7 giờ 30 sáng"
                " Chủ nhật, ngày 04/10/2026 tại các phòng học."
            ),
            P("Kính mong quý phụ huynh sắp xếp thời gian đến dự đầy đủ và đúng giờ."),
        ],
        opts={"at": "2026-09-28 08:45", "tags": []},
    ),
    Story(
        id=204,
        slug="tuoi-tre-hoang-hoa-tham-huong-ung-ngay-sach-va-van-hoa-doc-viet-nam-nam-2026",
        title="Tuổi trẻ Hoàng Hoa Thám hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-04-21",
        blocks=[
            P(
                "Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam lần thứ 5 (21/4/2026), Đoàn trường phối hợp"
                " với Thư viện nhà trường tổ chức chuỗi hoạt động “Mỗi tuần một cuốn sách”."
            ),
            P(
                "Trong tuần lễ từ ngày 14 đến 21/4/2026, các chi đoàn tổ chức giới thiệu sách dưới cờ,"
                " thi vẽ bìa sách, thi viết cảm nhận về cuốn sách em yêu thích và trao đổi sách cũ. Thư"
                " viện nhà trường mở cửa cả buổi trưa để học sinh đến đọc sách."
            ),
            Img(
                "/uploads/images/2026/04/hs-doc-sach-thu-vien.jpg",
                "Học sinh đọc sách tại thư viện nhà trường",
                "Học sinh đọc sách tại thư viện nhà trường",
                "old",
            ),
            P(
                "Kết thúc chuỗi hoạt động, Ban tổ chức trao giải cho 15 tác phẩm xuất sắc và tuyên dương"
                " 3 chi đoàn có số lượt mượn sách nhiều nhất."
            ),
            Raw('<p style="text-align:right">L&ecirc; Thị Hồng Nhung</p>'),
        ],
        authors=["Lê Thị Hồng Nhung"],
        opts={"at": "2026-04-21 00:00", "migrated": True, "tags": ["doan-thanh-nien"], "updated": "2026-06-30T02:14:09+00:00"},
    ),
    Story(
        id=188,
        slug="soi-noi-hoi-thi-thu-linh-doan-chao-mung-95-nam-ngay-thanh-lap-doan",
        title="Sôi nổi Hội thi “Thủ lĩnh Đoàn” chào mừng 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh",
        cat="tin-tuc-su-kien",
        published_at="2026-03-26",
        summary=(
            "Nhằm chào mừng kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2026),"
            " chiều 24/3/2026, Đoàn trường THPT Hoàng Hoa Thám tổ chức Hội thi “Thủ lĩnh Đoàn” năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham gia hội thi có 12 thí sinh là bí thư, phó bí thư các chi đoàn. Các thí sinh trải qua"
                " ba phần thi: chào hỏi, kiến thức về Đoàn và xử lý tình huống trong công tác đoàn."
            ),
            Img(
                "/uploads/images/2026/03/hoi-thi-thu-linh-doan-2026.jpg",
                "Thí sinh tham gia phần thi xử lý tình huống",
                "Thí sinh tham gia phần thi xử lý tình huống",
                "old",
            ),
            P(
                "Kết quả, Ban tổ chức trao giải Nhất cho em Phan Ngọc Hân (chi đoàn 11A1), giải Nhì cho em"
                " Đặng Minh Tuấn (chi đoàn 12A3) và hai giải Ba cho các em thuộc chi đoàn 10A2, 11A4."
            ),
            Raw('<p style="text-align:right"><strong>B&agrave;i, ảnh: Trần Quốc Bảo</strong></p>'),
        ],
        authors=["Trần Quốc Bảo"],
        photographers=["Trần Quốc Bảo"],
        opts={"at": "2026-03-26 00:00", "migrated": True, "tags": ["doan-thanh-nien"], "updated": "2026-06-30T02:14:09+00:00"},
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}
_BY_SLUG: dict[str, Story] = {s.slug: s for s in STORIES if s.opts.get("migrated")}


def article_path(story: Story) -> str:
    if story.opts.get("migrated"):
        return f"/bai-viet/{story.slug}"
    return f"/tin-tuc/{story.slug}-{story.id}"


def newest(cat: str | None = None, tag: str | None = None) -> list[Story]:
    items = [s for s in STORIES if (cat is None or s.cat == cat) and (tag is None or tag in s.opts["tags"])]
    return sorted(items, key=lambda s: s.id, reverse=True)


def related(story: Story) -> list[Story]:
    """"Tin liên quan": the newest other posts of the same category."""
    return [s for s in newest(story.cat) if s.id != story.id][:RELATED]


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [gold_record(s, article_path(s), CATS[s.cat][1]) for s in STORIES]

NON_ARTICLES: list[str] = [
    "/",
    *(f"/danh-muc/{c}" for c in CATS),
    *(f"/tag/{t}" for t in TAGS),
    "/trang/gioi-thieu",
    "/trang/tuyen-sinh",
    "/lien-he",
    "/tim-kiem",
    "/tim-kiem?q=h%E1%BB%8Dc+b%E1%BB%95ng",
    "/login",
]


# --------------------------------------------------------------------------- rendering


def _local(story: Story) -> datetime:
    return datetime.strptime(story.opts["at"], "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)


def _utc_json(story: Story) -> str:
    """Carbon's JSON form: UTC, microseconds, "Z" (``2026-11-21T08:30:00.000000Z``)."""
    return _local(story).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000000Z")


def _shown(story: Story) -> str:
    """The date line as the theme prints it: migrated posts have no time."""
    when = _local(story)
    return f"{when:%d/%m/%Y}" if story.opts.get("migrated") else f"{when:%d/%m/%Y %H:%M}"


def _excerpt(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 160 else first[:160].rsplit(" ", 1)[0] + "..."


def _thumb(story: Story) -> str:
    return story.images[0].src if story.images else "/images/no-thumbnail.jpg"


def _figure(img: Img, migrated: bool) -> str:
    if migrated:
        tag = f'<p style="text-align:center"><img alt="" src="{esc(img.src)}" style="height:450px; width:680px" /></p>'
        return tag + (f'\n<p style="text-align:center"><em>{text(img.printed)}</em></p>' if img.printed else "")
    caption = f"<figcaption>{text(img.printed)}</figcaption>" if img.printed else ""
    return f'<figure class="image"><img src="{esc(img.src)}" alt="{esc(img.src.rsplit("/", 1)[1])}">{caption}</figure>'


def _content(story: Story) -> str:
    migrated = bool(story.opts.get("migrated"))
    parts: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            parts.append(f"<ul>{''.join(items)}</ul>")
            continue
        if isinstance(block, P) and block.style in ("th", "tr"):
            head, body = [], []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                tag = "th" if row.style == "th" else "td"
                cells = "".join(f"<{tag}>{text(c)}</{tag}>" for c in row.text.split(" | "))
                (head if row.style == "th" else body).append(f"<tr>{cells}</tr>")
                i += 1
            parts.append(
                f'<figure class="table"><table><thead>{"".join(head)}</thead>'
                f'<tbody>{"".join(body)}</tbody></table></figure>'
            )
            continue
        if isinstance(block, P):
            parts.append(f"<p>{text(block.text)}</p>")
        elif isinstance(block, Img):
            parts.append(_figure(block, migrated))
        else:
            parts.append(block.html)
        i += 1
    markup = "\n".join(parts)
    return entity_mix(markup, 2) if migrated else markup


def _head(request: Request, title: str, extra: str = "") -> str:
    base = base_url(request)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="{CSRF}">
<title>{esc(title)}</title>
{extra}
<link rel="alternate" type="application/rss+xml" title="Tin tức - {esc(SITE)}" href="{base}/feed">
<link rel="icon" type="image/png" href="/favicon.png">
<link rel="preconnect" href="https://fonts.bunny.net">
<link href="https://fonts.bunny.net/css?family=be-vietnam-pro:400,500,700" rel="stylesheet">
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap-icons@1.11.3/font/bootstrap-icons.min.css">
<link rel="stylesheet" href="/css/app.css?id=8f2c1b7e0d4a9c3f5e6b7a1d">
<script src="/js/app.js?id=1d9e4f7a2b6c8e0f3a5b9c2e" defer></script>
</head>"""


def _navbar(active: str) -> str:
    items = [
        ("/", "Trang chủ"),
        ("/trang/gioi-thieu", "Giới thiệu"),
        ("/danh-muc/tin-tuc-su-kien", "Tin tức - Sự kiện"),
        ("/danh-muc/thong-bao", "Thông báo"),
        ("/trang/tuyen-sinh", "Tuyển sinh"),
        ("/lien-he", "Liên hệ"),
    ]
    lis = "".join(
        f'<li class="nav-item"><a class="nav-link{" active" if href == active else ""}" href="{href}">{esc(label)}</a></li>'
        for href, label in items
    )
    return f"""<div class="topbar bg-primary text-white small py-1"><div class="container d-flex justify-content-between">
<span><i class="bi bi-calendar3"></i> {TODAY}</span>
<span><i class="bi bi-telephone"></i> {PHONE} <span class="mx-2">|</span> <i class="bi bi-envelope"></i> {EMAIL}</span>
</div></div>
<header class="site-header py-3 bg-white"><div class="container d-flex align-items-center justify-content-between">
<a href="/" class="d-flex align-items-center text-decoration-none"><img src="/images/logo.png" alt="Logo" height="72">
<div class="ms-3"><div class="small text-uppercase text-secondary">Sở Giáo dục và Đào tạo thành phố Đà Nẵng</div>
<div class="h4 fw-bold text-primary mb-0 text-uppercase">{esc(SITE)}</div></div></a>
<form action="/tim-kiem" method="GET" class="d-none d-md-flex" role="search"><input class="form-control me-2" type="search" name="q" placeholder="Tìm kiếm..." aria-label="Tìm kiếm">
<button class="btn btn-outline-primary" type="submit"><i class="bi bi-search"></i></button></form>
</div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary sticky-top"><div class="container">
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav me-auto">{lis}</ul></div>
</div></nav>"""


def _sidebar() -> str:
    latest = "".join(
        f'<li class="d-flex mb-3"><img src="{esc(_thumb(s))}" alt="" width="80" height="56" class="me-2 rounded object-fit-cover">'
        f'<div><a href="{article_path(s)}" class="text-decoration-none fw-semibold small">{esc(s.title)}</a>'
        f'<div class="text-muted small">{_local(s):%d/%m/%Y}</div></div></li>'
        for s in newest()[:5]
    )
    return f"""<aside class="col-lg-4">
<div class="card mb-4"><div class="card-header bg-primary text-white fw-bold">Tin mới</div>
<div class="card-body"><ul class="list-unstyled mb-0">{latest}</ul></div></div>
<div class="card mb-4"><div class="card-header bg-primary text-white fw-bold">Liên kết</div>
<div class="card-body d-grid gap-2">
<a href="https://moet.gov.vn" target="_blank" rel="noopener"><img src="/images/banners/bo-gddt.png" alt="Bộ Giáo dục và Đào tạo" class="img-fluid"></a>
<a href="https://danang.gov.vn" target="_blank" rel="noopener"><img src="/images/banners/cong-ttdt-da-nang.png" alt="Cổng thông tin điện tử thành phố Đà Nẵng" class="img-fluid"></a>
<a href="http://127.0.0.2:8090/" target="_blank" rel="noopener"><img src="/images/banners/so-gddt.png" alt="Sở GD&amp;ĐT Đà Nẵng" class="img-fluid"></a>
</div></div>
<div class="card mb-4"><div class="card-header bg-primary text-white fw-bold">Fanpage</div>
<div class="card-body"><iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fthpthoanghoatham.dn&amp;tabs&amp;width=340&amp;height=130" width="100%" height="130" style="border:none;overflow:hidden" loading="lazy"></iframe></div></div>
</aside>"""


def _footer() -> str:
    return f"""<footer class="site-footer bg-dark text-light pt-4 mt-5"><div class="container"><div class="row">
<div class="col-md-6"><h5 class="text-uppercase">{esc(SITE)}</h5>
<p class="mb-1"><i class="bi bi-geo-alt"></i> Địa chỉ: {esc(ADDRESS)}</p>
<p class="mb-1"><i class="bi bi-telephone"></i> Điện thoại: {PHONE}</p>
<p class="mb-1"><i class="bi bi-envelope"></i> Email: {EMAIL}</p>
<p class="mb-1">Chịu trách nhiệm nội dung: Thầy Nguyễn Đình Toàn - Hiệu trưởng</p></div>
<div class="col-md-6 text-md-end"><p class="mb-1">Đang online: <strong>12</strong> · Hôm nay: <strong>845</strong> · Tổng truy cập: <strong>1.203.554</strong></p>
<p class="mb-1"><a href="/login" class="link-light">Đăng nhập quản trị</a></p></div>
</div><hr class="border-secondary"><p class="small text-center pb-3 mb-0">© 2026 Bản quyền thuộc {esc(SITE)}. Phát triển trên nền tảng Laravel.</p></div></footer>
<script>window.Laravel = {{"csrfToken":"{CSRF}"}};</script>
</body>
</html>"""


def _page(request: Request, title: str, main: str, *, active: str = "", extra: str = "", sidebar: bool = True, script: str = "") -> str:
    column = f'<div class="col-lg-8">{main}</div>{_sidebar()}' if sidebar else f'<div class="col-12">{main}</div>'
    return (
        _head(request, title, extra)
        + '\n<body class="antialiased">\n'
        + _navbar(active)
        + f'\n<main class="container py-4"><div class="row">{column}</div></main>\n'
        + script
        + _footer()
    )


def _crumbs(*trail: tuple[str | None, str]) -> str:
    items = ['<li class="breadcrumb-item"><a href="/">Trang chủ</a></li>']
    for href, label in trail:
        if href:
            items.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>')
        else:
            items.append(f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>')
    return f'<nav aria-label="breadcrumb"><ol class="breadcrumb">{"".join(items)}</ol></nav>'


def _article(story: Story, request: Request) -> str:
    base = base_url(request)
    canonical = base + article_path(story)
    cat_slug = story.cat
    _, cat_name = CATS[cat_slug]
    short = story.title if len(story.title) <= 60 else story.title[:60].rsplit(" ", 1)[0] + "..."
    lead = f'<p class="post-excerpt lead fw-semibold">{esc(story.summary)}</p>' if story.summary and story.sapo_outside else ""
    attach = ""
    if "attach" in story.opts:
        href, name, size = story.opts["attach"]
        attach = (
            '<div class="post-attachments border rounded p-3 my-4"><h6 class="fw-bold"><i class="bi bi-paperclip"></i> Tệp đính kèm</h6>'
            f'<ul class="mb-0"><li><a href="{esc(href)}" target="_blank"><i class="bi bi-file-earmark-pdf text-danger"></i> {esc(name)}</a>'
            f' <span class="text-muted small">({size})</span></li></ul></div>'
        )
    tags = "".join(
        f'<a href="/tag/{t}" class="badge rounded-pill text-bg-light border me-1">{esc(TAGS[t])}</a>' for t in story.opts["tags"]
    )
    tag_line = f'<div class="post-tags mt-4"><i class="bi bi-tags"></i> Từ khóa: {tags}</div>' if tags else ""
    rel = "".join(
        f'<li class="mb-2"><i class="bi bi-chevron-right small"></i> <a href="{article_path(s)}">{esc(s.title)}</a>'
        f' <span class="text-muted small">({_local(s):%d/%m/%Y})</span></li>'
        for s in related(story)
    )
    main = f"""{_crumbs((f"/danh-muc/{cat_slug}", cat_name), (None, short))}
<article class="post-detail">
<h1 class="post-title fw-bold mb-3">{esc(story.title)}</h1>
<div class="post-meta text-muted small mb-3"><span class="me-3"><i class="bi bi-clock"></i> {_shown(story)}</span><span><i class="bi bi-eye"></i> {story.views()} lượt xem</span></div>
{lead}
<div class="post-content ck-content">
{_content(story)}
</div>
{attach}
{tag_line}
<div class="post-share mt-4 d-flex align-items-center gap-2"><span class="fw-semibold">Chia sẻ:</span>
<a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u={esc(canonical)}" target="_blank" rel="noopener"><i class="bi bi-facebook"></i> Facebook</a>
<a class="btn btn-sm btn-info text-white" href="https://zalo.me/share?u={esc(canonical)}" target="_blank" rel="noopener">Zalo</a>
<button type="button" class="btn btn-sm btn-outline-secondary js-copy-link" data-url="{esc(canonical)}"><i class="bi bi-link-45deg"></i> Sao chép liên kết</button></div>
</article>
<section class="related-posts mt-5"><h5 class="fw-bold border-bottom pb-2">Tin liên quan</h5><ul class="list-unstyled">{rel}</ul></section>"""
    thumb = _thumb(story)
    extra = f"""<meta name="description" content="{esc(_excerpt(story))}">
<link rel="canonical" href="{esc(canonical)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(story.title)}">
<meta property="og:description" content="{esc(_excerpt(story))}">
<meta property="og:url" content="{esc(canonical)}">
<meta property="og:image" content="{esc(base + thumb)}">
<meta property="article:published_time" content="{_utc_json(story)}">
<meta property="article:section" content="{esc(cat_name)}">"""
    return _page(request, f"{story.title} | {SITE}", main, active=f"/danh-muc/{cat_slug}", extra=extra)


def _list_script(kind: str, value: str) -> str:
    """The listing page's own script: fetches the JSON pages and appends cards."""
    return f"""<script>
document.addEventListener('DOMContentLoaded', function () {{
    const list = document.getElementById('post-list');
    const button = document.getElementById('btn-load-more');
    const spinner = document.getElementById('post-loading');
    let page = 1;
    function load() {{
        spinner.classList.remove('d-none');
        fetch(`/api/posts?{kind}={value}&page=${{page}}`, {{ headers: {{ 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' }} }})
            .then((response) => response.json())
            .then((res) => {{
                res.data.forEach((post) => {{
                    list.insertAdjacentHTML('beforeend', `<div class="col-md-6"><div class="card h-100 shadow-sm">
                        <img src="${{post.thumbnail}}" class="card-img-top" alt="${{post.title}}">
                        <div class="card-body"><h5 class="card-title fs-6"><a href="${{post.url}}" class="stretched-link text-decoration-none">${{post.title}}</a></h5>
                        <p class="card-text small text-muted"><i class="bi bi-clock"></i> ${{post.published_date}}</p>
                        <p class="card-text small">${{post.excerpt}}</p></div></div></div>`);
                }});
                spinner.classList.add('d-none');
                if (!res.next_page_url) {{ button.remove(); }}
                page = res.current_page + 1;
            }});
    }}
    load();
    button.addEventListener('click', load);
}});
</script>
"""


def _listing(request: Request, kind: str, value: str) -> str:
    if kind == "category":
        title = CATS[value][1]
        crumbs = _crumbs((None, title))
        active = f"/danh-muc/{value}"
    else:
        title = f"Từ khóa: {TAGS[value]}"
        crumbs = _crumbs((None, title))
        active = ""
    main = f"""{crumbs}
<h1 class="section-title fw-bold border-start border-4 border-primary ps-3 mb-4">{esc(title)}</h1>
<div id="post-list" class="row g-4" data-{kind}="{value}"></div>
<div id="post-loading" class="text-center my-4 d-none"><div class="spinner-border text-primary" role="status"><span class="visually-hidden">Đang tải...</span></div></div>
<div class="text-center mt-4"><button type="button" id="btn-load-more" class="btn btn-outline-primary px-4">Xem thêm <i class="bi bi-arrow-down-circle"></i></button></div>
<noscript><div class="alert alert-warning mt-3">Vui lòng bật JavaScript để xem danh sách bài viết.</div></noscript>"""
    extra = f'<link rel="canonical" href="{base_url(request)}{request.path}">'
    # full width: the card grid takes the sidebar's place, so the page links no post at all
    return _page(request, f"{title} | {SITE}", main, active=active, extra=extra, sidebar=False, script=_list_script(kind, value))


def _home(request: Request) -> str:
    hero = newest("tin-tuc-su-kien")[:3]
    slides = "".join(
        f'<div class="carousel-item{" active" if i == 0 else ""}"><a href="{article_path(s)}"><img src="{esc(_thumb(s))}" class="d-block w-100" alt="{esc(s.title)}"></a>'
        f'<div class="carousel-caption text-start"><h5><a href="{article_path(s)}" class="text-white text-decoration-none">{esc(s.title)}</a></h5>'
        f'<p class="d-none d-md-block">{esc(_excerpt(s))}</p></div></div>'
        for i, s in enumerate(hero)
    )
    notices = "".join(
        f'<li class="list-group-item"><a href="{article_path(s)}" class="text-decoration-none">{esc(s.title)}</a>'
        f' <span class="badge text-bg-light">{_local(s):%d/%m/%Y}</span></li>'
        for s in newest("thong-bao")[:3]
    )
    main = f"""<div id="heroCarousel" class="carousel slide mb-4" data-bs-ride="carousel"><div class="carousel-inner rounded">{slides}</div>
<button class="carousel-control-prev" type="button" data-bs-target="#heroCarousel" data-bs-slide="prev"><span class="carousel-control-prev-icon"></span></button>
<button class="carousel-control-next" type="button" data-bs-target="#heroCarousel" data-bs-slide="next"><span class="carousel-control-next-icon"></span></button></div>
<div class="d-flex justify-content-between align-items-center mb-3"><h2 class="h5 fw-bold mb-0">Tin tức - Sự kiện</h2><a href="/danh-muc/tin-tuc-su-kien">Xem tất cả <i class="bi bi-arrow-right"></i></a></div>
<div class="card mb-4"><div class="card-header fw-bold d-flex justify-content-between"><span><i class="bi bi-megaphone"></i> Thông báo</span><a href="/danh-muc/thong-bao" class="small">Xem tất cả</a></div>
<ul class="list-group list-group-flush">{notices}</ul></div>
<div class="card mb-4"><div class="card-body"><h2 class="h5 fw-bold">Giới thiệu</h2><p>{esc(SITE)} được thành lập năm 1995, hiện có 42 lớp với hơn 1.700 học sinh. Nhà trường đạt chuẩn quốc gia mức độ 2.</p>
<a href="/trang/gioi-thieu" class="btn btn-sm btn-primary">Tìm hiểu thêm</a></div></div>"""
    extra = f'<meta name="description" content="Cổng thông tin điện tử {esc(SITE)}">\n<link rel="canonical" href="{base_url(request)}/">'
    return _page(request, f"Trang chủ | {SITE}", main, active="/", extra=extra)


_STATIC_PAGES = {
    "gioi-thieu": (
        "Giới thiệu",
        (
            f"{SITE} được thành lập năm 1995 theo quyết định của UBND thành phố Đà Nẵng. Trải qua hơn 30"
            " năm xây dựng và phát triển, nhà trường đã trở thành một trong những trường trung học phổ"
            " thông có chất lượng giáo dục tốt của thành phố.",
            "Hiện nay nhà trường có 42 lớp với hơn 1.700 học sinh, 96 cán bộ, giáo viên, nhân viên; 35%"
            " giáo viên có trình độ thạc sĩ. Trường đạt chuẩn quốc gia mức độ 2 năm 2022.",
            "Sứ mệnh: xây dựng môi trường học tập kỷ cương, thân thiện, sáng tạo, giúp học sinh phát triển"
            " toàn diện và tự tin hội nhập.",
        ),
    ),
    "tuyen-sinh": (
        "Tuyển sinh",
        (
            "Thông tin tuyển sinh lớp 10 năm học 2027 - 2028 sẽ được nhà trường cập nhật sau khi Sở Giáo"
            " dục và Đào tạo ban hành kế hoạch tuyển sinh.",
            "Cha mẹ học sinh vui lòng theo dõi chuyên mục Thông báo hoặc liên hệ văn phòng nhà trường.",
        ),
    ),
}


def _static_page(slug: str, request: Request) -> str:
    title, paragraphs = _STATIC_PAGES[slug]
    body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    main = f'{_crumbs((None, title))}<div class="page-content"><h1 class="fw-bold mb-3">{esc(title)}</h1>{body}</div>'
    extra = f'<link rel="canonical" href="{base_url(request)}/trang/{slug}">'
    return _page(request, f"{title} | {SITE}", main, active=f"/trang/{slug}", extra=extra)


def _contact(request: Request) -> str:
    main = f"""{_crumbs((None, "Liên hệ"))}<h1 class="fw-bold mb-3">Liên hệ</h1>
<p><i class="bi bi-geo-alt"></i> {esc(ADDRESS)}</p><p><i class="bi bi-telephone"></i> {PHONE}</p>
<form method="POST" action="/lien-he"><input type="hidden" name="_token" value="{CSRF}">
<div class="mb-3"><label class="form-label">Họ và tên</label><input class="form-control" name="name" required></div>
<div class="mb-3"><label class="form-label">Email</label><input class="form-control" type="email" name="email" required></div>
<div class="mb-3"><label class="form-label">Nội dung</label><textarea class="form-control" name="message" rows="5" required></textarea></div>
<button class="btn btn-primary" type="submit">Gửi liên hệ</button></form>"""
    return _page(request, f"Liên hệ | {SITE}", main, active="/lien-he")


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(request: Request) -> str:
    q = request.params.get("q", "").strip()
    hits = [s for s in newest() if q and _fold(q) in _fold(s.title + " " + " ".join(s.paragraphs))]
    cards = "".join(
        f'<div class="border-bottom py-3"><h2 class="h6 fw-bold mb-1"><a href="{article_path(s)}">{esc(s.title)}</a></h2>'
        f'<div class="text-muted small mb-1">{_local(s):%d/%m/%Y}</div><p class="small mb-0">{esc(_excerpt(s))}</p></div>'
        for s in hits
    )
    summary = (
        f'<p>Tìm thấy <strong>{len(hits)}</strong> kết quả cho từ khóa “{esc(q)}”</p>{cards}'
        if q
        else "<p>Vui lòng nhập từ khóa để tìm kiếm.</p>"
    )
    main = f'{_crumbs((None, "Tìm kiếm"))}<h1 class="h4 fw-bold">Tìm kiếm</h1>{summary}'
    return _page(request, f"Tìm kiếm | {SITE}", main, extra='<meta name="robots" content="noindex">')


def _login(request: Request) -> str:
    main = f"""<div class="row justify-content-center"><div class="col-md-5"><div class="card"><div class="card-body">
<h1 class="h5 fw-bold">Đăng nhập quản trị</h1><form method="POST" action="/login"><input type="hidden" name="_token" value="{CSRF}">
<div class="mb-3"><label class="form-label">Email</label><input class="form-control" type="email" name="email"></div>
<div class="mb-3"><label class="form-label">Mật khẩu</label><input class="form-control" type="password" name="password"></div>
<div class="form-check mb-3"><input class="form-check-input" type="checkbox" name="remember" id="remember"><label class="form-check-label" for="remember">Ghi nhớ đăng nhập</label></div>
<button class="btn btn-primary w-100" type="submit">Đăng nhập</button></form></div></div></div></div>"""
    return _page(request, f"Đăng nhập | {SITE}", main, sidebar=False, extra='<meta name="robots" content="noindex, nofollow">')


def _php_json(payload: object) -> str:
    """``json_encode`` with PHP's defaults: ``\\uXXXX`` for non-ASCII and escaped slashes."""
    return json.dumps(payload, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")


def _api(request: Request) -> Response:
    params = request.params
    base = base_url(request)
    cat, tag = params.get("category"), params.get("tag")
    if (cat and cat not in CATS) or (tag and tag not in TAGS):
        model = "Category" if cat else "Tag"
        return Response(404, _php_json({"message": f"No query results for model [App\\Models\\{model}]."}), {"Content-Type": "application/json"})
    try:
        page = max(1, int(params.get("page", "1")))
    except ValueError:
        page = 1
    items = newest(cat, tag)
    last = max(1, -(-len(items) // PER_PAGE))
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    query = f"category={cat}&" if cat else (f"tag={tag}&" if tag else "")
    path = f"{base}/api/posts"

    def url(n: int) -> str:
        return f"{path}?{query}page={n}"

    data = [
        {
            "id": s.id,
            "title": s.title,
            "slug": s.slug,
            "excerpt": _excerpt(s),
            "thumbnail": base + _thumb(s),
            "url": base + article_path(s),
            "published_at": _utc_json(s),
            "published_date": f"{_local(s):%d/%m/%Y}",
            "views": s.views(),
            "category": {"id": CATS[s.cat][0], "name": CATS[s.cat][1], "slug": s.cat},
        }
        for s in chunk
    ]
    links = [{"url": url(page - 1) if page > 1 else None, "label": "&laquo; Previous", "active": False}]
    links += [{"url": url(n), "label": str(n), "active": n == page} for n in range(1, last + 1)]
    links.append({"url": url(page + 1) if page < last else None, "label": "Next &raquo;", "active": False})
    payload = {
        "current_page": page,
        "data": data,
        "first_page_url": url(1),
        "from": (page - 1) * PER_PAGE + 1 if chunk else None,
        "last_page": last,
        "last_page_url": url(last),
        "links": links,
        "next_page_url": url(page + 1) if page < last else None,
        "path": path,
        "per_page": PER_PAGE,
        "prev_page_url": url(page - 1) if page > 1 else None,
        "to": (page - 1) * PER_PAGE + len(chunk) if chunk else None,
        "total": len(items),
    }
    return Response(200, _php_json(payload), {"Content-Type": "application/json", "Cache-Control": "no-cache, private"})


def _rfc822(story: Story) -> str:
    return format_datetime(_local(story))


def _feed(request: Request) -> Response:
    base = base_url(request)
    items = newest()[:FEED_SIZE]
    entries = "".join(
        f"""
            <item>
                <title><![CDATA[{s.title}]]></title>
                <link>{base}{article_path(s)}</link>
                <description><![CDATA[{_excerpt(s)}]]></description>
                <author><![CDATA[{SITE}]]></author>
                <guid isPermaLink="true">{base}{article_path(s)}</guid>
                <pubDate>{_rfc822(s)}</pubDate>
                <category>{CATS[s.cat][1]}</category>
            </item>"""
        for s in items
    )
    body = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
    <channel>
        <atom:link href="{base}/feed" rel="self" type="application/rss+xml" />
        <title><![CDATA[Tin tức - {SITE}]]></title>
        <link><![CDATA[{base}/feed]]></link>
        <description><![CDATA[Tin tức, thông báo mới nhất của {SITE}]]></description>
        <language>vi</language>
        <pubDate>{_rfc822(items[0])}</pubDate>
{entries}
    </channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/xml; charset=UTF-8"})


def _sitemap_url(loc: str, lastmod: str, freq: str, priority: str) -> str:
    return f"""    <url>
        <loc>{loc}</loc>
        <lastmod>{lastmod}</lastmod>
        <changefreq>{freq}</changefreq>
        <priority>{priority}</priority>
    </url>
"""


def _lastmod(story: Story) -> str:
    if "updated" in story.opts:
        return story.opts["updated"]
    return _local(story).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _sitemap(request: Request, which: str) -> Response:
    base = base_url(request)
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    if which == "index":
        newest_mod = max(_lastmod(s) for s in STORIES)
        body = head + (
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"    <sitemap>\n        <loc>{base}/sitemaps/pages.xml</loc>\n        <lastmod>2026-08-15T03:00:00+00:00</lastmod>\n    </sitemap>\n"
            f"    <sitemap>\n        <loc>{base}/sitemaps/posts.xml</loc>\n        <lastmod>{newest_mod}</lastmod>\n    </sitemap>\n"
            "</sitemapindex>"
        )
    elif which == "pages":
        pages = ["/", "/trang/gioi-thieu", "/trang/tuyen-sinh", "/lien-he", *(f"/danh-muc/{c}" for c in CATS)]
        body = head + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
        body += "".join(_sitemap_url(base + p, "2026-08-15T03:00:00+00:00", "daily", "1.0" if p == "/" else "0.6") for p in pages)
        body += "</urlset>"
    else:
        body = head + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
        body += "".join(_sitemap_url(base + article_path(s), _lastmod(s), "weekly", "0.8") for s in newest())
        body += "</urlset>"
    return Response(200, body, {"Content-Type": "text/xml; charset=UTF-8"})


_ROBOTS = "User-agent: *\nDisallow: /admin\nDisallow: /login\n\nSitemap: {base}/sitemap.xml\n"

_NOT_FOUND = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Không tìm thấy trang</title></head>
<body class="antialiased"><div class="flex-center position-ref full-height"><div class="code">404</div>
<div class="message" style="padding: 10px;">Không tìm thấy trang</div></div></body></html>"""

_TIN_TUC = re.compile(r"^/tin-tuc/([a-z0-9-]+)-(\d+)$")
_BAI_VIET = re.compile(r"^/bai-viet/([a-z0-9-]+)$")


def _session_headers() -> dict[str, str]:
    return {"Set-Cookie": f"laravel_session={opaque('session', 30)}; path=/; httponly; samesite=lax"}


class LaravelSchool:
    """The app's routes (``routes/web.php`` and ``routes/api.php`` as a table of regexes)."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/storage/photos/", "/uploads/", "/images/", "/css/", "/js/")) or path == "/favicon.png":
            return static_file(path)
        if path.startswith("/storage/files/"):
            hit = any(s.opts.get("attach", ("",))[0] == path for s in STORIES)
            return Response(200, PDF, {"Content-Type": "application/pdf"}) if hit else self._missing()
        if path == "/robots.txt":
            return Response(200, _ROBOTS.format(base=base_url(request)), {"Content-Type": "text/plain; charset=UTF-8"})
        if path == "/sitemap.xml":
            return _sitemap(request, "index")
        if path in ("/sitemaps/pages.xml", "/sitemaps/posts.xml"):
            return _sitemap(request, path.rsplit("/", 1)[1][:-4])
        if path == "/feed":
            return _feed(request)
        if path == "/api/posts":
            return _api(request)
        if len(path) > 1 and path.endswith("/"):
            target = path.rstrip("/") + (f"?{request.query}" if request.query else "")
            return redirect(target, 301)
        page = self._page(request)
        if page is None:
            return self._missing()
        if isinstance(page, Response):
            return page
        return html(page, headers=_session_headers())

    def _page(self, request: Request) -> str | Response | None:
        path = request.path
        if path == "/":
            return _home(request)
        if m := _TIN_TUC.match(path):
            story = _BY_ID.get(int(m.group(2)))
            if story is None or story.opts.get("migrated"):
                return None
            if story.slug != m.group(1):
                return redirect(article_path(story), 301)
            return _article(story, request)
        if m := _BAI_VIET.match(path):
            story = _BY_SLUG.get(m.group(1))
            return _article(story, request) if story else None
        if m := re.fullmatch(r"/danh-muc/([a-z0-9-]+)", path):
            return _listing(request, "category", m.group(1)) if m.group(1) in CATS else None
        if m := re.fullmatch(r"/tag/([a-z0-9-]+)", path):
            return _listing(request, "tag", m.group(1)) if m.group(1) in TAGS else None
        if m := re.fullmatch(r"/trang/([a-z0-9-]+)", path):
            return _static_page(m.group(1), request) if m.group(1) in _STATIC_PAGES else None
        if path == "/lien-he":
            return _contact(request)
        if path == "/tim-kiem":
            return _search(request)
        if path == "/login":
            return _login(request)
        return None

    @staticmethod
    def _missing() -> Response:
        return html(_NOT_FOUND, status=404)


def build_site() -> LaravelSchool:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return LaravelSchool()
