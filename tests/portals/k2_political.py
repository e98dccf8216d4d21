"""Fixture portal: a provincial political school's news site on Joomla 3 with the K2 component.

Why: Joomla sites of political schools often run their news through K2 rather than
``com_content``. K2 prints its own item markup (``div.itemHeader`` with ``span.itemDateCreated``
and ``h2.itemTitle``, the main image in ``div.itemImageBlock`` with ``span.itemImageCaption`` and
``span.itemImageCredits``, the lead in ``div.itemIntroText`` before ``div.itemFullText``, then
hits, tags, "Bài viết liên quan" with dates, the "Thêm trong mục này" previous/next navigation,
comments form and "Về đầu trang"), its own URLs (SEF ``/tin-tuc/item/248-alias.html`` under the
menu item of the item's top category, ``/thong-bao/item/…`` for the notice category, the raw
``index.php?option=com_k2&view=item&id=248:alias&Itemid=103`` form that editors paste into custom
HTML modules) and its own listings (``/tin-tuc/itemlist/category/2-alias.html`` and menu-item
listings ``/tin-tuc.html``, paged ``?start=N`` with page 1 linked as ``?limitstart=0``; the raw
``view=itemlist&layout=category&task=category&id=N`` form is linked from a custom module too).

What it prints around the articles: header clock (a fixed "today" in 2026), top menu,
breadcrumbs, "Chuyên mục" with counts, "Tin mới", "Tin xem nhiều", "Thông báo" modules with
dates, a K2 tag cloud (raw, unencoded UTF-8 tag links, as K2 prints them), the K2 calendar module
(its « » links load ``task=calendar`` fragments for any month: an endless trap, bounded only by the
years 1900-2100 this fixture answers for), visitor counter, website links, a poll, a login box,
footer. Each item links its print view (``?tmpl=component&print=1``, canonical back to the item),
a ``com_mailto`` form and an RSS feed per listing; one notice is only an attached PDF (K2
attachment download link). Item pages declare ``rel=canonical`` (the SEF URL), also on the raw
``index.php`` form, which is therefore listed in ``alt_paths``.

Dates are K2's "Thứ năm, 05 Tháng 12 2024 08:30"; one notice hides its date on the item page and
only listings and modules print it, date only ("02/10/2024"); one item prints a later
"Lần sửa cuối vào …" line. One featured item carries "Nổi bật" inside its ``h2`` (not title
text). One item is written decomposed (NFD), two with HTML character references.

Gold conventions (hand-written below, following shared/real-pages/SOURCES.md): the K2 intro text
of an item that has a full text is its sapo (``summary`` and first body paragraph); an item with
intro text only has no sapo. The main image's caption is ``itemImageCaption``; its
``itemImageCredits`` names the photographer and is not part of the caption. Captions printed in
parentheses are taken without them. Table rows are body paragraphs, cells joined by " | ".
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from html.entities import codepoint2name
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "k2_political"
PLATFORM = "joomla-k2"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Lạng Sơn"
TEMPLATE = "tctls"
HOME_ITEMID = 101
#: the K2 calendar answers for these years only; every month page links the next one
CAL_YEARS = (1900, 2100)
#: "today" of the header clock and the calendar module: from _common.TODAY
_TODAY = date(2026, 11, 25)
_IMG = "/images/tin-tuc"


@dataclass(frozen=True)
class Cat:
    id: int
    name: str
    alias: str
    parent: int
    #: SEF prefix of the menu item the K2 router files the category's items under
    menu: str
    itemid: int
    per_page: int
    description: str


CATS: dict[int, Cat] = {
    1: Cat(1, "Tin tức", "tin-tuc", 0, "/tin-tuc", 103, 4, "Tin tức, sự kiện của Trường Chính trị tỉnh Lạng Sơn."),
    2: Cat(2, "Hoạt động của Trường", "hoat-dong-cua-truong", 1, "/tin-tuc", 103, 3, "Các hoạt động của Nhà trường, các khoa, phòng và đoàn thể."),
    3: Cat(3, "Đào tạo - Bồi dưỡng", "dao-tao-boi-duong", 1, "/tin-tuc", 103, 3, "Thông tin về các lớp đào tạo, bồi dưỡng cán bộ."),
    4: Cat(4, "Thông báo", "thong-bao", 0, "/thong-bao", 104, 3, "Thông báo của Nhà trường."),
}

def _k2_cache(item_id: int, size: str) -> str:
    """K2 stores an item's main image as media/k2/items/cache/md5("Image"+id)_<size>.jpg."""
    digest = hashlib.md5(f"Image{item_id}".encode()).hexdigest()
    return f"/media/k2/items/cache/{digest}_{size}.jpg"


#: categories whose K2 feed is switched on (the notices category has it off)
FEED_CATS = (1, 2, 3)

# Story.opts keys: created ("YYYY-MM-DD HH:MM", the ordering and the printed date), show_date
# (False: the item page hides its date), tags, featured, nfd, alias_author (K2 created_by_alias,
# printed "Viết bởi …"), credits (itemImageCredits of the main image), modified (printed
# "Lần sửa cuối vào …"), attachment ((file title, download key, hits)), hits.
# P styles: "" plain, "h3" heading, "strong" bold line, "li" list item, "tr" table row (cells
# joined by " | ", the first row of a table is its header), "ent"/"ent2" written with character
# references. Img styles: "k2main" (K2 main image block), "center_em" (centred italic paragraph
# after the image), "br" (<br> then italic line in the image's paragraph), "paren" (centred line
# in parentheses after), "plain" (no line).
STORIES: list[Story] = [
    Story(
        id=248,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-84-tai-huyen-cao-loc",
        title="Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 84 tại huyện Cao Lộc",
        cat="2",
        published_at="2024-12-05T08:30:00+07:00",
        summary=(
            "Sáng ngày 04/12/2024, tại Trung tâm Chính trị huyện Cao Lộc, Trường Chính trị tỉnh"
            " Lạng Sơn tổ chức Lễ khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa"
            " 84 cho 76 học viên là cán bộ, công chức, viên chức đang công tác tại các cơ quan, đơn"
            " vị và các xã, thị trấn trên địa bàn huyện."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _k2_cache(248, "L"),
                "Đồng chí Hoàng Văn Nghiệm, Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
                "Đồng chí Hoàng Văn Nghiệm, Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
                "k2main",
            ),
            P(
                "Dự buổi lễ có đồng chí Hoàng Văn Nghiệm, Phó Hiệu trưởng Trường Chính trị tỉnh;"
                " đồng chí Lộc Thị Thu Hà, Phó Bí thư Thường trực Huyện ủy Cao Lộc; lãnh đạo Ban"
                " Tuyên giáo Huyện ủy, Trung tâm Chính trị huyện cùng toàn thể học viên lớp học."
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng nhấn mạnh: chương trình Trung cấp lý"
                " luận chính trị gồm 4 phần học với 19 học phần, trang bị cho học viên những kiến"
                " thức cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, quan điểm, đường lối"
                " của Đảng, chính sách, pháp luật của Nhà nước và các kỹ năng lãnh đạo, quản lý ở"
                " cơ sở."
            ),
            Img(f"{_IMG}/2024/12/khai-giang-k84-cao-loc-2.jpg", "Quang cảnh Lễ khai giảng", "Quang cảnh Lễ khai giảng", "center_em"),
            P(
                "Lớp học được tổ chức theo hình thức không tập trung, mỗi tháng học một tuần, thời"
                " gian học dự kiến 18 tháng. Nhà trường đề nghị học viên chấp hành nghiêm quy chế"
                " học tập, tích cực tự nghiên cứu, liên hệ lý luận với thực tiễn địa phương; đồng"
                " thời đề nghị Trung tâm Chính trị huyện phối hợp chặt chẽ trong công tác quản lý"
                " lớp, bảo đảm cơ sở vật chất phục vụ dạy và học."
            ),
            Img(
                f"{_IMG}/2024/12/khai-giang-k84-cao-loc-3.jpg",
                "Đại diện học viên phát biểu hứa quyết tâm hoàn thành tốt nhiệm vụ học tập",
                "Đại diện học viên phát biểu hứa quyết tâm hoàn thành tốt nhiệm vụ học tập",
                "br",
            ),
            P(
                "Thay mặt học viên, đồng chí Vi Văn Thắng, lớp trưởng, bày tỏ sự phấn khởi khi được"
                " cử đi học và hứa sẽ nêu cao tinh thần tự giác, đoàn kết, giúp đỡ nhau hoàn thành"
                " tốt chương trình khóa học."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hoàng Văn Dũng</strong></p>'),
        ],
        authors=["Hoàng Văn Dũng"],
        photographers=["Hoàng Văn Dũng"],
        opts={
            "created": "2024-12-05 08:30",
            "tags": ["Trung cấp lý luận chính trị", "Khai giảng"],
            "featured": True,
            "credits": "Ảnh: Hoàng Văn Dũng",
        },
    ),
    Story(
        id=246,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-truong-chinh-tri-tinh-nam-2024",
        title="Hội nghị viên chức, người lao động Trường Chính trị tỉnh năm 2024",
        cat="2",
        published_at="2024-11-28T15:10:00+07:00",
        blocks=[
            P(
                "Chiều ngày 27/11/2024, Trường Chính trị tỉnh Lạng Sơn tổ chức Hội nghị viên chức,"
                " người lao động năm 2024. Đồng chí Nông Thị Thanh Tâm, Bí thư Đảng ủy, Hiệu trưởng"
                " Nhà trường chủ trì Hội nghị."
            ),
            P(
                "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm 2024, phương hướng nhiệm vụ"
                " năm 2025; báo cáo tình hình thực hiện quy chế chi tiêu nội bộ, quy chế dân chủ ở"
                " cơ sở và báo cáo hoạt động của Ban Thanh tra nhân dân. Năm 2024, Nhà trường đã tổ"
                " chức 42 lớp đào tạo, bồi dưỡng với 3.915 lượt học viên, vượt 8% kế hoạch."
            ),
            Img(
                f"{_IMG}/2024/11/hoi-nghi-vc-nld-2024.jpg",
                "(Đồng chí Hiệu trưởng Nhà trường phát biểu tại Hội nghị)",
                "Đồng chí Hiệu trưởng Nhà trường phát biểu tại Hội nghị",
                "paren",
            ),
            P(
                "Tại Hội nghị, viên chức, người lao động đã thảo luận, đóng góp nhiều ý kiến tâm"
                " huyết về đổi mới nội dung, phương pháp giảng dạy, nâng cao chất lượng nghiên cứu"
                " khoa học, cải thiện điều kiện làm việc và đời sống của cán bộ, giảng viên."
            ),
            P(
                "Hội nghị đã biểu quyết thông qua Nghị quyết với tỷ lệ 100% đại biểu tán thành và"
                " bầu Ban Thanh tra nhân dân nhiệm kỳ 2024 - 2026 gồm 3 đồng chí."
            ),
        ],
        authors=["Lương Thị Minh Nguyệt"],
        opts={
            "created": "2024-11-28 15:10",
            "tags": ["Hội nghị viên chức"],
            "alias_author": "Lương Thị Minh Nguyệt",
        },
    ),
    Story(
        id=243,
        slug="lich-hoc-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4-khoa-ii-nam-2024",
        title="Lịch học lớp Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4, khóa II năm 2024",
        cat="4",
        published_at="2024-11-22T16:45:00+07:00",
        blocks=[
            P(
                "Trường Chính trị tỉnh thông báo lịch học lớp Bồi dưỡng kiến thức quốc phòng và an"
                " ninh đối tượng 4, khóa II năm 2024 như sau:"
            ),
            P("Ngày | Buổi | Nội dung | Báo cáo viên", "tr"),
            P("02/12/2024 | Sáng | Khai giảng; Chuyên đề 1: Quan điểm của Đảng về quốc phòng, an ninh trong tình hình mới | Đại tá Hà Văn Long", "tr"),
            P("02/12/2024 | Chiều | Chuyên đề 2: Xây dựng nền quốc phòng toàn dân, thế trận quốc phòng toàn dân | Thượng tá Triệu Đức Minh", "tr"),
            P("03/12/2024 | Sáng | Chuyên đề 3: Công tác bảo vệ an ninh chính trị nội bộ | Thượng tá Lăng Văn Hòa", "tr"),
            P("03/12/2024 | Chiều | Thảo luận, viết thu hoạch; Bế giảng | Ban Chủ nhiệm lớp", "tr"),
            P(
                "Địa điểm: Hội trường A, Trường Chính trị tỉnh. Học viên có mặt trước 7 giờ 15 phút"
                " ngày 02/12/2024 để làm thủ tục nhập học."
            ),
        ],
        opts={"created": "2024-11-22 16:45", "tags": ["Quốc phòng và an ninh", "Lịch học"]},
    ),
    Story(
        id=241,
        slug="be-giang-lop-boi-duong-cap-nhat-kien-thuc-cho-can-bo-lanh-dao-quan-ly-cap-phong-nam-2024",
        title="Bế giảng lớp Bồi dưỡng cập nhật kiến thức cho cán bộ lãnh đạo, quản lý cấp phòng năm 2024",
        cat="3",
        published_at="2024-11-15T10:05:00+07:00",
        blocks=[
            Img(
                _k2_cache(241, "L"),
                "Đồng chí Hiệu trưởng trao giấy chứng nhận cho học viên hoàn thành khóa học",
                "Đồng chí Hiệu trưởng trao giấy chứng nhận cho học viên hoàn thành khóa học",
                "k2main",
            ),
            P(
                "Ngày 14/11/2024, Trường Chính trị tỉnh tổ chức bế giảng lớp Bồi dưỡng cập nhật kiến"
                " thức cho cán bộ lãnh đạo, quản lý cấp phòng và tương đương năm 2024. Lớp học có 68"
                " học viên là trưởng, phó các phòng, ban chuyên môn của các sở, ngành và UBND các"
                " huyện, thành phố."
            ),
            P(
                "Trong 10 ngày học tập, các học viên được cập nhật 12 chuyên đề về tình hình thế"
                " giới, khu vực; những vấn đề mới trong lãnh đạo, quản lý kinh tế - xã hội; chuyển"
                " đổi số trong cơ quan nhà nước; kỹ năng xây dựng văn bản quy phạm pháp luật và kỹ"
                " năng xử lý tình huống trong lãnh đạo, quản lý."
            ),
            P(
                "Kết thúc khóa học, 100% học viên hoàn thành chương trình, trong đó 41 học viên đạt"
                " loại giỏi, 27 học viên đạt loại khá."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Lạng Sơn</em></p>'),
        ],
        photographers=["Lăng Thu Hằng"],
        source="Báo Lạng Sơn",
        opts={"created": "2024-11-15 10:05", "tags": ["Bồi dưỡng cán bộ"], "credits": "Lăng Thu Hằng"},
    ),
    Story(
        id=239,
        slug="quyet-dinh-cong-nhan-tot-nghiep-lop-trung-cap-ly-luan-chinh-tri-he-tap-trung-khoa-81",
        title="Quyết định công nhận tốt nghiệp lớp Trung cấp lý luận chính trị hệ tập trung khóa 81",
        cat="4",
        published_at="2024-11-08T09:00:00+07:00",
        blocks=[
            P(
                "Trường Chính trị tỉnh Lạng Sơn thông báo Quyết định số 412/QĐ-TCT ngày 06/11/2024"
                " về việc công nhận tốt nghiệp cho 64 học viên lớp Trung cấp lý luận chính trị hệ"
                " tập trung khóa 81 (tệp đính kèm)."
            ),
        ],
        opts={
            "created": "2024-11-08 09:00",
            "tags": ["Trung cấp lý luận chính trị", "Tốt nghiệp"],
            "attachment": ("QD-412-cong-nhan-tot-nghiep-K81.pdf", "37_9c1f2b7e04d8a3c6f5e1b2d9a7c4e8f0", 312),
        },
    ),
    Story(
        id=236,
        slug="hinh-anh-hoi-thi-giang-vien-day-gioi-cap-truong-nam-2024",
        title="Hình ảnh Hội thi giảng viên dạy giỏi cấp Trường năm 2024",
        cat="2",
        published_at="2024-10-30T17:20:00+07:00",
        blocks=[
            P(
                "Một số hình ảnh tại Hội thi giảng viên dạy giỏi cấp Trường năm 2024, diễn ra từ"
                " ngày 28 đến 30/10/2024:"
            ),
            Img(f"{_IMG}/2024/10/z5983312741206_5b8e0c1d2f3a4b5c6d7e8f9a0b1c2d3e.jpg", None, None, "plain"),
            Img(f"{_IMG}/2024/10/z5983312755821_a1b2c3d4e5f60718293a4b5c6d7e8f90.jpg", None, None, "plain"),
            Img(f"{_IMG}/2024/10/hoi-thi-gvdg-2024-3.jpg", None, None, "plain"),
            Img(f"{_IMG}/2024/10/hoi-thi-gvdg-2024-4.jpg", None, None, "plain"),
        ],
        opts={"created": "2024-10-30 17:20", "tags": ["Giảng viên dạy giỏi"]},
    ),
    Story(
        id=233,
        slug="khai-giang-lop-boi-duong-nghiep-vu-cong-tac-dan-van-nam-2024",
        title="Khai giảng lớp Bồi dưỡng nghiệp vụ công tác dân vận năm 2024",
        cat="3",
        published_at="2024-10-21T14:00:00+07:00",
        blocks=[
            P(
                "Ngày 21/10/2024, Trường Chính trị tỉnh phối hợp với Ban Dân vận Tỉnh ủy khai giảng"
                " lớp Bồi dưỡng nghiệp vụ công tác dân vận cho 85 học viên là cán bộ làm công tác"
                " dân vận ở cơ sở."
            ),
            P("Lớp học diễn ra trong 5 ngày, từ ngày 21 đến 25/10/2024."),
        ],
        opts={"created": "2024-10-21 14:00", "tags": ["Bồi dưỡng cán bộ", "Công tác dân vận"]},
    ),
    Story(
        id=230,
        slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i-lam-viec-voi-truong-chinh-tri-tinh",
        title="Đoàn công tác Học viện Chính trị khu vực I làm việc với Trường Chính trị tỉnh",
        cat="2",
        published_at="2024-10-14T11:30:00+07:00",
        summary=(
            "Ngày 11/10/2024, Đoàn công tác của Học viện Chính trị khu vực I do PGS.TS Đặng"
            " Quang Huy, Phó Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường"
            " Chính trị tỉnh Lạng Sơn về công tác phối hợp đào tạo, bồi dưỡng cán bộ."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi làm việc, lãnh đạo Nhà trường đã báo cáo kết quả phối hợp tổ chức các lớp"
                " Cao cấp lý luận chính trị hệ không tập trung tại tỉnh giai đoạn 2020 - 2024; tình"
                " hình đội ngũ giảng viên, cơ sở vật chất và những khó khăn, vướng mắc trong quá"
                " trình tổ chức lớp học."
            ),
            Img(f"{_IMG}/2024/10/hvctkv1-lam-viec.jpg", "Toàn cảnh buổi làm việc", "Toàn cảnh buổi làm việc", "center_em"),
            P(
                "Phát biểu tại buổi làm việc, đồng chí Phó Giám đốc Học viện ghi nhận, đánh giá cao"
                " sự phối hợp chặt chẽ, hiệu quả của Trường Chính trị tỉnh Lạng Sơn trong thời gian"
                " qua; đồng thời đề nghị hai bên tiếp tục tăng cường trao đổi giảng viên, phối hợp"
                " nghiên cứu khoa học, tổ chức hội thảo về những vấn đề thực tiễn của các tỉnh miền"
                " núi phía Bắc."
            ),
            P(
                "Dịp này, Đoàn công tác đã tặng Nhà trường 200 đầu sách tham khảo phục vụ công tác"
                " giảng dạy và học tập."
            ),
            Raw('<p style="text-align: right;">Nguyễn Thu Trang</p>'),
        ],
        authors=["Nguyễn Thu Trang"],
        opts={
            "created": "2024-10-14 11:30",
            "tags": ["Học viện Chính trị khu vực I", "Cao cấp lý luận chính trị"],
            "nfd": True,
        },
    ),
    Story(
        id=227,
        slug="thong-bao-tuyen-sinh-lop-cao-cap-ly-luan-chinh-tri-he-khong-tap-trung-nam-2025",
        title="Thông báo tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung năm 2025",
        cat="4",
        published_at="2024-10-02",
        blocks=[
            P(
                "Căn cứ Kế hoạch đào tạo năm 2025 của Học viện Chính trị quốc gia Hồ Chí Minh,"
                " Trường Chính trị tỉnh Lạng Sơn thông báo tuyển sinh lớp Cao cấp lý luận chính trị"
                " hệ không tập trung năm 2025, cụ thể như sau:"
            ),
            P("1. Đối tượng, tiêu chuẩn", "strong"),
            P("Cán bộ, công chức, viên chức trong quy hoạch chức danh lãnh đạo, quản lý cấp phòng trở lên;", "li"),
            P("Có trình độ đại học trở lên, đã có bằng Trung cấp lý luận chính trị;", "li"),
            P("Tuổi đời khi được cử đi học không quá 50 đối với nam và 45 đối với nữ.", "li"),
            P("2. Hồ sơ và thời gian nộp", "strong"),
            P(
                "Hồ sơ gồm: quyết định cử đi học, bản sao bằng tốt nghiệp đại học, bằng Trung cấp lý"
                " luận chính trị, sơ yếu lý lịch có xác nhận của cơ quan quản lý. Hồ sơ nộp tại"
                " Phòng Quản lý đào tạo - Nghiên cứu khoa học trước ngày 15/12/2024."
            ),
        ],
        opts={
            "created": "2024-10-02 08:00",
            "show_date": False,
            "tags": ["Cao cấp lý luận chính trị", "Tuyển sinh"],
        },
    ),
    Story(
        id=224,
        slug="boi-duong-nghiep-vu-cong-tac-kiem-tra-giam-sat-cua-dang-cho-cap-uy-vien-co-so",
        title="Bồi dưỡng nghiệp vụ công tác kiểm tra, giám sát của Đảng cho cấp ủy viên cơ sở",
        cat="3",
        published_at="2024-09-25T15:40:00+07:00",
        summary=(
            "Từ ngày 23 đến 25/9/2024, Trường Chính trị tỉnh phối hợp với Ủy ban Kiểm tra Tỉnh ủy"
            " tổ chức lớp bồi dưỡng nghiệp vụ công tác kiểm tra, giám sát cho 92 đồng chí là cấp"
            " ủy viên, ủy viên ủy ban kiểm tra đảng ủy cơ sở."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _k2_cache(224, "L"),
                "Quang cảnh lớp bồi dưỡng",
                "Quang cảnh lớp bồi dưỡng",
                "k2main",
            ),
            P(
                "Các học viên được nghiên cứu, trao đổi 6 chuyên đề về công tác kiểm tra, giám sát"
                " và thi hành kỷ luật đảng; quy trình kiểm tra đảng viên khi có dấu hiệu vi phạm;"
                " giám sát thường xuyên và giám sát chuyên đề; giải quyết tố cáo, khiếu nại kỷ luật"
                " đảng.",
                "ent2",
            ),
            P(
                "Báo cáo viên là lãnh đạo Ủy ban Kiểm tra Tỉnh ủy và giảng viên Khoa Xây dựng Đảng."
                " Ngoài phần lý thuyết, lớp học dành thời lượng để học viên thực hành xử lý tình"
                " huống, trao đổi kinh nghiệm từ thực tiễn công tác ở cơ sở.",
                "ent2",
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Đ&agrave;m Thị Hương</strong></p>'),
        ],
        authors=["Đàm Thị Hương"],
        photographers=["Vi Văn Khánh"],
        opts={
            "created": "2024-09-25 15:40",
            "tags": ["Bồi dưỡng cán bộ", "Kiểm tra giám sát"],
            "credits": "Ảnh: Vi Văn Khánh",
        },
    ),
    Story(
        id=221,
        slug="truong-chinh-tri-tinh-to-chuc-le-khai-giang-nam-hoc-2024-2025",
        title="Trường Chính trị tỉnh tổ chức Lễ khai giảng năm học 2024 - 2025",
        cat="2",
        published_at="2024-09-06T09:15:00+07:00",
        summary=(
            "Sáng ngày 05/9/2024, Trường Chính trị tỉnh Lạng Sơn long trọng tổ chức Lễ khai giảng"
            " năm học 2024 - 2025. Đồng chí Hoàng Thị Bích Ngọc, Trưởng Ban Tuyên giáo Tỉnh ủy dự"
            " và phát biểu chỉ đạo."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _k2_cache(221, "L"),
                "Đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu chỉ đạo tại Lễ khai giảng",
                "Đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu chỉ đạo tại Lễ khai giảng",
                "k2main",
            ),
            P(
                "Năm học 2023 - 2024, Nhà trường đã mở 47 lớp đào tạo, bồi dưỡng với 4.326 lượt học"
                " viên, trong đó có 9 lớp Trung cấp lý luận chính trị, 2 lớp Cao cấp lý luận chính"
                " trị hệ không tập trung phối hợp với Học viện Chính trị khu vực I và 36 lớp bồi"
                " dưỡng. Đội ngũ giảng viên tích cực đổi mới phương pháp giảng dạy; 3 đề tài khoa"
                " học cấp cơ sở được nghiệm thu."
            ),
            P("Những nhiệm vụ trọng tâm năm học mới", "h3"),
            Img(
                f"{_IMG}/2024/09/khai-giang-nam-hoc-2024-2025-2.jpg",
                "Các đại biểu và học viên dự Lễ khai giảng",
                "Các đại biểu và học viên dự Lễ khai giảng",
                "center_em",
            ),
            P(
                "Năm học 2024 - 2025, Nhà trường tập trung thực hiện chủ đề “Kỷ cương, đổi mới, chất"
                " lượng”; phấn đấu hoàn thành và vượt chỉ tiêu đào tạo, bồi dưỡng; tiếp tục hoàn"
                " thiện các tiêu chí Trường Chính trị chuẩn mức 1; đẩy mạnh chuyển đổi số trong quản"
                " lý đào tạo và giảng dạy."
            ),
            P(
                "Phát biểu chỉ đạo, đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy ghi nhận những kết quả"
                " Nhà trường đạt được, đồng thời đề nghị Nhà trường nâng cao chất lượng đội ngũ"
                " giảng viên, gắn giảng dạy lý luận với tổng kết thực tiễn của tỉnh, góp phần xây"
                " dựng đội ngũ cán bộ đủ phẩm chất, năng lực, uy tín."
            ),
            Img(
                f"{_IMG}/2024/09/khai-giang-nam-hoc-2024-2025-3.jpg",
                "Đồng chí Hiệu trưởng Nhà trường đánh trống khai giảng năm học mới",
                "Đồng chí Hiệu trưởng Nhà trường đánh trống khai giảng năm học mới",
                "br",
            ),
            P(
                "Dịp này, Nhà trường đã khen thưởng 8 tập thể và 23 cá nhân có thành tích xuất sắc"
                " trong năm học 2023 - 2024."
            ),
            Raw('<p style="text-align: right;"><strong>Bài: Lương Thị Minh Nguyệt - Ảnh: Hoàng Văn Dũng</strong></p>'),
        ],
        authors=["Lương Thị Minh Nguyệt"],
        photographers=["Hoàng Văn Dũng"],
        opts={
            "created": "2024-09-06 09:15",
            "tags": ["Khai giảng", "Năm học 2024 - 2025"],
            "credits": "Ảnh: Hoàng Văn Dũng",
            "modified": "2024-09-09 14:20",
        },
    ),
    Story(
        id=218,
        slug="hoi-thao-khoa-hoc-nang-cao-chat-luong-giang-day-ly-luan-chinh-tri-gan-voi-thuc-tien-dia-phuong",
        title="Hội thảo khoa học “Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn địa phương”",
        cat="3",
        published_at="2024-08-27T16:00:00+07:00",
        summary=(
            "Ngày 26/8/2024, Trường Chính trị tỉnh Lạng Sơn tổ chức Hội thảo khoa học cấp trường"
            " với chủ đề “Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn địa"
            " phương”. Hội thảo nhận được 24 bài tham luận của cán bộ, giảng viên Nhà trường và"
            " các trung tâm chính trị cấp huyện."
        ),
        sapo_outside=True,
        blocks=[
            P("Thực trạng liên hệ thực tiễn trong bài giảng", "h3"),
            P(
                "Các tham luận cho rằng thời gian qua, giảng viên đã chú trọng lồng ghép thông tin"
                " thực tiễn của tỉnh vào bài giảng, nhất là về phát triển kinh tế cửa khẩu, xây dựng"
                " nông thôn mới, công tác dân tộc và bảo vệ chủ quyền biên giới. Tuy nhiên, việc"
                " liên hệ thực tiễn ở một số học phần còn chung chung, số liệu chưa được cập nhật"
                " thường xuyên.",
                "ent",
            ),
            P("Giải pháp nâng cao chất lượng", "h3"),
            P(
                "Hội thảo đề xuất nhiều giải pháp như: tăng cường đi nghiên cứu thực tế tại cơ sở;"
                " xây dựng ngân hàng tình huống, số liệu thực tiễn dùng chung; mời cán bộ lãnh đạo"
                " các sở, ngành tham gia báo cáo chuyên đề; đổi mới hình thức kiểm tra, đánh giá"
                " theo hướng vận dụng kiến thức giải quyết vấn đề thực tiễn.",
                "ent",
            ),
            P(
                "Kết luận Hội thảo, đồng chí Hiệu trưởng đề nghị các khoa, phòng tiếp thu các ý kiến,"
                " cụ thể hóa thành kế hoạch hành động, đưa vào thực hiện ngay từ năm học 2024 -"
                " 2025.",
                "ent",
            ),
        ],
        opts={"created": "2024-08-27 16:00", "tags": ["Nghiên cứu khoa học", "Giảng viên dạy giỏi"]},
    ),
    Story(
        id=215,
        slug="thong-bao-nghi-le-quoc-khanh-02-9-2024",
        title="Thông báo nghỉ Lễ Quốc khánh 02/9/2024",
        cat="4",
        published_at="2024-08-23T10:30:00+07:00",
        blocks=[
            P(
                "Thực hiện Thông báo của Bộ Lao động - Thương binh và Xã hội, Trường Chính trị tỉnh"
                " thông báo lịch nghỉ Lễ Quốc khánh năm 2024 như sau: cán bộ, viên chức, người lao"
                " động và học viên các lớp được nghỉ 04 ngày, từ thứ Bảy ngày 31/8/2024 đến hết thứ"
                " Ba ngày 03/9/2024."
            ),
            P("Các lớp học trở lại bình thường từ thứ Tư ngày 04/9/2024."),
        ],
        opts={"created": "2024-08-23 10:30"},
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}

# --------------------------------------------------------------------------- URLs


def _cat(story: Story) -> Cat:
    return CATS[int(story.cat)]


def item_path(story: Story) -> str:
    """The SEF item URL (the one the item page declares canonical)."""
    return f"{_cat(story).menu}/item/{story.id}-{story.slug}.html"


def raw_item_path(story: Story) -> str:
    """The non-SEF form editors paste into custom HTML modules."""
    return f"/index.php?option=com_k2&view=item&id={story.id}:{story.slug}&Itemid={_cat(story).itemid}"


def print_path(story: Story) -> str:
    return item_path(story) + "?tmpl=component&print=1"


def mailto_path(story: Story) -> str:
    digest = hashlib.sha1(item_path(story).encode()).hexdigest()
    return f"/component/mailto/?tmpl=component&template={TEMPLATE}&link={digest}"


def download_path(story: Story) -> str | None:
    att = story.opts.get("attachment")
    return f"{_cat(story).menu}/item/download/{att[1]}.html" if att else None


def cat_path(cid: int) -> str:
    """A listing's first page: menu-item categories by their menu alias, the others by K2's route."""
    cat = CATS[cid]
    if cat.parent == 0:
        return f"{cat.menu}.html"
    return f"{cat.menu}/itemlist/category/{cid}-{cat.alias}.html"


def page_path(cid: int, page: int) -> str:
    """Page N (1-based) as the pager links it: page 1 with ``limitstart=0``, others ``start``."""
    if page == 1:
        return cat_path(cid) + "?limitstart=0"
    return cat_path(cid) + f"?start={(page - 1) * CATS[cid].per_page}"


def raw_cat_path(cid: int) -> str:
    return f"/index.php?option=com_k2&view=itemlist&layout=category&task=category&id={cid}&Itemid={CATS[cid].itemid}"


def tag_path(tag: str) -> str:
    """What a client requests for a tag link (K2 prints the href unencoded)."""
    return "/tin-tuc/itemlist/tag/" + quote(tag) + ".html"


def tag_href(tag: str) -> str:
    return "/tin-tuc/itemlist/tag/" + tag + ".html"


def date_path(day: date) -> str:
    return f"/component/k2/itemlist/date/{day.year}/{day.month}/{day.day}.html"


def cal_path(year: int, month: int) -> str:
    return f"/index.php?option=com_k2&view=itemlist&task=calendar&month={month}&year={year}&Itemid={HOME_ITEMID}"


def feed_path(cid: int) -> str:
    return cat_path(cid) + "?format=feed"


# --------------------------------------------------------------------------- data helpers


def _created(story: Story) -> datetime:
    return datetime.strptime(story.opts["created"], "%Y-%m-%d %H:%M")


def _newest_first(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=_created, reverse=True)


def in_cat(cid: int) -> list[Story]:
    """Items a category listing shows: its own and its subcategories'."""
    ids = {cid} | {c.id for c in CATS.values() if c.parent == cid}
    return _newest_first([s for s in STORIES if int(s.cat) in ids])


def _pages(cid: int) -> int:
    return max(1, -(-len(in_cat(cid)) // CATS[cid].per_page))


def _hits(story: Story) -> int:
    return 180 + (story.id * 53) % 1400


def _tags(story: Story) -> list[str]:
    return list(story.opts.get("tags", []))


ALL_TAGS: list[str] = sorted({t for s in STORIES for t in _tags(s)}, key=lambda t: unicodedata.normalize("NFD", t.lower()))


def _main_image(story: Story) -> Img | None:
    return next((b for b in story.blocks if isinstance(b, Img) and b.style == "k2main"), None)


def k2_image(story: Story, size: str) -> str:
    return _k2_cache(story.id, size)


def _thumb(story: Story) -> str | None:
    if _main_image(story):
        return k2_image(story, "S")
    return None


# --------------------------------------------------------------------------- rendering helpers

_WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


def _jdate(when: datetime, with_time: bool = True) -> str:
    """Joomla's DATE_FORMAT_LC2 in the vi-VN pack: "Thứ năm, 05 Tháng 12 2024 08:30"."""
    out = f"{_WEEKDAYS[when.weekday()]}, {when:%d} Tháng {when.month} {when.year}"
    return out + (f" {when:%H:%M}" if with_time else "")


def _short(when: datetime) -> str:
    return f"{when:%d/%m/%Y}"


def _t(story: Story, value: str, style: str = "") -> str:
    """Article text as this item's editor stored it."""
    nfd = bool(story.opts.get("nfd"))
    entities = 1 if style == "ent" else 2 if style == "ent2" else 0
    if entities:
        # JCE's "named" entity encoding: Latin-1 letters as &name;, the rest left raw
        s = text(value, nfd=nfd)
        return "".join(
            f"&{codepoint2name[ord(ch)]};" if 160 <= ord(ch) < 256 and (entities == 1 or i % 2) else ch
            for i, ch in enumerate(s)
        )
    return text(value, nfd=nfd)


def _image_html(story: Story, img: Img) -> str:
    src = esc(img.src)
    tag = f'<img src="{src}" alt="{esc(img.caption or "")}" width="620" height="413" />'
    line = _t(story, img.printed) if img.printed else ""
    if img.style == "center_em":
        return f'<p style="text-align: center;">{tag}</p>\n<p style="text-align: center;"><em>{line}</em></p>'
    if img.style == "br":
        return f'<p style="text-align: center;">{tag}<br /><em>{line}</em></p>'
    if img.style == "paren":
        return f'<p style="text-align: center;">{tag}</p>\n<p style="text-align: center;"><span style="font-size: 10pt;">{line}</span></p>'
    return f'<p style="text-align: center;">{tag}</p>'


def _blocks_html(story: Story) -> str:
    """The item's text (without the main image), grouping list items and table rows."""
    out: list[str] = []
    pending: list[P] = []
    kind = ""

    def flush() -> None:
        nonlocal pending, kind
        if not pending:
            return
        if kind == "li":
            out.append("<ul>\n" + "\n".join(f"<li>{_t(story, p.text)}</li>" for p in pending) + "\n</ul>")
        else:
            rows = []
            for n, p in enumerate(pending):
                cells = p.text.split(" | ")
                if n == 0:
                    rows.append("<tr>" + "".join(f'<td style="text-align: center;"><strong>{_t(story, c)}</strong></td>' for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{_t(story, c)}</td>" for c in cells) + "</tr>")
            out.append('<table class="table table-bordered" style="width: 100%;" border="1" cellspacing="0" cellpadding="4">\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table>")
        pending = []
        kind = ""

    for block in story.blocks:
        if isinstance(block, P) and block.style in ("li", "tr"):
            if kind and kind != block.style:
                flush()
            kind = block.style
            pending.append(block)
            continue
        flush()
        if isinstance(block, P):
            if block.style == "h3":
                out.append(f"<h3>{_t(story, block.text)}</h3>")
            elif block.style == "strong":
                out.append(f"<p><strong>{_t(story, block.text)}</strong></p>")
            else:
                out.append(f'<p style="text-align: justify;">{_t(story, block.text, block.style)}</p>')
        elif isinstance(block, Img):
            if block.style != "k2main":
                out.append(_image_html(story, block))
        elif isinstance(block, Raw):
            out.append(block.html)
    flush()
    return "\n".join(out)


def _intro_teaser(story: Story, words: int = 40) -> str:
    """K2's catItemIntroText: the intro text, cut at a word limit with an ellipsis."""
    source = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    parts = source.split()
    if len(parts) <= words:
        return esc(source)
    return esc(" ".join(parts[:words])) + "&#8230;"


# --------------------------------------------------------------------------- page chrome


def _menu(active: str) -> str:
    items = [
        ("/", "Trang chủ", "home"),
        ("/gioi-thieu.html", "Giới thiệu", "gioi-thieu"),
        ("/tin-tuc.html", "Tin tức", "tin-tuc"),
        ("/thong-bao.html", "Thông báo", "thong-bao"),
        ("/lien-he.html", "Liên hệ", "lien-he"),
    ]
    lis = []
    for n, (href, label, key) in enumerate(items):
        cls = f"item-{101 + n}" + (" current active" if key == active else "")
        if key == "gioi-thieu":
            lis.append(
                f'<li class="{cls} deeper parent"><a href="{href}">{label}</a><ul class="nav-child unstyled small">'
                '<li class="item-107"><a href="/gioi-thieu/co-cau-to-chuc.html">Cơ cấu tổ chức</a></li></ul></li>'
            )
        elif key == "tin-tuc":
            lis.append(
                f'<li class="{cls} deeper parent"><a href="{href}">{label}</a><ul class="nav-child unstyled small">'
                f'<li class="item-108"><a href="{cat_path(2)}">Hoạt động của Trường</a></li>'
                f'<li class="item-109"><a href="{cat_path(3)}">Đào tạo - Bồi dưỡng</a></li></ul></li>'
            )
        else:
            lis.append(f'<li class="{cls}"><a href="{href}">{label}</a></li>')
    return f'<ul class="nav menu nav-pills mod-list">{"".join(lis)}</ul>'


def _breadcrumbs(trail: list[tuple[str | None, str]]) -> str:
    lis = ['<li>Bạn đang ở: &#160;</li>']
    full = [("/", "Trang chủ"), *trail]
    for n, (href, label) in enumerate(full, start=1):
        last = n == len(full)
        if last:
            lis.append(
                f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active">'
                f'<span itemprop="name">{esc(label)}</span><meta itemprop="position" content="{n}"></li>'
            )
        else:
            lis.append(
                f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{esc(label)}</span></a>'
                f'<span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span>'
                f'<meta itemprop="position" content="{n}"></li>'
            )
    return f'<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">{"".join(lis)}</ul>'


def _module(title: str, body: str, cls: str = "") -> str:
    return f'<div class="moduletable{cls}"><h3>{title}</h3>{body}</div>'


def _k2_list(stories: list[Story], module_id: int, *, dates: bool = True, hits: bool = False) -> str:
    lis = []
    for n, s in enumerate(stories):
        extra = ""
        if dates:
            extra += f' <span class="moduleItemDateCreated">({_short(_created(s))})</span>'
        if hits:
            extra += f' <span class="moduleItemHits">Đọc {_hits(s)} lần</span>'
        lis.append(
            f'<li class="{"odd" if n % 2 else "even"}{" lastItem" if n == len(stories) - 1 else ""}">'
            f'<a class="moduleItemTitle" href="{item_path(s)}">{esc(s.title)}</a>{extra}<div class="clr"></div></li>'
        )
    return f'<div id="k2ModuleBox{module_id}" class="k2ItemsBlock"><ul>{"".join(lis)}</ul></div>'


def _categories_module() -> str:
    def li(cid: int, children: str = "") -> str:
        return f'<li><a href="{cat_path(cid)}"><span class="catTitle">{esc(CATS[cid].name)}</span><span class="catCounter"> ({len(in_cat(cid))})</span></a>{children}</li>'

    sub = f'<ul class="level1">{li(2)}{li(3)}</ul>'
    return f'<div id="k2ModuleBox141" class="k2CategoriesListBlock"><ul class="level0">{li(1, sub)}{li(4)}</ul></div>'


def _tag_cloud() -> str:
    counts = {t: sum(t in _tags(s) for s in STORIES) for t in ALL_TAGS}
    links = "".join(
        f'<a href="{tag_href(t)}" style="font-size:{75 + counts[t] * 25}%" title="{counts[t]} mục được gắn thẻ {esc(t)}">{esc(t)}</a>\n'
        for t in ALL_TAGS
    )
    return f'<div id="k2ModuleBox143" class="k2TagCloudBlock">{links}<div class="clr"></div></div>'


_CAL_DAYS = ("CN", "T2", "T3", "T4", "T5", "T6", "T7")


def _days_with_items(year: int, month: int) -> set[int]:
    return {_created(s).day for s in STORIES if _created(s).year == year and _created(s).month == month}


def _calendar_table(year: int, month: int) -> str:
    """K2's calendar class output (week starts Monday), nav links to the neighbour months."""
    import calendar as _calendar

    prev_m, prev_y = (12, year - 1) if month == 1 else (month - 1, year)
    next_m, next_y = (1, year + 1) if month == 12 else (month + 1, year)
    rows = [
        '<table class="calendar">',
        f'<tr>\n<td class="calendarNavMonthPrev"><a class="calendarNavLink" href="{esc(cal_path(prev_y, prev_m))}">&laquo;</a></td>\n'
        f'<td class="calendarCurrentMonth" colspan="5">Tháng {month} {year}</td>\n'
        f'<td class="calendarNavMonthNext"><a class="calendarNavLink" href="{esc(cal_path(next_y, next_m))}">&raquo;</a></td>\n</tr>',
        "<tr>" + "".join(f'<td class="calendarDayName" style="width:14%">{_CAL_DAYS[(1 + i) % 7]}</td>' for i in range(7)) + "</tr>",
    ]
    linked = _days_with_items(year, month)
    for week in _calendar.Calendar(firstweekday=0).monthdayscalendar(year, month):
        cells = []
        for d in week:
            if d == 0:
                cells.append('<td class="calendarDateEmpty">&nbsp;</td>')
                continue
            cls = "calendarToday" if date(year, month, d) == _TODAY else "calendarDate"
            if d in linked:
                cells.append(f'<td class="{cls}Linked"><a href="{date_path(date(year, month, d))}">{d}</a></td>')
            else:
                cells.append(f'<td class="{cls}">{d}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    rows.append("</table>")
    return "\n".join(rows)


def _counter() -> str:
    rows = [
        ("vtoday", "Hôm nay", "312"),
        ("vyesterday", "Hôm qua", "845"),
        ("vweek", "Tuần này", "2.310"),
        ("vmonth", "Tháng này", "14.522"),
        ("vall", "Tất cả", "1.276.430"),
    ]
    body = "".join(f'<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/{c}.png" alt="" /></td><td>{label}</td><td align="right">{n}</td></tr>' for c, label, n in rows)
    return (
        '<div id="vvisit_counter" class="vvisit_counter"><div style="text-align: center;">'
        '<img src="/modules/mod_vvisit_counter/images/digit_counter/embwhite/1.gif" alt="1" /></div>'
        f'<table cellpadding="0" cellspacing="0" style="text-align: center; width: 90%;"><tbody>{body}</tbody></table>'
        '<hr style="width: 90%" /><div style="text-align: center;">Đang online: 17</div></div>'
    )


def _links_module() -> str:
    options = [
        ("http://langson.gov.vn/", "Cổng TTĐT tỉnh Lạng Sơn"),
        ("http://www.hcma.vn/", "Học viện Chính trị quốc gia Hồ Chí Minh"),
        ("http://hcma1.vn/", "Học viện Chính trị khu vực I"),
        ("http://baolangson.vn/", "Báo Lạng Sơn"),
        ("http://tapchicongsan.org.vn/", "Tạp chí Cộng sản"),
    ]
    opts = "".join(f'<option value="{u}">{esc(n)}</option>' for u, n in options)
    return (
        '<form name="jumpmenu"><select class="inputbox" onchange="if(this.value) window.open(this.value);">'
        f'<option value="">-- Liên kết website --</option>{opts}</select></form>'
    )


def _poll() -> str:
    answers = ["Rất hữu ích", "Hữu ích", "Bình thường", "Cần cải thiện thêm"]
    radios = "".join(
        f'<li><input type="radio" name="voteid" id="voteid{n}" value="{n}" /><label for="voteid{n}">{a}</label></li>'
        for n, a in enumerate(answers, start=1)
    )
    return (
        '<form action="/index.php" method="post" name="poll_vote_1" id="poll_vote_1">'
        '<h4>Bạn đánh giá thế nào về nội dung website của Nhà trường?</h4>'
        f'<ul class="poll">{radios}</ul>'
        '<input type="submit" name="task_button" class="button" value="Biểu quyết" />'
        '<input type="hidden" name="option" value="com_mijopolls" /><input type="hidden" name="task" value="vote" />'
        '<input type="hidden" name="id" value="1" /></form>'
        '<div class="poll_result_link"><a href="/component/mijopolls/poll/1-danh-gia-website.html">Xem kết quả</a></div>'
    )


def _login() -> str:
    return (
        '<form action="/index.php" method="post" id="login-form" class="form-inline">'
        '<div class="userdata"><div id="form-login-username" class="control-group"><label for="modlgn-username">Tên đăng nhập</label>'
        '<input id="modlgn-username" type="text" name="username" class="input-small" tabindex="0" size="18" /></div>'
        '<div id="form-login-password" class="control-group"><label for="modlgn-passwd">Mật khẩu</label>'
        '<input id="modlgn-passwd" type="password" name="password" class="input-small" tabindex="0" size="18" /></div>'
        '<div id="form-login-remember" class="control-group checkbox"><label for="modlgn-remember" class="control-label">Ghi nhớ đăng nhập</label>'
        '<input id="modlgn-remember" type="checkbox" name="remember" class="inputbox" value="yes"/></div>'
        '<div id="form-login-submit" class="control-group"><button type="submit" tabindex="0" name="Submit" class="btn btn-primary login-button">Đăng nhập</button></div>'
        '<ul class="unstyled"><li><a href="/component/users/?view=remind&amp;Itemid=101">Quên tên đăng nhập?</a></li>'
        '<li><a href="/component/users/?view=reset&amp;Itemid=101">Quên mật khẩu?</a></li></ul>'
        '<input type="hidden" name="option" value="com_users" /><input type="hidden" name="task" value="user.login" />'
        '<input type="hidden" name="return" value="aHR0cDovL3RjdGxzLmxvY2FsLw==" />'
        '<input type="hidden" name="5e3c0f1d2a7b9c4e6f8a0b1c2d3e4f50" value="1" /></div></form>'
    )


def _left() -> str:
    latest = _newest_first(STORIES)[:5]
    return (
        _module("Chuyên mục", _categories_module(), " k2-categories")
        + _module("Tin mới", _k2_list(latest, 142), " tin-moi")
        + _module("Thống kê truy cập", _counter(), " counter")
    )


def _right() -> str:
    popular = sorted(STORIES, key=_hits, reverse=True)[:5]
    notices = in_cat(4)[:3]
    cal = f'<div id="k2ModuleBox144" class="k2CalendarBlock">{_calendar_table(_TODAY.year, _TODAY.month)}<div class="clr"></div></div>'
    return (
        _module("Tin xem nhiều", _k2_list(popular, 145, dates=False, hits=True), " xem-nhieu")
        + _module("Thông báo", _k2_list(notices, 146), " thong-bao")
        + _module("Từ khóa", _tag_cloud(), " tags")
        + _module("Lịch tin bài", cal, " k2-calendar")
        + _module("Liên kết website", _links_module(), " lien-ket")
        + _module("Thăm dò ý kiến", _poll(), " poll")
        + _module("Đăng nhập", _login(), " login")
    )


_FOOTER = (
    '<div class="footer"><p><strong>TRƯỜNG CHÍNH TRỊ TỈNH LẠNG SƠN</strong></p>'
    "<p>Địa chỉ: Số 9, đường Lê Đại Hành, phường Vĩnh Trại, thành phố Lạng Sơn, tỉnh Lạng Sơn</p>"
    "<p>Điện thoại: 0205.3812.436 - Fax: 0205.3812.437 - Email: truongchinhtri@langson.gov.vn</p>"
    "<p>Chịu trách nhiệm nội dung: Đồng chí Nông Thị Thanh Tâm - Hiệu trưởng</p>"
    "<p>Bản quyền &copy; 2016 - 2026 Trường Chính trị tỉnh Lạng Sơn. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>"
)


def _page(
    request: Request,
    *,
    title: str,
    main: str,
    trail: list[tuple[str | None, str]],
    active: str = "",
    head: str = "",
    component_only: bool = False,
) -> str:
    base = base_url(request)
    current = base + request.target
    doc_title = f"{title} - {SITE}" if title != SITE else SITE
    head_html = (
        '<!DOCTYPE html>\n<html lang="vi-vn" dir="ltr">\n<head>\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        '<meta charset="utf-8" />\n'
        f'<base href="{esc(current)}" />\n'
        '<meta name="keywords" content="Trường Chính trị tỉnh Lạng Sơn, lý luận chính trị, đào tạo cán bộ" />\n'
        '<meta name="generator" content="Joomla! - Open Source Content Management" />\n'
        f"<title>{esc(doc_title)}</title>\n"
        f"{head}"
        f'<link href="/templates/{TEMPLATE}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />\n'
        '<link href="/media/k2/assets/css/k2.fonts.css?v=2.10.3&amp;b=20200429" rel="stylesheet" />\n'
        '<link href="/components/com_k2/css/k2.css?v=2.10.3&amp;b=20200429" rel="stylesheet" />\n'
        f'<link href="/templates/{TEMPLATE}/css/template.css" rel="stylesheet" />\n'
        '<script src="/media/jui/js/jquery.min.js?7f1d2c"></script>\n'
        '<script src="/media/k2/assets/js/k2.frontend.js?v=2.10.3&amp;b=20200429&amp;sitepath=/"></script>\n'
        "</head>\n"
    )
    if component_only:
        return head_html + f'<body class="contentpane modal">\n<div id="system-message-container"></div>\n{main}\n</body>\n</html>\n'
    return (
        head_html
        + '<body class="site com_k2">\n<div class="body"><div class="container">\n'
        '<div id="topbar"><div class="today"><i class="icon-calendar"></i> Hôm nay: '
        f"{esc(TODAY)}</div>"
        '<form action="/tin-tuc/itemlist/search.html" method="get" class="k2SearchBlock"><input type="text" name="searchword" '
        'maxlength="50" size="20" class="inputbox" placeholder="Tìm kiếm..." /><input type="submit" value="Tìm" class="button" /></form></div>\n'
        f'<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/">'
        f'<img src="/images/banner/banner-truong-chinh-tri.png" alt="{esc(SITE)}" /></a>'
        '<div class="header-search pull-right"><p class="slogan">Đào tạo, bồi dưỡng cán bộ - Nghiên cứu khoa học - Tổng kết thực tiễn</p></div></div></header>\n'
        f'<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Menu</span></a></div><div class="nav-collapse">{_menu(active)}</div></nav>\n'
        f'<div class="moduletable breadcrumbs">{_breadcrumbs(trail)}</div>\n'
        f'<div class="row-fluid"><div id="sidebar" class="span3"><div class="sidebar-nav">{_left()}</div></div>\n'
        f'<main id="content" role="main" class="span6"><div id="system-message-container"></div>\n{main}\n</main>\n'
        f'<div id="aside" class="span3">{_right()}</div></div>\n'
        "</div></div>\n"
        f'<footer class="footer" role="contentinfo"><div class="container">{_FOOTER}'
        '<p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p></div></footer>\n'
        "</body>\n</html>\n"
    )


# --------------------------------------------------------------------------- item page


def _related(story: Story) -> list[Story]:
    mine = set(_tags(story))
    return [s for s in _newest_first(STORIES) if s.id != story.id and mine & set(_tags(s))][:5]


def _item_html(story: Story, *, printing: bool = False) -> str:
    cat = _cat(story)
    created = _created(story)
    parts = []
    if printing:
        parts.append('<a class="itemPrintThisPage" rel="nofollow" href="#" onclick="window.print();return false;"><span>In trang này</span></a>')
    parts.append(f'<span id="startOfPageId{story.id}"></span>')
    parts.append(f'<div id="k2Container" class="itemView{" itemIsFeatured" if story.opts.get("featured") else ""}">')
    header = ['<div class="itemHeader">']
    if story.opts.get("show_date", True):
        header.append(f'<span class="itemDateCreated">{_jdate(created)}</span>')
    featured = '<span><sup>Nổi bật</sup></span>' if story.opts.get("featured") else ""
    header.append(f'<h2 class="itemTitle">\n\t\t{esc(story.title)}\n\t\t{featured}\n\t</h2>')
    if story.opts.get("alias_author"):
        header.append(f'<span class="itemAuthor">Viết bởi {esc(story.opts["alias_author"])}</span>')
    header.append("</div>")
    parts.append("\n".join(header))
    if not printing:
        parts.append(
            '<div class="itemToolbar"><ul>'
            '<li><span class="itemTextResizerTitle">Cỡ chữ</span> <a href="#" id="fontDecrease"><span>giảm cỡ chữ</span></a> '
            '<a href="#" id="fontIncrease"><span>tăng cỡ chữ</span></a></li>'
            f'<li><a class="itemPrintLink" rel="nofollow" href="{esc(print_path(story))}" onclick="window.open(this.href,\'printWindow\',\'width=900,height=600,location=no,menubar=no,resizable=yes,scrollbars=yes\'); return false;"><span>In</span></a></li>'
            f'<li><a class="itemEmailLink" rel="nofollow" href="{esc(mailto_path(story))}" onclick="window.open(this.href,\'emailWindow\',\'width=400,height=350,location=no,menubar=no,resizable=no,scrollbars=no\'); return false;"><span>Email</span></a></li>'
            "</ul><div class=\"clr\"></div></div>"
        )
        votes = story.id % 7
        parts.append(
            '<div class="itemRatingBlock"><span>Đánh giá bài viết này</span><div class="itemRatingForm"><ul class="itemRatingList">'
            f'<li class="itemCurrentRating" id="itemCurrentRating{story.id}" style="width:{60 + votes * 5}%;"></li>'
            + "".join(f'<li><a href="#" data-id="{story.id}" title="{n} sao trên 5" class="{w}-star{"s" if n > 1 else ""}">{n}</a></li>' for n, w in enumerate(("one", "two", "three", "four", "five"), start=1))
            + f'</ul><div id="itemRatingLog{story.id}" class="itemRatingLog">({votes} lượt bình chọn)</div><div class="clr"></div></div><div class="clr"></div></div>'
        )
    body = ['<div class="itemBody">']
    main_img = _main_image(story)
    if main_img:
        credits = story.opts.get("credits")
        body.append(
            '<div class="itemImageBlock"><span class="itemImage">'
            f'<a data-k2-modal="image" href="{k2_image(story, "XL")}" title="Bấm để xem ảnh lớn">'
            f'<img src="{k2_image(story, "L")}" alt="{esc(main_img.caption or story.title)}" style="width:600px; height:auto;" /></a></span>'
            f'<span class="itemImageCaption">{_t(story, main_img.printed or "")}</span>'
            + (f'<span class="itemImageCredits">{_t(story, credits)}</span>' if credits else "")
            + '<div class="clr"></div></div>'
        )
    if story.summary and story.sapo_outside:
        body.append(f'<div class="itemIntroText">\n<p>{_t(story, story.summary)}</p>\n</div>')
    body.append(f'<div class="itemFullText">\n{_blocks_html(story)}\n</div>')
    body.append('<div class="clr"></div>')
    footer = ['<div class="itemContentFooter">', f'<span class="itemHits">Đọc <b>{_hits(story)}</b> lần</span>']
    if story.opts.get("modified"):
        modified = datetime.strptime(story.opts["modified"], "%Y-%m-%d %H:%M")
        footer.append(f'<span class="itemDateModified">Lần sửa cuối vào {_jdate(modified)}</span>')
    footer.append('<div class="clr"></div></div>')
    body.append("".join(footer))
    body.append('<div class="clr"></div></div>')
    parts.append("\n".join(body))
    if not printing:
        parts.append(
            '<div class="itemSocialSharing"><div class="itemFacebookButton"><div class="fb-like" data-width="200" '
            'data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div></div>'
            '<div class="itemTwitterButton"><a href="https://twitter.com/share" class="twitter-share-button" data-lang="vi">Tweet</a></div>'
            '<div class="clr"></div></div>'
        )
    links = ['<div class="itemLinks">', f'<div class="itemCategory"><span>Được đăng trong</span> <a href="{cat_path(cat.id)}">{esc(cat.name)}</a></div>']
    if _tags(story):
        tags = "".join(f'<li><a href="{tag_href(t)}">{esc(t)}</a></li>' for t in _tags(story))
        links.append(f'<div class="itemTagsBlock"><span>Từ khóa</span><ul class="itemTags">{tags}</ul><div class="clr"></div></div>')
    att = story.opts.get("attachment")
    if att:
        links.append(
            '<div class="itemAttachmentsBlock"><span>Tải về tập tin đính kèm</span><ul class="itemAttachments">'
            f'<li><a title="{esc(att[0])}" href="{download_path(story)}">{esc(att[0])}</a> <span>({att[2]} lượt tải)</span></li></ul></div>'
        )
    links.append('<div class="clr"></div></div>')
    parts.append("".join(links))
    if not printing:
        related = _related(story)
        if related:
            lis = "".join(
                f'<li class="{"odd" if n % 2 else "even"}"><a class="itemRelTitle" href="{item_path(s)}">{esc(s.title)}</a> '
                f'<span class="itemRelDate">({_short(_created(s))})</span></li>'
                for n, s in enumerate(related)
            )
            parts.append(f'<div class="itemRelated"><h3>Bài viết liên quan</h3><ul>{lis}<li class="clr"></li></ul><div class="clr"></div></div>')
        siblings = [s for s in _newest_first(STORIES) if s.cat == story.cat]
        pos = siblings.index(story)
        nav = ['<div class="itemNavigation"><span class="itemNavigationTitle">Thêm trong mục này:</span>']
        if pos > 0:
            prev = siblings[pos - 1]
            nav.append(f'<a class="itemPrevious" href="{item_path(prev)}">&laquo; {esc(prev.title)}</a>')
        if pos < len(siblings) - 1:
            nxt = siblings[pos + 1]
            nav.append(f'<a class="itemNext" href="{item_path(nxt)}">{esc(nxt.title)} &raquo;</a>')
        nav.append("</div>")
        parts.append("\n".join(nav))
        parts.append(
            f'<a name="itemCommentsAnchor" id="itemCommentsAnchor"></a><div class="itemComments"><div class="itemCommentsForm">'
            '<h3>Để lại bình luận</h3><p class="itemCommentsFormNotes">Vui lòng nhập đầy đủ các trường bắt buộc (*). Không chấp nhận mã HTML.</p>'
            f'<form action="/index.php" method="post" id="comment-form" class="form-validate">'
            '<label class="formComment" for="commentText">Nội dung bình luận *</label><textarea rows="20" cols="10" class="inputbox" name="commentText" id="commentText"></textarea>'
            '<label class="formName" for="userName">Họ tên *</label><input class="inputbox" type="text" name="userName" id="userName" value="" />'
            '<label class="formEmail" for="commentEmail">E-mail *</label><input class="inputbox" type="text" name="commentEmail" id="commentEmail" value="" />'
            '<input type="submit" class="button" id="submitCommentButton" value="Gửi bình luận" />'
            f'<input type="hidden" name="option" value="com_k2" /><input type="hidden" name="view" value="item" /><input type="hidden" name="task" value="comment" />'
            f'<input type="hidden" name="itemID" value="{story.id}" /></form></div></div>'
        )
        parts.append(f'<div class="itemBackToTop"><a class="k2Anchor" href="{item_path(story)}#startOfPageId{story.id}">Về đầu trang</a></div>')
    parts.append('<div class="clr"></div>\n</div>')
    return "\n".join(parts)


def _item_head(request: Request, story: Story) -> str:
    base = base_url(request)
    desc = esc((story.summary or next(b.text for b in story.blocks if isinstance(b, P)))[:160])
    image = f'<meta property="og:image" content="{base}{k2_image(story, "M")}" />\n' if _main_image(story) else ""
    return (
        f'<link href="{base}{item_path(story)}" rel="canonical" />\n'
        f'<meta name="description" content="{desc}" />\n'
        f'<meta property="og:url" content="{base}{item_path(story)}" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(story.title)}" />\n'
        f'<meta property="og:description" content="{desc}" />\n'
        + image
    )


def _item_page(request: Request, story: Story) -> Response:
    cat = _cat(story)
    trail: list[tuple[str | None, str]] = [(cat_path(1), CATS[1].name)] if cat.parent == 1 else []
    trail += [(cat_path(cat.id), cat.name), (None, story.title)]
    page = _page(
        request,
        title=story.title,
        main=_item_html(story),
        trail=trail,
        active="thong-bao" if cat.id == 4 else "tin-tuc",
        head=_item_head(request, story),
    )
    return _respond(page, story)


def _print_page(request: Request, story: Story) -> Response:
    page = _page(request, title=story.title, main=_item_html(story, printing=True), trail=[], head=_item_head(request, story) + '<meta name="robots" content="noindex, nofollow" />\n', component_only=True)
    return _respond(page, story)


def _respond(page: str, story: Story | None = None) -> Response:
    return html(page)


# --------------------------------------------------------------------------- listings


def _cat_item(story: Story, *, short_date: bool) -> str:
    created = _created(story)
    when = _short(created) if short_date else _jdate(created)
    thumb = _thumb(story)
    image = (
        f'<div class="catItemImageBlock"><span class="catItemImage"><a href="{item_path(story)}" title="{esc(story.title)}">'
        f'<img src="{k2_image(story, "M")}" alt="{esc(story.title)}" style="width:200px; height:auto;" /></a></span><div class="clr"></div></div>'
        if thumb
        else ""
    )
    cat = _cat(story)
    return (
        '<div class="catItemView groupLeading">'
        f'<div class="catItemHeader"><span class="catItemDateCreated">{when}</span>'
        f'<h3 class="catItemTitle"><a href="{item_path(story)}">{esc(story.title)}</a></h3></div>'
        f'<div class="catItemBody">{image}<div class="catItemIntroText">{_intro_teaser(story)}</div><div class="clr"></div></div>'
        f'<div class="catItemLinks"><div class="catItemCategory"><span>Được đăng trong</span> <a href="{cat_path(cat.id)}">{esc(cat.name)}</a></div><div class="clr"></div></div>'
        f'<div class="catItemReadMore"><a class="k2ReadMore" href="{item_path(story)}">Đọc thêm...</a></div>'
        '<div class="clr"></div></div>'
    )


def _pagination(cid: int, page: int) -> str:
    pages = _pages(cid)

    def li(label: str, target: int | None) -> str:
        if target is None:
            return f'<li class="disabled"><a>{label}</a></li>'
        return f'<li><a title="{label}" href="{esc(page_path(cid, target))}" class="pagenav">{label}</a></li>'

    items = [
        li("Bắt đầu", 1 if page > 1 else None),
        li("Trước", page - 1 if page > 1 else None),
    ]
    for n in range(1, pages + 1):
        items.append(f'<li class="active"><a>{n}</a></li>' if n == page else li(str(n), n))
    items += [li("Tiếp", page + 1 if page < pages else None), li("Cuối", pages if page < pages else None)]
    return (
        f'<div class="k2Pagination"><ul class="pagination-list">{"".join(items)}</ul>'
        f'<div class="clr"></div><div class="k2PaginationCounter">Trang {page} / {pages}</div></div>'
    )


def _feed_links(cid: int) -> str:
    return (
        f'<link href="{cat_path(cid)}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />\n'
        f'<link href="{cat_path(cid)}?format=feed&amp;type=atom" rel="alternate" type="application/atom+xml" title="Atom 1.0" />\n'
    )


def _listing(request: Request, cid: int, page: int) -> Response | None:
    cat = CATS[cid]
    if not 1 <= page <= _pages(cid):
        return None
    chunk = in_cat(cid)[(page - 1) * cat.per_page : page * cat.per_page]
    short_date = cid == 4
    items = "".join(f'<div class="itemContainer itemContainerLast" style="width:100.0%;">{_cat_item(s, short_date=short_date)}</div>' for s in chunk)
    main = (
        '<div id="k2Container" class="itemListView">'
        + (f'<div class="k2FeedIcon"><a href="{feed_path(cid)}" title="Đăng ký nhận tin RSS"><span>Đăng ký nhận tin RSS</span></a><div class="clr"></div></div>' if cid in FEED_CATS else "")
        + f'<div class="itemListCategoriesBlock"><div class="itemListCategory"><h2>{esc(cat.name)}</h2><div class="itemListCategoryDescription"><p>{esc(cat.description)}</p></div><div class="clr"></div></div></div>'
        f'<div class="itemList"><div id="itemListLeading">{items}<div class="clr"></div></div></div>'
        f"{_pagination(cid, page)}</div>"
    )
    trail: list[tuple[str | None, str]] = [(cat_path(1), CATS[1].name)] if cat.parent == 1 else []
    trail.append((None, cat.name))
    title = cat.name if page == 1 else f"{cat.name} - Trang {page}"
    head = _feed_links(cid) if cid in FEED_CATS else ""
    return html(_page(request, title=title, main=main, trail=trail, active="thong-bao" if cid == 4 else "tin-tuc", head=head))


def _generic_list(request: Request, heading: str, stories: list[Story], title: str) -> Response:
    lis = "".join(
        '<div class="itemContainer"><div class="genericItemView">'
        f'<div class="genericItemHeader"><span class="genericItemDateCreated">{_short(_created(s))}</span>'
        f'<h2 class="genericItemTitle"><a href="{item_path(s)}">{esc(s.title)}</a></h2></div>'
        f'<div class="genericItemBody"><div class="genericItemIntroText">{_intro_teaser(s, 25)}</div></div>'
        f'<div class="genericItemReadMore"><a class="k2ReadMore" href="{item_path(s)}">Đọc thêm...</a></div></div></div>'
        for s in stories
    ) or "<p>Không có mục nào.</p>"
    main = f'<div id="k2Container" class="genericView"><h1>{esc(heading)}</h1><div class="genericItemList">{lis}</div></div>'
    return html(_page(request, title=title, main=main, trail=[(cat_path(1), CATS[1].name), (None, title)], active="tin-tuc"))


def _tag_page(request: Request, tag: str) -> Response | None:
    if tag not in ALL_TAGS:
        return None
    stories = [s for s in _newest_first(STORIES) if tag in _tags(s)]
    return _generic_list(request, f"Hiển thị các mục theo thẻ: {tag}", stories, tag)


def _date_page(request: Request, day: date) -> Response | None:
    stories = [s for s in _newest_first(STORIES) if _created(s).date() == day]
    if not stories:
        return None
    label = _jdate(datetime(day.year, day.month, day.day), with_time=False)
    return _generic_list(request, f"Các mục được lọc theo ngày: {label}", stories, label)


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(request: Request) -> Response:
    word = request.params.get("searchword", "").strip()
    hits = [s for s in _newest_first(STORIES) if word and _fold(word) in _fold(s.title + " " + " ".join(s.paragraphs))]
    return _generic_list(request, f"Kết quả tìm kiếm cho: {word}", hits, "Tìm kiếm")


def _feed(request: Request, cid: int) -> Response:
    base = base_url(request)
    cat = CATS[cid]
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{item_path(s)}</link><guid isPermaLink=\"true\">{base}{item_path(s)}</guid>"
        f"<description><![CDATA[{_intro_teaser(s)}]]></description><category>{esc(_cat(s).name)}</category>"
        f"<pubDate>{_created(s):%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
        for s in in_cat(cid)[:10]
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>{esc(cat.name)} - {esc(SITE)}</title><description><![CDATA[{cat.description}]]></description>"
        f"<link>{base}{cat_path(cid)}</link><lastBuildDate>Wed, 25 Nov 2026 07:00:00 +0700</lastBuildDate>"
        f"<generator>Joomla! - Open Source Content Management</generator><language>vi-vn</language>{items}</channel></rss>\n"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --------------------------------------------------------------------------- other pages


def _home(request: Request) -> Response:
    def block(cid: int, count: int, heading: str) -> str:
        stories = in_cat(cid)[:count]
        lead, rest = stories[0], stories[1:]
        thumb = f'<a class="moduleItemImage" href="{item_path(lead)}"><img src="{k2_image(lead, "S")}" alt="{esc(lead.title)}" /></a>' if _thumb(lead) else ""
        others = "".join(
            f'<li><a class="moduleItemTitle" href="{item_path(s)}">{esc(s.title)}</a> <span class="moduleItemDateCreated">{_short(_created(s))}</span></li>'
            for s in rest
        )
        return (
            f'<div class="moduletable home-block"><h3><a href="{cat_path(cid)}">{heading}</a></h3>'
            f'<div class="k2ItemsBlock"><div class="lead">{thumb}<a class="moduleItemTitle" href="{item_path(lead)}">{esc(lead.title)}</a>'
            f'<span class="moduleItemDateCreated">{_jdate(_created(lead))}</span><div class="moduleItemIntrotext">{_intro_teaser(lead, 30)}</div></div>'
            f'<ul>{others}</ul><a class="moduleCustomLink" href="{cat_path(cid)}">Xem tiếp</a></div></div>'
        )

    focus = [_BY_ID[248], _BY_ID[221]]
    custom = (
        '<div class="moduletable tieu-diem"><h3>Tin tiêu điểm</h3><div class="custom tieu-diem">'
        + "".join(f'<p>&raquo; <a href="{esc(raw_item_path(s))}">{esc(s.title)}</a></p>' for s in focus)
        + f'<p>&raquo; <a href="{esc(raw_cat_path(3))}">Các lớp đào tạo, bồi dưỡng đang mở</a></p></div></div>'
    )
    main = custom + block(2, 4, "Hoạt động của Trường") + block(3, 3, "Đào tạo - Bồi dưỡng") + block(4, 3, "Thông báo")
    return html(_page(request, title=SITE, main=main, trail=[], active="home"))


_ABOUT = {
    "/gioi-thieu.html": (
        "Giới thiệu chung",
        (
            "Trường Chính trị tỉnh Lạng Sơn là đơn vị sự nghiệp công lập trực thuộc Tỉnh ủy, chịu sự"
            " lãnh đạo, chỉ đạo trực tiếp, toàn diện của Ban Thường vụ Tỉnh ủy, sự quản lý nhà nước"
            " của Ủy ban nhân dân tỉnh và sự hướng dẫn về chuyên môn của Học viện Chính trị quốc gia"
            " Hồ Chí Minh.",
            "Nhà trường có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính"
            " trị ở cơ sở; trưởng, phó phòng cấp huyện và tương đương; đào tạo trung cấp lý luận"
            " chính trị; bồi dưỡng lý luận chính trị, chuyên môn, nghiệp vụ cho cán bộ, công chức,"
            " viên chức; nghiên cứu khoa học, tổng kết thực tiễn.",
        ),
    ),
    "/gioi-thieu/co-cau-to-chuc.html": (
        "Cơ cấu tổ chức",
        (
            "Ban Giám hiệu: Hiệu trưởng và 02 Phó Hiệu trưởng.",
            "Các phòng chức năng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo - Nghiên cứu"
            " khoa học.",
            "Các khoa chuyên môn: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp"
            " luật; Khoa Dân vận.",
        ),
    ),
}


def _about(request: Request, path: str) -> Response:
    title, paragraphs = _ABOUT[path]
    body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    main = f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div><div itemprop="articleBody">{body}</div></div>'
    trail: list[tuple[str | None, str]] = [(None, "Giới thiệu")] if path == "/gioi-thieu.html" else [("/gioi-thieu.html", "Giới thiệu"), (None, title)]
    return html(_page(request, title=title, main=main, trail=trail, active="gioi-thieu"))


def _contact(request: Request) -> Response:
    main = (
        '<div class="contact"><div class="page-header"><h2><span class="contact-name">Trường Chính trị tỉnh Lạng Sơn</span></h2></div>'
        '<dl class="contact-address dl-horizontal"><dt>Địa chỉ:</dt><dd>Số 9, đường Lê Đại Hành, phường Vĩnh Trại, thành phố Lạng Sơn</dd>'
        "<dt>Điện thoại:</dt><dd>0205.3812.436</dd></dl>"
        '<form id="contact-form" action="/lien-he.html" method="post"><fieldset><legend>Gửi thư liên hệ</legend>'
        '<label for="jform_contact_name">Họ tên *</label><input type="text" name="jform[contact_name]" id="jform_contact_name" />'
        '<label for="jform_contact_email">Email *</label><input type="email" name="jform[contact_email]" id="jform_contact_email" />'
        '<label for="jform_contact_emailmsg">Tiêu đề *</label><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" />'
        '<label for="jform_contact_message">Nội dung *</label><textarea name="jform[contact_message]" id="jform_contact_message"></textarea>'
        '<button class="btn btn-primary validate" type="submit">Gửi thư</button></fieldset></form></div>'
    )
    return html(_page(request, title="Liên hệ", main=main, trail=[(None, "Liên hệ")], active="lien-he"))


def _mailto(request: Request) -> Response:
    main = (
        '<div id="mailto-window"><h2>Gửi liên kết này tới bạn bè.</h2>'
        '<form action="/index.php" id="mailtoForm" method="post">'
        '<div class="formelm"><label for="mailto_field">Gửi tới</label><input type="text" id="mailto_field" name="mailto" class="inputbox" size="25" /></div>'
        '<div class="formelm"><label for="sender_field">Người gửi</label><input type="text" id="sender_field" name="sender" class="inputbox" size="25" /></div>'
        '<div class="formelm"><label for="from_field">Email của bạn</label><input type="text" id="from_field" name="from" class="inputbox" size="25" /></div>'
        '<div class="formelm"><label for="subject_field">Tiêu đề</label><input type="text" id="subject_field" name="subject" class="inputbox" size="25" /></div>'
        '<p><button class="button" onclick="return Joomla.submitbutton(\'send\');">Gửi</button> <button class="button" onclick="window.close();return false;">Hủy bỏ</button></p>'
        '<input type="hidden" name="option" value="com_mailto" /><input type="hidden" name="task" value="send" /></form></div>'
    )
    return html(_page(request, title="Gửi email", main=main, trail=[], component_only=True))


def _users(request: Request, view: str) -> Response:
    label = "Quên mật khẩu" if view == "reset" else "Quên tên đăng nhập"
    main = (
        f'<div class="{view}"><form id="user-{view}" action="/component/users/?task={view}.request&amp;Itemid=101" method="post" class="form-validate form-horizontal well">'
        f"<fieldset><p>Vui lòng nhập địa chỉ email gắn với tài khoản của bạn.</p><label for=\"jform_email\">Địa chỉ email *</label>"
        '<input type="email" name="jform[email]" id="jform_email" size="30" /></fieldset><button type="submit" class="btn btn-primary validate">Gửi</button></form></div>'
    )
    return html(_page(request, title=label, main=main, trail=[(None, label)]))


def _poll_results(request: Request) -> Response:
    rows = [("Rất hữu ích", 214, 48), ("Hữu ích", 163, 36), ("Bình thường", 52, 12), ("Cần cải thiện thêm", 18, 4)]
    table = "".join(f"<tr><td>{a}</td><td>{n}</td><td>{p}%</td></tr>" for a, n, p in rows)
    main = (
        '<div class="poll"><h2>Bạn đánh giá thế nào về nội dung website của Nhà trường?</h2>'
        f'<table class="pollstableborder"><thead><tr><th>Lựa chọn</th><th>Số phiếu</th><th>Tỷ lệ</th></tr></thead><tbody>{table}</tbody></table>'
        "<p>Tổng số phiếu: 447. Phiếu đầu tiên: 12/03/2019. Phiếu gần nhất: 24/11/2026.</p></div>"
    )
    return html(_page(request, title="Kết quả thăm dò ý kiến", main=main, trail=[(None, "Thăm dò ý kiến")]))


def _calendar_fragment(request: Request) -> Response | None:
    """``task=calendar``: K2 echoes the month table alone and closes the application."""
    try:
        month = int(request.params.get("month", ""))
        year = int(request.params.get("year", ""))
    except ValueError:
        return None
    if not (1 <= month <= 12 and CAL_YEARS[0] <= year <= CAL_YEARS[1]):
        return None
    return html(_calendar_table(year, month))


# --------------------------------------------------------------------------- routing

_ITEM_SEF = re.compile(r"^(/tin-tuc|/thong-bao)/item/(\d+)(?:-([^/]*))?\.html$")
_DOWNLOAD = re.compile(r"^(/tin-tuc|/thong-bao)/item/download/([0-9a-z_]+)\.html$")
_CAT_SEF = re.compile(r"^/tin-tuc/itemlist/category/(\d+)-([a-z0-9-]+)\.html$")
_TAG = re.compile(r"^/tin-tuc/itemlist/tag/(.+)\.html$")
_DATE = re.compile(r"^/component/k2/itemlist/date/(\d{4})/(\d{1,2})/(\d{1,2})\.html$")


def _item_by_id(raw: str) -> Story | None:
    m = re.match(r"^(\d+)", unquote(raw))
    return _BY_ID.get(int(m.group(1))) if m else None


def _start_page(request: Request, cid: int) -> int | None:
    """Page number from ``start``/``limitstart`` (Joomla accepts both); None: not a page start."""
    params = request.params
    raw = params.get("start", params.get("limitstart", "0"))
    if not raw.isdigit() or int(raw) % CATS[cid].per_page:
        return None
    return int(raw) // CATS[cid].per_page + 1


class K2PoliticalSchool:
    """Routes Joomla 3 + K2 URLs (SEF and raw ``index.php``) to pages rendered per request."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path.startswith(("/images/", "/media/", "/templates/", "/modules/")):
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, "User-agent: *\nDisallow: /administrator/\nDisallow: /cache/\nDisallow: /tmp/\n", {"Content-Type": "text/plain"})
        if path == "/":
            return _home(request) if not request.query else None
        if path == "/index.php":
            return self._raw(request, params)
        if path in _ABOUT:
            return _about(request, path)
        if path == "/lien-he.html":
            return _contact(request)
        if path == "/component/mailto/":
            return _mailto(request) if params.get("link") else None
        if path == "/component/users/" and params.get("view") in ("reset", "remind"):
            return _users(request, params["view"])
        if path == "/component/mijopolls/poll/1-danh-gia-website.html":
            return _poll_results(request)
        if path == "/tin-tuc/itemlist/search.html":
            return _search(request)
        if m := _DOWNLOAD.match(path):
            story = next((s for s in STORIES if download_path(s) == path), None)
            if story is None:
                return None
            name = story.opts["attachment"][0]
            return Response(200, PDF, {"Content-Type": "application/pdf", "Content-Disposition": f'attachment; filename="{name}"'})
        if m := _ITEM_SEF.match(path):
            story = _BY_ID.get(int(m.group(2)))
            if story is None or _cat(story).menu != m.group(1):
                return None
            if params.get("tmpl") == "component" and params.get("print") == "1":
                return _print_page(request, story)
            return _item_page(request, story) if not request.query else None
        if m := _CAT_SEF.match(path):
            cid = int(m.group(1))
            if cid not in CATS or CATS[cid].alias != m.group(2) or CATS[cid].parent == 0:
                return None
            return self._listing(request, cid)
        if path in ("/tin-tuc.html", "/thong-bao.html"):
            return self._listing(request, 1 if path == "/tin-tuc.html" else 4)
        if m := _TAG.match(path):
            return _tag_page(request, unicodedata.normalize("NFC", unquote(m.group(1))))
        if m := _DATE.match(path):
            try:
                day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
            return _date_page(request, day)
        return None

    @staticmethod
    def _listing(request: Request, cid: int) -> Response | None:
        params = request.params
        if params.get("format") == "feed":
            return _feed(request, cid) if cid in FEED_CATS else None
        if set(params) - {"start", "limitstart"}:
            return None
        page = _start_page(request, cid)
        return _listing(request, cid, page) if page else None

    @staticmethod
    def _raw(request: Request, params: dict[str, str]) -> Response | None:
        if params.get("option") != "com_k2":
            return None
        view, task = params.get("view"), params.get("task")
        if view == "item" and "id" in params:
            story = _item_by_id(params["id"])
            return _item_page(request, story) if story else None
        if view == "itemlist" and task == "calendar":
            return _calendar_fragment(request)
        if view == "itemlist" and task == "category" and params.get("id", "").isdigit():
            cid = int(params["id"])
            if cid not in CATS:
                return None
            page = _start_page(request, cid)
            return _listing(request, cid, page) if page else None
        return None


def build_site() -> K2PoliticalSchool:
    return K2PoliticalSchool()


# --------------------------------------------------------------------------- gold (by hand)


def _gold(story: Story, category: str, alt: tuple[str, ...] = ()) -> dict:
    return gold_record(story, item_path(story), category, alt_paths=alt)


_S = _BY_ID

GOLD: list[dict] = [
    _gold(_S[248], "Hoạt động của Trường", (raw_item_path(_S[248]),)),
    _gold(_S[246], "Hoạt động của Trường"),
    _gold(_S[243], "Thông báo"),
    _gold(_S[241], "Đào tạo - Bồi dưỡng"),
    _gold(_S[239], "Thông báo"),
    _gold(_S[236], "Hoạt động của Trường"),
    _gold(_S[233], "Đào tạo - Bồi dưỡng"),
    _gold(_S[230], "Hoạt động của Trường"),
    _gold(_S[227], "Thông báo"),
    _gold(_S[224], "Đào tạo - Bồi dưỡng"),
    _gold(_S[221], "Hoạt động của Trường", (raw_item_path(_S[221]),)),
    _gold(_S[218], "Đào tạo - Bồi dưỡng"),
    _gold(_S[215], "Thông báo"),
]


def _listing_targets() -> list[str]:
    out = []
    for cid in CATS:
        out.append(cat_path(cid))
        out += [page_path(cid, n) for n in range(1, _pages(cid) + 1)]
    return out


NON_ARTICLES: list[str] = [
    "/",
    *_listing_targets(),
    raw_cat_path(3),
    *(feed_path(cid) for cid in FEED_CATS),
    *(print_path(s) for s in STORIES),
    *(mailto_path(s) for s in STORIES),
    *(tag_path(t) for t in ALL_TAGS),
    *sorted({date_path(_created(s).date()) for s in STORIES}),
    cal_path(2026, 10),
    cal_path(2026, 12),
    "/gioi-thieu.html",
    "/gioi-thieu/co-cau-to-chuc.html",
    "/lien-he.html",
    "/component/users/?view=remind&Itemid=101",
    "/component/users/?view=reset&Itemid=101",
    "/component/mijopolls/poll/1-danh-gia-website.html",
    "/tin-tuc/itemlist/search.html?searchword=khai+gi%E1%BA%A3ng",
    download_path(_S[239]) or "",
]
