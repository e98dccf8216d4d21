"""Fixture portal: a high school's WordPress site in Vietnamese.

Why: WordPress is the most common ready-made platform among school sites. What it prints:
category archives ``/chuyen-muc/<cat>/`` paged as ``…/page/N/``, posts at ``/YYYY/MM/DD/<slug>/``
inside ``<article>`` with ``h1.entry-title``, ``<time class="entry-date published" datetime>``
("15 Tháng Tám, 2023"), ``div.entry-content``, Gutenberg ``<figure>``/``<figcaption>`` and classic
``[caption]`` figures, ``srcset``, a lazy-loaded image with its ``<noscript>`` twin, og: tags, a
``NewsArticle`` JSON-LD on most posts (one with a wrong time zone: the visible date wins),
``rel=canonical`` everywhere, comments whose "Trả lời" links add ``?replytocom=N`` (the same
post), the shortlink ``/?p=N`` (a redirect), RSS at ``/feed/``, a sidebar with "Bài viết mới",
"Chuyên mục", "Lưu trữ" (month archives) and a visitor counter, and "Bài viết liên quan".
Authors come from the text byline or, where the post has one, the JSON-LD author.
``published_at`` is the printed day (no time: none is printed).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from crawler.demo.server import Request, Response, html, redirect

from ._common import TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "wordpress"
START_PATH = "/"
PLATFORM = "wordpress"

SITE = "Trường THPT Lê Quý Đôn"
TAGLINE = "Trường THPT Lê Quý Đôn - Nha Trang, Khánh Hòa"
PER_PAGE = 3
UP = "/wp-content/uploads"

CATS: dict[str, str] = {
    "tin-tuc": "Tin tức - Sự kiện",
    "hoat-dong-doan": "Hoạt động Đoàn - Đội",
}
MONTHS = (
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
)


@dataclass(frozen=True)
class Comment:
    id: int
    name: str
    when: str
    body: str
    parent: int = 0


# opts: date (local publication time "YYYY-MM-DDTHH:MM"), modified, jsonld_author (None: the
# post prints no JSON-LD), jsonld_wrong_tz (datePublished labelled +00:00 though local),
# tags, comments, excerpt_outside (theme prints the manual excerpt above the content).
# Image styles: "figure" (Gutenberg), "classic" (<p><img></p> then a centred <em> line),
# "wpcaption" ([caption] shortcode figure), "lazy" (WP Rocket placeholder + <noscript>).
STORIES: list[Story] = [
    Story(
        id=2518,
        slug="soi-noi-ngay-hoi-doc-sach-nam-2024",
        title="Sôi nổi Ngày hội đọc sách năm 2024",
        cat="tin-tuc",
        published_at="2024-04-22T10:00:00+07:00",
        summary="Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam 21/4, Thư viện nhà trường phối hợp với Đoàn trường tổ chức Ngày hội đọc sách với nhiều hoạt động bổ ích, thu hút đông đảo học sinh tham gia.",
        sapo_outside=True,
        blocks=[
            P("Ngày hội diễn ra trong hai ngày 20 và 21/4/2024 tại sân trường với các gian trưng bày sách theo chủ đề: sách kỹ năng sống, sách văn học, sách khoa học - công nghệ và sách về biển đảo quê hương. Học sinh được tự do đọc sách, trao đổi và mượn sách miễn phí."),
            Img(f"{UP}/2024/04/ngay-hoi-doc-sach-1.jpg", "Học sinh tham quan các gian trưng bày sách", "Học sinh tham quan các gian trưng bày sách", "classic"),
            P("Điểm nhấn của ngày hội là cuộc thi giới thiệu sách, trong đó mỗi lớp chọn một cuốn sách yêu thích và giới thiệu bằng hình thức sân khấu hóa. Nhiều tiết mục được đầu tư công phu, tái hiện sinh động nội dung các tác phẩm như “Dế Mèn phiêu lưu ký”, “Tuổi thơ dữ dội”, “Không gia đình”."),
            P("Dịp này, học sinh và phụ huynh đã quyên góp hơn 1.200 cuốn sách để xây dựng tủ sách lớp học và gửi tặng các trường tiểu học ở huyện Khánh Sơn."),
        ],
        opts={"date": "2024-04-22T10:00", "modified": "2024-04-22T10:40", "jsonld_author": None,
              "tags": ["van-hoa-doc", "thu-vien"], "comments": [], "excerpt_outside": True},
    ),
    Story(
        id=2497,
        slug="soi-noi-hoi-thi-sang-tao-khoa-hoc-ky-thuat-stem-cap-truong-nam-2024",
        title="Sôi nổi Hội thi Sáng tạo khoa học kỹ thuật - STEM cấp trường năm 2024",
        cat="tin-tuc",
        published_at="2024-03-14T08:30:00+07:00",
        summary="Sáng ngày 13/3/2024, Trường THPT Lê Quý Đôn tổ chức Hội thi Sáng tạo khoa học kỹ thuật - STEM cấp trường với 32 sản phẩm, dự án của học sinh ba khối lớp.",
        blocks=[
            P("Sáng ngày 13/3/2024, Trường THPT Lê Quý Đôn tổ chức Hội thi Sáng tạo khoa học kỹ thuật - STEM cấp trường với 32 sản phẩm, dự án của học sinh ba khối lớp.", "strong"),
            P("Các sản phẩm dự thi thuộc nhiều lĩnh vực như: môi trường, năng lượng, tự động hóa, nông nghiệp thông minh và ứng dụng trí tuệ nhân tạo. Nhiều dự án gắn với thực tiễn địa phương như hệ thống cảnh báo xâm nhập mặn, máy lọc nước biển mini dùng năng lượng mặt trời, thùng rác phân loại tự động."),
            Img(f"{UP}/2024/03/hoi-thi-stem-2024-1024x683.jpg", "Nhóm học sinh lớp 11A2 thuyết trình dự án hệ thống tưới cây tự động", "Nhóm học sinh lớp 11A2 thuyết trình dự án hệ thống tưới cây tự động", "figure"),
            P("Ban Giám khảo gồm các giảng viên Trường Đại học Nha Trang và giáo viên các môn khoa học tự nhiên đã đánh giá cao tính sáng tạo, khả năng ứng dụng của các sản phẩm. Kết quả, Ban Tổ chức trao 1 giải Nhất, 2 giải Nhì, 4 giải Ba và 6 giải Khuyến khích."),
            P("Ba dự án xuất sắc nhất sẽ được nhà trường tiếp tục hỗ trợ hoàn thiện để tham dự Cuộc thi khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2023-2024."),
        ],
        authors=["Trần Minh Khoa"],
        opts={"date": "2024-03-14T08:30", "modified": "2024-03-15T07:10", "jsonld_author": "Trần Minh Khoa",
              "jsonld_wrong_tz": True, "tags": ["stem", "khoa-hoc-ky-thuat"],
              "comments": [Comment(31, "Nguyễn Văn Bình", "14/03/2024 lúc 20:15", "Chúc mừng các em học sinh! Rất mong các dự án được ứng dụng vào thực tế.")]},
    ),
    Story(
        id=2463,
        slug="hoc-sinh-truong-dat-6-giai-ky-thi-chon-hsg-quoc-gia-2024",
        title="Học sinh trường đạt 6 giải kỳ thi chọn học sinh giỏi quốc gia năm 2024",
        cat="tin-tuc",
        published_at="2024-02-23T16:20:00+07:00",
        blocks=[
            P("Bộ Giáo dục và Đào tạo vừa công bố kết quả kỳ thi chọn học sinh giỏi quốc gia trung học phổ thông năm 2024. Đội tuyển của Trường THPT Lê Quý Đôn tham gia trong đội tuyển của tỉnh Khánh Hòa đã giành 6 giải, gồm 1 giải Nhì, 2 giải Ba và 3 giải Khuyến khích."),
            P("Em Nguyễn Hoàng Bảo Anh, học sinh lớp 12 Toán, đạt giải Nhì môn Toán với số điểm 27,5. Hai giải Ba thuộc về em Lê Minh Thư (môn Hóa học) và em Đặng Quốc Huy (môn Tin học). Ba giải Khuyến khích ở các môn Vật lý, Ngữ văn và Tiếng Anh."),
            Img(f"{UP}/2024/02/hsg-quoc-gia-2024.jpg", "Ban Giám hiệu chúc mừng các em học sinh đạt giải - Ảnh: Quang Huy", "Ban Giám hiệu chúc mừng các em học sinh đạt giải - Ảnh: Quang Huy", "wpcaption"),
            P("Để đạt được kết quả này, các em đã trải qua thời gian ôn luyện nhiều tháng, kể cả trong dịp nghỉ hè, dưới sự hướng dẫn tận tình của đội ngũ giáo viên bồi dưỡng. Nhà trường cũng mời các chuyên gia từ trường đại học về trao đổi chuyên đề nâng cao cho đội tuyển."),
            P("Nhà trường sẽ tổ chức tuyên dương, khen thưởng các học sinh đạt giải và giáo viên bồi dưỡng vào buổi chào cờ đầu tuần tới."),
            Raw('<p style="text-align: right;"><strong>Tin: Trần Minh Khoa</strong></p>'),
        ],
        authors=["Trần Minh Khoa"],
        photographers=["Quang Huy"],
        opts={"date": "2024-02-23T16:20", "modified": "2024-02-23T16:20", "jsonld_author": "Trần Minh Khoa",
              "tags": ["hoc-sinh-gioi"],
              "comments": [Comment(27, "Phụ huynh lớp 12 Toán", "23/02/2024 lúc 21:02", "Cảm ơn thầy cô đã tận tâm bồi dưỡng các cháu."),
                           Comment(28, "Trường THPT Lê Quý Đôn", "24/02/2024 lúc 07:45", "Nhà trường cảm ơn quý phụ huynh đã luôn đồng hành.", 27)]},
    ),
    Story(
        id=2431,
        slug="bo-gddt-cong-bo-lich-thi-tot-nghiep-thpt-nam-2024",
        title="Bộ GD&ĐT công bố lịch thi tốt nghiệp THPT năm 2024",
        cat="tin-tuc",
        published_at="2024-01-19T10:05:00+07:00",
        blocks=[
            P("Bộ Giáo dục và Đào tạo vừa ban hành văn bản hướng dẫn tổ chức kỳ thi tốt nghiệp trung học phổ thông năm 2024. Theo đó, kỳ thi sẽ được tổ chức trong các ngày 26, 27 và 28/6/2024, trong đó ngày 26/6 thí sinh làm thủ tục dự thi."),
            P("Ngày 27/6, thí sinh thi môn Ngữ văn vào buổi sáng và môn Toán vào buổi chiều. Ngày 28/6, buổi sáng thi bài thi tổ hợp Khoa học tự nhiên hoặc Khoa học xã hội, buổi chiều thi môn Ngoại ngữ. Ngày 29/6 là ngày dự phòng."),
            P("Kỳ thi năm 2024 giữ ổn định như năm 2023 về tổ chức và đề thi, bảo đảm nghiêm túc, an toàn, khách quan, giảm áp lực cho thí sinh và xã hội. Kết quả thi được dùng để xét công nhận tốt nghiệp và làm cơ sở cho các trường đại học, cao đẳng xét tuyển."),
            P("Thời gian đăng ký dự thi từ ngày 24/4 đến ngày 5/5/2024. Thí sinh có thể đăng ký trực tuyến hoặc trực tiếp tại các điểm tiếp nhận."),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Giáo dục và Thời đại</em></p>'),
        ],
        source="Báo Giáo dục và Thời đại",
        opts={"date": "2024-01-19T10:05", "modified": "2024-01-19T10:05", "jsonld_author": None,
              "tags": ["thi-tot-nghiep"], "comments": []},
    ),
    Story(
        id=2415,
        slug="giu-on-dinh-muc-hoc-phi-nam-hoc-2023-2024",
        title="Giữ ổn định mức học phí năm học 2023-2024 như năm học 2021-2022",
        cat="tin-tuc",
        published_at="2024-01-05T14:30:00+07:00",
        blocks=[
            P("Chính phủ vừa ban hành Nghị định số 97/2023/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 81/2021/NĐ-CP quy định về cơ chế thu, quản lý học phí đối với cơ sở giáo dục thuộc hệ thống giáo dục quốc dân và chính sách miễn, giảm học phí, hỗ trợ chi phí học tập."),
            P("Theo Nghị định, năm học 2023-2024, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương giữ ổn định mức thu học phí đối với giáo dục mầm non, giáo dục phổ thông công lập như mức học phí năm học 2021-2022 do địa phương đã ban hành."),
            P("Trường hợp địa phương đã ban hành mức thu học phí cao hơn thì phải hoàn trả hoặc bù trừ số tiền chênh lệch cho người học. Nghị định cũng quy định lộ trình tăng học phí của các cơ sở giáo dục đại học công lập được lùi lại một năm."),
            P("Việc giữ ổn định mức học phí nhằm chia sẻ khó khăn với người dân, bảo đảm người học không phải bỏ học vì lý do kinh tế trong bối cảnh đời sống người dân còn nhiều khó khăn."),
            Raw('<p style="text-align: right;"><em>(Theo baochinhphu.vn)</em></p>'),
        ],
        source="baochinhphu.vn",
        opts={"date": "2024-01-05T14:30", "modified": "2024-01-06T08:00", "jsonld_author": None,
              "tags": ["hoc-phi"], "comments": []},
    ),
    Story(
        id=2388,
        slug="hoc-sinh-lop-12-trai-nghiem-huong-nghiep-tai-truong-dai-hoc-nha-trang",
        title="Học sinh lớp 12 trải nghiệm hướng nghiệp tại Trường Đại học Nha Trang",
        cat="tin-tuc",
        published_at="2023-11-17T15:40:00+07:00",
        blocks=[
            P("Ngày 16/11/2023, gần 400 học sinh khối 12 của trường đã tham gia chương trình trải nghiệm hướng nghiệp tại Trường Đại học Nha Trang. Đây là hoạt động thường niên nhằm giúp học sinh có thêm thông tin để lựa chọn ngành học phù hợp với năng lực và sở thích."),
            Img(f"{UP}/2023/11/huong-nghiep-dhnt-1-1024x768.jpg", "Học sinh tham quan phòng thí nghiệm công nghệ thực phẩm", "Học sinh tham quan phòng thí nghiệm công nghệ thực phẩm", "figure"),
            P("Các em được tham quan phòng thí nghiệm, xưởng thực hành, bảo tàng ngư loại và thư viện của nhà trường; nghe giới thiệu về các ngành đào tạo thế mạnh như nuôi trồng thủy sản, công nghệ thực phẩm, khai thác hàng hải, quản trị du lịch và công nghệ thông tin."),
            Img(f"{UP}/2023/11/huong-nghiep-dhnt-2.jpg", "Sinh viên tình nguyện hướng dẫn học sinh trải nghiệm mô phỏng lái tàu", "Sinh viên tình nguyện hướng dẫn học sinh trải nghiệm mô phỏng lái tàu", "classic"),
            P("Tại buổi tư vấn, nhiều câu hỏi của học sinh xoay quanh phương thức xét tuyển năm 2024, điểm chuẩn các năm trước, cơ hội việc làm và học bổng dành cho tân sinh viên đã được đại diện Phòng Đào tạo giải đáp cụ thể."),
            Img(f"{UP}/2023/11/z4567890123456_4b1c9e7d2a.jpg", "z4567890123456_4b1c9e7d2a.jpg", None, "figure"),
            P("Theo cô Trương Thị Mai, giáo viên chủ nhiệm lớp 12A3, chuyến trải nghiệm giúp học sinh hình dung rõ hơn về môi trường đại học, từ đó có động lực học tập và định hướng nghề nghiệp sớm."),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Phạm Thu Hằng</strong></p>'),
        ],
        authors=["Phạm Thu Hằng"],
        photographers=["Phạm Thu Hằng"],
        opts={"date": "2023-11-17T15:40", "modified": "2023-11-18T09:00", "jsonld_author": "Phạm Thu Hằng",
              "tags": ["huong-nghiep"], "comments": []},
    ),
    Story(
        id=2302,
        slug="le-khai-giang-nam-hoc-2023-2024",
        title="Trường THPT Lê Quý Đôn long trọng tổ chức Lễ khai giảng năm học 2023-2024",
        cat="tin-tuc",
        published_at="2023-09-05T09:15:00+07:00",
        summary="Sáng 5/9, cùng với hơn 22 triệu học sinh cả nước, 1.350 học sinh Trường THPT Lê Quý Đôn đã hân hoan dự Lễ khai giảng năm học 2023-2024 trong không khí trang trọng, ấm áp.",
        blocks=[
            P("Sáng 5/9, cùng với hơn 22 triệu học sinh cả nước, 1.350 học sinh Trường THPT Lê Quý Đôn đã hân hoan dự Lễ khai giảng năm học 2023-2024 trong không khí trang trọng, ấm áp.", "strong"),
            P("Tới dự buổi lễ có ông Võ Thành Nhân, Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh Khánh Hòa; đại diện lãnh đạo UBND thành phố Nha Trang, Ban đại diện cha mẹ học sinh cùng toàn thể thầy cô giáo, nhân viên và học sinh nhà trường."),
            Img(f"{UP}/2023/09/khai-giang-2023-1-1024x683.jpg", "Thầy Hiệu trưởng Phạm Đức Long đánh trống khai giảng năm học mới", "Thầy Hiệu trưởng Phạm Đức Long đánh trống khai giảng năm học mới", "figure"),
            P("Năm học 2022-2023, nhà trường có 54 học sinh đạt giải học sinh giỏi cấp tỉnh, 3 học sinh đạt giải học sinh giỏi quốc gia; tỷ lệ tốt nghiệp THPT đạt 100%, điểm trung bình thi tốt nghiệp xếp thứ 2 toàn tỉnh. Năm học mới, trường đón 450 học sinh lớp 10, được chia thành 11 lớp học theo các cụm môn lựa chọn."),
            P("Phát biểu tại buổi lễ, thầy Phạm Đức Long mong muốn mỗi học sinh sẽ luôn chăm ngoan, tự giác, sáng tạo; mỗi thầy cô giáo tiếp tục đổi mới phương pháp, tận tâm với nghề để cùng xây dựng nhà trường ngày càng phát triển."),
            Img(f"{UP}/2023/09/khai-giang-2023-2-1024x683.jpg", "Học sinh lớp 10 biểu diễn văn nghệ chào mừng năm học mới", "Học sinh lớp 10 biểu diễn văn nghệ chào mừng năm học mới", "figure"),
            P("Sau lễ khai giảng, các lớp đã tổ chức sinh hoạt chủ nhiệm, phổ biến nội quy và kế hoạch học tập tuần đầu tiên của năm học."),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        opts={"date": "2023-09-05T09:15", "modified": "2023-09-06T08:20", "jsonld_author": "Nguyễn Thị Hồng Nhung",
              "tags": ["khai-giang", "nam-hoc-moi"],
              "comments": [Comment(12, "Lê Thị Thanh", "05/09/2023 lúc 19:30", "Buổi lễ thật ý nghĩa. Chúc thầy cô và các em một năm học thành công!"),
                           Comment(14, "Cựu học sinh khóa 2015", "06/09/2023 lúc 06:55", "Nhớ trường quá! Chúc trường ngày càng phát triển.")]},
    ),
    Story(
        id=2504,
        slug="hon-200-doan-vien-tham-gia-hien-mau-tinh-nguyen-dot-1-nam-2024",
        title="Hơn 200 đoàn viên tham gia hiến máu tình nguyện đợt 1 năm 2024",
        cat="hoat-dong-doan",
        published_at="2024-03-18T11:10:00+07:00",
        blocks=[
            P("Sáng ngày 17/3/2024, Đoàn trường phối hợp với Bệnh viện Đa khoa tỉnh Khánh Hòa tổ chức Ngày hội hiến máu tình nguyện đợt 1 năm 2024. Có 236 đoàn viên là học sinh đủ 18 tuổi và giáo viên đăng ký tham gia."),
            Img(f"{UP}/2024/03/hien-mau-dot-1-2024.jpg", "Đoàn viên đăng ký, khám sàng lọc trước khi hiến máu", "Đoàn viên đăng ký, khám sàng lọc trước khi hiến máu", "figure"),
            P("Sau khi khám sàng lọc, 204 người đủ điều kiện đã hiến được 204 đơn vị máu. Nhiều em học sinh lần đầu tham gia hiến máu chia sẻ cảm thấy tự hào khi được góp một phần nhỏ giúp đỡ người bệnh."),
            P("Theo đại diện Bệnh viện Đa khoa tỉnh, lượng máu tiếp nhận sẽ góp phần bổ sung nguồn máu dự trữ cho công tác cấp cứu, điều trị trong thời điểm nhu cầu máu tăng cao."),
            Raw('<p style="text-align: right;"><strong>Bài: Phạm Gia Bảo - Ảnh: Võ Thanh Tùng</strong></p>'),
        ],
        authors=["Phạm Gia Bảo"],
        photographers=["Võ Thanh Tùng"],
        opts={"date": "2024-03-18T11:10", "modified": "2024-03-18T11:10", "jsonld_author": "Phạm Gia Bảo",
              "tags": ["hien-mau", "doan-thanh-nien"], "comments": []},
    ),
    Story(
        id=2481,
        slug="doan-truong-ra-quan-huong-ung-thang-thanh-nien-nam-2024",
        title="Đoàn trường ra quân hưởng ứng Tháng Thanh niên năm 2024",
        cat="hoat-dong-doan",
        published_at="2024-03-04T17:00:00+07:00",
        blocks=[
            P("Chiều ngày 03/3/2024, Đoàn Trường THPT Lê Quý Đôn tổ chức Lễ ra quân hưởng ứng Tháng Thanh niên năm 2024 với chủ đề “Tuổi trẻ tiên phong chuyển đổi số, bảo vệ môi trường”. Tham gia lễ ra quân có hơn 600 đoàn viên thuộc 36 chi đoàn."),
            Img(f"{UP}/2024/03/thang-thanh-nien-2024-1.jpg", "Đoàn viên thanh niên tham gia dọn vệ sinh bãi biển Nha Trang", "Đoàn viên thanh niên tham gia dọn vệ sinh bãi biển Nha Trang", "lazy"),
            P("Ngay sau lễ ra quân, các chi đoàn đã đồng loạt tham gia dọn vệ sinh tuyến bãi biển Trần Phú, trồng cây xanh trong khuôn viên trường và hướng dẫn người cao tuổi tại phường Lộc Thọ cài đặt, sử dụng ứng dụng định danh điện tử VNeID."),
            Img(f"{UP}/2024/03/thang-thanh-nien-2024-2.jpg", None, None, "figure"),
            P("Trong Tháng Thanh niên, Đoàn trường sẽ triển khai nhiều hoạt động như: Ngày hội hiến máu tình nguyện, giải bóng đá nam học sinh, cuộc thi tìm hiểu lịch sử Đoàn Thanh niên Cộng sản Hồ Chí Minh và chương trình kết nạp đoàn viên mới nhân kỷ niệm 93 năm Ngày thành lập Đoàn 26/3."),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Lê Hoàng Yến</strong></p>'),
        ],
        authors=["Lê Hoàng Yến"],
        photographers=["Lê Hoàng Yến"],
        opts={"date": "2024-03-04T17:00", "modified": "2024-03-05T08:00", "jsonld_author": "Lê Hoàng Yến",
              "tags": ["thang-thanh-nien", "doan-thanh-nien"], "comments": []},
    ),
]

TAG_NAMES: dict[str, str] = {
    "van-hoa-doc": "văn hóa đọc", "thu-vien": "thư viện", "stem": "STEM",
    "khoa-hoc-ky-thuat": "khoa học kỹ thuật", "hoc-sinh-gioi": "học sinh giỏi",
    "thi-tot-nghiep": "thi tốt nghiệp", "hoc-phi": "học phí", "huong-nghiep": "hướng nghiệp",
    "khai-giang": "khai giảng", "nam-hoc-moi": "năm học mới", "hien-mau": "hiến máu",
    "doan-thanh-nien": "đoàn thanh niên", "thang-thanh-nien": "tháng thanh niên",
}

_LATEST = sorted(STORIES, key=lambda s: s.opts["date"], reverse=True)
_BY_ID = {s.id: s for s in STORIES}


# --- URLs and dates ------------------------------------------------------------------------


def _when(story: Story, key: str = "date") -> datetime:
    return datetime.strptime(story.opts[key], "%Y-%m-%dT%H:%M")


def post_path(story: Story) -> str:
    return f"{_when(story):/%Y/%m/%d}/{story.slug}/"


def cat_path(cat: str, page: int = 1) -> str:
    return f"/chuyen-muc/{cat}/" + (f"page/{page}/" if page > 1 else "")


def in_cat(cat: str) -> list[Story]:
    return [s for s in _LATEST if s.cat == cat]


def _iso(when: datetime, wrong_tz: bool = False) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S") + ("+00:00" if wrong_tz else "+07:00")


def _utc(when: datetime) -> str:
    return (when - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"


def _vi_date(when: datetime) -> str:
    return f"{when.day} {MONTHS[when.month - 1]}, {when.year}"


def _sized(src: str, size: str) -> str:
    stem, dot, ext = src.rpartition(".")
    for suffix in ("-1024x683", "-1024x768"):
        stem = stem.removesuffix(suffix)
    return f"{stem}-{size}{dot}{ext}"


# --- post markup ---------------------------------------------------------------------------


def _image(img: Img, n: int) -> str:
    src = esc(img.src)
    srcset = f'srcset="{src} 1024w, {esc(_sized(img.src, "300x200"))} 300w, {esc(_sized(img.src, "768x512"))} 768w" sizes="(max-width: 1024px) 100vw, 1024px"'
    line = esc(img.printed) if img.printed else ""
    if img.style == "figure":
        cap = f'<figcaption class="wp-element-caption">{line}</figcaption>' if img.printed else ""
        return (
            f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" '
            f'src="{src}" alt="" class="wp-image-{n}" {srcset} />{cap}</figure>'
        )
    if img.style == "wpcaption":
        return (
            f'<figure id="attachment_{n}" aria-describedby="caption-attachment-{n}" style="width: 800px" '
            f'class="wp-caption aligncenter"><img decoding="async" class="size-full wp-image-{n}" '
            f'src="{src}" alt="" width="800" height="533" />'
            f'<figcaption id="caption-attachment-{n}" class="wp-caption-text">{line}</figcaption></figure>'
        )
    if img.style == "lazy":
        placeholder = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%201024%20683'%3E%3C/svg%3E"
        return (
            f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" '
            f'src="{placeholder}" alt="" class="wp-image-{n}" data-lazy-src="{src}" />'
            f'<noscript><img decoding="async" width="1024" height="683" src="{src}" alt="" class="wp-image-{n}" /></noscript>'
            f'<figcaption class="wp-element-caption">{line}</figcaption></figure>'
        )
    out = f'<p><img decoding="async" class="aligncenter size-large wp-image-{n}" src="{src}" alt="" width="800" height="600" /></p>'
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{line}</em></p>'
    return out


def _content(story: Story) -> str:
    out = []
    n = story.id * 10
    for block in story.blocks:
        if isinstance(block, P):
            body = text(block.text)
            out.append(f"<p><strong>{body}</strong></p>" if block.style == "strong" else f"<p>{body}</p>")
        elif isinstance(block, Img):
            n += 1
            out.append(_image(block, n))
        else:
            out.append(block.html)
    return "\n\n".join(out)


def _jsonld(request: Request, story: Story) -> str:
    author = story.opts.get("jsonld_author")
    if not author:
        return ""
    url = base_url(request) + post_path(story)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": story.title,
        "image": [base_url(request) + img.src for img in story.images],
        "datePublished": _iso(_when(story), story.opts.get("jsonld_wrong_tz", False)),
        "dateModified": _iso(_when(story, "modified"), story.opts.get("jsonld_wrong_tz", False)),
        "author": {"@type": "Person", "name": author},
        "publisher": {
            "@type": "Organization",
            "name": SITE,
            "logo": {"@type": "ImageObject", "url": base_url(request) + f"{UP}/2022/05/logo-lqd.png"},
        },
        "articleSection": CATS[story.cat],
        "inLanguage": "vi",
    }
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'


def _comments(story: Story) -> str:
    comments: list[Comment] = story.opts.get("comments", [])
    path = post_path(story)
    items = []
    for c in comments:
        cls = "comment byuser" + (" depth-2" if c.parent else " depth-1")
        items.append(f"""<li id="comment-{c.id}" class="{cls}">
<article id="div-comment-{c.id}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="/wp-content/plugins/avatar/mystery.png" class="avatar" height="42" width="42" /><b class="fn">{esc(c.name)}</b> <span class="says">viết:</span></div>
<div class="comment-metadata"><a href="{path}#comment-{c.id}"><time>{esc(c.when)}</time></a></div></footer>
<div class="comment-content"><p>{esc(c.body)}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{path}?replytocom={c.id}#respond" data-commentid="{c.id}" data-postid="{story.id}" aria-label="Trả lời đến {esc(c.name)}">Trả lời</a></div>
</article>
</li>""")
    title = ""
    if comments:
        title = f'<h2 class="comments-title">{len(comments)} bình luận về &ldquo;{text(story.title)}&rdquo;</h2>\n<ol class="comment-list">\n' + "\n".join(items) + "\n</ol>\n"
    return f"""<div id="comments" class="comments-area">
{title}<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Để lại bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="{path}#respond" style="display:none;">Hủy</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" required /></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" required /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /> <input type="hidden" name="comment_post_ID" value="{story.id}" id="comment_post_ID" /> <input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p>
</form>
</div>
</div>"""


def _related(story: Story) -> str:
    others = [s for s in in_cat(story.cat) if s is not story][:3]
    items = "\n".join(
        f'<li><a href="{post_path(s)}">{text(s.title)}</a> <span class="date">{_vi_date(_when(s))}</span></li>'
        for s in others
    )
    return f'<div class="related-posts">\n<h3 class="related-title">Bài viết liên quan</h3>\n<ul>\n{items}\n</ul>\n</div>'


def _post_nav(story: Story) -> str:
    idx = _LATEST.index(story)
    older = _LATEST[idx + 1] if idx + 1 < len(_LATEST) else None
    newer = _LATEST[idx - 1] if idx > 0 else None
    parts = []
    if older:
        parts.append(f'<div class="nav-previous"><a href="{post_path(older)}" rel="prev"><span class="meta-nav">Bài trước</span> {text(older.title)}</a></div>')
    if newer:
        parts.append(f'<div class="nav-next"><a href="{post_path(newer)}" rel="next"><span class="meta-nav">Bài sau</span> {text(newer.title)}</a></div>')
    return (
        '<nav class="navigation post-navigation" aria-label="Bài viết">\n<h2 class="screen-reader-text">Điều hướng bài viết</h2>\n'
        f'<div class="nav-links">{"".join(parts)}</div>\n</nav>'
    )


def _single(request: Request, story: Story) -> str:
    when, modified = _when(story), _when(story, "modified")
    excerpt = ""
    if story.summary and story.opts.get("excerpt_outside"):
        excerpt = f'<div class="entry-summary single-excerpt"><p>{text(story.summary)}</p></div>\n'
    tags = ", ".join(
        f'<a href="/the/{t}/" rel="tag">{esc(TAG_NAMES[t])}</a>' for t in story.opts.get("tags", [])
    )
    path = post_path(story)
    url = base_url(request) + path
    main = f"""<nav class="yoast-breadcrumbs" aria-label="breadcrumbs"><span><span><a href="/">Trang chủ</a></span> » <span><a href="{cat_path(story.cat)}">{esc(CATS[story.cat])}</a></span> » <span class="breadcrumb_last" aria-current="page">{text(story.title)}</span></span></nav>
<article id="post-{story.id}" class="post-{story.id} post type-post status-publish format-standard has-post-thumbnail hentry category-{story.cat}">
<header class="entry-header">
<h1 class="entry-title">{text(story.title)}</h1>
<div class="entry-meta">
<span class="posted-on"><i class="fa fa-calendar"></i> <a href="{path}" rel="bookmark"><time class="entry-date published" datetime="{_iso(when)}">{_vi_date(when)}</time><time class="updated" datetime="{_iso(modified)}">{_vi_date(modified)}</time></a></span>
<span class="post-views"><i class="fa fa-eye"></i> Lượt xem: {story.views()}</span>
</div>
</header>
{excerpt}<div class="entry-content">
{_content(story)}
</div>
<footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="{cat_path(story.cat)}" rel="category tag">{esc(CATS[story.cat])}</a></span> <span class="tags-links">Thẻ: {tags}</span></footer>
</article>
<div class="share-buttons"><span>Chia sẻ:</span>
<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}" target="_blank" rel="nofollow noopener">Facebook</a>
<a class="share-zalo" href="https://sp.zalo.me/share_inline?d={esc(url)}" target="_blank" rel="nofollow noopener">Zalo</a>
<a class="share-print" href="javascript:window.print()">In bài viết</a>
<a class="share-email" href="mailto:?subject={esc(story.title)}&amp;body={esc(url)}">Gửi email</a>
</div>
{_post_nav(story)}
{_related(story)}
{_comments(story)}"""
    head = _head_post(request, story)
    return _layout(title=f"{' '.join(story.title.split())} – {SITE}", head=head, main=main, body_class=f"post-template-default single single-post postid-{story.id}")


def _head_post(request: Request, story: Story) -> str:
    url = base_url(request) + post_path(story)
    robots = "noindex, follow" if "replytocom" in request.params else "index, follow, max-image-preview:large"
    desc = esc(" ".join((story.summary or story.paragraphs[0]).split()[:30]))
    image = f'<meta property="og:image" content="{esc(base_url(request) + story.images[0].src)}" />\n' if story.images else ""
    author = story.opts.get("jsonld_author")
    meta_author = f'<meta name="author" content="{esc(author)}" />\n' if author else ""
    return f"""<meta name="robots" content="{robots}" />
<link rel="canonical" href="{esc(url)}" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(story.title)} – {esc(SITE)}" />
<meta property="og:description" content="{desc}" />
<meta property="og:url" content="{esc(url)}" />
<meta property="og:site_name" content="{esc(SITE)}" />
<meta property="article:published_time" content="{_utc(_when(story))}" />
<meta property="article:modified_time" content="{_utc(_when(story, 'modified'))}" />
{image}{meta_author}{_jsonld(request, story)}<link rel="shortlink" href="/?p={story.id}" />"""


# --- layout --------------------------------------------------------------------------------


def _sidebar() -> str:
    latest = "\n".join(f'<li><a href="{post_path(s)}">{text(s.title)}</a></li>' for s in _LATEST[:5])
    cats = "\n".join(
        f'<li class="cat-item"><a href="{cat_path(c)}">{esc(n)}</a> ({len(in_cat(c))})</li>'
        for c, n in CATS.items()
    )
    months = sorted({(_when(s).year, _when(s).month) for s in STORIES}, reverse=True)
    archives = "\n".join(
        f'<li><a href="/{y}/{m:02d}/">{MONTHS[m - 1]} {y}</a></li>' for y, m in months
    )
    return f"""<aside id="secondary" class="widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/">
<label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label>
<input type="submit" class="search-submit" value="Tìm kiếm" /></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2>
<ul>
{latest}
</ul></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2>
<ul>
{cats}
</ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2>
<ul>
{archives}
</ul></section>
<section id="counter-2" class="widget widget_counter"><h2 class="widget-title">Thống kê truy cập</h2>
<ul class="counter">
<li>Đang trực tuyến: 9</li>
<li>Hôm nay: 284</li>
<li>Tháng này: 6.912</li>
<li>Tổng lượt truy cập: 498.301</li>
</ul></section>
</aside>"""


def _layout(*, title: str, head: str, main: str, body_class: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="profile" href="https://gmpg.org/xfn/11" />
<title>{esc(title)}</title>
{head}
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng thông tin" href="/feed/" />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng phản hồi" href="/comments/feed/" />
<link rel="stylesheet" id="theme-style-css" href="/wp-content/themes/lqd-school/style.css?ver=2.1.4" media="all" />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="{body_class} wp-embed-responsive">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Chuyển đến nội dung</a>
<div class="top-bar"><span class="today">{TODAY}</span> <span class="hotline">Hotline: 0258 3822 364</span></div>
<header id="masthead" class="site-header">
<div class="site-branding">
<a href="/" class="custom-logo-link" rel="home"><img width="120" height="120" src="{UP}/2022/05/logo-lqd.png" class="custom-logo" alt="{esc(SITE)}" /></a>
<p class="site-title"><a href="/" rel="home">{esc(SITE)}</a></p>
<p class="site-description">{esc(TAGLINE)}</p>
</div>
<nav id="site-navigation" class="main-navigation">
<ul id="primary-menu" class="menu">
<li class="menu-item menu-item-home"><a href="/">Trang chủ</a></li>
<li class="menu-item"><a href="/gioi-thieu/">Giới thiệu</a></li>
<li class="menu-item"><a href="{cat_path("tin-tuc")}">{esc(CATS["tin-tuc"])}</a></li>
<li class="menu-item"><a href="{cat_path("hoat-dong-doan")}">{esc(CATS["hoat-dong-doan"])}</a></li>
<li class="menu-item"><a href="/lien-he/">Liên hệ</a></li>
</ul>
</nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main">
{main}
</main>
</div>
{_sidebar()}
</div>
<footer id="colophon" class="site-footer">
<div class="site-info">
<p><strong>Bản quyền thuộc {esc(SITE)}</strong></p>
<p>Địa chỉ: 67 Yersin, phường Phương Sài, thành phố Nha Trang, tỉnh Khánh Hòa</p>
<p>Điện thoại: 0258 3822 364 - Email: c3lequydon.kh@khanhhoa.edu.vn</p>
<p>Vận hành bởi <a href="https://wordpress.org/">WordPress</a></p>
</div>
</footer>
</div>
<script src="/wp-includes/js/comment-reply.min.js?ver=6.4.3" id="comment-reply-js" async="async" defer="defer"></script>
</body>
</html>"""


def _archive_entry(story: Story) -> str:
    path = post_path(story)
    thumb = _sized(story.images[0].src, "300x200") if story.images else f"{UP}/2022/05/no-thumb-300x200.png"
    excerpt = " ".join((story.summary or story.paragraphs[0]).split()[:40])
    return f"""<article id="post-{story.id}" class="post-{story.id} post type-post status-publish format-standard hentry category-{story.cat}">
<div class="post-thumbnail"><a href="{path}" aria-hidden="true" tabindex="-1"><img width="300" height="200" src="{esc(thumb)}" class="attachment-medium size-medium wp-post-image" alt="" decoding="async" /></a></div>
<header class="entry-header">
<h2 class="entry-title"><a href="{path}" rel="bookmark">{text(story.title)}</a></h2>
<div class="entry-meta"><span class="posted-on"><a href="{path}" rel="bookmark"><time class="entry-date published" datetime="{_iso(_when(story))}">{_vi_date(_when(story))}</time></a></span></div>
</header>
<div class="entry-summary"><p>{text(excerpt)} [&hellip;]</p></div>
<a class="more-link" href="{path}">Đọc tiếp<span class="screen-reader-text"> &ldquo;{text(story.title)}&rdquo;</span> &rarr;</a>
</article>"""


def _pagination(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def url(n: int) -> str:
        return base + (f"page/{n}/" if n > 1 else "")

    parts = []
    if page > 1:
        parts.append(f'<a class="prev page-numbers" href="{url(page - 1)}">&laquo; Trang trước</a>')
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{url(n)}">{n}</a>')
    if page < pages:
        parts.append(f'<a class="next page-numbers" href="{url(page + 1)}">Trang sau &raquo;</a>')
    return (
        '<nav class="navigation pagination" aria-label="Phân trang bài viết">\n<h2 class="screen-reader-text">Phân trang bài viết</h2>\n'
        f'<div class="nav-links">{"".join(parts)}</div>\n</nav>'
    )


def _archive(request: Request, base: str, heading: str, stories: list[Story], page: int, crumb: str) -> Response | None:
    pages = max(1, -(-len(stories) // PER_PAGE))
    if page > pages:
        return None
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    canonical = base_url(request) + base + (f"page/{page}/" if page > 1 else "")
    main = f"""<nav class="yoast-breadcrumbs" aria-label="breadcrumbs"><span><span><a href="/">Trang chủ</a></span> » <span class="breadcrumb_last" aria-current="page">{esc(crumb)}</span></span></nav>
<header class="page-header"><h1 class="page-title">{heading}</h1></header>
{chr(10).join(_archive_entry(s) for s in chunk)}
{_pagination(base, page, pages)}"""
    head = f'<meta name="robots" content="index, follow" />\n<link rel="canonical" href="{esc(canonical)}" />'
    title = f"{crumb}{f' – Trang {page}' if page > 1 else ''} – {SITE}"
    return html(_layout(title=title, head=head, main=main, body_class="archive category"))


def _home(request: Request) -> str:
    blocks = []
    for cat, name in CATS.items():
        items = in_cat(cat)[:3]
        lis = "\n".join(
            f'<li><a href="{post_path(s)}">{text(s.title)}</a> <span class="date">({_when(s):%d/%m/%Y})</span></li>'
            for s in items
        )
        blocks.append(
            f'<section class="home-block"><h2 class="block-title"><a href="{cat_path(cat)}">{esc(name)}</a></h2>\n<ul>\n{lis}\n</ul>\n'
            f'<a class="view-all" href="{cat_path(cat)}">Xem tất cả</a></section>'
        )
    main = (
        '<section class="home-intro"><h2>Chào mừng đến với website Trường THPT Lê Quý Đôn</h2>'
        "<p>Trường THPT Lê Quý Đôn được thành lập năm 1975, là một trong những trường trung học phổ thông có bề dày truyền thống của tỉnh Khánh Hòa.</p></section>\n"
        + "\n".join(blocks)
    )
    head = f'<meta name="robots" content="index, follow" />\n<link rel="canonical" href="{esc(base_url(request))}/" />'
    return _layout(title=f"{SITE} – {TAGLINE}", head=head, main=main, body_class="home page-template-default page")


def _wp_page(request: Request, slug: str) -> str:
    if slug == "gioi-thieu":
        title = "Giới thiệu"
        body = """<p>Trường THPT Lê Quý Đôn được thành lập năm 1975, tọa lạc tại trung tâm thành phố Nha Trang. Qua gần 50 năm xây dựng và phát triển, nhà trường đã đào tạo hàng chục nghìn học sinh, nhiều thế hệ học sinh đã trưởng thành và giữ các cương vị quan trọng.</p>
<p>Hiện nay, nhà trường có 36 lớp với 1.350 học sinh, 92 cán bộ, giáo viên, nhân viên; 100% giáo viên đạt chuẩn, trong đó 38% có trình độ thạc sĩ.</p>
<p>Nhà trường được công nhận đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</p>"""
    else:
        title = "Liên hệ"
        body = """<p><strong>TRƯỜNG THPT LÊ QUÝ ĐÔN</strong></p>
<p>Địa chỉ: 67 Yersin, phường Phương Sài, thành phố Nha Trang, tỉnh Khánh Hòa</p>
<p>Điện thoại: 0258 3822 364</p>
<p>Email: c3lequydon.kh@khanhhoa.edu.vn</p>"""
    main = f"""<article id="post-{len(slug)}" class="page type-page status-publish hentry">
<header class="entry-header"><h1 class="entry-title">{title}</h1></header>
<div class="entry-content">
{body}
</div>
</article>"""
    head = f'<meta name="robots" content="index, follow" />\n<link rel="canonical" href="{esc(base_url(request))}/{slug}/" />'
    return _layout(title=f"{title} – {SITE}", head=head, main=main, body_class="page-template-default page")


def _rss(request: Request, comments: bool = False) -> Response:
    base = base_url(request)
    items = []
    if not comments:
        for s in _LATEST:
            when = _when(s) - timedelta(hours=7)
            items.append(f"""<item>
<title>{esc(s.title)}</title>
<link>{base}{post_path(s)}</link>
<dc:creator><![CDATA[{s.opts.get("jsonld_author") or "lqd-admin"}]]></dc:creator>
<pubDate>{format_datetime(when.replace(tzinfo=UTC))}</pubDate>
<category><![CDATA[{CATS[s.cat]}]]></category>
<guid isPermaLink="false">{base}/?p={s.id}</guid>
<description><![CDATA[{" ".join((s.summary or s.paragraphs[0]).split()[:40])} [&#8230;]]]></description>
</item>""")
    title = SITE + (" - Dòng phản hồi" if comments else "")
    body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{esc(title)}</title>
<atom:link href="{base}/{"comments/" if comments else ""}feed/" rel="self" type="application/rss+xml" />
<link>{base}</link>
<description>{esc(TAGLINE)}</description>
<language>vi</language>
{chr(10).join(items)}
</channel>
</rss>"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


class WordPressSite:
    """Routes like WordPress with pretty permalinks; paths without a trailing slash redirect."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        static = static_file(path)
        if static is not None:
            return static
        params = request.params
        if path == "/":
            if params.get("p", "").isdigit() and int(params["p"]) in _BY_ID:
                return redirect(post_path(_BY_ID[int(params["p"])]), 301)
            if "s" in params:
                return self._search(request, params["s"])
            return html(_home(request))
        if not path.endswith("/"):
            target = self.respond(_with_path(request, path + "/"))
            return redirect(path + "/", 301) if target is not None and target.status == 200 else None
        if path == "/feed/":
            return _rss(request)
        if path == "/comments/feed/":
            return _rss(request, comments=True)
        if path in ("/gioi-thieu/", "/lien-he/"):
            return html(_wp_page(request, path.strip("/")))
        parts = [p for p in path.split("/") if p]
        if parts[0] == "chuyen-muc" and len(parts) >= 2 and parts[1] in CATS:
            return self._paged(request, parts[2:], cat_path(parts[1]), f"Chuyên mục: <span>{esc(CATS[parts[1]])}</span>", in_cat(parts[1]), CATS[parts[1]])
        if parts[0] == "the" and len(parts) >= 2 and parts[1] in TAG_NAMES:
            tagged = [s for s in _LATEST if parts[1] in s.opts.get("tags", [])]
            return self._paged(request, parts[2:], f"/the/{parts[1]}/", f"Thẻ: <span>{esc(TAG_NAMES[parts[1]])}</span>", tagged, TAG_NAMES[parts[1]])
        if len(parts) == 2 and all(p.isdigit() for p in parts):
            y, m = int(parts[0]), int(parts[1])
            month = [s for s in _LATEST if (_when(s).year, _when(s).month) == (y, m)]
            if not month:
                return None
            return self._paged(request, [], f"/{y}/{m:02d}/", f"Lưu trữ theo tháng: <span>{MONTHS[m - 1]} {y}</span>", month, f"{MONTHS[m - 1]} {y}")
        if len(parts) == 4:
            for story in STORIES:
                if post_path(story) == path:
                    return html(_single(request, story))
        return None

    def _paged(self, request: Request, rest: list[str], base: str, heading: str, stories: list[Story], crumb: str) -> Response | None:
        if not rest:
            return _archive(request, base, heading, stories, 1, crumb)
        if len(rest) == 2 and rest[0] == "page" and rest[1].isdigit():
            n = int(rest[1])
            if n == 1:
                return redirect(base, 301)
            return _archive(request, base, heading, stories, n, crumb)
        return None

    def _search(self, request: Request, query: str) -> Response:
        words = query.lower().split()
        found = [s for s in _LATEST if words and all(w in s.title.lower() for w in words)]
        heading = f"Kết quả tìm kiếm cho: <span>{esc(query)}</span>"
        main = f'<header class="page-header"><h1 class="page-title">{heading}</h1></header>\n' + (
            "\n".join(_archive_entry(s) for s in found) or "<p>Không tìm thấy kết quả nào phù hợp.</p>"
        )
        head = '<meta name="robots" content="noindex, follow" />'
        return html(_layout(title=f"Kết quả tìm kiếm – {SITE}", head=head, main=main, body_class="search"))


def _with_path(request: Request, path: str) -> Request:
    return Request(request.method, path, request.query, request.headers, request.body)


def build_site() -> WordPressSite:
    return WordPressSite()


def _gold(story: Story) -> dict:
    path = post_path(story)
    alts = [f"{path}?replytocom={c.id}" for c in story.opts.get("comments", [])]
    record = gold_record(story, path, CATS[story.cat], canonical_path=path, alt_paths=alts)
    # the theme prints the day only ("15 Tháng Tám, 2023"); the time of day is in the <time>
    # element's datetime, the feed and JSON-LD, which a reader never sees: date only, the
    # convention of every other fixture and of shared/real-pages ("time only where shown")
    record["published_at"] = record["published_at"][:10]
    return record


GOLD: list[dict] = [_gold(s) for s in STORIES]
NON_ARTICLES: list[str] = [
    "/",
    "/gioi-thieu/",
    "/lien-he/",
    cat_path("tin-tuc"),
    cat_path("tin-tuc", 2),
    cat_path("tin-tuc", 3),
    cat_path("hoat-dong-doan"),
    "/2024/03/",
    "/2023/11/",
    "/the/doan-thanh-nien/",
    "/feed/",
    "/comments/feed/",
]
