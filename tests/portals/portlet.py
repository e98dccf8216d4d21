"""Fixture portal: a Sở GD&ĐT news portal on a Java portlet platform (Liferay 6.2 style).

Why: provincial education departments often run Liferay. Its traps are all here: pages built of
``portlet-boundary`` blocks, every detail page titled "Xem chi tiết - …", the anonymous-visitor
permission notice on every page, asset-publisher links in two shapes
(``…/-/asset_publisher/<instance>/content/<slug>`` and ``…/-/view_content/<id>-<slug>``), each
printed again with ``?p_p_state=maximized&p_p_mode=view`` (the same article; some pages carry a
``rel=canonical``, some don't), paging by a namespaced parameter (``_101_INSTANCE_<id>_cur=N``),
and listing dates on a 12-hour clock ("03/04/2020 | 10:36 PM", "… 12:15 CH"). The listing shows
the asset's *modified* date: where the detail page prints its own date, that one wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "portlet"
START_PATH = "/"
PLATFORM = "portlet"

SITE = "Sở Giáo dục và Đào tạo tỉnh Trà Vinh"
HOME = "/web/guest/trang-chu"
LOGIN = "/c/portal/login?p_l_id=10184"
THEME = "/sgddt-theme"
PER_PAGE = 3
NOTICE = '<div class="portlet-msg-error">Bạn chưa có đủ quyền truy nhập portlet này.</div>'


@dataclass(frozen=True)
class Cat:
    name: str
    path: str
    instance: str
    #: listing clock: "en" prints AM/PM, "vi" prints SA/CH
    clock: str


CATS: dict[str, Cat] = {
    "tin-tuc": Cat("Tin tức - Sự kiện", "/web/guest/tin-tuc", "AbC123", "en"),
    "thi-tuyen-sinh": Cat("Thi - Tuyển sinh", "/web/guest/thi-tuyen-sinh", "Qw7RtY", "vi"),
}

_DOC = "/documents/10180"

# opts: link ("asset" | "view"), listed (the asset's display date the listing prints,
# "YYYY-MM-DD HH:MM"), date_line (what the detail page prints, or None), canonical (bool),
# template ("A": headline repeated in the journal template; "B": headline only in the portlet
# header), sapo_in ("template": div.sapo above the content div; "asset": the asset summary
# outside the journal article).
STORIES: list[Story] = [
    Story(
        id=31027,
        slug="khai-mac-hoi-khoe-phu-dong-tinh-tra-vinh-lan-thu-x-nam-2024",
        title="Khai mạc Hội khỏe Phù Đổng tỉnh Trà Vinh lần thứ X năm 2024",
        cat="tin-tuc",
        published_at="2024-03-22",
        summary="Tối ngày 21/3/2024, tại Sân vận động tỉnh, Sở Giáo dục và Đào tạo phối hợp với Sở Văn hóa, Thể thao và Du lịch long trọng tổ chức Lễ khai mạc Hội khỏe Phù Đổng tỉnh Trà Vinh lần thứ X năm 2024.",
        sapo_outside=True,
        blocks=[
            P("Hội khỏe Phù Đổng năm nay thu hút gần 2.000 vận động viên là học sinh các cấp học đến từ 9 đơn vị huyện, thị xã, thành phố, tranh tài ở 12 môn thi đấu gồm: điền kinh, bơi lội, bóng đá, bóng chuyền, cầu lông, bóng bàn, cờ vua, võ cổ truyền, vovinam, đá cầu, kéo co và đua ghe ngo."),
            Img(
                f"{_DOC}/2311457/khai-mac-hkpd-2024.jpg/7c0e5b1a-92d4-4f3e-b6a1-0d8c3e5f7a21?t=1711071234567",
                "(Các đoàn vận động viên diễu hành qua lễ đài tại Lễ khai mạc)",
                "Các đoàn vận động viên diễu hành qua lễ đài tại Lễ khai mạc",
            ),
            P("Phát biểu khai mạc, ông Nguyễn Minh Luân, Giám đốc Sở Giáo dục và Đào tạo, Trưởng Ban Tổ chức, nhấn mạnh Hội khỏe Phù Đổng là đợt sinh hoạt thể thao lớn nhất của học sinh toàn tỉnh, nhằm đánh giá kết quả công tác giáo dục thể chất và phong trào thể dục thể thao trong trường học, đồng thời phát hiện, bồi dưỡng các tài năng thể thao trẻ."),
            P("Các môn thi đấu diễn ra từ ngày 22/3 đến ngày 05/4/2024. Qua Hội khỏe, Ban Tổ chức sẽ tuyển chọn các vận động viên xuất sắc để thành lập đoàn tham dự Hội khỏe Phù Đổng toàn quốc lần thứ X năm 2024.", "indent"),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hữu Phước - Ngọc Hân</strong></p>'),
        ],
        authors=["Hữu Phước", "Ngọc Hân"],
        photographers=["Hữu Phước", "Ngọc Hân"],
        opts={"link": "view", "listed": "2024-03-25 14:10", "date_line": "Ngày 22-03-2024",
              "canonical": True, "template": "B", "sapo_in": "asset"},
    ),
    Story(
        id=30874,
        slug="hoi-thi-giao-vien-day-gioi-cap-tinh-bac-tieu-hoc-nam-hoc-2023-2024",
        title="Hội thi giáo viên dạy giỏi cấp tỉnh bậc Tiểu học năm học 2023-2024",
        cat="tin-tuc",
        published_at="2023-12-05",
        blocks=[
            P("Từ ngày 27/11 đến ngày 01/12/2023, Sở Giáo dục và Đào tạo tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc Tiểu học năm học 2023-2024 với sự tham gia của 96 giáo viên đến từ 9 huyện, thị xã, thành phố."),
            P("Mỗi thí sinh trải qua hai phần thi: trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành hai tiết dạy trên lớp, trong đó có một tiết dạy bắt buộc môn Tiếng Việt hoặc Toán. Các tiết dạy được tổ chức tại Trường Tiểu học Phường 1 và Trường Tiểu học Phường 7, thành phố Trà Vinh."),
            Img(
                f"{_DOC}/2298310/gvdg-tieu-hoc-1.jpg/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d?t=1701766800000",
                "Cô Lâm Thị Ngọc Hân, Trường Tiểu học Phường 1 dạy tiết Toán lớp 3",
                "Cô Lâm Thị Ngọc Hân, Trường Tiểu học Phường 1 dạy tiết Toán lớp 3",
                "br",
            ),
            P("Theo đánh giá của Ban Giám khảo, nhiều tiết dạy được đầu tư công phu, vận dụng linh hoạt các phương pháp dạy học tích cực, ứng dụng công nghệ thông tin hợp lý, tạo không khí lớp học sôi nổi. Học sinh được tạo cơ hội trao đổi, hợp tác nhóm và tự đánh giá sản phẩm học tập.", "span"),
            Img(
                f"{_DOC}/2298310/gvdg-tieu-hoc-2.jpg/2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e?t=1701766800000",
                "Ban Giám khảo dự giờ, đánh giá tiết dạy của thí sinh",
                "Ban Giám khảo dự giờ, đánh giá tiết dạy của thí sinh",
                "table",
            ),
            P("Kết quả, Ban Tổ chức công nhận 71 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh; trao 3 giải Nhất, 6 giải Nhì, 9 giải Ba và 12 giải Khuyến khích.", "span"),
            Img(
                f"{_DOC}/2298310/gvdg-tieu-hoc-3.jpg/3c4d5e6f-7a8b-4c9d-0e1f-2a3b4c5d6e7f?t=1701766800000",
                "Ban Tổ chức trao giải cho các giáo viên đạt thành tích cao - Ảnh: Quang Huy",
                "Ban Tổ chức trao giải cho các giáo viên đạt thành tích cao - Ảnh: Quang Huy",
            ),
            P("Hội thi là dịp để giáo viên giao lưu, học hỏi kinh nghiệm, đồng thời góp phần lan tỏa phong trào đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018.", "span"),
            Raw('<p style="text-align: right;"><strong>Tin: Phương Thảo</strong></p>'),
        ],
        authors=["Phương Thảo"],
        photographers=["Quang Huy"],
        opts={"link": "asset", "listed": "2023-12-07 10:02", "date_line": "Ngày 05-12-2023",
              "canonical": False, "template": "A"},
    ),
    Story(
        id=30655,
        slug="chuyen-doi-so-trong-quan-ly-giao-duc-nhieu-ket-qua-buoc-dau-dang-ghi-nhan",
        title="Chuyển đổi số trong quản lý giáo dục: nhiều kết quả bước đầu đáng ghi nhận",
        cat="tin-tuc",
        published_at="2023-10-20T16:05:00+07:00",
        blocks=[
            P("Thực hiện Đề án chuyển đổi số ngành giáo dục giai đoạn 2022-2025, định hướng đến năm 2030, đến nay 100% cơ sở giáo dục phổ thông trong tỉnh đã sử dụng phần mềm quản lý trường học, sổ điểm điện tử và học bạ số; 96% trường thực hiện thu học phí không dùng tiền mặt."),
            P("Cơ sở dữ liệu ngành giáo dục được cập nhật thường xuyên, kết nối với cơ sở dữ liệu của Bộ Giáo dục và Đào tạo, giúp việc thống kê, báo cáo nhanh chóng, chính xác. Các thủ tục hành chính như cấp bản sao văn bằng, chuyển trường, xác nhận hoàn thành chương trình đều được tiếp nhận trực tuyến."),
            Img(
                f"{_DOC}/2276114/z4567890123456_abc123def4567890.jpg/4d5e6f7a-8b9c-4d0e-1f2a-3b4c5d6e7f80?t=1697792700000",
                "z4567890123456_abc123def4567890.jpg",
                None,
            ),
            P("Ông Phạm Văn Tâm, Trưởng phòng Kế hoạch - Tài chính Sở Giáo dục và Đào tạo cho biết, khó khăn lớn nhất hiện nay là hạ tầng mạng ở một số trường vùng sâu chưa ổn định, thiết bị của giáo viên còn thiếu. Sở đang phối hợp với các doanh nghiệp viễn thông để hỗ trợ đường truyền và tập huấn kỹ năng số cho đội ngũ."),
            P("Trong năm học 2023-2024, ngành phấn đấu 100% giáo viên sử dụng thành thạo học liệu số, 70% trường trung học xây dựng được kho bài giảng điện tử dùng chung."),
            Raw("<p>&nbsp;</p>"),
            Raw('<p style="text-align: right;"><strong>Tin: Trần Quốc Việt</strong></p>'),
        ],
        authors=["Trần Quốc Việt"],
        opts={"link": "asset", "listed": "2023-10-20 16:05", "date_line": "20/10/2023 16:05",
              "canonical": True, "template": "B"},
    ),
    Story(
        id=30521,
        slug="hoi-nghi-tong-ket-nam-hoc-2022-2023-va-trien-khai-nhiem-vu-nam-hoc-2023-2024",
        title="Hội nghị tổng kết năm học 2022-2023 và triển khai nhiệm vụ năm học 2023-2024",
        cat="tin-tuc",
        published_at="2023-08-18",
        summary="Sáng ngày 17/8/2023, Sở Giáo dục và Đào tạo tổ chức Hội nghị tổng kết năm học 2022-2023 và triển khai nhiệm vụ trọng tâm năm học 2023-2024 đối với giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên.",
        sapo_outside=True,
        blocks=[
            P("Dự Hội nghị có đồng chí Lê Thanh Bình, Phó Chủ tịch Ủy ban nhân dân tỉnh; đại diện lãnh đạo các sở, ban, ngành tỉnh; lãnh đạo Ủy ban nhân dân các huyện, thị xã, thành phố; trưởng phòng Giáo dục và Đào tạo các huyện cùng hiệu trưởng các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên trên địa bàn tỉnh.", "indent"),
            P("Năm học 2022-2023, toàn ngành có 512 trường học với hơn 228.000 học sinh. Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 99,8%; tỷ lệ học sinh hoàn thành chương trình tiểu học đạt 99,6%; tỷ lệ tốt nghiệp trung học phổ thông đạt 98,7%, tăng 1,2% so với năm học trước. Toàn tỉnh có thêm 27 trường đạt chuẩn quốc gia, nâng tổng số trường đạt chuẩn lên 298 trường, chiếm 58,2%.", "indent"),
            Img(
                "/image/journal/article?img_id=2254811&t=1692341234567",
                "(Đồng chí Lê Thanh Bình, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo tại Hội nghị)",
                "Đồng chí Lê Thanh Bình, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo tại Hội nghị",
            ),
            P("Bên cạnh những kết quả đạt được, Hội nghị cũng chỉ ra một số hạn chế như: cơ sở vật chất ở một số trường vùng sâu còn thiếu; tình trạng thừa, thiếu giáo viên cục bộ chưa được khắc phục triệt để; việc ứng dụng công nghệ thông tin trong dạy học ở một số đơn vị còn mang tính hình thức.", "indent"),
            P("Phát biểu chỉ đạo, đồng chí Lê Thanh Bình ghi nhận những nỗ lực của toàn ngành trong năm học vừa qua và đề nghị Sở Giáo dục và Đào tạo tiếp tục tham mưu triển khai hiệu quả Chương trình giáo dục phổ thông 2018, chuẩn bị tốt các điều kiện về đội ngũ, sách giáo khoa, thiết bị dạy học cho năm học mới; đẩy mạnh chuyển đổi số và bảo đảm an toàn trường học.", "indent"),
            Img(
                "/image/journal/article?img_id=2254815&t=1692341234567",
                "Lãnh đạo Sở Giáo dục và Đào tạo trao Bằng khen cho các tập thể có thành tích xuất sắc",
                "Lãnh đạo Sở Giáo dục và Đào tạo trao Bằng khen cho các tập thể có thành tích xuất sắc",
                "table",
            ),
            P("Dịp này, Ủy ban nhân dân tỉnh tặng Bằng khen cho 15 tập thể và 32 cá nhân; Giám đốc Sở Giáo dục và Đào tạo tặng Giấy khen cho 46 tập thể và 120 cá nhân có thành tích xuất sắc trong năm học 2022-2023./.", "indent"),
            Raw('<p style="text-align: right;"><strong>Tin: Minh Trí</strong></p>'),
            Raw('<p style="text-align: right;"><strong>Ảnh: Thanh Tâm</strong></p>'),
        ],
        authors=["Minh Trí"],
        photographers=["Thanh Tâm"],
        opts={"link": "asset", "listed": "2023-08-21 15:20", "date_line": "Ngày 18-08-2023",
              "canonical": True, "template": "A", "sapo_in": "template"},
    ),
    Story(
        id=30512,
        slug="tap-huan-trien-khai-chuong-trinh-giao-duc-pho-thong-2018-doi-voi-lop-8-va-lop-11",
        title="TẬP HUẤN TRIỂN KHAI CHƯƠNG TRÌNH GIÁO DỤC PHỔ THÔNG 2018 ĐỐI VỚI LỚP 8 VÀ LỚP 11",
        cat="tin-tuc",
        published_at="2023-07-14T08:17:00+07:00",
        blocks=[
            P("Từ ngày 10 đến ngày 13/7/2023, Sở Giáo dục và Đào tạo tổ chức lớp tập huấn triển khai Chương trình giáo dục phổ thông 2018 đối với lớp 8 và lớp 11 cho hơn 1.200 cán bộ quản lý, giáo viên cốt cán các trường trung học cơ sở và trung học phổ thông trong tỉnh."),
            P("Tại lớp tập huấn, các báo cáo viên là giáo viên cốt cán cấp tỉnh đã hướng dẫn học viên nghiên cứu sách giáo khoa mới, xây dựng kế hoạch dạy học, thiết kế bài dạy theo định hướng phát triển phẩm chất, năng lực; đổi mới kiểm tra, đánh giá theo Thông tư 22/2021/TT-BGDĐT của Bộ Giáo dục và Đào tạo."),
            Img(
                f"{_DOC}/2241907/tap-huan-gdpt-2018.jpg/5e6f7a8b-9c0d-4e1f-2a3b-4c5d6e7f8091?t=1689297420000",
                "Giáo viên cốt cán hướng dẫn học viên thiết kế bài dạy môn Ngữ văn lớp 11",
                "Giáo viên cốt cán hướng dẫn học viên thiết kế bài dạy môn Ngữ văn lớp 11",
                "br",
            ),
            P("Học viên được chia thành các nhóm theo môn học, trực tiếp thảo luận, thực hành soạn giáo án và dạy minh họa. Nhiều ý kiến trao đổi tập trung vào cách tổ chức hoạt động trải nghiệm, hướng nghiệp và nội dung giáo dục địa phương tỉnh Trà Vinh."),
            P("Kết thúc lớp tập huấn, 100% học viên hoàn thành bài thu hoạch và được cấp giấy chứng nhận. Sở Giáo dục và Đào tạo yêu cầu các đơn vị tổ chức tập huấn lại cho toàn bộ giáo viên trước ngày 25/8/2023 để bảo đảm triển khai chương trình đúng lộ trình."),
            Raw('<p style="text-align: right;"><em><strong>Tin, ảnh: Kim Ngân</strong></em></p>'),
        ],
        authors=["Kim Ngân"],
        photographers=["Kim Ngân"],
        opts={"link": "view", "listed": "2023-07-14 08:17", "date_line": "Ngày đăng: 14/07/2023 08:17",
              "canonical": False, "template": "A"},
    ),
    Story(
        id=30188,
        slug="tang-cuong-cong-tac-phong-chong-duoi-nuoc-cho-hoc-sinh-trong-dip-he",
        title="Tăng cường công tác phòng, chống đuối nước cho học sinh trong dịp hè",
        cat="tin-tuc",
        published_at="2023-06-02",
        blocks=[
            P("Nhằm bảo đảm an toàn cho học sinh trong thời gian nghỉ hè, Sở Giáo dục và Đào tạo vừa ban hành văn bản yêu cầu các phòng giáo dục và đào tạo, các trường học trực thuộc tăng cường công tác phòng, chống tai nạn thương tích, đặc biệt là đuối nước ở trẻ em.", "plain"),
            P("Theo đó, các đơn vị tổ chức tuyên truyền đến cha mẹ học sinh về nguy cơ đuối nước tại ao, hồ, sông, kênh rạch; hướng dẫn kỹ năng an toàn khi tham gia các hoạt động dưới nước; tuyệt đối không để trẻ đi bơi, tắm sông khi không có người lớn đi cùng.", "plain"),
            P("Sở cũng đề nghị các trường phối hợp với Đoàn Thanh niên, Hội Liên hiệp Phụ nữ và chính quyền địa phương mở các lớp dạy bơi miễn phí, tận dụng hồ bơi di động, hồ bơi của các trung tâm văn hóa - thể thao. Mục tiêu đến hết năm 2023 có ít nhất 45% học sinh tiểu học biết bơi an toàn.", "plain"),
            P("Hiệu trưởng các trường chịu trách nhiệm trước Giám đốc Sở nếu để xảy ra tai nạn đuối nước do thiếu sự quan tâm, nhắc nhở. Các trường hợp tai nạn thương tích phải được báo cáo kịp thời về Sở qua Phòng Chính trị tư tưởng và Công tác học sinh, sinh viên.", "plain"),
            Raw('<p style="text-align: right;"><strong>Nguyễn Hoàng Anh</strong></p>'),
        ],
        authors=["Nguyễn Hoàng Anh"],
        opts={"link": "view", "listed": "2023-06-05 09:12", "date_line": "Ngày 02-06-2023",
              "canonical": False, "template": "A"},
    ),
    Story(
        id=28410,
        slug="trao-150-suat-hoc-bong-cho-hoc-sinh-co-hoan-canh-kho-khan-vuot-kho-hoc-tot",
        title="Trao 150 suất học bổng cho học sinh có hoàn cảnh khó khăn vượt khó học tốt",
        cat="tin-tuc",
        published_at="2021-03-12T22:36:00+07:00",
        blocks=[
            P("Chiều ngày 11/3/2021, tại Hội trường Sở Giáo dục và Đào tạo, Hội Khuyến học tỉnh phối hợp với Quỹ học bổng Vừ A Dính tổ chức trao 150 suất học bổng cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt trên địa bàn tỉnh."),
            P("Mỗi suất học bổng trị giá 2.000.000 đồng, tổng giá trị 300 triệu đồng. Các em nhận học bổng đều là học sinh thuộc hộ nghèo, cận nghèo, mồ côi cha hoặc mẹ, có kết quả học tập từ loại khá trở lên; trong đó có 48 em là học sinh dân tộc Khmer."),
            Img(
                "/image/journal/article?img_id=1987342&t=1615563360000",
                "Đại diện Hội Khuyến học tỉnh trao học bổng cho các em học sinh",
                "Đại diện Hội Khuyến học tỉnh trao học bổng cho các em học sinh",
            ),
            P("Phát biểu tại buổi lễ, đại diện Hội Khuyến học tỉnh mong muốn các em tiếp tục nỗ lực, chăm ngoan, học giỏi để không phụ lòng gia đình, thầy cô và các nhà hảo tâm. Đồng thời kêu gọi các tổ chức, cá nhân tiếp tục chung tay hỗ trợ học sinh nghèo, để không em nào phải bỏ học vì hoàn cảnh khó khăn."),
            P("Thay mặt các em học sinh, em Thạch Thị Sa Rây, học sinh lớp 11 Trường Phổ thông Dân tộc nội trú tỉnh, bày tỏ lòng biết ơn và hứa sẽ cố gắng học tập tốt hơn nữa."),
            Raw('<p style="text-align: right;"><strong>Tin: Thanh Xuân</strong></p>'),
        ],
        authors=["Thanh Xuân"],
        opts={"link": "asset", "listed": "2021-03-12 22:36", "date_line": None,
              "canonical": True, "template": "B"},
    ),
    Story(
        id=31560,
        slug="cong-bo-diem-chuan-tuyen-sinh-lop-10-nam-hoc-2024-2025",
        title="Công bố điểm chuẩn tuyển sinh lớp 10 năm học 2024-2025",
        cat="thi-tuyen-sinh",
        published_at="2024-07-15T16:45:00+07:00",
        blocks=[
            P("Sở Giáo dục và Đào tạo vừa ban hành quyết định phê duyệt điểm chuẩn trúng tuyển vào lớp 10 các trường trung học phổ thông công lập năm học 2024-2025."),
            P("Theo đó, Trường Trung học phổ thông chuyên Trà Vinh có điểm chuẩn cao nhất: lớp chuyên Toán 38,25 điểm, chuyên Ngữ văn 36,50 điểm, chuyên Tiếng Anh 39,00 điểm. Đối với các trường không chuyên, Trường Trung học phổ thông Thành phố Trà Vinh lấy 24,75 điểm; Trường Trung học phổ thông Phạm Thái Bường lấy 21,50 điểm; các trường còn lại dao động từ 10,00 đến 18,25 điểm."),
            P("Thí sinh trúng tuyển nộp hồ sơ nhập học tại trường từ ngày 18/7 đến ngày 25/7/2024. Sau thời hạn này, thí sinh không nộp hồ sơ xem như từ chối nhập học."),
            P("Các trường tiếp tục xét tuyển bổ sung nếu còn chỉ tiêu và báo cáo kết quả về Sở trước ngày 05/8/2024."),
        ],
        opts={"link": "view", "listed": "2024-07-15 16:45", "date_line": "Ngày đăng: 15/07/2024 16:45",
              "canonical": False, "template": "A",
              "attachment": f"{_DOC}/0/Diem-chuan-lop-10-nam-hoc-2024-2025.pdf"},
    ),
    Story(
        id=31402,
        slug="hon-11-000-thi-sinh-hoan-thanh-ky-thi-tot-nghiep-thpt-nam-2024",
        title="Hơn 11.000 thí sinh hoàn thành kỳ thi tốt nghiệp THPT năm 2024",
        cat="thi-tuyen-sinh",
        published_at="2024-06-28T12:15:00+07:00",
        blocks=[
            P("Sáng ngày 28/6/2024, kỳ thi tốt nghiệp trung học phổ thông năm 2024 trên địa bàn tỉnh đã kết thúc an toàn, nghiêm túc, đúng quy chế. Toàn tỉnh có 11.236 thí sinh đăng ký dự thi tại 38 điểm thi với 481 phòng thi."),
            Img(
                f"{_DOC}/2330125/thi-tn-thpt-2024.jpg/6f7a8b9c-0d1e-4f2a-3b4c-5d6e7f809102?t=1719551700000",
                "Thí sinh làm thủ tục dự thi tại điểm thi Trường THPT Thành phố Trà Vinh",
                "Thí sinh làm thủ tục dự thi tại điểm thi Trường THPT Thành phố Trà Vinh",
                "table",
            ),
            P("Tỷ lệ thí sinh dự thi đạt 99,6%. Trong quá trình tổ chức thi không có trường hợp cán bộ coi thi vi phạm quy chế; có 2 thí sinh bị đình chỉ thi do mang điện thoại vào phòng thi."),
            P("Công tác bảo đảm an ninh, trật tự, y tế, điện lực và giao thông được các ngành chức năng phối hợp chặt chẽ. Nhiều đoàn viên, thanh niên tình nguyện hỗ trợ thí sinh, phát nước uống, suất ăn miễn phí tại các điểm thi."),
            P("Theo kế hoạch, công tác chấm thi tự luận sẽ được thực hiện từ ngày 01/7/2024 tại Trường Trung học phổ thông chuyên Trà Vinh. Kết quả thi dự kiến công bố vào ngày 17/7/2024."),
            Raw('<p style="text-align: right;"><strong>Tin: Bảo Ngọc</strong><br />\n<strong>Ảnh: Thanh Tâm</strong></p>'),
        ],
        authors=["Bảo Ngọc"],
        photographers=["Thanh Tâm"],
        opts={"link": "asset", "listed": "2024-06-28 12:15", "date_line": None,
              "canonical": True, "template": "B"},
    ),
]

_BY_SLUG = {s.slug: s for s in STORIES}


# --- URLs ----------------------------------------------------------------------------------


def article_path(story: Story) -> str:
    cat = CATS[story.cat]
    if story.opts["link"] == "view":
        return f"{cat.path}/-/view_content/{story.id}-{story.slug}"
    return f"{cat.path}/-/asset_publisher/{cat.instance}/content/{story.slug}"


def maximized(path: str) -> str:
    return f"{path}?p_p_state=maximized&p_p_mode=view"


def page_target(cat: Cat, n: int) -> str:
    ns = f"101_INSTANCE_{cat.instance}"
    return (
        f"{cat.path}?p_p_id={ns}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&p_p_col_id=column-1&p_p_col_count=1&_{ns}_cur={n}"
    )


def in_cat(key: str) -> list[Story]:
    """A category's stories, newest display date first (the asset publisher's order)."""
    return sorted((s for s in STORIES if s.cat == key), key=lambda s: s.opts["listed"], reverse=True)


def listing_date(story: Story) -> str:
    """The asset publisher's display date on a 12-hour clock: "03/04/2020 | 10:36 PM"."""
    when = datetime.strptime(story.opts["listed"], "%Y-%m-%d %H:%M")
    hour = when.hour % 12 or 12
    if CATS[story.cat].clock == "vi":
        mark = "SA" if when.hour < 12 else "CH"
    else:
        mark = "AM" if when.hour < 12 else "PM"
    return f"{when:%d/%m/%Y} | {hour:02d}:{when:%M} {mark}"


# --- article markup ------------------------------------------------------------------------


def _para(block: P) -> str:
    body = text(block.text)
    if block.style == "indent":
        return f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{body}</p>'
    if block.style == "span":
        return (
            '<p style="text-align: justify;"><span style="font-size:14px;">'
            f'<span style="font-family:times new roman,times,serif;">{body}</span></span></p>'
        )
    if block.style == "plain":
        return f"<p>{body}</p>"
    return f'<p style="text-align: justify;">{body}</p>'


def _image(img: Img) -> str:
    tag = f'<img alt="" src="{esc(img.src)}" style="width: 600px; height: 400px;" />'
    line = esc(img.printed) if img.printed else ""
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image" '
            'style="width: 600px;">\n<tbody>\n<tr>\n'
            f"<td>{tag}</td>\n</tr>\n<tr>\n"
            f'<td class="image_desc" style="text-align: center;">{line}</td>\n'
            "</tr>\n</tbody>\n</table>"
        )
    if img.style == "br":
        return f'<p style="text-align: center;">{tag}<br />\n<em>{line}</em></p>'
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{line}</em></p>'
    return out


def _blocks(story: Story) -> str:
    out = []
    for block in story.blocks:
        if isinstance(block, P):
            out.append(_para(block))
        elif isinstance(block, Img):
            out.append(_image(block))
        else:
            out.append(block.html)
    return "\n".join(out)


def _journal(story: Story) -> str:
    """The web content template's output (inside ``div.journal-content-article``)."""
    o = story.opts
    sapo = ""
    if story.summary and o.get("sapo_in") == "template":
        sapo = f'<div class="sapo"><strong>{text(story.summary)}</strong></div>\n'
    if o["template"] == "A":
        date = f'<div class="date-news">{esc(o["date_line"])}</div>\n' if o["date_line"] else ""
        return (
            f'<div class="news-detail">\n<h2 class="title-news">{text(story.title)}</h2>\n'
            f"{date}{sapo}"
            f'<div class="content-news">\n{_blocks(story)}\n</div>\n</div>'
        )
    date = (
        f'<p class="date"><i class="icon-time"></i> {esc(o["date_line"])}</p>\n'
        if o["date_line"]
        else ""
    )
    return f"{date}{sapo}{_blocks(story)}"


def _others(story: Story) -> str:
    items = [s for s in in_cat(story.cat) if s is not story][:5]
    lis = "\n".join(
        f'<li><a href="{esc(article_path(s))}">{text(s.title)}</a> '
        f'<span class="date">({listing_date(s).split(" | ")[0]})</span></li>'
        for s in items
    )
    return _portlet(
        "101_INSTANCE_OtHr45",
        "Các tin khác",
        f'<ul class="other-news">\n{lis}\n</ul>',
    )


def _article_main(request: Request, story: Story) -> str:
    cat = CATS[story.cat]
    ns = f"_101_INSTANCE_{cat.instance}_"
    url = base_url(request) + article_path(story)
    asset_sapo = ""
    if story.summary and story.opts.get("sapo_in") == "asset":
        asset_sapo = f'<div class="asset-summary sapo"><strong>{text(story.summary)}</strong></div>\n'
    attachment = ""
    if story.opts.get("attachment"):
        name = story.opts["attachment"].rsplit("/", 1)[-1]
        attachment = (
            '<div class="attachments"><span class="label">File đính kèm:</span> '
            f'<a href="{esc(story.opts["attachment"])}" target="_blank">'
            f'<img alt="" src="{THEME}/images/file_system/small/pdf.png" /> {esc(name)}</a></div>\n'
        )
    return f"""
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-borderless portlet-asset-publisher" id="p_p_id{ns}">
<span id="p{ns[:-1]}"></span>
<div class="portlet-borderless-container" style="">
<div class="portlet-body">
<div class="taglib-header ">
<span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="{cat.path}" id="{ns}TabsBack" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span>
<h3 class="header-title"><span>{text(story.title)}</span></h3>
</div>
<div class="asset-full-content default-asset-publisher show-asset-title">
<div class="lfr-meta-actions asset-actions"></div>
{asset_sapo}<div class="asset-content" id="{ns}{story.id}">
<div class="journal-content-article">
{_journal(story)}
</div>
</div>
{attachment}<div class="news-tools">
<span class="view-count">Lượt xem: {story.views()}</span> |
<a class="print" href="javascript:{ns}printPage_0();" title="In trang"><i class="icon-print"></i> In trang</a> |
<a class="email" href="mailto:?subject={esc(story.slug)}&amp;body={esc(url)}"><i class="icon-envelope"></i> Gửi email</a> |
<a href="javascript:history.go(-1);">Quay lại</a> |
<a href="#banner">Về đầu trang</a>
</div>
<div class="taglib-social-bookmarks">
<span>Chia sẻ:</span>
<ul class="unstyled">
<li class="taglib-social-bookmark taglib-social-bookmark-facebook"><a class="social-bookmark-link" href="http://www.facebook.com/sharer.php?u={esc(url)}" target="_blank">Facebook</a></li>
<li class="taglib-social-bookmark taglib-social-bookmark-zalo"><a class="social-bookmark-link" href="https://sp.zalo.me/share_inline?d={esc(url)}" target="_blank">Zalo</a></li>
</ul>
</div>
</div>
</div>
</div>
</div>
{_portlet("33_INSTANCE_CmNt77", "Ý kiến bạn đọc", NOTICE)}
{_others(story)}"""


# --- page chrome ---------------------------------------------------------------------------


def _portlet(pid: str, title: str, body: str) -> str:
    return f"""
<div class="portlet-boundary portlet-boundary_{pid.split('_INSTANCE_')[0]}_ portlet-static portlet-static-end portlet-decorate" id="p_p_id_{pid}_">
<span id="p_{pid}"></span>
<section class="portlet" id="portlet_{pid}">
<header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">{esc(title)}</span></h2></header>
<div class="portlet-content"><div class=" portlet-content-container" style="">
<div class="portlet-body">
{body}
</div>
</div></div>
</section>
</div>"""


def _sidebar() -> str:
    latest = sorted(STORIES, key=lambda s: s.opts["listed"], reverse=True)[:5]
    lis = "\n".join(
        f'<li><a href="{esc(article_path(s))}">{text(s.title)}</a></li>' for s in latest
    )
    links = """<select onchange="if(this.value) window.open(this.value);" class="lien-ket">
<option value="">-- Liên kết website --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://travinh.gov.vn">Cổng thông tin điện tử tỉnh Trà Vinh</option>
<option value="https://thptchuyen.travinh.edu.vn">Trường THPT chuyên Trà Vinh</option>
</select>"""
    counter = """<div class="thong-ke">
<p>Đang online: <span>5</span></p>
<p>Hôm nay: <span>437</span></p>
<p>Đã truy cập: <span>757010</span></p>
</div>"""
    return (
        _portlet("101_INSTANCE_LtSt01", "Tin mới nhất", f'<ul class="latest-news">\n{lis}\n</ul>')
        + _portlet("56_INSTANCE_LkWb02", "Liên kết website", links)
        + _portlet("86_INSTANCE_Poll03", "Thăm dò ý kiến", NOTICE)
        + _portlet("thongke_WAR_thongkeportlet", "Thống kê truy cập", counter)
    )


def _menu() -> str:
    return f"""<nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation">
<ul aria-label="Các trang web" role="menubar">
<li class="lfr-nav-item" role="presentation"><a href="{HOME}" role="menuitem"><span>Trang chủ</span></a></li>
<li class="lfr-nav-item" role="presentation"><a href="/web/guest/gioi-thieu" role="menuitem"><span>Giới thiệu</span></a></li>
<li class="lfr-nav-item" role="presentation"><a href="{CATS["tin-tuc"].path}" role="menuitem"><span>Tin tức - Sự kiện</span></a></li>
<li class="lfr-nav-item" role="presentation"><a href="{CATS["thi-tuyen-sinh"].path}" role="menuitem"><span>Thi - Tuyển sinh</span></a></li>
<li class="lfr-nav-item" role="presentation"><a href="/web/guest/van-ban" role="menuitem"><span>Văn bản - Chỉ đạo</span></a></li>
<li class="lfr-nav-item" role="presentation"><a href="/web/guest/lien-he" role="menuitem"><span>Liên hệ</span></a></li>
</ul>
</nav>"""


def _breadcrumb(trail: list[tuple[str, str]]) -> str:
    items = [f'<li class="first"><a href="{HOME}">Trang chủ</a><span class="divider">/</span></li>']
    for i, (name, href) in enumerate(trail):
        last = i == len(trail) - 1
        cls = "active last breadcrumb-truncate" if last else "current-parent breadcrumb-truncate"
        divider = "" if last else '<span class="divider">/</span>'
        items.append(f'<li class="{cls}"><a href="{esc(href)}">{esc(name)}</a>{divider}</li>')
    return '<ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal">\n' + "\n".join(items) + "\n</ul>"


def _page(
    request: Request,
    *,
    title: str,
    trail: list[tuple[str, str]],
    main: str,
    canonical: str | None = None,
    sidebar: bool = True,
) -> str:
    canon = f'<link href="{esc(base_url(request) + canonical)}" rel="canonical" />\n' if canonical else ""
    if sidebar:
        columns = (
            f'<div class="span8 portlet-column portlet-column-first" id="column-1">\n{main}\n</div>\n'
            f'<div class="span4 portlet-column portlet-column-last" id="column-2">\n{_sidebar()}\n</div>'
        )
    else:
        columns = f'<div class="span12 portlet-column" id="column-1">\n{main}\n{_portlet("86_INSTANCE_Poll03", "Thăm dò ý kiến", NOTICE)}\n</div>'
    return f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="{THEME}/images/favicon.ico" rel="Shortcut Icon" />
{canon}<link class="lfr-css-file" href="{THEME}/css/aui.css?browserId=other&amp;themeId=sgddt_WAR_sgddttheme&amp;languageId=vi_VN&amp;b=6210&amp;t=1700000000000" rel="stylesheet" type="text/css" />
<link class="lfr-css-file" href="{THEME}/css/main.css?browserId=other&amp;themeId=sgddt_WAR_sgddttheme&amp;languageId=vi_VN&amp;b=6210&amp;t=1700000000000" rel="stylesheet" type="text/css" />
<script type="text/javascript">
/*<![CDATA[*/
var themeDisplay = Liferay.ThemeDisplay = {{getCDNBaseURL: function() {{return '';}}, getLanguageId: function() {{return 'vi_VN';}}, getPathThemeImages: function() {{return '{THEME}/images';}}, isSignedIn: function() {{return false;}}}};
Liferay.Portlet.list = ["101_INSTANCE_LtSt01","56_INSTANCE_LkWb02","86_INSTANCE_Poll03"];
/*]]>*/
</script>
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=sgddt_WAR_sgddttheme&amp;colorSchemeId=01&amp;minifierType=js&amp;languageId=vi_VN&amp;b=6210&amp;t=1700000000000" type="text/javascript"></script>
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Nhảy đến nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="top-bar">
<span class="current-date"><i class="icon-calendar"></i> {TODAY}</span>
<span class="top-links"><a href="{HOME}">Trang chủ</a> | <a href="/web/guest/lien-he">Liên hệ</a> | <a href="{esc(LOGIN)}" rel="nofollow">Đăng nhập</a></span>
</div>
<div id="heading">
<h1 class="site-title"><a class="logo custom-logo" href="{HOME}" title="Đi đến {esc(SITE)}">
<img alt="{esc(SITE)}" height="120" src="/image/company_logo?img_id=10197&amp;t=1700000000000" width="1000" /></a></h1>
</div>
{_menu()}
</header>
<div id="content">
<div class="breadcrumbs">{_breadcrumb(trail)}</div>
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row-fluid">
{columns}
</div>
</div>
</div>
<footer id="footer" role="contentinfo">
<div class="footer-info">
<p><strong>Bản quyền thuộc {esc(SITE)}</strong></p>
<p>Chịu trách nhiệm chính: Nguyễn Minh Luân - Giám đốc Sở</p>
<p>Địa chỉ: Số 19A Nguyễn Thị Minh Khai, Phường 2, thành phố Trà Vinh, tỉnh Trà Vinh</p>
<p>Điện thoại: (0294) 3862 125 - Fax: (0294) 3863 016 - Email: sgddt@travinh.edu.vn</p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử {esc(SITE)}" khi phát hành lại thông tin từ website này.</p>
</div>
<p class="powered-by">Powered By <a href="http://www.liferay.com" rel="external">Liferay</a></p>
</footer>
</div>
</body>
</html>"""


# --- pages ---------------------------------------------------------------------------------


def _abstract(story: Story, words: int = 32) -> str:
    first = story.summary or story.paragraphs[0]
    parts = first.split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")


def _thumb(story: Story) -> str:
    imgs = story.images
    return imgs[0].src if imgs else f"{THEME}/images/no-image.png"


def _entry(story: Story) -> str:
    link = esc(article_path(story))
    return f"""<div class="asset-abstract ">
<div class="lfr-meta-actions asset-actions"></div>
<h3 class="asset-title"><a href="{link}">{text(story.title)}</a></h3>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{listing_date(story)}</span></div>
<div class="asset-content">
<div class="asset-summary">
<div class="asset-small-image"><a href="{link}"><img alt="" class="asset-small-image" src="{esc(_thumb(story))}" width="150" /></a></div>
{text(_abstract(story))}
</div>
<div class="asset-more"><a href="{esc(maximized(article_path(story)))}">Xem thêm <span class="hide-accessible">về {text(story.title)}</span> »</a></div>
</div>
</div>"""


def _pager(cat: Cat, page: int, pages: int, total: int) -> str:
    if pages <= 1:
        return ""
    ns = f"_101_INSTANCE_{cat.instance}_"
    first = (page - 1) * PER_PAGE + 1
    last = min(page * PER_PAGE, total)

    def li(label: str, n: int, cls: str = "") -> str:
        if n < 1 or n > pages or n == page:
            return f'<li class="{cls} disabled"><a href="javascript:;">{label}</a></li>'
        return f'<li class="{cls}"><a href="{esc(page_target(cat, n))}">{label}</a></li>'

    menu = "\n".join(
        f'<li><a href="{esc(page_target(cat, n))}" role="menuitem">{n}</a></li>'
        for n in range(1, pages + 1)
    )
    return f"""<div class="taglib-page-iterator" id="{ns}ocerSearchContainerPageIterator">
<div class="clearfix lfr-pagination">
<div class="lfr-pagination-config">
<div class="lfr-pagination-page-selector">
<div class="btn-group lfr-icon-menu current-page-menu"><a class="dropdown-toggle direction-down btn" href="javascript:;" title="Trang {page} trên {pages}"><span class="lfr-icon-menu-text">Trang {page} trên {pages}</span> <i class="caret"></i></a>
<ul class="dropdown-menu lfr-menu-list direction-down" role="menu">
{menu}
</ul></div>
</div>
</div>
<small class="search-results">Hiển thị {first} - {last} của {total} kết quả.</small>
<ul class="lfr-pagination-buttons pager">
{li("&larr; Đầu", 1, "first")}
{li("Trước", page - 1)}
{li("Tiếp", page + 1)}
{li("Cuối &rarr;", pages, "last")}
</ul>
</div>
</div>"""


def _listing(request: Request, key: str) -> str:
    cat = CATS[key]
    stories = in_cat(key)
    pages = -(-len(stories) // PER_PAGE)
    raw = request.params.get(f"_101_INSTANCE_{cat.instance}_cur", "1")
    page = int(raw) if raw.isdigit() and int(raw) > 0 else 1
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    entries = "\n".join(_entry(s) for s in chunk) or (
        '<div class="alert alert-info">Không có kết quả nào được tìm thấy.</div>'
    )
    main = f"""<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-decorate portlet-asset-publisher" id="p_p_id_101_INSTANCE_{cat.instance}_">
<span id="p_101_INSTANCE_{cat.instance}"></span>
<section class="portlet" id="portlet_101_INSTANCE_{cat.instance}">
<header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">{esc(cat.name.upper())}</span></h1></header>
<div class="portlet-content"><div class=" portlet-content-container" style="">
<div class="portlet-body">
{entries}
{_pager(cat, page, pages, len(stories))}
</div>
</div></div>
</section>
</div>"""
    return _page(request, title=f"{cat.name} - {SITE}", trail=[(cat.name, cat.path)], main=main)


def _home(request: Request) -> str:
    news = in_cat("tin-tuc")[:3]
    top = news[0]
    rest = "\n".join(
        f'<li><a href="{esc(article_path(s))}">{text(s.title)}</a></li>' for s in news[1:]
    )
    exams = "\n".join(
        f'<li><a href="{esc(article_path(s))}">{text(s.title)}</a> '
        f'<span class="date">({listing_date(s).split(" | ")[0]})</span></li>'
        for s in in_cat("thi-tuyen-sinh")
    )
    featured = f"""<div class="tin-noi-bat">
<a href="{esc(article_path(top))}"><img alt="" src="{esc(_thumb(top))}" width="360" /></a>
<h3><a href="{esc(article_path(top))}">{text(top.title)}</a></h3>
<p>{text(_abstract(top, 40))}</p>
<ul>
{rest}
</ul>
<p class="xem-them"><a href="{CATS["tin-tuc"].path}">Xem thêm »</a></p>
</div>"""
    notice = f"""<ul>
<li><a href="{_DOC}/0/KH-tuyen-sinh-lop-10-2024.pdf">Kế hoạch tuyển sinh lớp 10 năm học 2024-2025</a></li>
<li><a href="{_DOC}/0/Lich-nghi-Tet-2024.pdf">Thông báo lịch nghỉ Tết Nguyên đán Giáp Thìn 2024</a></li>
</ul>"""
    main = (
        _portlet("101_INSTANCE_TnBt10", "Tin nổi bật", featured)
        + _portlet("101_INSTANCE_TsTs11", "Thi - Tuyển sinh", f"<ul>\n{exams}\n</ul>")
        + _portlet("56_INSTANCE_TbAo12", "Thông báo", notice)
    )
    return _page(request, title=f"Trang chủ - {SITE}", trail=[], main=main)


def _static_page(request: Request, slug: str) -> str:
    if slug == "gioi-thieu":
        name = "Giới thiệu"
        body = """<div class="journal-content-article">
<h2 style="text-align: center;"><strong>CHỨC NĂNG, NHIỆM VỤ CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></h2>
<p style="text-align: justify;">Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục mầm non, giáo dục phổ thông, giáo dục thường xuyên và các cơ sở giáo dục khác trên địa bàn tỉnh.</p>
<p style="text-align: justify;">Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>
<p style="text-align: justify;">Cơ cấu tổ chức gồm Ban Giám đốc; Văn phòng; Thanh tra; các phòng: Tổ chức cán bộ, Kế hoạch - Tài chính, Giáo dục Mầm non - Tiểu học, Giáo dục Trung học, Giáo dục thường xuyên - Chuyên nghiệp, Khảo thí và Kiểm định chất lượng giáo dục.</p>
</div>"""
    else:
        name = "Liên hệ"
        body = """<div class="journal-content-article">
<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TRÀ VINH</strong></p>
<p>Địa chỉ: Số 19A Nguyễn Thị Minh Khai, Phường 2, thành phố Trà Vinh, tỉnh Trà Vinh</p>
<p>Điện thoại: (0294) 3862 125 - Fax: (0294) 3863 016</p>
<p>Email: sgddt@travinh.edu.vn</p>
</div>
<form action="/web/guest/lien-he?p_p_id=1_WAR_webformportlet&amp;p_p_lifecycle=1" class="form" method="post">
<label>Họ và tên <input name="_1_WAR_webformportlet_field1" type="text" /></label>
<label>Nội dung <textarea name="_1_WAR_webformportlet_field2"></textarea></label>
<button class="btn btn-primary" type="submit">Gửi</button>
</form>"""
    main = _portlet("56_INSTANCE_Stat20", name, body)
    return _page(request, title=f"{name} - {SITE}", trail=[(name, f"/web/guest/{slug}")], main=main)


def _documents(request: Request) -> str:
    rows = "\n".join(
        f'<tr><td>{i}</td><td>{esc(num)}</td><td><a href="{_DOC}/0/{esc(file)}">{esc(title)}</a></td><td>{day}</td></tr>'
        for i, (num, title, file, day) in enumerate(
            [
                ("1520/SGDĐT-GDTrH", "Hướng dẫn nhiệm vụ giáo dục trung học năm học 2023-2024", "HD-GDTrH-2023-2024.pdf", "05/09/2023"),
                ("985/KH-SGDĐT", "Kế hoạch tuyển sinh lớp 10 năm học 2024-2025", "KH-tuyen-sinh-lop-10-2024.pdf", "12/03/2024"),
            ],
            start=1,
        )
    )
    main = _portlet(
        "vanban_WAR_vanbanportlet",
        "Văn bản - Chỉ đạo",
        f'<table class="table table-bordered">\n<tr><th>STT</th><th>Số hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th></tr>\n{rows}\n</table>',
    )
    return _page(request, title=f"Văn bản - Chỉ đạo - {SITE}", trail=[("Văn bản - Chỉ đạo", "/web/guest/van-ban")], main=main)


def _login(request: Request) -> str:
    main = _portlet(
        "58",
        "Đăng nhập",
        '<form action="/c/portal/login" method="post"><input name="_58_login" type="text" />'
        '<input name="_58_password" type="password" /><button type="submit">Đăng nhập</button></form>',
    )
    return _page(request, title=f"Đăng nhập - {SITE}", trail=[("Đăng nhập", LOGIN)], main=main)


_ASSET = re.compile(r"^(/web/guest/[a-z-]+)/-/asset_publisher/(\w+)/content/([a-z0-9-]+)$")
_VIEW = re.compile(r"^(/web/guest/[a-z-]+)/-/view_content/(\d+)-([a-z0-9-]+)$")


def _find_article(path: str) -> Story | None:
    m = _ASSET.match(path) or _VIEW.match(path)
    if not m:
        return None
    story = _BY_SLUG.get(m.group(3))
    if story is None or article_path(story) != path:
        return None
    return story


class PortletSite:
    """Routes requests like the portal does; unknown targets are 404."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(_DOC) and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        static = static_file(path)
        if static is not None or path.startswith("/image/"):
            return static or static_file(".jpg")
        if path in ("/", "/web/guest"):
            return redirect(HOME)
        if path == HOME:
            return html(_home(request))
        if path in ("/web/guest/gioi-thieu", "/web/guest/lien-he"):
            return html(_static_page(request, path.rsplit("/", 1)[-1]))
        if path == "/web/guest/van-ban":
            return html(_documents(request))
        if path == "/c/portal/login":
            return html(_login(request))
        for key, cat in CATS.items():
            if path == cat.path:
                return html(_listing(request, key))
        story = _find_article(path)
        if story is None:
            return None
        cat = CATS[story.cat]
        state = request.params.get("p_p_state", "normal")
        page = _page(
            request,
            title=f"Xem chi tiết - {SITE}",
            trail=[(cat.name, cat.path), (collapse_title(story), article_path(story))],
            main=_article_main(request, story),
            canonical=article_path(story) if story.opts["canonical"] else None,
            sidebar=state != "maximized",
        )
        return html(page)


def collapse_title(story: Story) -> str:
    return " ".join(story.title.split())


def build_site() -> PortletSite:
    return PortletSite()


def _gold(story: Story) -> dict:
    path = article_path(story)
    return gold_record(
        story,
        path,
        CATS[story.cat].name,
        canonical_path=path,
        alt_paths=[maximized(path)],
    )


GOLD: list[dict] = [_gold(s) for s in STORIES]


def _non_articles() -> list[str]:
    targets = [HOME, "/web/guest/gioi-thieu", "/web/guest/lien-he", "/web/guest/van-ban", LOGIN]
    for key, cat in CATS.items():
        targets.append(cat.path)
        pages = -(-len(in_cat(key)) // PER_PAGE)
        if pages > 1:
            targets.extend(page_target(cat, n) for n in range(1, pages + 1))
    targets.append(f"{_DOC}/0/Diem-chuan-lop-10-nam-hoc-2024-2025.pdf")
    return targets


NON_ARTICLES: list[str] = _non_articles()
