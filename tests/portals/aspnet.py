"""Fixture portal: a political school's site on ASP.NET WebForms (DotNetNuke style).

Why: DNN and home-made WebForms sites page their news lists by form postback. The whole page is
one ``<form id="Form" method="post">`` with ``__VIEWSTATE`` (a long blob that changes per page),
``__VIEWSTATEGENERATOR`` and ``__EVENTVALIDATION``; the pager's links are
``javascript:__doPostBack('dnn$ctr512$ListNews$pager','Page$2')``. A GET of the list, whatever
its query, is page 1; only a POST with ``__EVENTTARGET``/``__EVENTARGUMENT`` and a view state
reaches page N, and the articles of pages 2-3 are linked from nowhere else.

Articles live at ``/Default.aspx?tabid=55&ArticleId=N`` and, for two older posts, at the legacy
``/tin-tuc/ArticleDetail.aspx?_Article_ID=N`` (one of them stored as windows-1258, tone marks
as combining characters). Dates: "Thứ Năm, 11/08/2022 - 08:30", "Cập nhật: 10/8/2022", and one
post whose date is only inside its text: its publication date is the listing's "(10/08/2022)".
The skin prints ``<meta name="AUTHOR">`` with the school's name on every page: not a byline.
"""

from __future__ import annotations

from dataclasses import dataclass

from crawler.demo.server import Request, Response, html

from ._common import (
    TODAY,
    Img,
    P,
    Raw,
    Story,
    cp1258_bytes,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "aspnet"
START_PATH = "/"
PLATFORM = "aspnet"

SITE = "Trường Chính trị tỉnh Sóc Trăng"
PER_PAGE = 3
PAGER_TARGET = "dnn$ctr512$ListNews$pager"
LOGIN = "/Default.aspx?tabid=36&ctl=Login&returnurl=%2f"


@dataclass(frozen=True)
class Tab:
    name: str
    module: int


TABS: dict[int, Tab] = {
    55: Tab("Tin hoạt động", 512),
    56: Tab("Nghiên cứu - Trao đổi", 514),
}
STATIC_TABS: dict[int, str] = {53: "Giới thiệu", 60: "Liên hệ"}

_NEWS = "Portals/0/News"

# opts: tab, legacy (served as /tin-tuc/ArticleDetail.aspx?_Article_ID=N), date_line (printed on
# the detail page or None), listed (the date the list prints beside the link), cp1258 (page
# stored as windows-1258), sapo_el ("div.sapo" or "p.summary"), para ("p" or "div").
# Listing order is the order of this list within each tab (newest first).
STORIES: list[Story] = [
    Story(
        id=131,
        slug="khai-giang-tc-llct-hc-2022-2024",
        title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 2022-2024",
        cat="55",
        published_at="2022-08-11T08:30:00+07:00",
        blocks=[
            P("Sáng ngày 10/8/2022, Trường Chính trị tỉnh tổ chức Lễ khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 2022-2024 tại huyện Mỹ Tú. Lớp học có 86 học viên là cán bộ, công chức cấp xã và cán bộ chủ chốt các ban, ngành, đoàn thể của huyện."),
            P("Theo kế hoạch, lớp học được tổ chức trong thời gian 18 tháng, học viên sẽ nghiên cứu 4 phần học với 19 học phần, gồm: những vấn đề cơ bản về chủ nghĩa Mác - Lênin và tư tưởng Hồ Chí Minh; những vấn đề cơ bản về Đảng Cộng sản và lịch sử Đảng Cộng sản Việt Nam; những vấn đề cơ bản về hệ thống chính trị, Nhà nước và pháp luật; kỹ năng lãnh đạo, quản lý và tình hình, nhiệm vụ của địa phương."),
            Img(
                f"{_NEWS}/2022/08/khai-giang-tc-k22-1.jpg",
                "(Đồng chí Trần Thị Mỹ Hạnh, Phó Hiệu trưởng Trường Chính trị phát biểu khai giảng lớp học)",
                "Đồng chí Trần Thị Mỹ Hạnh, Phó Hiệu trưởng Trường Chính trị phát biểu khai giảng lớp học",
            ),
            P("Phát biểu khai giảng, đồng chí Trần Thị Mỹ Hạnh đề nghị học viên xác định rõ động cơ, thái độ học tập đúng đắn, chấp hành nghiêm quy chế, nội quy của nhà trường; tích cực nghiên cứu tài liệu, liên hệ thực tiễn công tác tại địa phương, đơn vị để vận dụng kiến thức vào giải quyết công việc."),
            P("Đồng chí cũng đề nghị Ban Thường vụ Huyện ủy Mỹ Tú và Trung tâm Chính trị huyện tạo điều kiện về thời gian, kinh phí cho học viên; phối hợp với Trường quản lý học viên chặt chẽ trong suốt khóa học."),
            Img(
                f"{_NEWS}/2022/08/khai-giang-tc-k22-2.jpg",
                "Quang cảnh buổi lễ khai giảng",
                "Quang cảnh buổi lễ khai giảng",
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Ngọc Trâm</strong></p>'),
            Raw('<p style="text-align: right;"><strong>Ảnh: Hữu Lộc</strong></p>'),
        ],
        authors=["Ngọc Trâm"],
        photographers=["Hữu Lộc"],
        opts={"tab": 55, "date_line": "Thứ Năm, 11/08/2022 - 08:30", "listed": "11/08/2022"},
    ),
    Story(
        id=130,
        slug="hoi-nghi-cbccvc-nld-2022",
        title="Hội nghị cán bộ, công chức, viên chức và người lao động năm 2022",
        cat="55",
        published_at="2022-08-10",
        summary="Ngày 09/8/2022, Trường Chính trị tỉnh tổ chức Hội nghị cán bộ, công chức, viên chức và người lao động năm 2022 nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2021 và bàn giải pháp thực hiện nhiệm vụ năm 2022.",
        sapo_outside=True,
        blocks=[
            P("Năm 2021, mặc dù chịu ảnh hưởng nặng nề của dịch Covid-19, Nhà trường đã linh hoạt chuyển sang hình thức học trực tuyến, hoàn thành 34 lớp đào tạo, bồi dưỡng với 2.916 học viên, đạt 108% kế hoạch. Công tác nghiên cứu khoa học có 2 đề tài cấp tỉnh và 11 đề tài cấp cơ sở được nghiệm thu đạt loại khá trở lên."),
            P("Hội nghị đã thảo luận, thống nhất sửa đổi, bổ sung Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ sở và Quy chế thi đua, khen thưởng của Nhà trường; đồng thời biểu quyết thông qua các chỉ tiêu thi đua năm 2022."),
            Img(
                f"{_NEWS}/2022/08/hoi-nghi-cbccvc-2022.jpg",
                "Hiệu trưởng Nhà trường trao Giấy khen cho các cá nhân có thành tích xuất sắc - Ảnh: Quang Huy",
                "Hiệu trưởng Nhà trường trao Giấy khen cho các cá nhân có thành tích xuất sắc - Ảnh: Quang Huy",
                "br",
            ),
            P("Dịp này, Hiệu trưởng Nhà trường tặng Giấy khen cho 8 tập thể và 21 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2021; cán bộ, công chức, viên chức và người lao động ký kết giao ước thi đua năm 2022."),
            Raw("<p>&nbsp;</p>"),
            Raw('<p style="text-align: right;"><b>Tin: Lâm Quốc Khánh</b></p>'),
        ],
        authors=["Lâm Quốc Khánh"],
        photographers=["Quang Huy"],
        opts={"tab": 55, "date_line": "Cập nhật: 10/8/2022", "listed": "10/08/2022",
              "sapo_el": "div.sapo"},
    ),
    Story(
        id=129,
        slug="be-giang-boi-duong-qp-an-doi-tuong-4-2022",
        title="Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2022",
        cat="55",
        published_at="2022-08-10",
        blocks=[
            P("Chiều ngày 08/8/2022, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức Lễ bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2022."),
            P("Trong thời gian 10 ngày, 124 học viên là cán bộ, đảng viên, trưởng ấp, khóm, chi hội trưởng các đoàn thể được nghiên cứu các chuyên đề về quan điểm của Đảng về đường lối quốc phòng, an ninh; xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân; phòng, chống chiến lược “diễn biến hòa bình”, bạo loạn lật đổ của các thế lực thù địch; công tác quân sự, quốc phòng ở địa phương."),
            P("Kết thúc khóa học, 100% học viên đạt yêu cầu, trong đó có 42 học viên đạt loại giỏi, 77 học viên đạt loại khá. Ban Tổ chức đã trao giấy chứng nhận cho các học viên hoàn thành chương trình bồi dưỡng."),
            P("Phát biểu bế giảng, đại diện lãnh đạo Bộ Chỉ huy Quân sự tỉnh đề nghị các học viên vận dụng kiến thức đã học vào công tác tuyên truyền, vận động nhân dân thực hiện tốt nhiệm vụ quốc phòng, an ninh tại cơ sở, góp phần giữ vững ổn định chính trị, trật tự an toàn xã hội trên địa bàn tỉnh."),
            Raw('<p style="text-align: right;"><strong>Tin: Ngọc Trâm</strong></p>'),
        ],
        authors=["Ngọc Trâm"],
        opts={"tab": 55, "date_line": None, "listed": "10/08/2022"},
    ),
    Story(
        id=118,
        slug="hoi-thao-giang-vien",
        title="Hội thảo khoa học “Nâng cao chất lượng đội ngũ giảng viên trường chính trị trong giai đoạn mới”",
        cat="55",
        published_at="2022-07-25T14:00:00+07:00",
        blocks=[
            P("Ngày 22/7/2022, Trường Chính trị tỉnh tổ chức Hội thảo khoa học “Nâng cao chất lượng đội ngũ giảng viên trường chính trị trong giai đoạn mới”. Tham dự Hội thảo có đại diện Ban Tuyên giáo Tỉnh ủy, Ban Tổ chức Tỉnh ủy, Sở Nội vụ, lãnh đạo các trung tâm chính trị cấp huyện cùng toàn thể giảng viên của Trường."),
            Img(
                "http://truongchinhtri.soctrang.example/Portals/0/News/2022/07/hoi-thao-giang-vien.jpg",
                "(Các đại biểu tham dự Hội thảo)",
                "Các đại biểu tham dự Hội thảo",
                "bri",
            ),
            P("Hội thảo nhận được 26 bài tham luận, tập trung làm rõ thực trạng đội ngũ giảng viên về số lượng, cơ cấu, trình độ chuyên môn, năng lực sư phạm và khả năng nghiên cứu khoa học. Nhiều ý kiến cho rằng bên cạnh những ưu điểm, một bộ phận giảng viên trẻ còn thiếu kinh nghiệm thực tiễn, khả năng liên hệ thực tế trong bài giảng còn hạn chế."),
            P("Các đại biểu đã đề xuất nhiều giải pháp như: đẩy mạnh việc cử giảng viên đi nghiên cứu thực tế tại cơ sở; tăng cường dự giờ, rút kinh nghiệm giảng dạy; đổi mới chế độ đãi ngộ để thu hút người có trình độ cao; khuyến khích giảng viên tham gia đề tài khoa học các cấp."),
            Img("../Portals/0/News/2022/07/hoi-thao-giang-vien-2.jpg", None, None, "none"),
            P("Kết luận Hội thảo, đồng chí Lý Văn Sơn, Hiệu trưởng Nhà trường, ghi nhận và tiếp thu các ý kiến đóng góp, đồng thời giao các khoa, phòng chuyên môn tổng hợp, xây dựng đề án phát triển đội ngũ giảng viên giai đoạn 2022-2025, tầm nhìn đến năm 2030."),
            Raw('<p align="right"><b>Bài, ảnh: Ngọc Diễm</b></p>'),
        ],
        authors=["Ngọc Diễm"],
        photographers=["Ngọc Diễm"],
        opts={"tab": 55, "legacy": True, "cp1258": True,
              "date_line": "Thứ Hai, 25/07/2022 - 14:00", "listed": "25/07/2022"},
    ),
    Story(
        id=121,
        slug="nghien-cuu-thuc-te-tran-de",
        title="Đoàn học viên lớp Cao cấp lý luận chính trị nghiên cứu thực tế tại huyện Trần Đề",
        cat="55",
        published_at="2022-07-05",
        blocks=[
            P("Từ ngày 29/6 đến ngày 01/7/2022, Trường Chính trị tỉnh phối hợp với Học viện Chính trị khu vực IV tổ chức cho 65 học viên lớp Cao cấp lý luận chính trị hệ không tập trung đi nghiên cứu thực tế tại huyện Trần Đề."),
            P("Tại buổi làm việc, đại diện Ban Thường vụ Huyện ủy Trần Đề đã thông tin về tình hình phát triển kinh tế - xã hội, quốc phòng - an ninh và công tác xây dựng Đảng của huyện; những kết quả nổi bật trong xây dựng nông thôn mới và chuyển đổi cơ cấu cây trồng, vật nuôi thích ứng với biến đổi khí hậu."),
            Img(
                f"{_NEWS}/2022/07/nctt-tran-de-1.jpg",
                "Đoàn học viên làm việc với Ban Thường vụ Huyện ủy Trần Đề",
                "Đoàn học viên làm việc với Ban Thường vụ Huyện ủy Trần Đề",
                "br",
            ),
            P("Đoàn đã đến tham quan mô hình nuôi tôm ứng dụng công nghệ cao, cánh đồng lúa - tôm và Khu bảo tồn cây đước ven biển. Học viên trao đổi với người dân, cán bộ cơ sở về những khó khăn trong tiêu thụ sản phẩm, xâm nhập mặn và sạt lở bờ biển."),
            Img(
                f"{_NEWS}/2022/07/nctt-tran-de-2.jpg",
                "Học viên tham quan mô hình nuôi tôm ứng dụng công nghệ cao tại xã Trung Bình",
                "Học viên tham quan mô hình nuôi tôm ứng dụng công nghệ cao tại xã Trung Bình",
            ),
            P("Qua đợt nghiên cứu thực tế, học viên có thêm tư liệu thực tiễn để hoàn thành tiểu luận tốt nghiệp, đồng thời đề xuất với địa phương nhiều giải pháp có giá trị tham khảo."),
            Img(f"{_NEWS}/2022/07/DSC01234.jpg", "DSC01234", None, "br"),
            Raw('<p style="text-align: right;"><strong><em>Tin, ảnh: Trúc Linh</em></strong></p>'),
        ],
        authors=["Trúc Linh"],
        photographers=["Trúc Linh"],
        opts={"tab": 55, "date_line": "Cập nhật: 5/7/2022", "listed": "05/07/2022"},
    ),
    Story(
        id=119,
        slug="ket-nap-dang-vien-khoa-xdd",
        title="Chi bộ Khoa Xây dựng Đảng tổ chức lễ kết nạp đảng viên mới",
        cat="55",
        published_at="2022-06-17T09:15:00+07:00",
        blocks=[
            P("Sáng ngày 16/6/2022, Chi bộ Khoa Xây dựng Đảng, Đảng bộ Trường Chính trị tỉnh tổ chức Lễ kết nạp đảng viên mới cho quần chúng Trương Thị Bảo Trân, giảng viên của Khoa."),
            Img(f"{_NEWS}/2022/06/ket-nap-dang-vien.jpg", None, None, "none"),
            P("Tại buổi lễ, đồng chí Bí thư Chi bộ đã công bố Quyết định kết nạp đảng viên của Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh, trao Quyết định và tặng hoa chúc mừng đồng chí Trương Thị Bảo Trân. Đảng viên mới đã đọc lời tuyên thệ trước cờ Đảng, cờ Tổ quốc và ảnh Chủ tịch Hồ Chí Minh."),
            P("Đồng chí Bí thư Chi bộ mong muốn đảng viên mới tiếp tục rèn luyện phẩm chất chính trị, đạo đức, lối sống; nghiêm túc học tập, nghiên cứu, nâng cao trình độ chuyên môn, xứng đáng là đảng viên Đảng Cộng sản Việt Nam. Chi bộ sẽ phân công đảng viên chính thức giúp đỡ đảng viên mới trong thời gian dự bị."),
            Raw('<div style="text-align: right;"><b>Bài: Minh Thư - Ảnh: Hồng Nhung</b></div>'),
        ],
        authors=["Minh Thư"],
        photographers=["Hồng Nhung"],
        opts={"tab": 55, "date_line": "Thứ Sáu, 17/06/2022 - 09:15", "listed": "17/06/2022",
              "para": "div"},
    ),
    Story(
        id=105,
        slug="cong-doan-quoc-te-thieu-nhi-2022",
        title="Công đoàn Trường tổ chức các hoạt động nhân ngày Quốc tế Thiếu nhi 1/6",
        cat="55",
        published_at="2022-06-02",
        summary="Nhân dịp ngày Quốc tế Thiếu nhi 1/6 và Tết Độc lập năm 2022, Công đoàn Trường Chính trị tỉnh đã tổ chức nhiều hoạt động vui chơi, tặng quà cho con cán bộ, công chức, viên chức và người lao động.",
        sapo_outside=True,
        blocks=[
            P("Sáng ngày 01/6/2022, tại hội trường Nhà trường, Ban Chấp hành Công đoàn đã tổ chức buổi gặp mặt và trao 45 phần quà cho các cháu thiếu nhi; trong đó có 12 phần quà dành cho các cháu đạt danh hiệu học sinh giỏi năm học 2021-2022."),
            Img(
                "../Portals/0/News/2022/06/thieu-nhi-1.jpg",
                "Ban Chấp hành Công đoàn Trường trao quà cho các cháu thiếu nhi",
                "Ban Chấp hành Công đoàn Trường trao quà cho các cháu thiếu nhi",
            ),
            P("Các cháu được tham gia nhiều trò chơi dân gian như kéo co, bịt mắt đánh trống, nhảy bao bố và xem chương trình ảo thuật vui nhộn. Không khí buổi gặp mặt diễn ra vui tươi, đầm ấm."),
            Img(
                "../Portals/0/News/2022/06/thieu-nhi-2.jpg",
                "Các cháu thiếu nhi tham gia trò chơi dân gian (Ảnh: Thanh Tùng)",
                "Các cháu thiếu nhi tham gia trò chơi dân gian (Ảnh: Thanh Tùng)",
            ),
            P("Đây là hoạt động thường niên của Công đoàn Trường nhằm động viên, khích lệ tinh thần học tập của các cháu, đồng thời thể hiện sự quan tâm của tổ chức công đoàn đối với gia đình đoàn viên."),
        ],
        photographers=["Thanh Tùng"],
        opts={"tab": 55, "legacy": True, "date_line": "Cập nhật: 2/6/2022", "listed": "02/06/2022",
              "sapo_el": "p.summary"},
    ),
    Story(
        id=112,
        slug="phuong-phap-day-hoc-tich-cuc",
        title="Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị",
        cat="56",
        published_at="2022-05-20",
        summary="Đổi mới phương pháp dạy học là yêu cầu cấp thiết nhằm nâng cao chất lượng đào tạo, bồi dưỡng lý luận chính trị. Bài viết trao đổi một số kinh nghiệm vận dụng phương pháp dạy học tích cực tại Trường Chính trị tỉnh.",
        sapo_outside=True,
        blocks=[
            P("Thời gian qua, nhiều giảng viên đã mạnh dạn đổi mới cách truyền đạt, chuyển từ thuyết giảng một chiều sang tổ chức cho học viên thảo luận, tranh luận và giải quyết tình huống. Học viên là cán bộ đang công tác nên có nhiều kinh nghiệm thực tiễn; nếu được khơi gợi đúng cách, đây là nguồn tư liệu quý làm sinh động bài giảng."),
            P("Phương pháp nêu vấn đề đặc biệt phù hợp với các chuyên đề về kinh tế - xã hội của địa phương. Giảng viên đưa ra một vấn đề thực tế như chuyển đổi cơ cấu cây trồng, giải quyết khiếu nại đất đai, rồi hướng dẫn học viên phân tích nguyên nhân, đề xuất giải pháp trên cơ sở quan điểm, đường lối của Đảng và chính sách, pháp luật của Nhà nước."),
            P("Phương pháp xử lý tình huống giúp học viên rèn luyện kỹ năng lãnh đạo, quản lý. Tình huống cần được xây dựng từ thực tiễn, có nhiều phương án giải quyết và gắn với chức trách của học viên. Sau mỗi buổi thảo luận, giảng viên tổng hợp, phân tích ưu điểm, hạn chế của từng phương án."),
            P("Để phương pháp dạy học tích cực phát huy hiệu quả, cần đầu tư trang thiết bị phòng học, xây dựng ngân hàng tình huống dùng chung và bồi dưỡng kỹ năng sư phạm cho giảng viên. Bên cạnh đó, việc đánh giá kết quả học tập cũng cần chuyển mạnh sang đánh giá năng lực vận dụng của học viên."),
            Raw('<p style="text-align: right;"><strong>Lê Thị Thu Hà</strong></p>'),
        ],
        authors=["Lê Thị Thu Hà"],
        opts={"tab": 56, "date_line": "Cập nhật: 20/5/2022", "listed": "20/05/2022",
              "sapo_el": "div.sapo"},
    ),
    Story(
        id=108,
        slug="nang-cao-hieu-qua-nghien-cuu-thuc-te",
        title="Một số giải pháp nâng cao hiệu quả hoạt động nghiên cứu thực tế của học viên",
        cat="56",
        published_at="2022-04-12T10:00:00+07:00",
        blocks=[
            P("Nghiên cứu thực tế là một nội dung bắt buộc trong chương trình đào tạo trung cấp và cao cấp lý luận chính trị, giúp học viên gắn lý luận với thực tiễn, nâng cao năng lực phân tích, tổng hợp và đề xuất giải pháp cho những vấn đề đặt ra ở địa phương."),
            P("Tuy nhiên, thực tế cho thấy hoạt động này ở một số lớp còn mang tính hình thức: thời gian ngắn, nội dung tham quan nhiều hơn nghiên cứu, việc viết thu hoạch chưa gắn với chuyên đề đã học. Một số địa phương tiếp đón đoàn chưa chuẩn bị kỹ báo cáo, tài liệu."),
            Img(
                f"{_NEWS}/2022/04/nctt-can-cu-tinh-uy.jpg",
                "Học viên lớp Trung cấp lý luận chính trị - hành chính nghiên cứu thực tế tại Khu di tích Căn cứ Tỉnh ủy",
                "Học viên lớp Trung cấp lý luận chính trị - hành chính nghiên cứu thực tế tại Khu di tích Căn cứ Tỉnh ủy",
            ),
            P("Để khắc phục, cần xây dựng kế hoạch nghiên cứu thực tế ngay từ đầu khóa học, xác định rõ chủ đề gắn với các học phần; lựa chọn địa bàn có mô hình tiêu biểu hoặc vấn đề nổi cộm; giao nhiệm vụ cụ thể cho từng nhóm học viên và tổ chức báo cáo kết quả trước lớp."),
            P("Đồng thời, Nhà trường cần tăng cường phối hợp với các cấp ủy, chính quyền địa phương, bố trí giảng viên có kinh nghiệm đi cùng đoàn để hướng dẫn, định hướng học viên trong quá trình thu thập và xử lý thông tin."),
            Raw('<p style="text-align: right;"><strong>Tác giả: Trần Văn Hậu</strong></p>'),
        ],
        authors=["Trần Văn Hậu"],
        opts={"tab": 56, "date_line": "Thứ Ba, 12/04/2022 - 10:00", "listed": "12/04/2022"},
    ),
]


# --- URLs ----------------------------------------------------------------------------------


def article_path(story: Story) -> str:
    if story.opts.get("legacy"):
        return f"/tin-tuc/ArticleDetail.aspx?_Article_ID={story.id}"
    return f"/Default.aspx?tabid={story.opts['tab']}&ArticleId={story.id}"


def tab_path(tabid: int) -> str:
    return f"/Default.aspx?tabid={tabid}"


def in_tab(tabid: int) -> list[Story]:
    return [s for s in STORIES if s.opts["tab"] == tabid]


def postback(page: int) -> str:
    return f"javascript:__doPostBack('{PAGER_TARGET}','Page${page}')"


# --- article markup ------------------------------------------------------------------------


def _para(story: Story, block: P) -> str:
    if story.opts.get("para") == "div":
        return f'<div style="text-align: justify;">{text(block.text)}</div>'
    return f'<p style="text-align: justify;">{text(block.text)}</p>'


def _image(img: Img) -> str:
    tag = f'<img alt="" src="{esc(img.src)}" style="width: 550px; height: 367px; border-width: 0px;" />'
    line = esc(img.printed) if img.printed else ""
    if img.style == "br":
        return f'<p style="text-align: center;">{tag}<br />\n<em>{line}</em></p>'
    if img.style == "bri":
        return f'<p align="center">{tag}<br />\n<i>{line}</i></p>'
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{line}</em></p>'
    return out


def _blocks(story: Story) -> str:
    out = []
    for block in story.blocks:
        if isinstance(block, P):
            out.append(_para(story, block))
        elif isinstance(block, Img):
            out.append(_image(block))
        else:
            out.append(block.html)
    return "\n".join(out)


def _sapo(story: Story) -> str:
    if not story.summary:
        return ""
    if story.opts.get("sapo_el") == "p.summary":
        return f'<p class="summary"><strong>{text(story.summary)}</strong></p>\n'
    return f'<div class="sapo"><b>{text(story.summary)}</b></div>\n'


def _others(story: Story) -> str:
    """ "Các tin khác": the newest posts of the tab (the first list page), never older ones."""
    newest = in_tab(story.opts["tab"])[:PER_PAGE]
    items = "\n".join(
        f'<li><a href="{esc(article_path(s))}">{text(s.title)}</a> <span class="date">({s.opts["listed"]})</span></li>'
        for s in newest
        if s is not story
    )
    return f'<div class="news-other">\n<h3 class="title-other">Các tin khác</h3>\n<ul>\n{items}\n</ul>\n</div>'


def _tools(story: Story, ctr: str) -> str:
    return f"""<div class="news-tools">
<span class="views">Lượt xem: {story.views()}</span>
<a href="javascript:window.print();" class="print">In trang</a>
<a id="{ctr}_lnkSendMail" href="javascript:__doPostBack('{ctr.replace('_', '$')}$lnkSendMail','')">Gửi email</a>
<a href="javascript:void(0);" onclick="window.open('https://www.facebook.com/sharer/sharer.php?u='+encodeURIComponent(location.href));">Chia sẻ Facebook</a>
<a href="javascript:history.back();">Quay lại</a>
</div>"""


def _dnn_article(story: Story) -> str:
    tab = TABS[story.opts["tab"]]
    ctr = f"dnn_ctr{tab.module + 1}_ViewNews"
    date = (
        f'<div class="news-date"><span id="{ctr}_lblDate">{esc(story.opts["date_line"])}</span></div>\n'
        if story.opts["date_line"]
        else ""
    )
    return f"""<div class="DnnModule DnnModule-NewsDetail DnnModule-{tab.module + 1}"><a name="{tab.module + 1}"></a>
<div class="c_container">
<div class="c_head"><h2 class="c_title"><span id="dnn_ctr{tab.module + 1}_dnnTITLE_titleLabel" class="Head">{esc(tab.name)}</span></h2></div>
<div id="dnn_ctr{tab.module + 1}_ContentPane" class="contentpane">
<div id="dnn_ctr{tab.module + 1}_ModuleContent" class="DNNModuleContent ModNewsDetailC">
<div class="news-detail">
<h1 class="news-title"><span id="{ctr}_lblTitle">{text(story.title)}</span></h1>
{date}{_sapo(story)}<div class="news-content"><span id="{ctr}_lblContent">
{_blocks(story)}
</span></div>
{_tools(story, ctr)}
{_others(story)}
</div>
</div>
</div>
</div>
</div>"""


def _legacy_article(story: Story) -> str:
    ph = "ctl00_ContentPlaceHolder1"
    date = f'<tr><td class="ArticleDate"><span id="{ph}_lblDate">{esc(story.opts["date_line"])}</span></td></tr>\n'
    return f"""<table id="{ph}_tblArticle" class="Article" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td class="ArticleTitle"><span id="{ph}_lblTitle">{text(story.title)}</span></td></tr>
{date}<tr><td class="ArticleSummary">{_sapo(story)}</td></tr>
<tr><td class="ArticleContent">
{_blocks(story)}
</td></tr>
<tr><td>{_tools(story, ph)}</td></tr>
<tr><td>{_others(story)}</td></tr>
</table>"""


# --- page chrome ---------------------------------------------------------------------------


def _hidden(target: str, page: int) -> tuple[str, str]:
    seed = f"{target}|{page}"
    viewstate = opaque(seed, 1536, b"\xff\x01\x0f\x0f")
    validation = opaque("ev|" + seed, 96, b"\xff\x01\x16\x07")
    top = f"""<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{
    theForm = document.Form;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA2&amp;t=638250000000000000" type="text/javascript"></script>"""
    bottom = f"""<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{validation}" />
</div>"""
    return top, bottom


def _menu() -> str:
    items = [("Trang chủ", "/"), ("Giới thiệu", tab_path(53))]
    items += [(t.name, tab_path(tid)) for tid, t in TABS.items()]
    items.append(("Liên hệ", tab_path(60)))
    lis = "\n".join(f'<li class="item"><a href="{esc(h)}">{esc(n)}</a></li>' for n, h in items)
    return f'<div id="dnn_pnlNav" class="menu"><ul class="topLevel">\n{lis}\n</ul></div>'


def _left_pane() -> str:
    cats = "\n".join(
        f'<li><a href="{esc(tab_path(tid))}">{esc(t.name)}</a></li>' for tid, t in TABS.items()
    )
    return f"""<div class="DnnModule DnnModule-Links"><div class="c_head"><h2 class="c_title">Chuyên mục</h2></div>
<ul class="left-menu">
{cats}
</ul></div>
<div class="DnnModule DnnModule-Links"><div class="c_head"><h2 class="c_title">Liên kết website</h2></div>
<select name="dnn$ctr420$Links$ddlLinks" onchange="window.open(this.value);">
<option value="">--- Chọn liên kết ---</option>
<option value="http://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>
<option value="https://www.soctrang.gov.vn">Cổng thông tin điện tử tỉnh Sóc Trăng</option>
</select></div>"""


def _right_pane() -> str:
    return """<div class="DnnModule DnnModule-Counter"><div class="c_head"><h2 class="c_title">Thống kê truy cập</h2></div>
<table class="counter">
<tr><td>Đang truy cập:</td><td><span id="dnn_ctr430_Counter_lblOnline">12</span></td></tr>
<tr><td>Hôm nay:</td><td><span id="dnn_ctr430_Counter_lblToday">356</span></td></tr>
<tr><td>Hôm qua:</td><td><span id="dnn_ctr430_Counter_lblYesterday">512</span></td></tr>
<tr><td>Tổng lượt truy cập:</td><td><span id="dnn_ctr430_Counter_lblTotal">1.045.782</span></td></tr>
</table></div>
<div class="DnnModule DnnModule-Poll"><div class="c_head"><h2 class="c_title">Thăm dò ý kiến</h2></div>
<div class="poll"><p>Bạn đánh giá thế nào về giao diện website mới?</p>
<input type="radio" name="dnn$ctr431$Poll$rblAnswers" value="1" /> Đẹp, dễ sử dụng<br />
<input type="radio" name="dnn$ctr431$Poll$rblAnswers" value="2" /> Bình thường<br />
<a href="javascript:__doPostBack('dnn$ctr431$Poll$cmdVote','')">Bình chọn</a></div></div>"""


def _page(
    *,
    action: str,
    title: str,
    trail: list[tuple[str, str]],
    content: str,
    page: int = 1,
    charset: str = "utf-8",
) -> str:
    top, bottom = _hidden(action, page)
    crumbs = ['<a href="/" class="Breadcrumb">Trang chủ</a>']
    crumbs += [f'<a href="{esc(h)}" class="Breadcrumb">{esc(n)}</a>' for n, h in trail]
    meta_charset = f'<meta charset="{charset}" />\n' if charset != "utf-8" else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="vi-VN" lang="vi-VN" xmlns="http://www.w3.org/1999/xhtml">
<head id="Head">
{meta_charset}<!--**********************************************************************************-->
<!-- DotNetNuke - http://www.dotnetnuke.com                                                -->
<!-- Copyright (c) 2002-2012 by DotNetNuke Corporation                                     -->
<!--**********************************************************************************-->
<meta content="text/html; charset={charset.upper() if charset == 'utf-8' else charset}" http-equiv="Content-Type" />
<meta content="text/javascript" http-equiv="Content-Script-Type" />
<meta id="MetaDescription" name="DESCRIPTION" content="{esc(SITE)} - đào tạo, bồi dưỡng cán bộ" />
<meta id="MetaKeywords" name="KEYWORDS" content="truong chinh tri, soc trang, ly luan chinh tri, DotNetNuke" />
<meta id="MetaCopyright" name="COPYRIGHT" content="Bản quyền thuộc {esc(SITE)}" />
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<meta id="MetaAuthor" name="AUTHOR" content="{esc(SITE)}" />
<meta name="RESOURCE-TYPE" content="DOCUMENT" />
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<meta name="REVISIT-AFTER" content="1 DAYS" />
<link id="APortals__default_" rel="stylesheet" type="text/css" href="/Portals/_default/default.css" />
<link id="APortals__default_Skins_TCT_" rel="stylesheet" type="text/css" href="/Portals/_default/Skins/TCT/skin.css" />
<title>{esc(title)}</title>
</head>
<body id="Body">
<form method="post" action="{esc(action)}" id="Form">
{top}
<div id="wrapper">
<div id="header">
<div class="topbar">
<span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">{TODAY}</span>
<span class="login"><a id="dnn_dnnLOGIN_loginLink" class="LoginLink" rel="nofollow" onclick="this.disabled=true;" href="{esc(LOGIN)}">Đăng nhập</a></span>
</div>
<div class="banner"><a id="dnn_dnnLOGO_hypLogo" title="{esc(SITE)}" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/banner-tct.jpg" alt="{esc(SITE)}" style="border-width:0px;" /></a></div>
{_menu()}
<div class="search"><input name="dnn$dnnSEARCH$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox" />
<a id="dnn_dnnSEARCH_cmdSearch" class="SkinObject" href="javascript:__doPostBack('dnn$dnnSEARCH$cmdSearch','')">Tìm kiếm</a></div>
</div>
<div class="breadcrumb">Bạn đang ở: <span id="dnn_dnnBREADCRUMB_lblBreadCrumb">{" › ".join(crumbs)}</span></div>
<table class="layout" width="100%" cellpadding="0" cellspacing="0"><tr>
<td id="dnn_LeftPane" class="LeftPane" valign="top" style="width:200px;">
{_left_pane()}
</td>
<td id="dnn_ContentPane" class="ContentPane" valign="top">
{content}
</td>
<td id="dnn_RightPane" class="RightPane" valign="top" style="width:220px;">
{_right_pane()}
</td>
</tr></table>
<div id="footer">
<p class="copyright">Bản quyền thuộc {esc(SITE)}</p>
<p>Chịu trách nhiệm chính: Lý Văn Sơn - Hiệu trưởng</p>
<p>Địa chỉ: Số 456 đường Lê Duẩn, Phường 9, thành phố Sóc Trăng, tỉnh Sóc Trăng</p>
<p>Điện thoại: (0299) 3822 147 - Fax: (0299) 3826 390 - Email: tct@soctrang.gov.vn</p>
</div>
</div>
{bottom}
</form>
</body>
</html>"""


# --- pages ---------------------------------------------------------------------------------


def _desc(story: Story, words: int = 30) -> str:
    parts = (story.summary or story.paragraphs[0]).split()
    return " ".join(parts[:words]) + ("..." if len(parts) > words else "")


def _list_module(tabid: int, page: int) -> str:
    tab = TABS[tabid]
    stories = in_tab(tabid)
    pages = -(-len(stories) // PER_PAGE)
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    cid = f"dnn_ctr{tab.module}_ListNews_dlNews"
    rows = []
    for i, s in enumerate(chunk):
        link = esc(article_path(s))
        thumb = f"/Portals/0/News/thumbs/{s.id}.jpg"
        rows.append(f"""<tr><td>
<div class="news-item">
<div class="news-img"><a id="{cid}_hlImage_{i}" href="{link}"><img src="{thumb}" style="width:120px;border-width:0px;" alt="" /></a></div>
<div class="news-info"><a id="{cid}_hlTitle_{i}" class="news-title" href="{link}">{text(s.title)}</a>&nbsp;<span class="news-date">({s.opts["listed"]})</span>
<p class="news-desc">{text(_desc(s))}</p></div>
</div>
</td></tr>""")
    pager = ""
    if pages > 1:
        parts = []
        parts.append(
            '<a disabled="disabled">Trang đầu</a>' if page == 1 else f'<a href="{postback(1)}">Trang đầu</a>'
        )
        for n in range(1, pages + 1):
            parts.append(f'<span class="current">{n}</span>' if n == page else f'<a href="{postback(n)}">{n}</a>')
        parts.append(
            '<a disabled="disabled">Trang sau</a>' if page == pages else f'<a href="{postback(page + 1)}">Trang sau</a>'
        )
        parts.append(
            '<a disabled="disabled">Trang cuối</a>' if page == pages else f'<a href="{postback(pages)}">Trang cuối</a>'
        )
        pager = (
            f'<div class="pager"><span id="dnn_ctr{tab.module}_ListNews_pager">'
            + "&nbsp;".join(parts)
            + "</span></div>"
        )
    return f"""<div class="DnnModule DnnModule-ListNews DnnModule-{tab.module}"><a name="{tab.module}"></a>
<div class="c_container">
<div class="c_head"><h2 class="c_title"><span id="dnn_ctr{tab.module}_dnnTITLE_titleLabel" class="Head">{esc(tab.name)}</span></h2></div>
<div id="dnn_ctr{tab.module}_ContentPane" class="contentpane">
<div id="dnn_ctr{tab.module}_ModuleContent" class="DNNModuleContent ModListNewsC">
<table id="{cid}" class="tblNews" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;">
{chr(10).join(rows)}
</table>
{pager}
</div>
</div>
</div>
</div>"""


def _postback_page(request: Request, tabid: int) -> int:
    """Page N only for a POST naming the pager with a view state; anything else is page 1."""
    if request.method != "POST" or tabid != 55:
        return 1
    form = request.form
    if form.get("__EVENTTARGET") != PAGER_TARGET or not form.get("__VIEWSTATE"):
        return 1
    arg = form.get("__EVENTARGUMENT", "")
    if not arg.startswith("Page$") or not arg[5:].isdigit():
        return 1
    pages = -(-len(in_tab(tabid)) // PER_PAGE)
    return min(max(int(arg[5:]), 1), pages)


def _home() -> str:
    news = in_tab(55)[:PER_PAGE]
    top = news[0]
    lis = "\n".join(
        f'<li><a href="{esc(article_path(s))}">{text(s.title)}</a> <span class="date">({s.opts["listed"]})</span></li>'
        for s in news[1:]
    )
    research = "\n".join(
        f'<li><a href="{esc(article_path(s))}">{text(s.title)}</a></li>' for s in in_tab(56)
    )
    content = f"""<div class="DnnModule DnnModule-HotNews DnnModule-500"><a name="500"></a>
<div class="c_head"><h2 class="c_title"><span class="Head">Tin mới</span></h2></div>
<div class="hot-news">
<a href="{esc(article_path(top))}"><img src="/Portals/0/News/thumbs/{top.id}.jpg" alt="" style="width:300px;" /></a>
<h3><a href="{esc(article_path(top))}">{text(top.title)}</a></h3>
<p>{text(_desc(top, 45))}</p>
<ul>
{lis}
</ul>
<a class="more" href="{tab_path(55)}">Xem tiếp »</a>
</div></div>
<div class="DnnModule DnnModule-HotNews DnnModule-501"><a name="501"></a>
<div class="c_head"><h2 class="c_title"><span class="Head">Nghiên cứu - Trao đổi</span></h2></div>
<ul>
{research}
</ul></div>
<div class="DnnModule DnnModule-HTML DnnModule-502"><a name="502"></a>
<div class="c_head"><h2 class="c_title"><span class="Head">Thông báo</span></h2></div>
<div class="Normal"><p>Thông báo chiêu sinh lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung năm 2022. Hồ sơ gửi về Phòng Quản lý đào tạo trước ngày 30/9/2022.</p></div>
</div>"""
    return _page(action="/", title=f"{SITE} > Trang chủ", trail=[], content=content)


def _static(tabid: int) -> str:
    name = STATIC_TABS[tabid]
    if tabid == 53:
        body = """<p style="text-align: justify;">Trường Chính trị tỉnh Sóc Trăng là đơn vị sự nghiệp trực thuộc Tỉnh ủy, chịu sự lãnh đạo trực tiếp, toàn diện của Ban Thường vụ Tỉnh ủy và sự quản lý của Ủy ban nhân dân tỉnh; chịu sự hướng dẫn về chương trình, nội dung đào tạo của Học viện Chính trị quốc gia Hồ Chí Minh.</p>
<p style="text-align: justify;">Nhà trường có chức năng đào tạo, bồi dưỡng lý luận chính trị cho cán bộ, đảng viên; bồi dưỡng kiến thức quản lý nhà nước, chuyên môn, nghiệp vụ cho cán bộ lãnh đạo, quản lý cấp cơ sở và tổ chức nghiên cứu khoa học phục vụ giảng dạy.</p>
<p style="text-align: justify;">Cơ cấu tổ chức gồm Ban Giám hiệu, Phòng Tổ chức - Hành chính, Phòng Quản lý đào tạo và Nghiên cứu khoa học, Khoa Xây dựng Đảng, Khoa Lý luận cơ sở, Khoa Nhà nước và pháp luật, Khoa Dân vận.</p>"""
    else:
        body = """<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH SÓC TRĂNG</strong></p>
<p>Địa chỉ: Số 456 đường Lê Duẩn, Phường 9, thành phố Sóc Trăng, tỉnh Sóc Trăng</p>
<p>Điện thoại: (0299) 3822 147</p>
<p>Họ tên: <input name="dnn$ctr600$Contact$txtName" type="text" /> Nội dung: <textarea name="dnn$ctr600$Contact$txtBody"></textarea>
<a href="javascript:__doPostBack('dnn$ctr600$Contact$cmdSend','')">Gửi liên hệ</a></p>"""
    content = f"""<div class="DnnModule DnnModule-HTML DnnModule-{tabid * 10}">
<div class="c_head"><h2 class="c_title"><span class="Head">{esc(name)}</span></h2></div>
<div class="Normal">
{body}
</div></div>"""
    return _page(action=tab_path(tabid), title=f"{SITE} > {name}", trail=[(name, tab_path(tabid))], content=content)


def _login() -> str:
    content = """<div class="DnnModule"><div class="c_head"><h2 class="c_title"><span class="Head">Đăng nhập</span></h2></div>
<p>Tên đăng nhập: <input name="dnn$ctr$Login$Login_DNN$txtUsername" type="text" /></p>
<p>Mật khẩu: <input name="dnn$ctr$Login$Login_DNN$txtPassword" type="password" /></p>
<a href="javascript:__doPostBack('dnn$ctr$Login$Login_DNN$cmdLogin','')">Đăng nhập</a></div>"""
    return _page(action=LOGIN, title=f"{SITE} > Đăng nhập", trail=[("Đăng nhập", LOGIN)], content=content)


def _article(story: Story) -> Response:
    tab = TABS[story.opts["tab"]]
    path = article_path(story)
    if story.opts.get("legacy"):
        charset = "windows-1258" if story.opts.get("cp1258") else "utf-8"
        page = _page(
            action=f"./ArticleDetail.aspx?_Article_ID={story.id}",
            title="Chi tiết tin",
            trail=[(tab.name, tab_path(story.opts["tab"]))],
            content=_legacy_article(story),
            charset=charset,
        )
        if charset == "windows-1258":
            return html(cp1258_bytes(page), charset="windows-1258")
        return html(page)
    page = _page(
        action=path,
        title=f"{' '.join(story.title.split())} - {SITE}",
        trail=[(tab.name, tab_path(story.opts["tab"]))],
        content=_dnn_article(story),
    )
    return html(page)


_BY_ID = {s.id: s for s in STORIES}


class AspNetSite:
    """Routes on the path and ``tabid``/``ArticleId``; a listing honours postbacks only."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        static = static_file(path)
        if static is not None:
            return static
        params = {k.lower(): v for k, v in request.params.items()}
        if path.lower() == "/tin-tuc/articledetail.aspx":
            story = _BY_ID.get(int(params.get("_article_id", "0") or 0))
            if story is None or not story.opts.get("legacy"):
                return None
            return _article(story)
        if path not in ("/", "/Default.aspx"):
            return None
        tab = params.get("tabid", "")
        if not tab or tab == "36":
            if params.get("ctl", "").lower() == "login":
                return html(_login())
            return html(_home())
        if not tab.isdigit():
            return None
        tabid = int(tab)
        if "articleid" in params:
            aid = params["articleid"]
            story = _BY_ID.get(int(aid)) if aid.isdigit() else None
            if story is None or story.opts.get("legacy") or story.opts["tab"] != tabid:
                return None
            return _article(story)
        if tabid in STATIC_TABS:
            return html(_static(tabid))
        if tabid in TABS:
            page = _postback_page(request, tabid)
            tab_name = TABS[tabid].name
            return html(
                _page(
                    action=tab_path(tabid),
                    title=f"{SITE} > {tab_name}",
                    trail=[(tab_name, tab_path(tabid))],
                    content=_list_module(tabid, page),
                    page=page,
                )
            )
        return None


def build_site() -> AspNetSite:
    return AspNetSite()


GOLD: list[dict] = [
    gold_record(s, article_path(s), TABS[s.opts["tab"]].name) for s in STORIES
]
NON_ARTICLES: list[str] = [
    "/",
    tab_path(53),
    tab_path(60),
    tab_path(55),
    tab_path(56),
    LOGIN,
]
