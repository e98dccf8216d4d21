"""Fixture portal: a political school's site on Joomla 3.

Why: Joomla sites of provincial schools print their content through ``com_content`` with the
non-SEF URLs (``index.php?option=com_content&view=category&id=8&Itemid=101&limitstart=3``,
``…&view=article&id=125:alias&catid=8&Itemid=101``), while a few modules link the same articles
by other URLs (``id=125`` without the alias, the SEF form ``/index.php/tin-hoat-dong/125-alias``);
there is no ``rel=canonical``. Each article links its print view (``&tmpl=component&print=1``)
and a ``com_mailto`` form; the menu links a JEvents calendar whose "Tháng sau »" link leads to
the next month forever. Article text is partly written as decomposed Unicode (NFD, as typed with
a "Unicode tổ hợp" keyboard) and partly with named and numeric character references. Dates are
"Ngày đăng: 05 Tháng 12 2023 08:00" inside ``<dd class="published"><time datetime>``; one post
hides its date everywhere (its only date is "Sáng nay 30/7" in the text: ``published_at`` null).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime

from crawler.demo.server import Request, Response, html

from ._common import TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "joomla"
START_PATH = "/"
PLATFORM = "joomla"

SITE = "Trường Chính trị tỉnh Quảng Ngãi"
PER_PAGE = 3
TEMPLATE = "tcqn"
CAL_ITEMID = 115
CAL_START = (2026, 11)


@dataclass(frozen=True)
class Cat:
    name: str
    itemid: int
    alias: str


CATS: dict[int, Cat] = {
    8: Cat("Tin hoạt động", 101, "tin-hoat-dong"),
    9: Cat("Thông tin - Tuyên truyền", 102, "thong-tin-tuyen-truyen"),
}

_IMG = "/images/tin-tuc"

# opts: catid, created (ordering, "YYYY-MM-DD HH:MM"), date (shown publish date, None: hidden
# everywhere), modified (shown "Cập nhật lần cuối", optional), createdby (shown "Tác giả:" in the
# info block, else None), nfd (text written decomposed). Paragraph styles: "ent" (every non-ASCII
# character as a reference), "ent2" (every second one), "" (raw UTF-8). Image styles: "figure"
# (TinyMCE figure/figcaption), "br" (<br> then centred <em> in the image's paragraph), "next"
# (centred <em> paragraph after), "table" (a plain two-row table), "none".
STORIES: list[Story] = [
    Story(
        id=134,
        slug="hoi-giang-giang-vien-cap-truong-nam-2024",
        title="Hội giảng giảng viên cấp trường năm 2024",
        cat="8",
        published_at="2024-10-22T10:20:00+07:00",
        blocks=[
            P("Từ ngày 14 đến ngày 18/10/2024, Trường Chính trị tỉnh tổ chức Hội giảng giảng viên cấp trường năm 2024 với sự tham gia của 16 giảng viên đến từ 4 khoa chuyên môn."),
            P("Mỗi giảng viên thực hiện một bài giảng trên lớp với thời lượng 45 phút và trình bày giáo án điện tử. Các bài giảng bám sát chương trình, có sự liên hệ sinh động với thực tiễn của tỉnh Quảng Ngãi, nhất là những vấn đề về phát triển Khu kinh tế Dung Quất, xây dựng nông thôn mới và công tác dân tộc ở các huyện miền núi."),
            P("Hội đồng giám khảo đánh giá Hội giảng năm nay có chất lượng cao hơn các năm trước, nhiều giảng viên trẻ thể hiện phong thái tự tin, sử dụng thành thạo công nghệ thông tin và các phương pháp dạy học tích cực."),
            P("Kết quả, Hội đồng xếp loại 5 bài giảng đạt loại xuất sắc, 9 bài giảng đạt loại tốt và 2 bài giảng đạt loại khá. Các giảng viên đạt loại xuất sắc sẽ được chọn tham gia Hội thi giảng viên dạy giỏi các trường chính trị toàn quốc."),
        ],
        authors=["Phan Thị Mỹ Linh"],
        opts={"catid": 8, "created": "2024-10-22 10:20", "date": "2024-10-22T10:20",
              "createdby": "Phan Thị Mỹ Linh", "nfd": True},
    ),
    Story(
        id=122,
        slug="chi-bo-phong-to-chuc-hanh-chinh-sinh-hoat-chuyen-de",
        title="Chi bộ Phòng Tổ chức - Hành chính sinh hoạt chuyên đề về tác phong, lề lối làm việc",
        cat="8",
        published_at=None,
        blocks=[
            P("Sáng nay 30/7, Chi bộ Phòng Tổ chức - Hành chính tổ chức sinh hoạt chuyên đề với chủ đề “Nâng cao tinh thần trách nhiệm, tác phong, lề lối làm việc của cán bộ, đảng viên”."),
            Img(f"{_IMG}/sinh-hoat-chuyen-de-tchc.jpg", "Quang cảnh buổi sinh hoạt chuyên đề - Ảnh: Quang Huy", "Quang cảnh buổi sinh hoạt chuyên đề - Ảnh: Quang Huy", "next"),
            P("Tại buổi sinh hoạt, các đảng viên đã thẳng thắn trao đổi về những biểu hiện chưa tốt trong thực thi nhiệm vụ như chậm trễ trong tham mưu, giải quyết công việc; phối hợp giữa các bộ phận có lúc chưa nhịp nhàng; việc ứng dụng phần mềm quản lý văn bản chưa thường xuyên."),
            P("Chi bộ thống nhất đề ra các giải pháp khắc phục, trong đó mỗi đảng viên đăng ký ít nhất một việc làm cụ thể để nâng cao hiệu quả công tác, gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; kết quả thực hiện được đánh giá hằng quý."),
        ],
        photographers=["Quang Huy"],
        opts={"catid": 8, "created": "2024-07-30 11:00", "date": None},
    ),
    Story(
        id=131,
        slug="hoi-nghi-so-ket-cong-tac-dao-tao-boi-duong-6-thang-dau-nam-2024",
        title="Hội nghị sơ kết công tác đào tạo, bồi dưỡng 6 tháng đầu năm 2024",
        cat="8",
        published_at="2024-07-12T15:30:00+07:00",
        blocks=[
            P("Chiều ngày 11/7/2024, Trường Chính trị tỉnh tổ chức Hội nghị sơ kết công tác đào tạo, bồi dưỡng 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2024.", "ent"),
            P("Trong 6 tháng đầu năm, Nhà trường đã mở 18 lớp với 1.645 học viên, đạt 56% kế hoạch năm; trong đó có 6 lớp trung cấp lý luận chính trị, 5 lớp bồi dưỡng kiến thức quốc phòng và an ninh, 7 lớp bồi dưỡng theo chức danh và chuyên đề. Công tác quản lý học viên được thực hiện chặt chẽ, không có học viên vi phạm quy chế.", "ent2"),
            Img(f"{_IMG}/so-ket-6-thang-2024.jpg", "Quang cảnh Hội nghị", "Quang cảnh Hội nghị", "br"),
            P("Hội nghị đã chỉ ra một số hạn chế như: việc đổi mới phương pháp giảng dạy ở một số học phần chưa đồng đều; tỷ lệ giảng viên đi nghiên cứu thực tế chưa đạt yêu cầu; cơ sở vật chất phục vụ dạy học trực tuyến còn thiếu.", "ent"),
            P("Nhiệm vụ 6 tháng cuối năm, Nhà trường tập trung hoàn thành chỉ tiêu đào tạo, bồi dưỡng; tổ chức tốt Hội giảng giảng viên cấp trường; chuẩn bị các điều kiện để đánh giá Trường Chính trị đạt chuẩn mức 1."),
            Raw('<p style="text-align: right;"><strong>Tin v&agrave; ảnh: Minh Hiếu</strong></p>'),
        ],
        authors=["Minh Hiếu"],
        photographers=["Minh Hiếu"],
        opts={"catid": 8, "created": "2024-07-12 15:30", "date": "2024-07-12T15:30"},
    ),
    Story(
        id=119,
        slug="nghien-cuu-thuc-te-tai-khu-kinh-te-dung-quat",
        title="Đoàn học viên lớp Trung cấp lý luận chính trị nghiên cứu thực tế tại Khu kinh tế Dung Quất",
        cat="8",
        published_at="2024-06-14T16:00:00+07:00",
        blocks=[
            P("Từ ngày 11 đến ngày 13/6/2024, Trường Chính trị tỉnh tổ chức cho 72 học viên lớp Trung cấp lý luận chính trị hệ tập trung khóa 2023-2024 đi nghiên cứu thực tế tại Khu kinh tế Dung Quất và huyện Bình Sơn."),
            P("Đoàn đã làm việc với Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi, nghe giới thiệu về quá trình hình thành, phát triển, những kết quả trong thu hút đầu tư và định hướng phát triển Khu kinh tế đến năm 2030.", "ent2"),
            Img(f"{_IMG}/DSC01234.JPG", "DSC01234", None, "next"),
            P("Học viên được tham quan Nhà máy Lọc dầu Dung Quất, Khu liên hợp sản xuất gang thép Hòa Phát Dung Quất và cảng biển nước sâu Dung Quất; tìm hiểu công tác bồi thường, giải phóng mặt bằng, tái định cư và bảo vệ môi trường tại các dự án lớn."),
            Img(f"{_IMG}/nctt-dung-quat-2.jpg", "Học viên tham quan Nhà máy Lọc dầu Dung Quất", "Học viên tham quan Nhà máy Lọc dầu Dung Quất", "next"),
            P("Qua chuyến đi, học viên có thêm hiểu biết thực tiễn về vai trò động lực của Khu kinh tế Dung Quất đối với sự phát triển kinh tế - xã hội của tỉnh, phục vụ tốt cho việc viết tiểu luận cuối khóa.", "ent2"),
            Raw('<p style="text-align: right;"><em><strong>Tin và ảnh: Hải Yến</strong></em></p>'),
        ],
        authors=["Hải Yến"],
        photographers=["Hải Yến"],
        opts={"catid": 8, "created": "2024-06-14 16:00", "date": "2024-06-14T16:00"},
    ),
    Story(
        id=128,
        slug="toa-dam-doi-moi-noi-dung-chuong-trinh-boi-duong-can-bo-co-so",
        title="Tọa đàm khoa học “Đổi mới nội dung, chương trình bồi dưỡng cán bộ lãnh đạo, quản lý cấp cơ sở”",
        cat="8",
        published_at="2024-04-18T09:45:00+07:00",
        summary="Ngày 17/4/2024, Trường Chính trị tỉnh tổ chức tọa đàm khoa học nhằm tìm giải pháp đổi mới nội dung, chương trình bồi dưỡng cán bộ lãnh đạo, quản lý cấp cơ sở đáp ứng yêu cầu nhiệm vụ trong tình hình mới.",
        sapo_outside=True,
        blocks=[
            P("Tham dự tọa đàm có đại diện Ban Tổ chức Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy, Sở Nội vụ, giám đốc trung tâm chính trị các huyện, thị xã, thành phố cùng cán bộ, giảng viên Nhà trường."),
            Img(f"{_IMG}/toa-dam-boi-duong-co-so.jpg", "(Các đại biểu thảo luận tại buổi tọa đàm)", "Các đại biểu thảo luận tại buổi tọa đàm", "next"),
            P("Các ý kiến tại tọa đàm cho rằng chương trình bồi dưỡng hiện nay còn nặng về lý thuyết, một số nội dung trùng lặp với chương trình trung cấp lý luận chính trị; thời lượng dành cho kỹ năng thực hành như soạn thảo văn bản, giải quyết tình huống, chuyển đổi số còn ít."),
            P("Các đại biểu đề xuất xây dựng chương trình theo hướng mô-đun, linh hoạt theo từng chức danh; tăng cường thời lượng thảo luận, trao đổi kinh nghiệm; mời cán bộ lãnh đạo có kinh nghiệm thực tiễn tham gia báo cáo chuyên đề."),
            Raw('<p style="text-align: right;"><strong>Bài: Nguyễn Văn Tâm - Ảnh: Lê Quang</strong></p>'),
        ],
        authors=["Nguyễn Văn Tâm"],
        photographers=["Lê Quang"],
        opts={"catid": 8, "created": "2024-04-18 09:45", "date": "2024-04-18T09:45", "nfd": True},
    ),
    Story(
        id=125,
        slug="be-giang-lop-cao-cap-ly-luan-chinh-tri-khoa-2022-2024",
        title="Bế giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2022-2024",
        cat="8",
        published_at="2023-12-05T08:00:00+07:00",
        blocks=[
            P("Ngày 04/12/2023, Học viện Chính trị khu vực III phối hợp với Trường Chính trị tỉnh tổ chức Lễ bế giảng và trao bằng tốt nghiệp lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2022-2024 cho 98 học viên."),
            P("Sau gần hai năm học tập, các học viên đã hoàn thành chương trình với 4 khối kiến thức, 21 học phần và bảo vệ tiểu luận tốt nghiệp. Kết quả có 23 học viên tốt nghiệp loại giỏi, chiếm 23,5%; 75 học viên tốt nghiệp loại khá, chiếm 76,5%."),
            Img(f"{_IMG}/2023/be-giang-cao-cap-1.jpg", "Lãnh đạo Học viện Chính trị khu vực III trao bằng tốt nghiệp cho học viên", "Lãnh đạo Học viện Chính trị khu vực III trao bằng tốt nghiệp cho học viên", "figure"),
            P("Phát biểu tại buổi lễ, đại diện Ban Thường vụ Tỉnh ủy đề nghị các học viên tiếp tục tự học tập, rèn luyện, vận dụng sáng tạo kiến thức lý luận vào thực tiễn công tác, góp phần thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX."),
            Img(f"{_IMG}/2023/be-giang-cao-cap-2.jpg", "Học viên đạt thành tích xuất sắc nhận giấy khen của Giám đốc Học viện", "Học viên đạt thành tích xuất sắc nhận giấy khen của Giám đốc Học viện", "br"),
            P("Dịp này, Giám đốc Học viện Chính trị khu vực III tặng Giấy khen cho 5 học viên có thành tích xuất sắc trong học tập và rèn luyện."),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Thanh Bình</strong></p>'),
        ],
        authors=["Thanh Bình"],
        photographers=["Thanh Bình"],
        opts={"catid": 8, "created": "2023-12-05 08:00", "date": "2023-12-05T08:00",
              "modified": "2023-12-07T10:15", "nfd": True},
    ),
    Story(
        id=116,
        slug="ky-niem-41-nam-ngay-nha-giao-viet-nam",
        title="Trường Chính trị tỉnh tổ chức Lễ kỷ niệm 41 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="8",
        published_at="2023-11-20T10:00:00+07:00",
        summary="Sáng ngày 17/11/2023, Trường Chính trị tỉnh long trọng tổ chức Lễ kỷ niệm 41 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2023) và tuyên dương các nhà giáo tiêu biểu.",
        sapo_outside=True,
        blocks=[
            P("Tại buổi lễ, các đại biểu đã ôn lại truyền thống vẻ vang của ngành giáo dục và những đóng góp của đội ngũ nhà giáo Trường Chính trị tỉnh trong sự nghiệp đào tạo, bồi dưỡng cán bộ. Trải qua hơn 40 năm xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán bộ cho hệ thống chính trị của tỉnh."),
            Img(f"{_IMG}/2023/ky-niem-20-11-1.jpg", "Lãnh đạo Nhà trường tặng hoa chúc mừng các nhà giáo", "Lãnh đạo Nhà trường tặng hoa chúc mừng các nhà giáo", "figure"),
            P("Năm học 2022-2023, đội ngũ giảng viên Nhà trường đã hoàn thành tốt nhiệm vụ giảng dạy và nghiên cứu khoa học; có 2 giảng viên đạt danh hiệu giảng viên dạy giỏi cấp toàn quốc, 4 đề tài khoa học cấp cơ sở được nghiệm thu."),
            Img(f"{_IMG}/2023/ky-niem-20-11-2.jpg", "Các nhà giáo tiêu biểu được tuyên dương tại buổi lễ", "Các nhà giáo tiêu biểu được tuyên dương tại buổi lễ", "table"),
            P("Dịp này, Nhà trường trao Giấy khen cho 12 nhà giáo có thành tích tiêu biểu trong năm học 2022-2023 và tặng quà tri ân các nhà giáo đã nghỉ hưu."),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Thu Trang</strong></p>'),
        ],
        authors=["Thu Trang"],
        photographers=["Thu Trang"],
        opts={"catid": 8, "created": "2023-11-20 10:00", "date": "2023-11-20T10:00"},
    ),
    Story(
        id=129,
        slug="tuyen-truyen-ky-niem-70-nam-chien-thang-dien-bien-phu",
        title="Tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024)",
        cat="9",
        published_at="2024-05-03T07:30:00+07:00",
        blocks=[
            P("Hướng tới kỷ niệm 70 năm Chiến thắng Điện Biên Phủ, Trường Chính trị tỉnh đã triển khai nhiều hình thức tuyên truyền sâu rộng đến cán bộ, giảng viên và học viên các lớp đang học tập tại Trường."),
            P("Nhà trường lồng ghép nội dung về ý nghĩa lịch sử, tầm vóc thời đại của Chiến thắng Điện Biên Phủ vào các bài giảng học phần lịch sử Đảng Cộng sản Việt Nam; tổ chức trưng bày tư liệu, hình ảnh về chiến dịch tại thư viện; phát động cuộc thi viết cảm nhận về chủ đề “Điện Biên Phủ - bản hùng ca bất diệt”."),
            P("Thông qua các hoạt động, Nhà trường góp phần giáo dục truyền thống yêu nước, lòng tự hào dân tộc, củng cố niềm tin của cán bộ, đảng viên vào sự lãnh đạo của Đảng, khơi dậy khát vọng xây dựng quê hương Quảng Ngãi ngày càng giàu đẹp."),
        ],
        authors=["Nguyễn Minh Đức"],
        opts={"catid": 9, "created": "2024-05-03 07:30", "date": "2024-05-03T07:30",
              "createdby": "Nguyễn Minh Đức"},
    ),
    Story(
        id=126,
        slug="phat-huy-vai-tro-neu-guong-cua-can-bo-dang-vien",
        title="Phát huy vai trò nêu gương của cán bộ, đảng viên trong học tập và làm theo Bác",
        cat="9",
        published_at="2023-12-08T14:15:00+07:00",
        blocks=[
            P("Thời gian qua, việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trên địa bàn tỉnh Quảng Ngãi đã đi vào chiều sâu, trở thành việc làm thường xuyên của các cấp ủy, tổ chức đảng và cán bộ, đảng viên.", "ent"),
            P("Nhiều cơ quan, đơn vị đã cụ thể hóa chuẩn mực đạo đức, tác phong của cán bộ, đảng viên gắn với chức trách, nhiệm vụ được giao. Người đứng đầu cấp ủy, cơ quan gương mẫu đi đầu trong việc làm theo Bác, tạo sức lan tỏa trong tập thể."),
            Img(f"{_IMG}/2023/hoc-tap-lam-theo-bac.jpg", "Cán bộ, đảng viên tham gia sinh hoạt chuyên đề học tập và làm theo Bác", "Cán bộ, đảng viên tham gia sinh hoạt chuyên đề học tập và làm theo Bác", "table"),
            P("Để việc học tập và làm theo Bác đạt hiệu quả cao hơn, các cấp ủy cần tiếp tục phát huy vai trò nêu gương theo tinh thần “cán bộ cấp trên nêu gương cho cán bộ cấp dưới, cán bộ chủ chốt nêu gương cho cán bộ, đảng viên”; kịp thời biểu dương, nhân rộng những mô hình hay, cách làm sáng tạo.", "ent2"),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Quảng Ngãi</em></p>'),
        ],
        source="Báo Quảng Ngãi",
        opts={"catid": 9, "created": "2023-12-08 14:15", "date": "2023-12-08T14:15", "nfd": True},
    ),
]

_BY_ID = {s.id: s for s in STORIES}


# --- URLs ----------------------------------------------------------------------------------


def _cat(story: Story) -> Cat:
    return CATS[story.opts["catid"]]


def article_path(story: Story) -> str:
    """The form the category list links (non-SEF, ``id:alias``)."""
    c = story.opts["catid"]
    return f"/index.php?option=com_content&view=article&id={story.id}:{story.slug}&catid={c}&Itemid={CATS[c].itemid}"


def short_path(story: Story) -> str:
    """The form "Tin liên quan" links: the id without its alias."""
    c = story.opts["catid"]
    return f"/index.php?option=com_content&view=article&id={story.id}&catid={c}&Itemid={CATS[c].itemid}"


def sef_path(story: Story) -> str:
    return f"/index.php/{_cat(story).alias}/{story.id}-{story.slug}"


def print_path(story: Story) -> str:
    return article_path(story) + "&tmpl=component&print=1&layout=default"


def mailto_path(story: Story) -> str:
    link = base64.b64encode(article_path(story).encode()).decode()
    return f"/index.php?option=com_mailto&tmpl=component&template={TEMPLATE}&link={link}"


def cat_path(catid: int, start: int = 0) -> str:
    base = f"/index.php?option=com_content&view=category&id={catid}&Itemid={CATS[catid].itemid}"
    return base + (f"&limitstart={start}" if start else "")


def cal_path(year: int, month: int, task: str = "month.calendar") -> str:
    return f"/index.php?option=com_jevents&task={task}&year={year}&month={month:02d}&Itemid={CAL_ITEMID}"


INTRO = "/index.php?option=com_content&view=article&id=2&Itemid=103"
CONTACT = "/index.php?option=com_contact&view=contact&id=1&Itemid=105"


def in_cat(catid: int) -> list[Story]:
    return sorted(
        (s for s in STORIES if s.opts["catid"] == catid), key=lambda s: s.opts["created"], reverse=True
    )


# --- text and dates ------------------------------------------------------------------------


def _t(story: Story, value: str, style: str = "") -> str:
    entities = {"ent": 1, "ent2": 2}.get(style, 0)
    return text(value, nfd=bool(story.opts.get("nfd")), entities=entities)


def _jdate(iso: str) -> tuple[str, str]:
    when = datetime.strptime(iso, "%Y-%m-%dT%H:%M")
    shown = f"{when:%d} Tháng {when.month} {when.year} {when:%H:%M}"
    return when.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00", shown


# --- article markup ------------------------------------------------------------------------


def _image(story: Story, img: Img) -> str:
    tag = f'<img src="{esc(img.src)}" alt="" width="640" height="427" />'
    line = _t(story, img.printed) if img.printed else ""
    if img.style == "figure":
        cap = f"<figcaption>{line}</figcaption>" if img.printed else ""
        return f'<figure class="image" style="display: table; margin-left: auto; margin-right: auto;">{tag}{cap}</figure>'
    if img.style == "br":
        return f'<p style="text-align: center;">{tag}<br /><em>{line}</em></p>'
    if img.style == "table":
        return (
            '<table style="margin-left: auto; margin-right: auto;" border="0">\n<tbody>\n'
            f"<tr>\n<td>{tag}</td>\n</tr>\n"
            f'<tr>\n<td style="text-align: center;"><em>{line}</em></td>\n</tr>\n</tbody>\n</table>'
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{line}</em></p>'
    return out


def _body(story: Story) -> str:
    out = []
    for block in story.blocks:
        if isinstance(block, P):
            out.append(f'<p style="text-align: justify;">{_t(story, block.text, block.style)}</p>')
        elif isinstance(block, Img):
            out.append(_image(story, block))
        else:
            out.append(block.html)
    return "\n".join(out)


def _info(story: Story, *, in_list: bool = False) -> str:
    dds = []
    if story.opts.get("createdby") and not in_list:
        dds.append(
            '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
            f'<span class="icon-user" aria-hidden="true"></span> Tác giả: <span itemprop="name">{_t(story, story.opts["createdby"])}</span></dd>'
        )
    if not in_list:
        dds.append(
            f'<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Danh mục: '
            f'<a href="{esc(cat_path(story.opts["catid"]))}" itemprop="genre">{esc(_cat(story).name)}</a></dd>'
        )
    if story.opts.get("date"):
        iso, shown = _jdate(story.opts["date"])
        dds.append(
            f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span>'
            f'<time datetime="{iso}" itemprop="datePublished">Ngày đăng: {shown}</time></dd>'
        )
    if not in_list:
        dds.append(
            f'<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span>'
            f'<meta itemprop="interactionCount" content="UserPageVisits:{story.views()}" />Lượt xem: {story.views()}</dd>'
        )
    if not dds:
        return ""
    return '<dl class="article-info muted">\n<dt class="article-info-term">Chi tiết</dt>\n' + "\n".join(dds) + "\n</dl>"


def _sapo(story: Story) -> str:
    if not (story.summary and story.sapo_outside):
        return ""
    return (
        '<ul class="fields-container">\n<li class="field-entry sapo "><span class="field-value ">'
        f"<strong>{_t(story, story.summary)}</strong></span></li>\n</ul>"
    )


def _pagenav(story: Story) -> str:
    items = in_cat(story.opts["catid"])
    i = items.index(story)
    parts = []
    if i > 0:
        prev = items[i - 1]
        parts.append(f'<li class="previous"><a class="hasTooltip" title="{esc(prev.title)}" aria-label="Bài trước: {esc(prev.title)}" href="{esc(article_path(prev))}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></li>')
    if i + 1 < len(items):
        nxt = items[i + 1]
        parts.append(f'<li class="next"><a class="hasTooltip" title="{esc(nxt.title)}" aria-label="Bài tiếp theo: {esc(nxt.title)}" href="{esc(article_path(nxt))}" rel="next"><span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>')
    return '<ul class="pager pagenav">\n' + "\n".join(parts) + "\n</ul>"


def _item_page(story: Story) -> str:
    modified = ""
    if story.opts.get("modified"):
        iso, shown = _jdate(story.opts["modified"])
        modified = (
            '<dl class="article-info muted">\n<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span>'
            f'<time datetime="{iso}" itemprop="dateModified">Cập nhật lần cuối: {shown}</time></dd>\n</dl>'
        )
    return f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header">
<h2 itemprop="headline">{_t(story, story.title)}</h2>
</div>
<div class="icons">
<div class="btn-group pull-right">
<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{story.id}" aria-label="Công cụ người dùng" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>
<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{story.id}">
<li class="print-icon"><a href="{esc(print_path(story))}" title="In bài viết &lt; {esc(story.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> In</a></li>
<li class="email-icon"><a href="{esc(mailto_path(story))}" title="Gửi liên kết này tới bạn bè" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> Email</a></li>
</ul>
</div>
</div>
{_info(story)}
{_sapo(story)}
<div itemprop="articleBody">
{_body(story)}
</div>
{modified}
{_pagenav(story)}
</div>"""


def _related(story: Story) -> str:
    others = [s for s in in_cat(story.opts["catid"]) if s is not story][:4]
    items = "\n".join(
        f'<li><a class="mod-articles-category-title " href="{esc(short_path(s))}">{_t(s, s.title)}</a></li>'
        for s in others
    )
    return f"""<div class="moduletable tin-lien-quan">
<h3>Tin liên quan</h3>
<ul class="category-module mod-list">
{items}
</ul>
</div>
<div class="moduletable chia-se">
<span>Chia sẻ:</span> <a href="javascript:void(0)" onclick="window.open('https://www.facebook.com/sharer/sharer.php?u='+encodeURIComponent(location.href))">Facebook</a>
<a href="javascript:void(0)" onclick="window.open('https://sp.zalo.me/share_inline?d='+encodeURIComponent(location.href))">Zalo</a>
</div>"""


# --- page chrome ---------------------------------------------------------------------------


def _menu(active: str = "") -> str:
    items = [
        ("Trang chủ", "/"),
        ("Giới thiệu", INTRO),
        (CATS[8].name, cat_path(8)),
        (CATS[9].name, cat_path(9)),
        ("Lịch công tác", cal_path(*CAL_START)),
        ("Liên hệ", CONTACT),
    ]
    lis = "\n".join(
        f'<li class="item-{i}{" current active" if name == active else ""}"><a href="{esc(h)}">{esc(name)}</a></li>'
        for i, (name, h) in enumerate(items, start=101)
    )
    return f'<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list">\n{lis}\n</ul></nav>'


def _breadcrumbs(trail: list[tuple[str, str | None]]) -> str:
    parts = ['<li><a href="/" class="pathway">Trang chủ</a></li>']
    for name, href in trail:
        if href:
            parts.append(f'<li><span class="divider">»</span> <a href="{esc(href)}" class="pathway">{esc(name)}</a></li>')
        else:
            parts.append(f'<li class="active"><span class="divider">»</span> <span>{name}</span></li>')
    return (
        '<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">\n'
        '<li>Bạn đang ở: &#160;</li>\n' + "\n".join(parts) + "\n</ul></div>"
    )


def _aside() -> str:
    latest = sorted(STORIES, key=lambda s: s.opts["created"], reverse=True)[:5]
    lis = "\n".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{esc(sef_path(s))}" itemprop="url"><span itemprop="name">{_t(s, s.title)}</span></a></li>'
        for s in latest
    )
    y, m = CAL_START
    return f"""<div class="moduletable"><h3>Tin mới nhất</h3>
<ul class="latestnews mod-list">
{lis}
</ul></div>
<div class="moduletable"><h3>Lịch công tác</h3>
<p><a href="{esc(cal_path(y, m))}">Xem lịch công tác tháng {m}/{y}</a></p></div>
<div class="moduletable"><h3>Thống kê truy cập</h3>
<div class="vinaora-visitors-counter">
<div>Hôm nay: 356</div>
<div>Hôm qua: 421</div>
<div>Tuần này: 2.310</div>
<div>Tháng này: 9.876</div>
<div>Tất cả: 1.234.567</div>
<div>Đang trực tuyến: 12</div>
</div></div>"""


def _page(request: Request, *, title: str, main: str, trail: list[tuple[str, str | None]], active: str = "", head: str = "") -> str:
    base = esc(base_url(request) + request.target)
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<base href="{base}" />
<meta name="keywords" content="trường chính trị, quảng ngãi, lý luận chính trị" />
{head}<meta name="description" content="Trang thông tin điện tử {esc(SITE)}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
<link href="/templates/{TEMPLATE}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/templates/{TEMPLATE}/css/template.css?5c3b7f6d" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?5c3b7f6d"></script>
<script src="/media/system/js/caption.js?5c3b7f6d"></script>
<script>jQuery(window).on('load', function() {{ new JCaption('img.caption'); }});</script>
</head>
<body class="site com_content fluid">
<div class="body" id="top">
<div class="container-fluid">
<header class="header" role="banner">
<div class="header-top"><span class="ngay-hien-tai">{TODAY}</span></div>
<div class="header-inner clearfix">
<a class="brand pull-left" href="/"><img src="/images/banner/banner-tct.png" alt="{esc(SITE)}" /></a>
<div class="header-search pull-right"><form action="/index.php" method="post" class="form-inline"><input name="searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Tìm kiếm ..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /></form></div>
</div>
</header>
{_menu(active)}
{_breadcrumbs(trail)}
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
{main}
</main>
<div id="aside" class="span3">
{_aside()}
</div>
</div>
</div>
</div>
<footer class="footer" role="contentinfo">
<div class="container-fluid">
<hr />
<div class="moduletable"><div class="custom">
<p><strong>Bản quyền thuộc {esc(SITE)}</strong></p>
<p>Địa chỉ: Số 2 Lê Thánh Tôn, phường Nghĩa Chánh, thành phố Quảng Ngãi, tỉnh Quảng Ngãi</p>
<p>Điện thoại: (0255) 3822 913 - Email: truongchinhtri@quangngai.gov.vn</p>
<p>Chịu trách nhiệm chính: Hiệu trưởng Nhà trường</p>
</div></div>
<p class="pull-right"><a href="#top" id="back-top">Về đầu trang</a></p>
</div>
</footer>
</body>
</html>"""


# --- pages ---------------------------------------------------------------------------------


def _article(request: Request, story: Story) -> str:
    cat = _cat(story)
    author = f'<meta name="author" content="{esc(story.opts["createdby"])}" />\n' if story.opts.get("createdby") else ""
    return _page(
        request,
        title=f"{' '.join(story.title.split())} - {SITE}",
        main=_item_page(story) + "\n" + _related(story),
        trail=[(cat.name, cat_path(story.opts["catid"])), (_t(story, story.title), None)],
        active=cat.name,
        head=author,
    )


def _print(request: Request, story: Story) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8" />
<base href="{esc(base_url(request) + request.target)}" />
<meta name="robots" content="noindex, nofollow" />
<title>{esc(' '.join(story.title.split()))} - {esc(SITE)}</title>
<link href="/templates/system/css/general.css" rel="stylesheet" />
</head>
<body class="contentpane modal">
<div id="system-message-container"></div>
<div class="item-page">
<div class="page-header"><h2 itemprop="headline">{_t(story, story.title)}</h2></div>
<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><span class="icon-print" aria-hidden="true"></span> In</a></div>
{_info(story)}
{_sapo(story)}
<div itemprop="articleBody">
{_body(story)}
</div>
</div>
</body>
</html>"""


def _intro(story: Story) -> str:
    iso_info = ""
    if story.opts.get("date"):
        iso, shown = _jdate(story.opts["date"])
        iso_info = (
            '<dl class="article-info muted">\n<dd class="published"><span class="icon-calendar" aria-hidden="true"></span>'
            f'<time datetime="{iso}" itemprop="datePublished">Ngày đăng: {shown}</time></dd>\n</dl>'
        )
    first = story.summary if story.sapo_outside and story.summary else next(b.text for b in story.blocks if isinstance(b, P))
    thumb = story.images[0].src if story.images else None
    image = (
        f'<div class="pull-left item-image"><a href="{esc(article_path(story))}"><img src="{esc(thumb)}" alt="" itemprop="thumbnailUrl" width="200" /></a></div>\n'
        if thumb
        else ""
    )
    return f"""<div class="item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="page-header"><h2 itemprop="name"><a href="{esc(article_path(story))}" itemprop="url">{_t(story, story.title)}</a></h2></div>
{iso_info}
{image}<p>{_t(story, first)}</p>
<p class="readmore"><a class="btn" href="{esc(article_path(story))}" itemprop="url" aria-label="Xem thêm: {esc(story.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> Xem thêm: {_t(story, story.title)}</a></p>
</div>"""


def _pagination(catid: int, start: int, total: int) -> str:
    pages = -(-total // PER_PAGE)
    if pages <= 1:
        return ""
    current = start // PER_PAGE + 1

    def li(label: str, page: int, title: str = "", cls: str = "") -> str:
        if page < 1 or page > pages or page == current:
            state = "active" if page == current and label.isdigit() else "disabled"
            return f'<li class="{state}"><a>{label}</a></li>'
        t = f' title="{title}"' if title else ""
        return f'<li{f" class={cls!r}" if cls else ""}><a{t} href="{esc(cat_path(catid, (page - 1) * PER_PAGE))}" class="hasTooltip pagenav">{label}</a></li>'

    items = [li("Đầu", 1, "Đầu"), li("Trước", current - 1, "Trước")]
    items += [li(str(n), n) for n in range(1, pages + 1)]
    items += [li("Trang sau", current + 1, "Trang sau"), li("Cuối", pages, "Cuối")]
    return f"""<div class="pagination">
<p class="counter pull-right">Trang {current} / {pages}</p>
<ul class="pagination-list">
{chr(10).join(items)}
</ul>
</div>"""


def _category(request: Request, catid: int, start: int) -> str:
    cat = CATS[catid]
    stories = in_cat(catid)
    chunk = stories[start : start + PER_PAGE]
    leading = chunk[:1]
    rows = chunk[1:]
    main = f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
<h2><span class="subheading-category">{esc(cat.name)}</span></h2>
<div class="items-leading clearfix">
{chr(10).join(_intro(s) for s in leading)}
</div>
<div class="items-row cols-1 row-0 row-fluid clearfix">
{chr(10).join(_intro(s) for s in rows)}
</div>
{_pagination(catid, start, len(stories))}
</div>"""
    feed = (
        f'<link href="{esc(cat_path(catid))}&amp;format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />\n'
        f'<link href="{esc(cat_path(catid))}&amp;format=feed&amp;type=atom" rel="alternate" type="application/atom+xml" title="Atom 1.0" />\n'
    )
    return _page(request, title=f"{cat.name} - {SITE}", main=main, trail=[(cat.name, None)], active=cat.name, head=feed)


def _feed(request: Request, catid: int) -> Response:
    base = base_url(request)
    items = "\n".join(
        f"<item><title>{esc(s.title)}</title><link>{esc(base + article_path(s))}</link>"
        f"<guid isPermaLink=\"true\">{esc(base + article_path(s))}</guid>"
        f"<description><![CDATA[{s.paragraphs[0]}]]></description><category>{esc(CATS[catid].name)}</category></item>"
        for s in in_cat(catid)
    )
    body = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>{esc(CATS[catid].name)}</title><link>{esc(base + cat_path(catid))}</link>
<description>{esc(SITE)}</description><language>vi-vn</language>
{items}
</channel></rss>"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def _home(request: Request) -> str:
    latest = sorted(STORIES, key=lambda s: s.opts["created"], reverse=True)[:4]
    featured = "\n".join(_intro(s) for s in latest[:2])
    lis = "\n".join(
        f'<li><a href="{esc(sef_path(s))}">{_t(s, s.title)}</a></li>' for s in latest[2:]
    )
    main = f"""<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">
<div class="items-leading clearfix">
{featured}
</div>
<div class="moduletable"><h3>Tin khác</h3><ul class="mod-list">
{lis}
</ul></div>
<div class="moduletable"><h3>Thông báo</h3><div class="custom"><p>Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2025. Hồ sơ nộp tại Phòng Quản lý đào tạo trước ngày 15/01/2025.</p></div></div>
</div>"""
    return _page(request, title=SITE, main=main, trail=[], active="Trang chủ")


def _static(request: Request, which: str) -> str:
    if which == "intro":
        name = "Giới thiệu"
        main = """<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h2 itemprop="headline">Giới thiệu chung về Trường Chính trị tỉnh Quảng Ngãi</h2></div>
<div itemprop="articleBody">
<p style="text-align: justify;">Trường Chính trị tỉnh Quảng Ngãi là đơn vị sự nghiệp công lập trực thuộc Tỉnh ủy, có chức năng tham mưu cho Tỉnh ủy về đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở; cán bộ, công chức, viên chức ở các cơ quan, đơn vị cấp tỉnh, cấp huyện.</p>
<p style="text-align: justify;">Nhà trường có 4 khoa chuyên môn và 2 phòng chức năng, với đội ngũ 46 cán bộ, giảng viên, trong đó có 3 tiến sĩ và 29 thạc sĩ.</p>
<p style="text-align: justify;">Năm 2023, Nhà trường được Ban Thường vụ Tỉnh ủy công nhận đạt chuẩn mức 2 theo Quy định số 09-QĐ/TW của Ban Bí thư.</p>
</div>
</div>"""
    else:
        name = "Liên hệ"
        main = f"""<div class="contact" itemscope itemtype="https://schema.org/Person">
<div class="page-header"><h2><span class="contact-name" itemprop="name">{esc(SITE)}</span></h2></div>
<dl class="contact-address dl-horizontal" itemprop="address">
<dt>Địa chỉ:</dt><dd><span class="contact-street" itemprop="streetAddress">Số 2 Lê Thánh Tôn, phường Nghĩa Chánh, thành phố Quảng Ngãi</span></dd>
<dt>Điện thoại:</dt><dd><span class="contact-telephone" itemprop="telephone">(0255) 3822 913</span></dd>
</dl>
<form id="contact-form" action="{esc(CONTACT)}" method="post" class="form-validate form-horizontal well">
<label>Họ tên *</label><input type="text" name="jform[contact_name]" />
<label>Nội dung *</label><textarea name="jform[contact_message]"></textarea>
<button class="btn btn-primary validate" type="submit">Gửi thư</button>
<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" />
</form>
</div>"""
    return _page(request, title=f"{name} - {SITE}", main=main, trail=[(name, None)], active=name)


def _mailto(request: Request) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi-vn"><head><meta charset="utf-8" /><title>{esc(SITE)}</title></head>
<body class="contentpane modal">
<div id="mailto-window">
<h2>Gửi liên kết này tới bạn bè.</h2>
<form action="/index.php" id="mailtoForm" method="post">
<div class="formelm"><label for="mailto_field">Gửi tới</label><input type="text" id="mailto_field" name="mailto" class="inputbox" size="25" /></div>
<div class="formelm"><label for="sender_field">Người gửi</label><input type="text" id="sender_field" name="sender" class="inputbox" size="25" /></div>
<p><button class="button" type="submit">Gửi</button> <button class="button" onclick="window.close();return false;">Hủy</button></p>
<input type="hidden" name="option" value="com_mailto" /><input type="hidden" name="task" value="send" />
</form>
</div>
</body></html>"""


def _calendar(request: Request, year: int, month: int) -> str:
    nxt = (year + (month == 12), month % 12 + 1)
    prv = (year - (month == 1), (month - 2) % 12 + 1)
    first = datetime(year, month, 1)
    days = (datetime(nxt[0], nxt[1], 1) - first).days
    cells = ['<td class="cal_td_daysnoevents"></td>'] * first.weekday()
    for d in range(1, days + 1):
        cells.append(
            f'<td class="cal_td_daysnoevents"><a class="cal_daylink" href="{esc(cal_path(year, month, "day.listevents"))}&amp;day={d:02d}" title="Xem ngày">{d}</a></td>'
        )
    rows = ["<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7)]
    main = f"""<div id="jevents">
<div class="contentpaneopen jeventpage" id="jevents_header">
<h2 class="contentheading">Lịch công tác</h2>
<ul class="actions">
<li class="print-icon"><a href="javascript:void(0);" rel="nofollow" onclick="window.open('{esc(cal_path(year, month))}&amp;print=1&amp;tmpl=component','win2','status=no,toolbar=no,scrollbars=yes'); return false;">In</a></li>
</ul>
</div>
<div class="jev_toprow"><div class="jev_header2">
<a href="{esc(cal_path(year, month, "year.listevents"))}">Theo năm</a> |
<a href="{esc(cal_path(year, month))}">Theo tháng</a> |
<a href="{esc(cal_path(year, month, "week.listevents"))}&amp;day=01">Theo tuần</a> |
<a href="{esc(cal_path(*CAL_START))}">Hôm nay</a>
</div></div>
<div class="jev_navigation">
<a class="jev_prev" href="{esc(cal_path(*prv))}" title="Tháng trước">« Tháng trước</a>
<span class="jev_current">Tháng {month} {year}</span>
<a class="jev_next" href="{esc(cal_path(*nxt))}" title="Tháng sau">Tháng sau »</a>
</div>
<table class="cal_table" cellpadding="0" cellspacing="0" border="0" width="100%">
<tr><th>Thứ Hai</th><th>Thứ Ba</th><th>Thứ Tư</th><th>Thứ Năm</th><th>Thứ Sáu</th><th>Thứ Bảy</th><th>Chủ Nhật</th></tr>
{chr(10).join(rows)}
</table>
<p class="jev_noevents">Không có sự kiện nào trong tháng này.</p>
</div>"""
    return _page(request, title=f"Lịch công tác - {SITE}", main=main, trail=[("Lịch công tác", None)], active="Lịch công tác")


def _id(raw: str) -> int | None:
    head = raw.split(":", 1)[0]
    return int(head) if head.isdigit() else None


class JoomlaSite:
    """Routes on the query parameters (order-free) like Joomla's router, plus the SEF form."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        static = static_file(path)
        if static is not None:
            return static
        if path.startswith("/index.php/"):
            return self._sef(request, path[len("/index.php/") :])
        if path not in ("/", "/index.php"):
            return None
        q = request.params
        option = q.get("option", "")
        if not option:
            return html(_home(request)) if not request.query or "Itemid" in q else None
        if option == "com_content":
            return self._content(request, q)
        if option == "com_contact":
            return html(_static(request, "contact"))
        if option == "com_mailto":
            return html(_mailto(request))
        if option == "com_jevents":
            year, month = q.get("year", ""), q.get("month", "")
            if not (year.isdigit() and month.isdigit() and 1 <= int(month) <= 12):
                year, month = str(CAL_START[0]), str(CAL_START[1])
            return html(_calendar(request, int(year), int(month)))
        return None

    def _content(self, request: Request, q: dict[str, str]) -> Response | None:
        view = q.get("view", "")
        ident = _id(q.get("id", ""))
        if view == "category" and ident in CATS:
            if q.get("format") == "feed":
                return _feed(request, ident)
            start = q.get("limitstart", "0")
            start_n = int(start) if start.isdigit() else 0
            return html(_category(request, ident, start_n))
        if view == "article":
            if ident == 2:
                return html(_static(request, "intro"))
            story = _BY_ID.get(ident) if ident is not None else None
            if story is None:
                return None
            if q.get("tmpl") == "component" and q.get("print") == "1":
                return html(_print(request, story))
            return html(_article(request, story))
        return None

    def _sef(self, request: Request, rest: str) -> Response | None:
        parts = [p for p in rest.split("/") if p]
        if len(parts) != 2:
            return None
        alias, item = parts
        ident = _id(item.split("-", 1)[0])
        story = _BY_ID.get(ident) if ident is not None else None
        if story is None or _cat(story).alias != alias:
            return None
        return html(_article(request, story))


def build_site() -> JoomlaSite:
    return JoomlaSite()


GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        CATS[s.opts["catid"]].name,
        alt_paths=[short_path(s), sef_path(s)],
    )
    for s in STORIES
]
NON_ARTICLES: list[str] = [
    "/",
    INTRO,
    CONTACT,
    cat_path(8),
    cat_path(8, 3),
    cat_path(8, 6),
    cat_path(9),
    cat_path(8) + "&format=feed&type=rss",
    cal_path(*CAL_START),
    cal_path(2026, 12),
    cal_path(2027, 1),
    cal_path(2026, 11, "day.listevents") + "&day=05",
    mailto_path(STORIES[0]),
    *[print_path(s) for s in STORIES],
]
