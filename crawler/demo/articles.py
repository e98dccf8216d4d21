"""The demo portal's content, kept apart from its templates: articles, categories, static pages.

Why data and not HTML: the gold (what a careful reader takes from each page) and the pages are both
made from these records, so they cannot drift apart. Each field says what is *printed* (date line,
caption line, byline lines) next to what a reader *takes* from it (``published_at``, ``caption``,
``authors`` …): the second is written by hand, never computed from the first.

The first article in news order with id 4713 is the seed page (``haugiang-article.txt``), kept
verbatim, non-breaking spaces included.
"""

from __future__ import annotations

from dataclasses import dataclass

#: key (URL path segment) -> (display name, asset-publisher portlet instance id)
CATEGORIES: dict[str, tuple[str, str]] = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", "Tq8nLx2WbHgk"),
    "hoat-dong-dao-tao": ("Hoạt động đào tạo", "Pm3sVb7RcYda"),
    "nghien-cuu-trao-doi": ("Nghiên cứu - Trao đổi", "Kd5wRe9NfUqs"),
}


@dataclass(frozen=True)
class Img:
    """An image in the article, with the line printed under it and the caption a reader takes.

    ``style`` is the caption markup: ``italic`` (centred ``<em>`` paragraph), ``centre`` (centred
    plain paragraph), ``plain`` (unstyled paragraph), ``br`` (same paragraph as the image, after a
    ``<br>``), ``table`` (second row of a CKEditor ``table.image``), ``none`` (no caption line).
    """

    file: str
    printed: str | None = None
    caption: str | None = None
    style: str = "italic"


@dataclass(frozen=True)
class Article:
    """One news item. ``blocks`` are paragraphs (as printed) and images, in page order."""

    id: int
    slug: str
    category: str
    title: str
    date_line: str
    published_at: str
    blocks: tuple[str | Img, ...]
    byline: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()
    source: str | None = None
    sapo: str | None = None
    views: int = 100
    #: journal template: "A" (h3 headline, date div) or "B" (h1 headline, date with clock icon)
    template: str = "A"
    #: paragraph markup: "justify" (<p style=justify>), "span" (font spans), "br" (one div, <br><br>)
    markup: str = "justify"
    #: byline markup: "bold" (right <strong>), "italic" (right <em><strong>), "div" (right div <b>)
    byline_style: str = "bold"
    #: how the article's text is written in the HTML: "plain", "entities" (&agrave; / &#7897;),
    #: "nfd" (decomposed Unicode, as typed with a "Unicode tổ hợp" keyboard setting)
    text_form: str = "plain"

    @property
    def path(self) -> str:
        return f"/-/view_content/{self.id}-{self.slug}"

    @property
    def images(self) -> list[Img]:
        return [b for b in self.blocks if isinstance(b, Img)]

    @property
    def paragraphs(self) -> list[str]:
        return [b for b in self.blocks if isinstance(b, str)]


SEED = Article(
    id=4713,
    slug="hoi-nghi-trien-khai-chuong-trinh-cong-tac-xay-dung-dang-6-thang-cuoi-nam-2022",
    category="tin-tuc-su-kien",
    title="HỘI NGHỊ TRIỂN KHAI CHƯƠNG TRÌNH CÔNG TÁC XÂY DỰNG ĐẢNG 6 THÁNG CUỐI NĂM 2022",
    date_line="Ngày 10-08-2022",
    published_at="2022-08-10",
    blocks=(
        "\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0 Chiều ngày 06 tháng 7 năm 2022, Đảng bộ Trường Chính trị tổ chức Hội nghị triển khai công tác xây dựng Đảng 6 tháng cuối năm 2022.\xa0\xa0\xa0 Đến dự Hội nghị có đồng chí Trần Thanh Liêm - UV.BCH Đảng bộ tỉnh, Phó Trưởng ban, Ban Tổ chức Tỉnh ủy Hậu Giang; đồng chí Huỳnh Văn Phước - Phó Bí thư Thường trực Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh; đồng chí Lê Văn Hóa - UV.BTV, Trưởng Ban, Tuyên giáo Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh. Về phía Đảng bộ Trường, có đồng chí Nguyễn Thị Tuyết Loan - UV.BCH Đảng bộ tỉnh, Bí thư Đảng ủy cùng các đồng chí Ủy viên Ban Thường vụ, Ban Chấp hành và toàn thể đảng viên.",
        Img(
            "hoi-nghi-xdd-6-thang-cuoi-nam-2022-1.jpg",
            "(Đồng chí Nguyễn Thị tuyết Loan - UV.BCH Đảng bộ tỉnh, Bí thư Đảng ủy trường phát biểu bế mạc Hội nghị)",
            "Đồng chí Nguyễn Thị tuyết Loan - UV.BCH Đảng bộ tỉnh, Bí thư Đảng ủy trường phát biểu bế mạc Hội nghị",
        ),
        "Đánh giá kết quả hoạt động 6 tháng đầu năm 2022, Đảng ủy Trường Chính trị đã thực hiện đạt và vượt nhiều mục tiêu, nhiệm vụ đề ra; đảm bảo quy định, hướng dẫn, chỉ tiêu của Học viện Chính trị quốc gia Hồ Chí Minh; bám sát chương trình, kế hoạch, nhiệm vụ tỉnh giao; hoàn thành tốt nhiệm vụ chính trị của đơn vị. Từ đó, nâng cao chất lượng công tác Đảng, lãnh đạo hiệu quả nhiệm vụ chuyên môn, mang lại nhiều kết quả thắng lợi vượt bậc so với cùng kỳ. Đặc biệt, Đảng ủy Trường đã lãnh đạo triển khai quán triệt và tuyên truyền, phổ biến kịp thời các văn bản của Đảng, chính sách, pháp luật của Nhà nước, nhất là việc tuyên truyền, triển khai quán triệt kịp thời và thực hiện nghiêm các văn bản của Trung ương, của Tỉnh và Đảng ủy Khối. Đảng ủy, Ban Giám hiệu và Công đoàn Trường đã phối hợp chặt chẽ trong các phong trào thi đua yêu nước. Qua thi đua đã xuất hiện những cá nhân “dám nghĩ, dám nói, dám làm, dám chịu trách nhiệm, dám đổi mới sáng tạo, dám đương đầu với khó khăn, thử thách và quyết liệt trong hành động vì lợi ích chung”.",
        "Đảng ủy phối hợp chặt chẽ, hiệu quả với Ban Giám hiệu trong lãnh đạo, chỉ đạo các chi bộ và đảng viên chủ động đổi mới, sáng tạo, gắn việc học tập, làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh với nhiệm vụ chuyên môn; từng chi bộ phòng, khoa có quyết tâm cao, cụ thể hóa các nội dung tuyên truyền, giáo dục sát nhiệm vụ chuyên môn nên đã góp phần nâng cao tư tưởng chính trị cho cán bộ, đảng viên, học viên và người lao động, nhiều nội dung chuyên môn đã nâng chất vượt bật so với cùng kỳ năm ngoái, được Học viện Chính trị quốc gia Hồ Chí Minh và Học viện Chính trị khu vực 4 đánh giá cao; phát huy hiệu quả công tác tư tưởng, tuyên giáo trong tuyên truyền, định hướng, động viên và xây dựng khối đoàn kết, thống nhất, sự đồng thuận xã hội trong toàn Đảng bộ, nhiều mô hình tiêu biểu lan tỏa ý nghĩa thực chất “hoa thơm, lấn dần cỏ dại”, như: mô hình: “Lý luận gắn thực tiễn – sinh kế bền vững”; mô hình đảng viên khoa Lý luận cơ sở “Tự lực, tự cường - ngang tầm nhiệm vụ”",
        "Tại Hội nghị, Đảng ủy tổng kết và trao giải Cuộc thi viết chính luận bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới lần thứ 2, năm 2022”Hội thi Tìm hiểu Chương trình của Tỉnh ủy về thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV, nhiệm kỳ 2020-2025” cho 26 thí sinh đạt thành tích cao qua 02 hội thi.",
        Img(
            "hoi-nghi-xdd-6-thang-cuoi-nam-2022-2.jpg",
            "(Đại biểu chụp hình cùng thí sinh đạt giải trong Hội thi)",
            "Đại biểu chụp hình cùng thí sinh đạt giải trong Hội thi",
        ),
        "Phát biểu tại Hội nghị, đồng chí Trần Thanh Liêm đánh giá cao những kết quả đạt được trong 6 tháng đầu năm 2022 của Đảng bộ Trường Chính trị, điều đó cho thấy sự quan tâm sâu sát, kịp thời, đổi mới, sáng tạo hiệu quả của Ban Thường vụ, Ban Chấp hành Đảng bộ Trường trong lãnh đạo và chỉ đạo thực hiện nhiệm vụ chính trị. Đặc biệt, thời gian qua, Đảng ủy, Ban Giám hiệu Trường đã tạo được sự đồng thuận, thống nhất của toàn thể đảng viên; làm tốt công tác tham mưu cho Tỉnh ủy cũng như phối hợp tốt với các sở, ban ngành Tỉnh thực hiện tốt công tác đào tạo, bồi dưỡng cán bộ trên địa bàn Tỉnh.",
        "Phát biểu chỉ đạo của Đảng ủy Khối, đồng chí Huỳnh Văn Phước khẳng định: Đảng bủy Trường đã tập trung xây dựng sự đồng thuận, đoàn kết của tập thể trong thực hiện nhiệm vụ chính trị của Đảng bộ, nổi bật như sự chủ động, đổi mới trong công tác đào tạo, bồi dưỡng, trong thực hiện nhiệm vụ nghiên cứu khoa học, nhất là thực hiện lộ trình Đề án “Phát triển Trường Chính trị đến năm 2025, tầm nhìn đến năm 2035”; Đảng bộ đã làm tốt công tác xây dựng Đảng, đặc biệt trong công tác giáo dục chính trị, lãnh đạo tư tưởng với nhiều cách làm hay, mô hình hiệu quả, không ngừng nâng cao chất lượng sinh hoạt cấp ủy, chi bộ; công tác kiểm tra, giám sát từng bước đi vào nền nếp và thực chất.",
        "Đồng chí Nguyễn Thị Tuyết Loan đã triển khai Chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2022-2023 về “Phát huy nội lực, tận dụng thời cơ, khơi dậy khát vọng xây dựng tỉnh Hậu Giang phát triển nhanh và bền vững”; triển khai Kế hoạch của Đảng ủy Trường Chính trị về học tập, quán triệt và thực hiện Chuyên đề năm 2022 - 2023 gắn với mục tiêu khơi dậy tinh thần trách nhiệm, bản lĩnh, chủ động của toàn thể đảng viên, nắm bắt thời cơ cho khát vọng cống hiến, khát vọng trưởng thành, góp phần thực hiện “Khát vọng xây dựng Trường Chính trị đạt chuẩn mức 1 vào năm 2025” và những năm tiếp theo. Đồng thời, nhấn mạnh yêu cầu, Đảng bộ Trường tiếp tục phát huy những ưu điểm, kết quả đạt được trong thời gian qua, quán triệt, giữ vững phương châm “Trách nhiệm - Chân tình - Hiệu quả” để tập trung lãnh đạo thực hiện 10 nhiệm vụ trọng tâm trong năm 2022, trong đó chú trọng đặc biệt vào các nhiệm vụ có liên quan nhằm thực hiện hiệu quả Nghị quyết của Ban Chấp hành Đảng bộ Trường Chính trị về “Khát vọng xây dựng Trường Chính trị đạt chuẩn mức 1 vào năm 2025”./.",
    ),
    byline=("Tin: Hoàng Phúc", "Ảnh: Thanh Tâm"),
    authors=("Hoàng Phúc",),
    photographers=("Thanh Tâm",),
    views=1253,
)

ARTICLES: tuple[Article, ...] = (
    Article(
        id=5402,
        slug="truong-chinh-tri-tinh-hau-giang-to-chuc-hoi-nghi-vien-chuc-nguoi-lao-dong-nam-2024",
        category="tin-tuc-su-kien",
        title="Trường Chính trị tỉnh Hậu Giang tổ chức Hội nghị viên chức, người lao động năm 2024",
        date_line="Cập nhật: 5/1/2024 - 14:20",
        published_at="2024-01-05T14:20:00+07:00",
        sapo="Sáng ngày 04/01/2024, Trường Chính trị tỉnh Hậu Giang long trọng tổ chức Hội nghị viên chức, người lao động năm 2024 nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2023 và bàn giải pháp thực hiện nhiệm vụ năm 2024.",
        blocks=(
            "Dự Hội nghị có đồng chí Lê Minh Khoa - Phó Hiệu trưởng phụ trách Nhà trường; đồng chí Trần Thị Kim Oanh - Chủ tịch Công đoàn Trường cùng toàn thể viên chức, người lao động đang công tác tại Trường.",
            Img(
                "hoi-nghi-vien-chuc-nam-2024.jpg",
                "Quang cảnh Hội nghị viên chức, người lao động năm 2024",
                "Quang cảnh Hội nghị viên chức, người lao động năm 2024",
                style="centre",
            ),
            "Năm 2023, trong bối cảnh còn nhiều khó khăn, tập thể viên chức, người lao động Nhà trường đã đoàn kết, nỗ lực hoàn thành toàn diện các nhiệm vụ được giao. Nhà trường đã mở 14 lớp đào tạo, bồi dưỡng với hơn 1.600 lượt học viên; tổ chức 02 hội thảo khoa học cấp trường và 06 đề tài nghiên cứu khoa học cấp cơ sở; công tác tài chính được quản lý chặt chẽ, đúng quy định, thu nhập tăng thêm của viên chức được bảo đảm.",
            "Hội nghị đã thảo luận, đóng góp ý kiến vào dự thảo Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ sở và Quy chế thi đua, khen thưởng năm 2024. Các ý kiến tập trung vào việc nâng cao chất lượng giảng dạy, đổi mới phương pháp theo hướng phát huy tính tích cực của người học, tăng cường đi nghiên cứu thực tế và cải thiện điều kiện làm việc cho viên chức.",
            "Phát biểu kết luận Hội nghị, đồng chí Lê Minh Khoa đề nghị mỗi viên chức, người lao động tiếp tục phát huy tinh thần trách nhiệm, thực hiện tốt phương châm “Trách nhiệm - Chân tình - Hiệu quả”, phấn đấu xây dựng Trường Chính trị đạt chuẩn mức 1 theo lộ trình đã đề ra.",
            "Dịp này, Nhà trường đã khen thưởng 03 tập thể và 12 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2023; đồng thời các phòng, khoa đã ký kết giao ước thi đua năm 2024.",
        ),
        byline=("Tin: Ngọc Hân, Thanh Tùng",),
        authors=("Ngọc Hân", "Thanh Tùng"),
        views=418,
        template="B",
    ),
    Article(
        id=5377,
        slug="doan-cong-tac-truong-chinh-tri-tinh-soc-trang-tham-va-trao-doi-kinh-nghiem",
        category="tin-tuc-su-kien",
        title="Đoàn công tác Trường Chính trị tỉnh Sóc Trăng thăm và trao đổi kinh nghiệm tại Trường Chính trị tỉnh Hậu Giang",
        date_line="Ngày 14/12/2023",
        published_at="2023-12-14",
        blocks=(
            "Ngày 12/12/2023, Đoàn công tác Trường Chính trị tỉnh Sóc Trăng do đồng chí Huỳnh Thanh Sơn - Phó Hiệu trưởng làm trưởng đoàn đã đến thăm và trao đổi kinh nghiệm tại Trường Chính trị tỉnh Hậu Giang. Tiếp và làm việc với Đoàn có đồng chí Lê Minh Khoa - Phó Hiệu trưởng cùng lãnh đạo các phòng, khoa của Trường.",
            Img(
                "trao-doi-kinh-nghiem-soc-trang-1.jpg",
                "Đồng chí Lê Minh Khoa phát biểu chào mừng Đoàn công tác",
                "Đồng chí Lê Minh Khoa phát biểu chào mừng Đoàn công tác",
                style="br",
            ),
            "Tại buổi làm việc, hai bên đã trao đổi kinh nghiệm về công tác tổ chức lớp học, quản lý học viên, đổi mới nội dung, phương pháp giảng dạy; kinh nghiệm triển khai các tiêu chí xây dựng trường chính trị chuẩn, nhất là các tiêu chí về đội ngũ giảng viên, công tác nghiên cứu khoa học và cơ sở vật chất, trang thiết bị phục vụ dạy và học.",
            Img("trao-doi-kinh-nghiem-soc-trang-2.jpg", style="none"),
            "Đồng chí Huỳnh Thanh Sơn cảm ơn sự đón tiếp chu đáo của Trường Chính trị tỉnh Hậu Giang và mong muốn thời gian tới hai trường tiếp tục tăng cường phối hợp, chia sẻ tài liệu, mời giảng viên thỉnh giảng, cùng tổ chức hội thảo khoa học về những vấn đề chung của vùng Đồng bằng sông Cửu Long.",
            "Sau buổi làm việc, Đoàn đã tham quan thư viện, phòng truyền thống và khu ký túc xá học viên của Trường.",
        ),
        byline=("Tin, ảnh: Minh Trí",),
        authors=("Minh Trí",),
        photographers=("Minh Trí",),
        views=276,
        byline_style="italic",
    ),
    Article(
        id=5350,
        slug="chi-doan-truong-chinh-tri-ra-quan-huong-ung-ngay-chu-nhat-xanh",
        category="tin-tuc-su-kien",
        title="Chi đoàn Trường Chính trị ra quân hưởng ứng “Ngày Chủ nhật xanh”",
        date_line="Ngày 26-11-2023",
        published_at="2023-11-26",
        blocks=(
            "Hưởng ứng phong trào “Ngày Chủ nhật xanh” do Tỉnh đoàn Hậu Giang phát động, sáng ngày 26/11/2023, Chi đoàn Trường Chính trị phối hợp với Đoàn phường V, thành phố Vị Thanh tổ chức ra quân vệ sinh môi trường, trồng cây xanh tại khu vực bờ kè kênh Xà No.",
            Img("z4123456789012_8f3c2a1b.jpg", "z4123456789012_8f3c2a1b.jpg", None, style="italic"),
            "Hơn 30 đoàn viên, thanh niên đã tham gia thu gom rác thải, phát quang bụi rậm, khơi thông cống rãnh và trồng mới 50 cây sao dọc tuyến đường. Bên cạnh đó, các bạn đoàn viên còn tuyên truyền, vận động người dân sống dọc tuyến kênh không xả rác xuống sông, thực hiện phân loại rác thải tại nguồn.",
            "Hoạt động góp phần nâng cao nhận thức của đoàn viên, thanh niên và người dân về bảo vệ môi trường, xây dựng cảnh quan đô thị xanh - sạch - đẹp, hướng tới kỷ niệm 20 năm thành lập tỉnh Hậu Giang (01/01/2004 - 01/01/2024).",
        ),
        byline=("Phương Thảo",),
        authors=("Phương Thảo",),
        views=198,
    ),
    Article(
        id=5311,
        slug="hoi-thao-chao-mung-ky-niem-41-nam-ngay-nha-giao-viet-nam-20-11",
        category="tin-tuc-su-kien",
        title="HỘI THAO CHÀO MỪNG KỶ NIỆM 41 NĂM NGÀY NHÀ GIÁO VIỆT NAM 20/11",
        date_line="Ngày đăng: 17/11/2023 09:15",
        published_at="2023-11-17T09:15:00+07:00",
        blocks=(
            "Nhằm thiết thực chào mừng kỷ niệm 41 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2023), từ ngày 13 đến ngày 16/11/2023, Công đoàn Trường Chính trị phối hợp với Chi đoàn Trường tổ chức Hội thao dành cho viên chức, người lao động và học viên các lớp đang học tập tại Trường.",
            Img(
                "hoi-thao-20-11-2023-1.jpg",
                "(Đồng chí Lê Minh Khoa - Phó Hiệu trưởng phát biểu khai mạc Hội thao)",
                "Đồng chí Lê Minh Khoa - Phó Hiệu trưởng phát biểu khai mạc Hội thao",
            ),
            "Hội thao gồm các môn: bóng chuyền hơi, cầu lông, kéo co và cờ tướng, thu hút gần 200 vận động viên thuộc 08 đội tham gia. Các trận đấu diễn ra sôi nổi, kịch tính, thể hiện tinh thần đoàn kết, giao lưu, học hỏi lẫn nhau giữa viên chức và học viên.",
            Img(
                "hoi-thao-20-11-2023-2.jpg",
                "(Trận chung kết môn bóng chuyền hơi nam)",
                "Trận chung kết môn bóng chuyền hơi nam",
            ),
            Img(
                "hoi-thao-20-11-2023-3.jpg",
                "(Ban Tổ chức trao giải cho các đội đạt giải môn kéo co)",
                "Ban Tổ chức trao giải cho các đội đạt giải môn kéo co",
            ),
            "Kết thúc Hội thao, Ban Tổ chức đã trao giải nhất, nhì, ba cho các đội và vận động viên đạt thành tích cao ở từng môn thi đấu; giải nhất toàn đoàn thuộc về đội lớp Trung cấp lý luận chính trị - hành chính khóa 2023-2024 tại thành phố Vị Thanh.",
        ),
        byline=("Bài: Lê Hoa - Ảnh: Văn Tài",),
        authors=("Lê Hoa",),
        photographers=("Văn Tài",),
        views=341,
    ),
    Article(
        id=5268,
        slug="hoi-thao-khoa-hoc-nang-cao-chat-luong-doi-ngu-giang-vien",
        category="tin-tuc-su-kien",
        title="Hội thảo khoa học “Nâng cao chất lượng đội ngũ giảng viên đáp ứng tiêu chí Trường Chính trị chuẩn mức 1”",
        date_line="Ngày 03/09/2023",
        published_at="2023-09-03",
        sapo="Ngày 31/8/2023, Trường Chính trị tỉnh Hậu Giang tổ chức Hội thảo khoa học cấp trường với chủ đề “Nâng cao chất lượng đội ngũ giảng viên đáp ứng tiêu chí Trường Chính trị chuẩn mức 1”. Hội thảo nhận được 24 bài tham luận của các nhà khoa học, giảng viên trong và ngoài Trường.",
        blocks=(
            "Đồng chí Lê Minh Khoa - Phó Hiệu trưởng chủ trì Hội thảo. Tham dự có đại diện lãnh đạo Ban Tuyên giáo Tỉnh ủy, Ban Tổ chức Tỉnh ủy, Sở Nội vụ cùng toàn thể giảng viên của Trường.",
            Img(
                "hoi-thao-khoa-hoc-giang-vien-2023.jpg",
                "Các đại biểu tham dự Hội thảo khoa học",
                "Các đại biểu tham dự Hội thảo khoa học",
            ),
            "Các tham luận đã tập trung phân tích thực trạng đội ngũ giảng viên của Trường về số lượng, cơ cấu, trình độ chuyên môn, năng lực sư phạm và năng lực nghiên cứu khoa học; chỉ ra những hạn chế như tỷ lệ giảng viên có trình độ sau đại học còn thấp, việc đi nghiên cứu thực tế chưa thường xuyên, kỹ năng ứng dụng công nghệ thông tin trong giảng dạy chưa đồng đều.",
            "Từ đó, Hội thảo đề xuất nhiều giải pháp thiết thực như: xây dựng kế hoạch đào tạo, bồi dưỡng giảng viên theo vị trí việc làm; tăng cường dự giờ, thao giảng; gắn giảng dạy với nghiên cứu khoa học và tổng kết thực tiễn ở địa phương; có chính sách thu hút người có trình độ cao về công tác tại Trường.",
            "Kết luận Hội thảo, đồng chí chủ trì ghi nhận, đánh giá cao chất lượng các tham luận và giao Khoa Xây dựng Đảng tiếp thu, tổng hợp các ý kiến để tham mưu Ban Giám hiệu ban hành kế hoạch nâng cao chất lượng đội ngũ giảng viên giai đoạn 2023-2025.",
        ),
        byline=("Tin: Hoàng Phúc",),
        authors=("Hoàng Phúc",),
        views=367,
    ),
    Article(
        id=5204,
        slug="dang-bo-truong-chinh-tri-quan-triet-hoc-tap-cac-nghi-quyet-hoi-nghi-trung-uong-6-khoa-xiii",
        category="tin-tuc-su-kien",
        title="Đảng bộ Trường Chính trị quán triệt, học tập các nghị quyết Hội nghị Trung ương 6 khóa XIII",
        date_line="Ngày 15-03-2023",
        published_at="2023-03-15",
        blocks=(
            "Thực hiện Kế hoạch của Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh, ngày 14/3/2023, Đảng bộ Trường Chính trị tổ chức hội nghị học tập, quán triệt các nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII cho toàn thể cán bộ, đảng viên của Đảng bộ.",
            "Tại hội nghị, các đại biểu được nghe báo cáo viên truyền đạt những nội dung cơ bản của Nghị quyết số 27-NQ/TW về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới; Nghị quyết số 28-NQ/TW về tiếp tục đổi mới phương thức lãnh đạo, cầm quyền của Đảng đối với hệ thống chính trị trong giai đoạn mới; Nghị quyết số 29-NQ/TW về tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước đến năm 2030, tầm nhìn đến năm 2045.",
            "Phát biểu bế mạc hội nghị, đồng chí Bí thư Đảng ủy Trường yêu cầu các chi bộ tổ chức thảo luận, xây dựng chương trình hành động thực hiện nghị quyết phù hợp với chức năng, nhiệm vụ của từng phòng, khoa; mỗi đảng viên xây dựng kế hoạch cá nhân và đưa nội dung các nghị quyết vào bài giảng một cách sinh động, thiết thực.",
            "Kết thúc hội nghị, 100% đảng viên tham dự đã viết bài thu hoạch theo quy định.",
        ),
        byline=("Tin: Kim Ngân",),
        authors=("Kim Ngân",),
        views=233,
        markup="br",
        byline_style="div",
    ),
    Article(
        id=5150,
        slug="truong-chinh-tri-tinh-hau-giang-hop-mat-ky-niem-93-nam-ngay-thanh-lap-dang",
        category="tin-tuc-su-kien",
        title="Trường Chính trị tỉnh Hậu Giang họp mặt kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam",
        date_line="Ngày 03-02-2023",
        published_at="2023-02-03",
        blocks=(
            "Sáng ngày 02/02/2023, Đảng bộ Trường Chính trị tỉnh Hậu Giang tổ chức họp mặt kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2023) và trao Huy hiệu Đảng đợt 3/2 cho các đảng viên của Đảng bộ.",
            Img(
                "hop-mat-ky-niem-93-nam-thanh-lap-dang-1.jpg",
                "Đồng chí Bí thư Đảng ủy Trường ôn lại truyền thống vẻ vang của Đảng - Ảnh: Kim Ngân",
                "Đồng chí Bí thư Đảng ủy Trường ôn lại truyền thống vẻ vang của Đảng - Ảnh: Kim Ngân",
            ),
            "Tại buổi họp mặt, các đại biểu đã cùng ôn lại chặng đường 93 năm xây dựng, chiến đấu và trưởng thành của Đảng Cộng sản Việt Nam; khẳng định sự lãnh đạo đúng đắn của Đảng là nhân tố hàng đầu quyết định mọi thắng lợi của cách mạng Việt Nam. Báo cáo cũng điểm lại những kết quả nổi bật của Đảng bộ Trường trong năm 2022, trong đó có 02 chi bộ được công nhận hoàn thành xuất sắc nhiệm vụ.",
            Img(
                "hop-mat-ky-niem-93-nam-thanh-lap-dang-2.jpg",
                "Các đảng viên nhận Huy hiệu Đảng đợt 3/2/2023 chụp ảnh lưu niệm",
                "Các đảng viên nhận Huy hiệu Đảng đợt 3/2/2023 chụp ảnh lưu niệm",
            ),
            "Dịp này, Đảng ủy Trường đã trao Huy hiệu 30 năm tuổi Đảng cho 02 đảng viên và khen thưởng 05 đảng viên hoàn thành xuất sắc nhiệm vụ tiêu biểu năm 2022.",
        ),
        byline=("Tin: Hoàng Phúc",),
        authors=("Hoàng Phúc",),
        photographers=("Kim Ngân",),
        views=305,
        markup="span",
    ),
    Article(
        id=5098,
        slug="chi-bo-khoa-ly-luan-co-so-to-chuc-le-ket-nap-dang-vien-moi",
        category="tin-tuc-su-kien",
        title="Chi bộ Khoa Lý luận cơ sở tổ chức lễ kết nạp đảng viên mới",
        date_line="Ngày 18/11/2022",
        published_at="2022-11-18",
        blocks=(
            "Ngày 17/11/2022, Chi bộ Khoa Lý luận cơ sở thuộc Đảng bộ Trường Chính trị tỉnh Hậu Giang long trọng tổ chức lễ kết nạp đảng viên mới cho quần chúng Nguyễn Thị Ngọc Trâm, giảng viên của Khoa.",
            Img(
                "ket-nap-dang-vien-moi-khoa-llcs.jpg",
                "(Đồng chí Bí thư Chi bộ trao Quyết định kết nạp đảng viên cho đồng chí Nguyễn Thị Ngọc Trâm)",
                "Đồng chí Bí thư Chi bộ trao Quyết định kết nạp đảng viên cho đồng chí Nguyễn Thị Ngọc Trâm",
                style="plain",
            ),
            "Buổi lễ được tổ chức trang nghiêm theo đúng quy định của Điều lệ Đảng. Thay mặt Chi bộ, đồng chí Bí thư Chi bộ đã công bố Quyết định kết nạp đảng viên của Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh; đảng viên mới đã đọc lời tuyên thệ dưới cờ Đảng, nguyện suốt đời phấn đấu cho mục đích, lý tưởng của Đảng.",
            "Phát biểu tại buổi lễ, đồng chí đại diện Đảng ủy Trường chúc mừng đảng viên mới, đồng thời đề nghị đồng chí Ngọc Trâm tiếp tục rèn luyện phẩm chất chính trị, đạo đức, lối sống; nghiêm túc chấp hành Điều lệ Đảng, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước; tích cực tham gia sinh hoạt chi bộ và hoàn thành tốt nhiệm vụ chuyên môn được giao.",
        ),
        byline=("Tin và ảnh: Thanh Tâm",),
        authors=("Thanh Tâm",),
        photographers=("Thanh Tâm",),
        views=187,
        text_form="entities",
    ),
    SEED,
    Article(
        id=4650,
        slug="doan-vien-chi-doan-truong-chinh-tri-tham-gia-hien-mau-tinh-nguyen-dot-1-nam-2022",
        category="tin-tuc-su-kien",
        title="Đoàn viên Chi đoàn Trường Chính trị tham gia hiến máu tình nguyện đợt 1 năm 2022",
        date_line="Ngày 21-06-2022",
        published_at="2022-06-21",
        blocks=(
            "Hưởng ứng Ngày Quốc tế người hiến máu 14/6, ngày 18/6/2022, Chi đoàn Trường Chính trị đã vận động đoàn viên, thanh niên tham gia Ngày hội hiến máu tình nguyện do Ban Chỉ đạo vận động hiến máu tình nguyện thành phố Vị Thanh tổ chức.",
            Img(
                "hien-mau-tinh-nguyen-2022.jpg",
                "Đoàn viên Chi đoàn Trường Chính trị đăng ký hiến máu tại Ngày hội",
                "Đoàn viên Chi đoàn Trường Chính trị đăng ký hiến máu tại Ngày hội",
            ),
            "Đợt này, Chi đoàn có 15 đoàn viên đăng ký tham gia, trong đó 12 đoàn viên đủ điều kiện hiến máu với tổng số 12 đơn vị máu. Nhiều đoàn viên đã tham gia hiến máu từ 3 lần trở lên.",
            "Hoạt động thể hiện tinh thần “tương thân tương ái”, trách nhiệm với cộng đồng của tuổi trẻ Trường Chính trị, góp phần bổ sung nguồn máu dự trữ phục vụ công tác cấp cứu, điều trị bệnh nhân trên địa bàn tỉnh.",
        ),
        views=154,
        text_form="nfd",
    ),
    Article(
        id=5420,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-he-khong-tap-trung-khoa-2024-2025",
        category="hoat-dong-dao-tao",
        title="KHAI GIẢNG LỚP TRUNG CẤP LÝ LUẬN CHÍNH TRỊ - HÀNH CHÍNH HỆ KHÔNG TẬP TRUNG KHÓA 2024-2025",
        date_line="Thứ Hai, 15/01/2024 - 08:30",
        published_at="2024-01-15T08:30:00+07:00",
        blocks=(
            "Sáng ngày 12/01/2024, Trường Chính trị tỉnh Hậu Giang tổ chức khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 2024-2025 tại huyện Châu Thành A. Lớp học có 86 học viên là cán bộ, công chức, viên chức các xã, thị trấn và các cơ quan, đơn vị trên địa bàn huyện.",
            Img(
                "khai-giang-tccl-chau-thanh-a-2024-1.jpg",
                "(Đồng chí Lê Minh Khoa - Phó Hiệu trưởng phát biểu khai giảng lớp học)",
                "Đồng chí Lê Minh Khoa - Phó Hiệu trưởng phát biểu khai giảng lớp học",
            ),
            "Trong thời gian 08 tháng, học viên sẽ được nghiên cứu các khối kiến thức: những vấn đề cơ bản của chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; những vấn đề cơ bản về Đảng Cộng sản, Nhà nước và hệ thống chính trị; quản lý hành chính nhà nước; kỹ năng lãnh đạo, quản lý; tình hình, nhiệm vụ của địa phương, cơ sở và đi nghiên cứu thực tế.",
            Img(
                "khai-giang-tccl-chau-thanh-a-2024-2.jpg",
                "(Học viên lớp Trung cấp lý luận chính trị - hành chính khóa 2024-2025 chụp ảnh lưu niệm)",
                "Học viên lớp Trung cấp lý luận chính trị - hành chính khóa 2024-2025 chụp ảnh lưu niệm",
            ),
            "Phát biểu khai giảng, đồng chí Lê Minh Khoa đề nghị học viên xác định rõ mục tiêu, động cơ học tập đúng đắn, chấp hành nghiêm nội quy, quy chế học tập; tích cực tự nghiên cứu, liên hệ kiến thức lý luận với thực tiễn công tác tại địa phương, đơn vị để hoàn thành tốt khóa học.",
        ),
        byline=("Tin: Minh Trí", "Ảnh: Thanh Tâm"),
        authors=("Minh Trí",),
        photographers=("Thanh Tâm",),
        views=392,
        template="B",
    ),
    Article(
        id=5389,
        slug="be-giang-lop-cao-cap-ly-luan-chinh-tri-he-khong-tap-trung-tai-tinh-hau-giang",
        category="hoat-dong-dao-tao",
        title="Bế giảng lớp Cao cấp lý luận chính trị hệ không tập trung tại tỉnh Hậu Giang",
        date_line="Ngày 22/12/2023",
        published_at="2023-12-22",
        blocks=(
            "Ngày 21/12/2023, Học viện Chính trị khu vực IV phối hợp với Trường Chính trị tỉnh Hậu Giang tổ chức bế giảng và trao bằng tốt nghiệp lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2021-2023 cho 98 học viên.",
            Img(
                "be-giang-cao-cap-llct-2023.jpg",
                "Ban Giám hiệu hai trường chụp ảnh lưu niệm cùng học viên lớp Cao cấp lý luận chính trị",
                "Ban Giám hiệu hai trường chụp ảnh lưu niệm cùng học viên lớp Cao cấp lý luận chính trị",
            ),
            "Sau hơn 2 năm học tập, các học viên đã hoàn thành chương trình đào tạo theo quy định của Học viện Chính trị quốc gia Hồ Chí Minh. Kết quả, lớp có 27 học viên tốt nghiệp loại giỏi, 71 học viên tốt nghiệp loại khá; không có học viên vi phạm quy chế.",
            "Phát biểu tại lễ bế giảng, đại diện lãnh đạo Học viện Chính trị khu vực IV ghi nhận sự phối hợp chặt chẽ, hiệu quả của Trường Chính trị tỉnh Hậu Giang trong quản lý lớp học; chúc mừng các học viên và mong các đồng chí tiếp tục vận dụng kiến thức được trang bị vào thực tiễn công tác, góp phần xây dựng quê hương Hậu Giang ngày càng phát triển.",
        ),
        byline=("Tin: Lê Hoa",),
        authors=("Lê Hoa",),
        views=264,
        markup="span",
        byline_style="italic",
    ),
    Article(
        id=5322,
        slug="boi-duong-kien-thuc-quoc-phong-va-an-ninh-cho-doi-tuong-4-nam-2023",
        category="hoat-dong-dao-tao",
        title="Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2023",
        date_line="Cập nhật: 12/10/2023 - 08:05",
        published_at="2023-10-12T08:05:00+07:00",
        blocks=(
            "Từ ngày 09 đến ngày 13/10/2023, Trường Chính trị tỉnh Hậu Giang phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2023. Tham gia lớp học có 120 học viên là trưởng các đoàn thể, cán bộ, công chức cấp xã và trưởng ấp, khu vực trên địa bàn tỉnh.",
            "Trong thời gian 05 ngày, học viên được nghiên cứu các chuyên đề về quan điểm của Đảng về đường lối quốc phòng toàn dân, an ninh nhân dân; xây dựng thế trận lòng dân; công tác dân quân tự vệ, dự bị động viên; phòng, chống “diễn biến hòa bình”, bạo loạn lật đổ của các thế lực thù địch; bảo vệ chủ quyền biển, đảo và biên giới quốc gia trong tình hình mới.",
            "Kết thúc khóa học, 100% học viên hoàn thành bài thu hoạch đạt yêu cầu và được cấp giấy chứng nhận theo quy định.",
        ),
        views=211,
    ),
    Article(
        id=5245,
        slug="hoc-vien-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-nghien-cuu-thuc-te-tai-huyen-phung-hiep",
        category="hoat-dong-dao-tao",
        title="Học viên lớp Trung cấp lý luận chính trị - hành chính nghiên cứu thực tế tại huyện Phụng Hiệp",
        date_line="Ngày 10/08/2023",
        published_at="2023-08-10",
        blocks=(
            "Thực hiện chương trình đào tạo, ngày 08/8/2023, Trường Chính trị tỉnh Hậu Giang tổ chức cho 75 học viên lớp Trung cấp lý luận chính trị - hành chính khóa 2022-2023 đi nghiên cứu thực tế tại huyện Phụng Hiệp.",
            Img(
                "nghien-cuu-thuc-te-phung-hiep-2023.jpg",
                "Học viên tìm hiểu mô hình hợp tác xã trồng mía tại xã Hiệp Hưng",
                "Học viên tìm hiểu mô hình hợp tác xã trồng mía tại xã Hiệp Hưng",
                style="table",
            ),
            "Tại đây, học viên được nghe lãnh đạo Huyện ủy Phụng Hiệp giới thiệu tình hình kinh tế - xã hội, quốc phòng - an ninh, công tác xây dựng Đảng và hệ thống chính trị của huyện; kết quả xây dựng nông thôn mới và những khó khăn, vướng mắc trong chuyển đổi cơ cấu cây trồng, vật nuôi.",
            "Chuyến đi giúp học viên có thêm kiến thức thực tiễn, củng cố kiến thức lý luận đã học, làm cơ sở để viết bài thu hoạch cuối khóa và vận dụng vào công tác tại địa phương, đơn vị.",
        ),
        byline=("Tin: Ngọc Hân",),
        authors=("Ngọc Hân",),
        views=226,
    ),
    Article(
        id=5172,
        slug="khai-giang-lop-boi-duong-nghiep-vu-cong-tac-mat-tran-cho-can-bo-co-so-nam-2023",
        category="hoat-dong-dao-tao",
        title="Khai giảng lớp bồi dưỡng nghiệp vụ công tác Mặt trận cho cán bộ cơ sở năm 2023",
        date_line="Ngày 07-04-2023",
        published_at="2023-04-07",
        blocks=(
            "Sáng ngày 05/4/2023, Trường Chính trị tỉnh Hậu Giang phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh khai giảng lớp bồi dưỡng nghiệp vụ công tác Mặt trận cho 90 học viên là Chủ tịch, Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam các xã, phường, thị trấn và Trưởng Ban công tác Mặt trận ở ấp, khu vực.",
            Img("boi-duong-nghiep-vu-mat-tran-2023.jpg", style="none"),
            "Lớp học diễn ra trong 03 ngày với các chuyên đề: tổ chức và hoạt động của Mặt trận Tổ quốc Việt Nam ở cơ sở; công tác giám sát và phản biện xã hội; tập hợp, vận động các tầng lớp nhân dân tham gia phong trào “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”; kỹ năng tiếp xúc, đối thoại và hòa giải ở cơ sở.",
            "Lớp bồi dưỡng nhằm nâng cao năng lực, kỹ năng nghiệp vụ cho đội ngũ cán bộ Mặt trận cơ sở, góp phần phát huy sức mạnh khối đại đoàn kết toàn dân tộc trên địa bàn tỉnh.",
        ),
        byline=("Tin: Thanh Tùng",),
        authors=("Thanh Tùng",),
        views=173,
    ),
    Article(
        id=5033,
        slug="be-giang-lop-boi-duong-ly-luan-chinh-tri-danh-cho-dang-vien-moi",
        category="hoat-dong-dao-tao",
        title="Bế giảng lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới",
        date_line="Ngày 30/09/2022",
        published_at="2022-09-30",
        blocks=(
            "Ngày 29/9/2022, Trường Chính trị tỉnh Hậu Giang tổ chức bế giảng lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới thuộc Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh. Lớp học có 62 học viên.",
            "Qua 07 ngày học tập, học viên đã được trang bị những kiến thức cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; Cương lĩnh, Điều lệ Đảng; chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước; nhiệm vụ của đảng viên và công tác xây dựng tổ chức cơ sở đảng.",
            "Kết quả, 100% học viên hoàn thành bài thu hoạch, trong đó có 41 học viên đạt loại giỏi. Ban Giám hiệu Nhà trường đề nghị các đảng viên mới tiếp tục tu dưỡng, rèn luyện, phát huy vai trò tiên phong, gương mẫu tại cơ quan, đơn vị nơi công tác.",
        ),
        byline=("Tin: Hoàng Phúc",),
        authors=("Hoàng Phúc",),
        views=145,
    ),
    Article(
        id=5290,
        slug="phat-huy-vai-tro-cua-doi-ngu-giang-vien-ly-luan-chinh-tri-trong-bao-ve-nen-tang-tu-tuong-cua-dang",
        category="nghien-cuu-trao-doi",
        title="Phát huy vai trò của đội ngũ giảng viên lý luận chính trị trong bảo vệ nền tảng tư tưởng của Đảng",
        date_line="Ngày 18/09/2023",
        published_at="2023-09-18",
        blocks=(
            "Bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch là nhiệm vụ quan trọng, thường xuyên của toàn Đảng, toàn dân và cả hệ thống chính trị. Trong nhiệm vụ đó, đội ngũ giảng viên lý luận chính trị ở các trường chính trị tỉnh, thành phố giữ vai trò nòng cốt, bởi họ vừa là người truyền thụ tri thức lý luận, vừa trực tiếp định hướng tư tưởng cho cán bộ, đảng viên.",
            "Thực tiễn cho thấy, khi bài giảng gắn với những vấn đề nóng của đời sống xã hội, được minh chứng bằng số liệu, sự kiện cụ thể ở địa phương, người học không chỉ tiếp thu lý luận một cách chủ động mà còn có bản lĩnh, kỹ năng nhận diện, phản bác những luận điệu xuyên tạc trên không gian mạng.",
            "Để phát huy vai trò đó, mỗi giảng viên cần không ngừng tự học tập, nghiên cứu, nắm vững chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh và đường lối của Đảng; tích cực tham gia viết bài, tham luận; đổi mới phương pháp giảng dạy theo hướng tăng cường đối thoại, tình huống. Các trường chính trị cần có cơ chế khuyến khích, ghi nhận kịp thời những đóng góp của giảng viên trên mặt trận này.",
        ),
        byline=("Nguồn: Tạp chí Cộng sản",),
        source="Tạp chí Cộng sản",
        views=289,
        byline_style="italic",
    ),
)


#: the "Giới thiệu" page: journal content that reads like an article but is not news
INTRO_PARAGRAPHS: tuple[str, ...] = (
    "Trường Chính trị tỉnh Hậu Giang là cơ sở đào tạo, bồi dưỡng trực thuộc Tỉnh ủy Hậu Giang, chịu sự lãnh đạo, chỉ đạo trực tiếp, toàn diện của Ban Thường vụ Tỉnh ủy và sự quản lý nhà nước của Ủy ban nhân dân tỉnh; đồng thời chịu sự chỉ đạo, hướng dẫn về nội dung, chương trình đào tạo, bồi dưỡng của Học viện Chính trị quốc gia Hồ Chí Minh.",
    "Trường có chức năng tham mưu cho Tỉnh ủy, Ủy ban nhân dân tỉnh về công tác đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở; đào tạo, bồi dưỡng lý luận chính trị cho cán bộ, công chức, viên chức; nghiên cứu khoa học và tổng kết thực tiễn, góp phần xây dựng Đảng và chính quyền ở địa phương.",
    "Trường được thành lập cùng với sự ra đời của tỉnh Hậu Giang năm 2004. Trải qua quá trình xây dựng và phát triển, Trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán bộ, đảng viên, góp phần quan trọng vào sự nghiệp phát triển kinh tế - xã hội của tỉnh.",
    "Cơ cấu tổ chức của Trường gồm Ban Giám hiệu, 02 phòng chức năng (Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo và Nghiên cứu khoa học) và 03 khoa chuyên môn (Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp luật).",
)

SITE_NAME = "Trường Chính Trị Hậu Giang"
SCHOOL = "Trường Chính trị tỉnh Hậu Giang"
ADDRESS = "Số 09, đường 3 Tháng 2, phường V, thành phố Vị Thanh, tỉnh Hậu Giang"
PHONE = "(0293) 3 878 016"
FAX = "(0293) 3 878 017"
EMAIL = "truongchinhtri@haugiang.gov.vn"
#: the visitor-counter widget, identical on every page (as in the seed dump)
COUNTERS: tuple[tuple[str, str], ...] = (
    ("Đang online", "5"),
    ("Hôm nay", "437"),
    ("Đã truy cập", "757010"),
)
PERMISSION_NOTICE = "Bạn chưa có đủ quyền truy nhập portlet này."
